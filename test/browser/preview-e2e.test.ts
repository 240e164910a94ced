// End to end in Debian's Chromium: the browser preview (the same pane over the same Office JS port,
// against the workbook double with HyperFormula computing the sheet). Load the template, type
// good and bad values into the grid, watch the findings and the in-sheet status cells, click a
// finding, enter benchmarks, score, switch to English, and run axe-core on the pane. Expected
// findings and scores come from the engine on the same inputs, never hard-coded numbers.
import * as fs from 'fs';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import { builtinCatalog, type CellValue, type ProvinceInput } from '../../src/catalog';
import { EVIDENCE_PARTS, type EvidencePart } from '../../src/catalog/evidence';
import { buildPlan, type PlanName } from '../../src/plan';
import { scoreProvince } from '../../src/scoring';
import { LABELS, validate } from '../../src/validation';
import {
  ARTIFACTS,
  ROOT,
  DEV_DIST,
  artifactPath,
  launchChromium,
  serveFolder,
  type StaticServer,
} from '../support/browser';
import { BENCHMARKS, VALID_VALUES } from '../unit/ui/fixtures';

const PROVINCE = 'Hưng Yên';
const YEAR = 2023;
const catalog = builtinCatalog('2023');
const plan = buildPlan(catalog, { province: PROVINCE, year: YEAR, lang: 'vi' });
const nameOf = (kind: PlanName['kind'], key: string): PlanName => {
  const found = plan.names.find((n) => n.kind === kind && n.key === key);
  if (!found) throw new Error(`no ${kind} name for ${key}`);
  return found;
};
const cellOf = (n: PlanName) => ({ sheet: n.sheetName, address: n.address.replace(/\$/g, '') });

let browser: Browser;
let server: StaticServer;
let page: Page;
const pageErrors: string[] = [];
let step = 0;

async function shot(name: string) {
  step += 1;
  await page.screenshot({
    path: artifactPath(`preview-${String(step).padStart(2, '0')}-${name}.png`),
    fullPage: false,
  });
}

/** Types into a cell through the grid UI, as a visitor does: sheet tab, click, type, Enter. */
async function typeInGrid(n: PlanName, text: string) {
  const { sheet, address } = cellOf(n);
  await page.locator(`.sheet-tabs button[data-sheet="${sheet}"]`).click();
  const cell = page.locator(`table.grid[data-sheet="${sheet}"] td[data-address="${address}"]`);
  await cell.click();
  const editor = page.getByTestId('cell-editor');
  await editor.fill(text);
  await editor.press('Enter');
  await editor.waitFor({ state: 'detached' });
}

/** The same edit through the double's userEdit (what the grid calls), for the long tail of cells. */
async function edit(n: PlanName, value: CellValue) {
  const { sheet, address } = cellOf(n);
  await page.evaluate(
    async ([s, a, v]) => {
      const preview = (
        window as unknown as {
          __piiPreview: { double: { userEdit(s: string, a: string, v: unknown[][]): Promise<void> } };
        }
      ).__piiPreview;
      await preview.double.userEdit(s as string, a as string, [[v]]);
    },
    [sheet, address, value] as const,
  );
}

async function gridText(n: PlanName): Promise<string> {
  const { sheet, address } = cellOf(n);
  await page.locator(`.sheet-tabs button[data-sheet="${sheet}"]`).click();
  return (
    (await page.locator(`table.grid[data-sheet="${sheet}"] td[data-address="${address}"]`).textContent()) ??
    ''
  );
}

async function openTab(value: 'template' | 'validation' | 'scores') {
  await page.locator(`[role="tab"][data-tab="${value}"]`).click();
}

async function axeSeriousViolations(): Promise<string[]> {
  await page.addScriptTag({ path: path.join(ROOT, 'node_modules/axe-core/axe.min.js') });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            ctx: unknown,
            opts: unknown,
          ): Promise<{
            violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(
      { include: [['[data-testid="pii-pane"]']] },
      { resultTypes: ['violations'] },
    );
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.targets.join(', ')}`);
}

beforeAll(async () => {
  // Fresh screenshots only: drop the ones an earlier run left.
  if (fs.existsSync(ARTIFACTS))
    for (const f of fs.readdirSync(ARTIFACTS))
      if (/^preview-\d\d-.*\.png$/.test(f)) fs.rmSync(path.join(ARTIFACTS, f));
  expect(fs.existsSync(path.join(DEV_DIST, 'preview.html'))).toBe(true);
  browser = await launchChromium();
  server = await serveFolder(DEV_DIST);
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${server.url}/preview.html`);
  await page.getByTestId('pii-pane').waitFor();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

