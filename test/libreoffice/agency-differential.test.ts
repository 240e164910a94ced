// Agency workbooks (`pii split`) recalculated by LibreOffice show the same live status cells as the
// master for the same figures: every PII_status_, PII_val_ and PII_chk_ name of each agency
// workbook, compared with the same name of the master, on generated inputs (good and bad), for
// every lead agency of the 2025 edition and the 2023 one. A negative control shows the comparison
// catches a status formula that differs.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { builtinCatalog, type Catalog } from '../../src/catalog';
import { agencyCatalog, agencyShares, mergeReturns } from '../../src/collect';
import { buildPlan, fillPlanInputs, parseCell, type WorkbookPlan } from '../../src/plan';
import { buildAgencyPlan } from '../../src/plan/agency-plan';
import { readNamedValues, updateWorkbook, writeXlsx } from '../../src/xlsx';
import { convert, namedText, recalculate, type NameTarget } from '../support/libreoffice';
import { computedDiffs, generateCase, inputAssignments, type Profile } from './harness';

const CASES = Number(process.env.PII_DIFF_CASES_AGENCY ?? 6);
const PROFILES: Profile[] = ['mixed', 'bad', 'valid', 'boundary'];
const LIVE = new Set(['status', 'value', 'check']);

interface Pair {
  caseId: string;
  agency: string;
  master: string;
  file: string;
  plan: WorkbookPlan;
}

const targets = (plan: WorkbookPlan): Map<string, NameTarget> =>
  new Map(plan.names.map((n) => [n.name, { name: n.name, sheet: n.sheetName, address: n.address }]));