// Everything the officer types, kept in the engine's terms to compute the expectations.
const values: Record<string, CellValue> = {};
// The evidence register's four parts, and a complete record for the long tail of figures.
const evidence: Record<EvidencePart, Record<string, CellValue>> = {
  evidence: {},
  evidenceDate: {},
  evidenceIssuer: {},
  evidenceLink: {},
};
const RECORD: Record<EvidencePart, CellValue> = {
  evidence: 'QĐ 123/QĐ-UBND',
  evidenceDate: 45107, // 30/06/2023
  evidenceIssuer: 'UBND tỉnh',
  evidenceLink: 'qd123.pdf',
};
const benchmarks: Record<string, { min: CellValue; max: CellValue }> = {};
const input = (): ProvinceInput => ({
  values: { ...values },
  ...Object.fromEntries(EVIDENCE_PARTS.map((p) => [p, { ...evidence[p] }])),
  benchmarks: { ...benchmarks },
});

test('loads the template into the in-browser workbook', async () => {
  await shot('empty');
  await page.getByTestId('edition').selectOption(catalog.edition); // the pane offers the newest first
  await page.getByTestId('province').selectOption(PROVINCE);
  await page.getByTestId('year').selectOption(String(YEAR));
  await page.getByTestId('load-template').click();
  await expect(page.getByTestId('template-outcome').textContent()).resolves.toContain('Đã tải mẫu');
  await page.getByTestId('template-state').waitFor();
  expect(await page.getByTestId('template-state').textContent()).toContain(PROVINCE);
  const sheets = await page.locator('.sheet-tabs button').allTextContents();
  for (const s of plan.sheets) expect(sheets).toContain(s.name);
  await shot('template-loaded');
});

test('typing valid and bad values shows the findings and changes the in-sheet status cells', async () => {
  const statusOf = (component: string) => nameOf('status', component);
  // Valid figures for several indicators, typed in the grid.
  for (const id of [
    'grdp',
    'population',
    'policy_points',
    'secondary_students',
    'ip_land_planned',
    'ocop_products',
  ]) {
    await typeInGrid(nameOf('input', id), String(VALID_VALUES[id]));
    values[id] = VALID_VALUES[id];
  }
  expect(await gridText(statusOf('population'))).toContain('Thiếu minh chứng'); // no evidence yet
  await typeInGrid(nameOf('evidence', 'population'), 'QĐ 12/QĐ-CTK');
  evidence.evidence.population = 'QĐ 12/QĐ-CTK';
  expect(await gridText(statusOf('population'))).toContain('Minh chứng chưa đủ 4 phần'); // 1 part of 4
  await typeInGrid(nameOf('evidenceDate', 'population'), '45107');
  await typeInGrid(nameOf('evidenceIssuer', 'population'), 'Cục Thống kê');
  await typeInGrid(nameOf('evidenceLink', 'population'), 'nien-giam-2023.pdf');
  evidence.evidenceDate.population = 45107;
  evidence.evidenceIssuer.population = 'Cục Thống kê';
  evidence.evidenceLink.population = 'nien-giam-2023.pdf';
  expect(await gridText(statusOf('population'))).toMatch(/OK|Hợp lệ/);

  // The rest of the valid values and their evidence, through the same userEdit path.
  for (const [id, v] of Object.entries(VALID_VALUES)) {
    if (values[id] === undefined) {
      await edit(nameOf('input', id), v);
      values[id] = v;
    }
    if (evidence.evidence[id] === undefined) {
      for (const p of EVIDENCE_PARTS) {
        await edit(nameOf(p, id), RECORD[p]);
        evidence[p][id] = RECORD[p];
      }
    }
  }
  await openTab('validation');
  // Benchmarks are still blank: only benchmark findings remain.
  await page.waitForFunction(
    () => document.querySelectorAll('[data-testid="finding"][data-severity="error"]').length === 0,
  );
  await shot('valid-values');

  // Bad values: text, "1,5", negative, part > whole, zero denominator.
  const bad: [string, string, CellValue][] = [
    ['research_collabs', 'mười hai', 'mười hai'],
    ['contest_students', '1,5', '1,5'],
    ['st_orgs', '-4', -4],
    ['ip_land_built', '6000', 6000],
    ['communes', '0', 0],
  ];
  for (const [id, typed, stored] of bad) {
    await typeInGrid(nameOf('input', id), typed);
    values[id] = stored;
  }
  const expected = validate(catalog, input());
  const expectedErrors = expected.filter((f) => f.severity === 'error');
  expect(expectedErrors.length).toBeGreaterThanOrEqual(5);
  await page.waitForFunction(
    (n) => document.querySelectorAll('[data-testid="finding"][data-severity="error"]').length === n,
    expectedErrors.length,
  );
  const paneText = (await page.getByTestId('findings').textContent()) ?? '';
  for (const f of expectedErrors) expect(paneText).toContain(f.message.vi);
  for (const rule of [
    'notNumber:research_collabs',
    'notNumber:contest_students',
    'negative:st_orgs',
    'partOfWhole:',
    'zeroDenominator:7.1.2',
  ]) {
    expect(expectedErrors.some((f) => f.checkId.startsWith(rule))).toBe(true);
  }
  expect(await page.getByTestId('finding-counts').textContent()).toContain(`${expectedErrors.length} lỗi`);
  await shot('bad-values-findings');

  // The in-sheet status cells (formulas computed by HyperFormula) show, for each bad value, the
  // label of the first check the engine finds violated on that cell (the sheet's priority order).
  for (const [id] of bad) {
    const first = expected.find(
      (f) => f.target.ref === 'value' && 'component' in f.target && f.target.component === id,
    );
    expect(first).toBeDefined();
    const kind = first!.ruleId.startsWith('partOfWhole:')
      ? 'partOfWhole'
      : (first!.ruleId as keyof typeof LABELS);
    expect(await gridText(statusOf(id))).toContain(LABELS[kind].vi);
  }
  expect(await gridText(statusOf('contest_students'))).toContain('Không phải số');
  expect(await gridText(statusOf('st_orgs'))).toContain('Số âm');
  expect(await gridText(statusOf('ip_land_built'))).toContain('Phần lớn hơn tổng');
  await shot('bad-values-status-cells');
});

/** Waits until the workbook double's selection is the given cell. */
async function waitForSelection(target: { sheet: string; address: string }): Promise<void> {
  await page.waitForFunction((t) => {
    const sel = (
      window as unknown as {
        __piiPreview: { double: { selection: { sheet: string; address: string } | null } };
      }
    ).__piiPreview.double.selection;
    return sel !== null && sel.sheet === t.sheet && sel.address === t.address;
  }, target);
}

test('clicking a finding selects its cell in the sheet', async () => {
  await openTab('validation');
  const finding = page.locator('[data-testid="finding"][data-check="notNumber:contest_students"]');
  await finding.click();
  const target = cellOf(nameOf('input', 'contest_students'));
  await waitForSelection(target);
  await page
    .locator(
      `table.grid[data-sheet="${target.sheet}"] td[data-address="${target.address}"][data-selected="true"]`,
    )
    .waitFor();
  await shot('finding-selects-cell');
  // Keyboard: the findings are buttons in the tab order; Enter on another one moves the selection.
  const other = page.locator('[data-testid="finding"][data-check="negative:st_orgs"]');
  await other.focus();
  await page.keyboard.press('Enter');
  const otherTarget = cellOf(nameOf('input', 'st_orgs'));
  await waitForSelection(otherTarget);
});

test('with benchmarks entered, Tính điểm shows the engine’s PII, Input, Output and pillar scores', async () => {
  // Fix the bad values, then enter every benchmark.
  for (const id of ['research_collabs', 'contest_students', 'st_orgs', 'ip_land_built', 'communes']) {
    await edit(nameOf('input', id), VALID_VALUES[id]);
    values[id] = VALID_VALUES[id];
  }
  // One benchmark pair typed in the grid, the rest through userEdit.
  const [firstCode, ...others] = Object.keys(BENCHMARKS);
  await typeInGrid(nameOf('benchmarkMin', firstCode), String(BENCHMARKS[firstCode].min));
  await typeInGrid(nameOf('benchmarkMax', firstCode), String(BENCHMARKS[firstCode].max));
  benchmarks[firstCode] = { ...BENCHMARKS[firstCode] };
  for (const code of others) {
    await edit(nameOf('benchmarkMin', code), BENCHMARKS[code].min);
    await edit(nameOf('benchmarkMax', code), BENCHMARKS[code].max);
    benchmarks[code] = { ...BENCHMARKS[code] };
  }
  await openTab('scores');
  await page.getByTestId('score-button').click();
  await page.getByTestId('score-result').waitFor();
  const expected = scoreProvince(catalog, input(), { strengthsCount: 5 });
  expect(expected.pii.score).not.toBeNull();
  const read = async (id: string) => Number(await page.getByTestId(`score-${id}`).getAttribute('data-value'));
  expect(await read('pii')).toBeCloseTo(expected.pii.score!, 10);
  expect(await read('input')).toBeCloseTo(expected.input.score!, 10);
  expect(await read('output')).toBeCloseTo(expected.output.score!, 10);
  const bars = await page
    .getByTestId('pillar-chart')
    .locator('[data-pillar]')
    .evaluateAll((els) => els.map((el) => [el.getAttribute('data-pillar'), el.getAttribute('data-score')]));
  expect(bars).toHaveLength(7);
  for (const [code, score] of bars) expect(Number(score)).toBeCloseTo(expected.pillars[code!].score!, 10);
  expect(await page.getByTestId('score-pii').textContent()).toContain(
    expected.pii.score!.toFixed(2).replace('.', ','),
  );
  await page.getByTestId('score-result').scrollIntoViewIfNeeded();
  await shot('scores');

  // Written only when asked: a dated snapshot sheet appears.
  await page.getByTestId('write-snapshot').click();
  await page.getByTestId('snapshot-done').waitFor();
  const sheetName = (await page.getByTestId('snapshot-done').textContent())?.match(/"([^"]+)"/)?.[1];
  expect(sheetName).toBeTruthy();
  await page.locator(`.sheet-tabs button[data-sheet="${sheetName}"]`).waitFor();
  await shot('snapshot-written');
});