async function compareAgencies(
  catalog: Catalog,
  seed0: number,
  lang: 'vi' | 'en',
  tamper?: (plan: WorkbookPlan) => WorkbookPlan,
): Promise<{ compared: number; mismatches: string[]; nonOk: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pii-agency-diff-'));
  try {
    const options = { province: 'Tỉnh thử nghiệm', year: 2025, lang };
    const masterPlan = buildPlan(catalog, options);
    const shares = agencyShares(catalog);
    const agencyPlans = new Map(
      shares.map((s) => {
        const plan = buildAgencyPlan(agencyCatalog(catalog, s.agency), s.agency, options);
        return [s.agency, tamper ? tamper(plan) : plan];
      }),
    );
    const files: string[] = [];
    const pairs: Pair[] = [];
    for (let i = 0; i < CASES; i++) {
      const c = generateCase(catalog, seed0 + i, PROFILES[i % PROFILES.length]);
      const master = path.join(dir, `${c.id}-master.xlsx`);
      fs.writeFileSync(master, await writeXlsx(fillPlanInputs(masterPlan, c.input)));
      files.push(master);
      for (const [agency, plan] of agencyPlans) {
        const file = path.join(dir, `${c.id}-${agency}.xlsx`);
        // The same figures as the master, as pii split pre-fills them (unknown keys are skipped).
        fs.writeFileSync(file, await writeXlsx(fillPlanInputs(plan, c.input)));
        files.push(file);
        pairs.push({ caseId: c.id, agency, master, file, plan });
      }
    }
    const recalc = await recalculate(files);
    const masterNames = targets(masterPlan);
    const mismatches: string[] = [];
    let compared = 0;
    let nonOk = 0;
    for (const p of pairs) {
      const names = targets(p.plan);
      for (const n of p.plan.names) {
        if (!LIVE.has(n.kind)) continue;
        const mine = namedText(recalc.get(p.file)!, names, n.name);
        const theirs = namedText(recalc.get(p.master)!, masterNames, n.name);
        compared++;
        if (mine !== 'OK' && mine !== '') nonOk++;
        if (mine !== theirs)
          mismatches.push(`${p.caseId} ${p.agency} ${n.name}: agency "${mine}", master "${theirs}"`);
      }
    }
    return { compared, mismatches, nonOk };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

test(`agency workbooks show the master's status cells on ${CASES} generated inputs (2025, vi)`, async () => {
  const catalog = builtinCatalog('2025');
  const r = await compareAgencies(catalog, 70000, 'vi');
  console.log(`agency differential 2025: ${r.compared} cells compared, ${r.nonOk} not OK`);
  expect(r.mismatches.slice(0, 20)).toEqual([]);
  expect(r.compared).toBeGreaterThan(CASES * 100);
  expect(r.nonOk).toBeGreaterThan(CASES * 5); // the bad inputs did fire checks
});

test(`the same for the 2023 edition in English`, async () => {
  const r = await compareAgencies(builtinCatalog('2023'), 71000, 'en');
  expect(r.mismatches.slice(0, 20)).toEqual([]);
  expect(r.compared).toBeGreaterThan(CASES * 100);
});

test('negative control: an agency status formula that differs from the master is caught', async () => {
  const catalog = builtinCatalog('2025');
  const r = await compareAgencies(catalog, 70000, 'vi', (plan) => {
    // Every shared denominator's status cell (the status column of the shared block) says "OK" regardless.
    const copy: WorkbookPlan = JSON.parse(JSON.stringify(plan));
    const statusCol = parseCell(plan.names.find((n) => n.kind === 'status')!.address).col;
    for (const sheet of copy.sheets)
      for (const b of sheet.blocks)
        b.cells.forEach((row) =>
          row.forEach((cell, j) => {
            if (cell && 'formula' in cell && b.id === 'entry:shared' && j === statusCol)
              row[j] = { formula: '="OK"' };
          }),
        );
    return copy;
  });
  expect(r.mismatches.length).toBeGreaterThan(0);
});

test('an agency workbook saved by LibreOffice is still recognised and merged by its names', async () => {
  const catalog = builtinCatalog('2025');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pii-agency-lo-'));
  try {
    const options = { province: 'Bắc Ninh', year: 2025, lang: 'vi' as const };
    const master = buildPlan(catalog, options);
    const agencyPlan = fillPlanInputs(
      buildAgencyPlan(agencyCatalog(catalog, 'ip_board'), 'ip_board', options),
      {
        values: { ip_land_built: 3100, ip_land_planned: 5200, ip_projects: 640 },
        evidence: { ip_projects: 'QĐ 5/2025' },
      },
    );
    const file = path.join(dir, 'kcn.xlsx');
    fs.writeFileSync(file, await writeXlsx(agencyPlan));
    const outDir = path.join(dir, 'lo');
    fs.mkdirSync(outDir);
    const saved = (await convert([file], 'xlsx', outDir)).get(file)!;
    const masterNamed = await readNamedValues(await writeXlsx(master));
    const result = mergeReturns(
      catalog,
      masterNamed,
      [{ file: 'kcn.xlsx', named: await readNamedValues(fs.readFileSync(saved)) }],
      { importedAt: '2025-03-01T00:00:00Z' },
    );
    expect(result.refused).toEqual([]);
    expect(Object.fromEntries(result.assignments)).toEqual({
      PII_in_ip_land_built: 3100,
      PII_in_ip_land_planned: 5200,
      PII_in_ip_projects: 640,
      PII_ev_ip_projects: 'QĐ 5/2025',
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a master updated by pii merge (package edited at the XML level) computes the same cells as one written with those figures', async () => {
  const catalog = builtinCatalog('2025');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pii-merged-lo-'));
  try {
    const plan = buildPlan(catalog, { province: 'Bắc Ninh', year: 2025, lang: 'vi' });
    const files: [string, string][] = [];
    for (let i = 0; i < CASES; i++) {
      const c = generateCase(catalog, 72000 + i, PROFILES[i % PROFILES.length]);
      const direct = path.join(dir, `${c.id}-direct.xlsx`);
      fs.writeFileSync(direct, await writeXlsx(fillPlanInputs(plan, c.input)));
      // The same figures set into a master that has only the benchmarks, as pii merge sets them.
      const set = inputAssignments(c.input);
      const blank = await writeXlsx(fillPlanInputs(plan, { values: {}, benchmarks: c.input.benchmarks }));
      const merged = path.join(dir, `${c.id}-merged.xlsx`);
      fs.writeFileSync(merged, (await updateWorkbook(blank, { set })).bytes);
      files.push([direct, merged]);
    }
    const recalc = await recalculate(files.flat());
    const diffs = computedDiffs(recalc, files, plan);
    expect(diffs.slice(0, 20)).toEqual([]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