test('switches to English', async () => {
  await openTab('scores');
  await page.getByTestId('lang-switch').click();
  await expect(page.locator('[role="tab"][data-tab="scores"]').textContent()).resolves.toBe('Scores');
  expect(await page.getByTestId('pii-pane').textContent()).toContain('PII scores');
  await openTab('validation');
  expect(await page.getByTestId('pii-pane').textContent()).toContain('Data checks');
  await shot('english');
  // Remembered for the next visit (localStorage in the preview).
  expect(await page.evaluate(() => localStorage.getItem('pii.lang'))).toBe('en');
});

test('axe-core finds no serious or critical violation in the pane', async () => {
  const found: string[] = [];
  for (const tab of ['template', 'validation', 'scores'] as const) {
    await openTab(tab);
    found.push(...(await axeSeriousViolations()).map((v) => `[${tab}] ${v}`));
  }
  fs.writeFileSync(
    path.join(ARTIFACTS, 'preview-axe.txt'),
    found.join('\n') || 'no serious or critical violations\n',
  );
  expect(found).toEqual([]);
});

test('the pane is readable at 320 px', async () => {
  await page.setViewportSize({ width: 320, height: 700 });
  await openTab('scores');
  const overflow = await page.evaluate(() => {
    const pane = document.querySelector('[data-testid="pii-pane"]') as HTMLElement;
    return pane.scrollWidth - pane.clientWidth;
  });
  await shot('narrow-320');
  expect(overflow).toBeLessThanOrEqual(1);
  expect(pageErrors).toEqual([]);
});

test('at 320 px the lead-agency picker fits the pane, in English and in Vietnamese', async () => {
  await page.setViewportSize({ width: 320, height: 700 });
  const measure = () =>
    page.evaluate(() => {
      const pane = document.querySelector('[data-testid="pii-pane"]') as HTMLElement;
      const picker = document.querySelector('[data-testid="agency-filter"]') as HTMLSelectElement;
      const font = getComputedStyle(picker).font;
      const ctx = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
      ctx.font = font;
      const longest = Math.max(...[...picker.options].map((o) => ctx.measureText(o.text).width));
      return {
        ellipsis: getComputedStyle(picker).textOverflow,
        overflow: pane.scrollWidth - pane.clientWidth,
        pickerRight: picker.getBoundingClientRect().right,
        paneRight: pane.getBoundingClientRect().right,
        longest,
        pickerWidth: picker.getBoundingClientRect().width,
        lang: document.documentElement.lang,
      };
    });
  for (const lang of ['en', 'vi']) {
    if ((await page.evaluate(() => document.documentElement.lang)) !== lang)
      await page.getByTestId('lang-switch').click();
    await openTab('validation');
    // The longest agency name is wider than the picker's box: it fits only because it is cut.
    const picker = page.getByTestId('agency-filter');
    const longestValue = await picker.evaluate(
      (el: HTMLSelectElement) => [...el.options].sort((a, b) => b.text.length - a.text.length)[0].value,
    );
    await picker.selectOption(longestValue);
    const m = await measure();
    await shot(`narrow-320-agency-${lang}`);
    expect(m.lang).toBe(lang);
    expect(m.longest).toBeGreaterThan(m.pickerWidth);
    expect(m.overflow).toBeLessThanOrEqual(1);
    expect(m.pickerRight).toBeLessThanOrEqual(m.paneRight + 0.5);
    expect(m.ellipsis).toBe('ellipsis');
    await picker.selectOption('');
  }
  expect(pageErrors).toEqual([]);
});
