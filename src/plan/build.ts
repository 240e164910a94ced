// buildPlan: catalog (+ province, year, language) -> WorkbookPlan. Pure; every layout decision of
// the template lives here, so the Office JS and .xlsx writers only apply it.
import type { Catalog, Component, Indicator, Lang, Text } from '../catalog/types';
import { componentById, formulaComponents, indicatorsOf, subPillarsOf } from '../catalog/lookup';
import { exprToExcel } from '../expr';
import { cellChecks, type CellCheck } from '../validation';
import { cellAddress, quoteSheet, rangeAddress } from './a1';
import { bilingual, checkStatusText, clip, excelString, OK, SEVERITY_MARK, SEVERITY_TEXT, statusText } from './excel-text';
import { NAMES, refName } from './names';
import { fx, GENERAL, NameRegistry, SheetBuilder, val } from './sheet';
import { SHEET_NAMES, T } from './texts';
import type {
  CellStyle,
  ConditionalFormat,
  PlanCell,
  PlanCheckRow,
  SheetPlan,
  StyleKey,
  ValidationRule,
  WorkbookPlan,
} from './types';
import { TEMPLATE_VERSION, TEMPLATE_XML_NAMESPACE } from './version';

export interface PlanOptions {
  province: string;
  year: number;
  lang: Lang;
}

export const STYLES: Record<StyleKey, CellStyle> = {
  title: { bold: true, fontSize: 14, fontColor: '#1F4E79' },
  subtitle: { italic: true, fontColor: '#595959' },
  header: { bold: true, fill: '#1F4E79', fontColor: '#FFFFFF', wrap: true, vertical: 'center' },
  section: { bold: true, fill: '#D9E1F2' },
  blockHeader: { bold: true, fill: '#DDEBF7' },
  label: {},
  input: { fill: '#E8F1FB', border: true },
  inputOptional: { fill: '#F3F8FD', border: true },
  evidence: { fill: '#F3F8FD', border: true },
  computed: { fill: '#F2F2F2', border: true },
  status: { fontColor: '#404040' },
  note: { italic: true, fontColor: '#595959' },
  legendInput: { fill: '#E8F1FB', border: true },
  legendComputed: { fill: '#F2F2F2', border: true },
  legendError: { fill: '#FFC7CE', fontColor: '#9C0006', border: true },
  legendWarning: { fill: '#FFEB9C', fontColor: '#9C5700', border: true },
  legendMissing: { fill: '#FCE4D6', border: true },
  legendOk: { fill: '#E2EFDA', fontColor: '#375623', border: true },
};

const CF_COLORS = {
  error: { fill: '#FFC7CE', fontColor: '#9C0006' },
  warning: { fill: '#FFEB9C', fontColor: '#9C5700' },
  missing: { fill: '#FCE4D6' },
  computed: { fill: '#E2EFDA', fontColor: '#375623' },
} as const;

// Column layout shared by the entry, benchmark, result and check sheets (A..H).
const COL = { code: 0, name: 1, in: 2, prev: 3, unit: 4, ev: 5, status: 6, note: 7 } as const;
const FIRST_BLOCK_ROW = 4; // rows 0-2: title, hint, column headers; row 3 empty

const NUMBER_FORMAT: Record<Component['kind'], string> = {
  integer: '#,##0',
  decimal: GENERAL,
  percent: '0.00',
};
const VALUE_FORMAT = '#,##0.00##';
const SCORE_FORMAT = '0.00';

/** Excel allows 255 arguments per function; long lists are folded into nested calls. */
function fn(name: 'COUNT' | 'SUM', args: string[]): string {
  if (args.length <= 255) return `${name}(${args.join(',')})`;
  // COUNT(a..z) = SUM(COUNT(a..m), COUNT(n..z)); SUM likewise.
  const chunks: string[] = [];
  for (let i = 0; i < args.length; i += 250) chunks.push(fn(name, args.slice(i, i + 250)));
  return fn('SUM', chunks);
}

/** Mean of the numbers among `names` ("" when none): AVERAGE ignores the "" of absent items. */
function meanFormula(names: string[]): string {
  if (names.length === 0) return '=""';
  if (names.length <= 255) return `=IF(COUNT(${names.join(',')})>0,AVERAGE(${names.join(',')}),"")`;
  return `=IF(${fn('COUNT', names)}>0,${fn('SUM', names)}/${fn('COUNT', names)},"")`;
}

function indicatorValueFormula(ind: Indicator): string {
  const f = ind.formula;
  if (f.kind === 'direct') {
    const n = NAMES.input(f.value);
    return `=IF(COUNT(${n})=1,${n},"")`;
  }
  const all = formulaComponents(f).map(NAMES.input);
  const num = f.numerator.map(NAMES.input);
  const den = f.denominator.map(NAMES.input);
  const scale = f.scale === 1 ? '' : `*${String(f.scale).toUpperCase()}`;
  // IFERROR: figures so large that a sum or the quotient overflows give "" (the engine: no value).
  return `=IFERROR(IF(AND(${fn('COUNT', all)}=${all.length},${fn('SUM', den)}>0),${fn('SUM', num)}/${fn('SUM', den)}${scale},""),"")`;
}

function scoreFormula(ind: Indicator): string {
  const v = NAMES.value(ind.code);
  const lo = NAMES.benchmarkMin(ind.code);
  const hi = NAMES.benchmarkMax(ind.code);
  const raw = ind.direction === 'lower' ? `(${hi}-${v})/(${hi}-${lo})*100` : `(${v}-${lo})/(${hi}-${lo})*100`;
  return `=IFERROR(IF(AND(ISNUMBER(${v}),ISNUMBER(${lo}),ISNUMBER(${hi})),IF(${hi}>${lo},MIN(100,MAX(0,${raw})),""),""),"")`;
}

/** "OK", or the first firing check's label (checks in priority order): nested IF. */
export function statusFormula(checks: CellCheck[]): string {
  if (checks.length > 63) throw new Error(`too many checks on one status cell (${checks.length} > 63)`);
  let f = excelString(OK);
  for (let i = checks.length - 1; i >= 0; i--) {
    const c = checks[i];
    f = `IF(${exprToExcel(c.when, refName)},${excelString(statusText(c.severity, c.label))},${f})`;
  }
  return `=${f}`;
}

function formulaDescription(ind: Indicator, catalog: Catalog, lang: Lang): string {
  const f = ind.formula;
  const nm = (id: string) => componentById(catalog, id)?.name[lang] ?? id;
  if (f.kind === 'direct') return `= ${nm(f.value)}`;
  const side = (ids: string[]) => (ids.length === 1 ? nm(ids[0]) : `(${ids.map(nm).join(' + ')})`);
  return `= ${side(f.numerator)} / ${side(f.denominator)}${f.scale === 1 ? '' : ` × ${f.scale.toLocaleString('en-US')}`}`;
}

function agencyList(catalog: Catalog, ids: string[], lang: Lang): string {
  return ids.map((id) => catalog.agencies.find((a) => a.id === id)?.name[lang] ?? id).join(', ');
}

function numericValidation(
  address: string,
  c: Component,
  lang: Lang,
  title: Text,
  extra: string,
  optional: boolean,
): ValidationRule {
  const whole = c.kind === 'integer';
  // Like the engine's checks: a component is non-negative unless the catalog gives a negative min.
  const min = c.min ?? 0;
  const max = c.max;
  const hasMax = max !== undefined;
  // Stop: text, a negative figure, a fraction for a count or a value outside the hard bounds can
  // never be right. Plausibility (unit slips, jumps) is left to the status column: it only warns.
  const stop = true;
  const operator: ValidationRule['operator'] = hasMax ? 'between' : 'greaterThanOrEqual';
  const formula1 = min;
  const formula2 = hasMax ? max : undefined;
  const bounds = hasMax ? `${min} – ${max}` : `≥ ${min}`;
  const kindText = whole ? T.promptWhole[lang] : T.promptNumber[lang];
  const prompt = [
    `${kindText}${bounds ? ` ${bounds}` : ''}, ${c.unit[lang]}.`,
    extra,
    optional ? '' : c.required ? (lang === 'vi' ? 'Bắt buộc.' : 'Required.') : '',
  ]
    .filter(Boolean)
    .join(' ');
  const err = [whole ? T.errWhole[lang] : T.errNotNumber[lang], bounds ? `(${bounds})` : ''].filter(Boolean).join(' ');
  return {
    address,
    type: whole ? 'whole' : 'decimal',
    operator,
    formula1,
    ...(formula2 !== undefined ? { formula2 } : {}),
    alert: stop ? 'stop' : 'warning',
    allowBlank: true,
    prompt: { title: clip(title[lang], 32), message: clip(prompt, 255) },
    error: { title: clip((stop ? T.errTitle : T.warnTitle)[lang], 32), message: clip(err, 255) },
  };
}

function addStatusFormats(sheet: SheetBuilder, row: number, rowCount: number, fromCol: number, toCol: number, statusCol: number, priority: number): void {
  if (rowCount <= 0) return;
  const address = rangeAddress(row, fromCol, rowCount, toCol - fromCol + 1);
  const status = `$${cellAddress(row, statusCol).replace(/\d+$/, '')}${row + 1}`;
  const cf = (kind: 'error' | 'warning', mark: string, p: number): ConditionalFormat => ({
    address,
    kind,
    formula: `=LEFT(${status},1)=${excelString(mark)}`,
    ...CF_COLORS[kind],
    priority: p,
    stopIfTrue: true,
  });
  sheet.plan.conditionalFormats.push(cf('error', SEVERITY_MARK.error, priority), cf('warning', SEVERITY_MARK.warning, priority + 1));
}

function addMissingFormat(sheet: SheetBuilder, row: number, rowCount: number, col: number, columnCount: number, priority: number): void {
  if (rowCount <= 0) return;
  sheet.plan.conditionalFormats.push({
    address: rangeAddress(row, col, rowCount, columnCount),
    kind: 'missing',
    formula: `=ISBLANK(${cellAddress(row, col)})`,
    ...CF_COLORS.missing,
    priority,
    stopIfTrue: false,
  });
}

function addComputedFormat(sheet: SheetBuilder, row: number, rowCount: number, col: number, columnCount: number, priority: number): void {
  if (rowCount <= 0) return;
  sheet.plan.conditionalFormats.push({
    address: rangeAddress(row, col, rowCount, columnCount),
    kind: 'computed',
    formula: `=ISNUMBER(${cellAddress(row, col)})`,
    ...CF_COLORS.computed,
    priority,
    stopIfTrue: false,
  });
}

function headBlock(sheet: SheetBuilder, title: string, hint: string, headers: string[]): void {
  sheet.block(`${sheet.plan.key}:head`, 0, [[val(title)], [val(hint)], headers.map(val)]);
  sheet.style(0, 0, 1, 1, 'title');
  sheet.style(1, 0, 1, 1, 'subtitle');
  sheet.style(2, 0, 1, headers.length, 'header');
  sheet.plan.freeze = { rows: 3, columns: 0 };
}

function xmlAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function buildPlan(catalog: Catalog, options: PlanOptions): WorkbookPlan {
  const { lang } = options;
  const province = options.province ?? '';
  const year = options.year;
  const names = new NameRegistry();
  const checks = cellChecks(catalog);

  const componentChecks = new Map<string, CellCheck[]>();
  const benchmarkChecks = new Map<string, CellCheck[]>();
  for (const c of checks) {
    const t = c.target;
    const [map, key] = 'component' in t ? [componentChecks, t.component] : [benchmarkChecks, t.indicator];
    if (!map.has(key)) map.set(key, []);
    map.get(key)!.push(c);
  }

  const sheetName = (key: keyof typeof SHEET_NAMES) => SHEET_NAMES[key][lang];
  const cover = new SheetBuilder('cover', sheetName('cover'), [34, 28, 70], '#1F4E79');
  const entry = new SheetBuilder('entry', sheetName('entry'), [10, 58, 16, 16, 16, 34, 52, 44], '#2E75B6');
  const bench = new SheetBuilder('benchmarks', sheetName('benchmarks'), [10, 58, 16, 16, 20, 16, 52, 30], '#2E75B6');
  const results = new SheetBuilder('results', sheetName('results'), [10, 58, 16, 14, 16, 12, 12, 30], '#548235');
  const report = new SheetBuilder('checks', sheetName('checks'), [7, 26, 16, 10, 24, 90, 24, 14], '#C00000');

  // ---------------------------------------------------------------- Nhập liệu (data entry)
  headBlock(entry, `${T.entryTitle[lang]} — ${catalog.name[lang]} — ${province} — ${year}`, T.entryHint[lang], [
    T.colCode[lang],
    T.colComponent[lang],
    T.colThisYear[lang],
    T.colLastYear[lang],
    T.colUnit[lang],
    T.colEvidence[lang],
    T.colStatus[lang],
    T.colNote[lang],
  ]);
  entry.plan.freeze = { rows: 3, columns: 2 };

  const placed = new Set<string>();
  let row = FIRST_BLOCK_ROW;

  const componentRows = (comps: Component[], firstRow: number): { cells: PlanCell[][]; formats: string[][] } => {
    const cells: PlanCell[][] = [];
    const formats: string[][] = [];
    comps.forEach((c, i) => {
      const r = firstRow + i;
      const note = c.assumption ? `${T.assumption[lang]}: ${c.assumption[lang]}` : '';
      cells.push([
        val(c.id),
        val(c.name[lang]),
        null,
        null,
        val(c.unit[lang]),
        null,
        fx(statusFormula(componentChecks.get(c.id) ?? [])),
        val(note),
      ]);
      const nf = NUMBER_FORMAT[c.kind];
      formats.push([GENERAL, GENERAL, nf, nf, GENERAL, '@', GENERAL, GENERAL]);
      names.add(NAMES.input(c.id), 'input', c.id, entry, r, COL.in, true);
      names.add(NAMES.previous(c.id), 'previous', c.id, entry, r, COL.prev, true);
      names.add(NAMES.evidence(c.id), 'evidence', c.id, entry, r, COL.ev, true);
      names.add(NAMES.status(c.id), 'status', c.id, entry, r, COL.status, false);
      const a = (col: number) => cellAddress(r, col);
      entry.plan.validations.push(
        numericValidation(a(COL.in), c, lang, c.name, c.plausible ? c.plausible.message[lang] : '', false),
        numericValidation(a(COL.prev), c, lang, T.colLastYear, T.promptPrevious[lang], true),
        {
          address: a(COL.ev),
          type: 'textLength',
          operator: 'lessThanOrEqual',
          formula1: 1000,
          alert: 'information',
          allowBlank: true,
          prompt: { title: clip(T.evidenceTitle[lang], 32), message: clip(T.promptEvidence[lang], 255) },
          error: { title: clip(T.warnTitle[lang], 32), message: clip(T.promptEvidence[lang], 255) },
        },
      );
      placed.add(c.id);
    });
    return { cells, formats };
  };

  const styleComponentRows = (first: number, count: number) => {
    if (count === 0) return;
    entry.style(first, COL.in, count, 1, 'input');
    entry.style(first, COL.prev, count, 1, 'inputOptional');
    entry.style(first, COL.ev, count, 1, 'evidence');
    entry.style(first, COL.status, count, 1, 'status');
    entry.style(first, COL.note, count, 1, 'note');
    entry.unlock(first, COL.in, count, 2);
    entry.unlock(first, COL.ev, count, 1);
    addStatusFormats(entry, first, count, COL.in, COL.status, COL.status, 1);
    addMissingFormat(entry, first, count, COL.in, 1, 3);
  };

  const sharedComponents = catalog.components.filter((c) => c.shared);
  if (sharedComponents.length > 0) {
    const { cells, formats } = componentRows(sharedComponents, row + 1);
    entry.block('entry:shared', row, [[null, val(T.shared[lang])], ...cells], [[], ...formats]);
    entry.style(row, 0, 1, entry.width, 'section');
    styleComponentRows(row + 1, sharedComponents.length);
    row += sharedComponents.length + 2;
  }

  for (const ind of catalog.indicators) {
    const own = formulaComponents(ind.formula)
      .filter((id) => !placed.has(id))
      .map((id) => componentById(catalog, id))
      .filter((c): c is Component => c !== undefined);
    const lead = [
      ind.lead.length ? `${T.lead[lang]}: ${agencyList(catalog, ind.lead, lang)}` : '',
      ind.coordinating.length ? `${T.coordinating[lang]}: ${agencyList(catalog, ind.coordinating, lang)}` : '',
    ]
      .filter(Boolean)
      .join(' · ');
    const header: PlanCell[] = [
      val(ind.code),
      val(ind.name[lang]),
      val(lead),
      null,
      null,
      null,
      null,
      val(ind.assumption ? `${T.assumption[lang]}: ${ind.assumption[lang]}` : ''),
    ];
    const { cells, formats } = componentRows(own, row + 1);
    const valueRow = row + 1 + own.length;
    const valueCells: PlanCell[] = [
      null,
      val(`→ ${T.indicatorValue[lang]} ${ind.code}`),
      fx(indicatorValueFormula(ind)),
      null,
      val(ind.unit[lang]),
      null,
      null,
      val(formulaDescription(ind, catalog, lang)),
    ];
    entry.block(`entry:indicator:${ind.code}`, row, [header, ...cells, valueCells], [
      [],
      ...formats,
      [GENERAL, GENERAL, VALUE_FORMAT],
    ]);
    names.add(NAMES.value(ind.code), 'value', ind.code, entry, valueRow, COL.in, false);
    entry.style(row, 0, 1, entry.width, 'blockHeader');
    styleComponentRows(row + 1, own.length);
    entry.style(valueRow, COL.in, 1, 1, 'computed');
    entry.style(valueRow, COL.note, 1, 1, 'note');
    addComputedFormat(entry, valueRow, 1, COL.in, 1, 5);
    row = valueRow + 2;
  }

  const others = catalog.components.filter((c) => !placed.has(c.id));
  if (others.length > 0) {
    const { cells, formats } = componentRows(others, row + 1);
    entry.block('entry:other', row, [[null, val(T.other[lang])], ...cells], [[], ...formats]);
    entry.style(row, 0, 1, entry.width, 'section');
    styleComponentRows(row + 1, others.length);
    row += others.length + 2;
  }

  // ---------------------------------------------------------------- Tham chiếu (benchmarks)
  headBlock(bench, T.benchTitle[lang], T.benchHint[lang], [
    T.colCode[lang],
    T.colIndicator[lang],
    T.colMin[lang],
    T.colMax[lang],
    T.colDirection[lang],
    T.colUnit[lang],
    T.colStatus[lang],
    T.colNote[lang],
  ]);
  {
    const first = FIRST_BLOCK_ROW;
    const cells: PlanCell[][] = [];
    const formats: string[][] = [];
    catalog.indicators.forEach((ind, i) => {
      const r = first + i;
      cells.push([
        val(ind.code),
        val(ind.name[lang]),
        null,
        null,
        val((ind.direction === 'lower' ? T.lower : T.higher)[lang]),
        val(ind.unit[lang]),
        fx(statusFormula(benchmarkChecks.get(ind.code) ?? [])),
        null,
      ]);
      formats.push([GENERAL, GENERAL, GENERAL, GENERAL]);
      names.add(NAMES.benchmarkMin(ind.code), 'benchmarkMin', ind.code, bench, r, COL.in, true);
      names.add(NAMES.benchmarkMax(ind.code), 'benchmarkMax', ind.code, bench, r, COL.prev, true);
      names.add(NAMES.benchmarkStatus(ind.code), 'benchmarkStatus', ind.code, bench, r, COL.status, false);
      const rule = (col: number, prompt: string): ValidationRule => ({
        address: cellAddress(r, col),
        type: 'decimal',
        operator: 'between',
        formula1: -1e15,
        formula2: 1e15,
        alert: 'warning',
        allowBlank: true,
        prompt: { title: clip(`${ind.code} ${col === COL.in ? T.colMin[lang] : T.colMax[lang]}`, 32), message: clip(`${prompt} ${ind.unit[lang]}.`, 255) },
        error: { title: clip(T.warnTitle[lang], 32), message: clip(T.errNotNumber[lang], 255) },
      });
      bench.plan.validations.push(rule(COL.in, T.promptBenchMin[lang]), rule(COL.prev, T.promptBenchMax[lang]));
    });
    const n = catalog.indicators.length;
    if (n > 0) {
      bench.block('benchmarks:indicators', first, cells, formats);
      bench.style(first, COL.in, n, 2, 'input');
      bench.style(first, COL.status, n, 1, 'status');
      bench.unlock(first, COL.in, n, 2);
      addStatusFormats(bench, first, n, COL.in, COL.status, COL.status, 1);
      addMissingFormat(bench, first, n, COL.in, 2, 3);
    }
  }

  // ---------------------------------------------------------------- Kết quả (results)
  headBlock(results, T.resultsTitle[lang], T.resultsHint[lang], [
    T.colCode[lang],
    T.colName[lang],
    T.colValue[lang],
    T.colScore[lang],
    T.colPresent[lang],
    T.colDefined[lang],
    T.colCoverage[lang],
    T.colNote[lang],
  ]);
  row = FIRST_BLOCK_ROW;
  const R = { value: 2, score: 3, present: 4, defined: 5, coverage: 6, note: 7 } as const;
  const coverageText = (r: number) => fx(`=${cellAddress(r, R.present)}&"/"&${cellAddress(r, R.defined)}`);
  const aggregateRows = (
    id: string,
    title: Text,
    items: { code: string; name: string; note: string; mean: string[]; present: string; defined: number; names: [string, string, string]; kind: 'subPillar' | 'pillar' | 'side' | 'index' }[],
  ) => {
    const first = row + 1;
    const cells: PlanCell[][] = [[val(title[lang])]];
    const formats: string[][] = [[]];
    items.forEach((it, i) => {
      const r = first + i;
      cells.push([val(it.code), val(it.name), null, fx(meanFormula(it.mean)), fx(it.present), val(it.defined), coverageText(r), val(it.note)]);
      formats.push([GENERAL, GENERAL, GENERAL, SCORE_FORMAT, '0', '0', GENERAL, GENERAL]);
      names.add(it.names[0], it.kind, it.code, results, r, R.score, false);
      names.add(it.names[1], 'coverage', it.code, results, r, R.present, false);
      names.add(it.names[2], 'defined', it.code, results, r, R.defined, false);
    });
    results.block(id, row, cells, formats);
    results.style(row, 0, 1, results.width, 'section');
    if (items.length > 0) {
      results.style(first, R.score, items.length, 3, 'computed');
      results.style(first, R.note, items.length, 1, 'note');
      addComputedFormat(results, first, items.length, R.score, 1, 5);
    }
    row = first + items.length + 1;
  };

  {
    const first = row + 1;
    const cells: PlanCell[][] = [[val(T.sectionIndicators[lang])]];
    const formats: string[][] = [[]];
    catalog.indicators.forEach((ind, i) => {
      const r = first + i;
      cells.push([val(ind.code), val(ind.name[lang]), fx(`=${NAMES.value(ind.code)}`), fx(scoreFormula(ind)), null, null, null, val(ind.unit[lang])]);
      formats.push([GENERAL, GENERAL, VALUE_FORMAT, SCORE_FORMAT]);
      names.add(NAMES.score(ind.code), 'score', ind.code, results, r, R.score, false);
    });
    results.block('results:indicators', row, cells, formats);
    results.style(row, 0, 1, results.width, 'section');
    const n = catalog.indicators.length;
    if (n > 0) {
      results.style(first, R.value, n, 2, 'computed');
      results.style(first, R.note, n, 1, 'note');
      addComputedFormat(results, first, n, R.value, 2, 5);
    }
    row = first + n + 1;
  }

  const subIndicators = (subCode: string) => indicatorsOf(catalog, subCode);
  aggregateRows(
    'results:subPillars',
    T.sectionSubPillars,
    catalog.subPillars.map((s) => ({
      code: s.code,
      name: s.name[lang],
      note: '',
      mean: subIndicators(s.code).map((i) => NAMES.score(i.code)),
      present: subIndicators(s.code).length ? `=${fn('COUNT', subIndicators(s.code).map((i) => NAMES.score(i.code)))}` : '=0',
      defined: subIndicators(s.code).length,
      names: [NAMES.subPillar(s.code), NAMES.coverageSubPillar(s.code), NAMES.definedSubPillar(s.code)],
      kind: 'subPillar' as const,
    })),
  );
  const pillarIndicators = (p: string) => subPillarsOf(catalog, p).flatMap((s) => subIndicators(s.code));
  const sumOrZero = (ns: string[]) => (ns.length ? `=${fn('SUM', ns)}` : '=0');
  aggregateRows(
    'results:pillars',
    T.sectionPillars,
    catalog.pillars.map((p) => ({
      code: p.code,
      name: p.name[lang],
      note: (p.side === 'input' ? T.inputSide : T.outputSide)[lang].split(' (')[0],
      mean: subPillarsOf(catalog, p.code).map((s) => NAMES.subPillar(s.code)),
      present: sumOrZero(subPillarsOf(catalog, p.code).map((s) => NAMES.coverageSubPillar(s.code))),
      defined: pillarIndicators(p.code).length,
      names: [NAMES.pillar(p.code), NAMES.coveragePillar(p.code), NAMES.definedPillar(p.code)],
      kind: 'pillar' as const,
    })),
  );
  const sidePillars = (side: 'input' | 'output') => catalog.pillars.filter((p) => p.side === side);
  const side = (s: 'input' | 'output') => ({
    code: s,
    name: (s === 'input' ? T.inputSide : T.outputSide)[lang],
    note: '',
    mean: sidePillars(s).map((p) => NAMES.pillar(p.code)),
    present: sumOrZero(sidePillars(s).map((p) => NAMES.coveragePillar(p.code))),
    defined: sidePillars(s).reduce((n, p) => n + pillarIndicators(p.code).length, 0),
    names: [s === 'input' ? NAMES.input_side : NAMES.output_side, NAMES.coverageSide(s), NAMES.definedSide(s)] as [string, string, string],
    kind: 'side' as const,
  });
  aggregateRows('results:index', T.sectionIndex, [
    side('input'),
    side('output'),
    {
      code: 'PII',
      name: T.index[lang],
      note: '',
      mean: [NAMES.input_side, NAMES.output_side],
      present: `=${NAMES.coverageSide('input')}+${NAMES.coverageSide('output')}`,
      defined: side('input').defined + side('output').defined,
      names: [NAMES.index, NAMES.coverageIndex, NAMES.definedIndex],
      kind: 'index',
    },
  ]);

  // ---------------------------------------------------------------- Kiểm tra (validation report)
  headBlock(report, T.checksTitle[lang], T.checksHint[lang], [
    T.colNo[lang],
    T.colRule[lang],
    T.colSeverity[lang],
    T.colCode[lang],
    T.colCell[lang],
    T.colMessage[lang],
    T.colStatus[lang],
    T.colLink[lang],
  ]);
  const nameIndex = new Map(names.names.map((n) => [n.name, n]));
  const checkRows: PlanCheckRow[] = [];
  {
    const first = FIRST_BLOCK_ROW;
    const cells: PlanCell[][] = [];
    const used = new Set<string>();
    checks.forEach((c, i) => {
      const r = first + i;
      const targetName = refName(c.target);
      const target = nameIndex.get(targetName);
      if (!target) throw new Error(`check ${c.id} targets ${targetName}, which the template does not have`);
      let statusName = NAMES.check(c.id);
      for (let k = 2; used.has(statusName.toUpperCase()); k++) statusName = `${NAMES.check(c.id)}_${k}`;
      used.add(statusName.toUpperCase());
      const link = `#${quoteSheet(target.sheetName)}!${target.address}`;
      cells.push([
        val(i + 1),
        val(c.ruleId),
        val(bilingual(SEVERITY_TEXT[c.severity])),
        val(c.indicator ?? ''),
        val(`${targetName}`),
        val(bilingual(c.label)),
        fx(`=IF(${exprToExcel(c.when, refName)},${excelString(checkStatusText(c.severity))},${excelString(OK)})`),
        fx(`=HYPERLINK(${excelString(link)},${excelString(`→ ${target.address.replace(/\$/g, '')}`)})`),
      ]);
      names.add(statusName, 'check', c.id, report, r, COL.status, false);
      checkRows.push({ checkId: c.id, ruleId: c.ruleId, severity: c.severity, statusName, targetName });
    });
    if (cells.length > 0) {
      report.block('checks:rows', first, cells);
      report.style(first, COL.status, cells.length, 1, 'status');
      addStatusFormats(report, first, cells.length, COL.status, COL.status, COL.status, 1);
    }
  }

  // ---------------------------------------------------------------- Hướng dẫn (cover)
  {
    const rows: PlanCell[][] = [
      [val(T.product[lang])],
      [val(T.productShort[lang])],
      [],
      [val(T.edition[lang]), val(catalog.edition), val(catalog.name[lang])],
      [val(T.province[lang]), val(province)],
      [val(T.year[lang]), val(year)],
      [val(T.version[lang]), val(TEMPLATE_VERSION)],
      [val(T.language[lang]), val(lang)],
      [val(T.piiNow[lang]), fx(`=${NAMES.index}`), fx(`=${NAMES.coverageIndex}&"/"&${NAMES.definedIndex}`)],
      [],
      [val(T.howTo[lang])],
      ...T.steps.map((s) => [null, val(s[lang])] as PlanCell[]),
      [],
      [val(T.legend[lang])],
      [val('123'), val(T.legendInput[lang])],
      [val('ƒx'), val(T.legendComputed[lang])],
      [val(`${SEVERITY_MARK.error} …`), val(T.legendError[lang])],
      [val(`${SEVERITY_MARK.warning} …`), val(T.legendWarning[lang])],
      [null, val(T.legendMissing[lang])],
      [val('42.5'), val(T.legendOk[lang])],
    ];
    const formats = rows.map((_, i) => (i === 5 ? [GENERAL, '0'] : i === 8 ? [GENERAL, SCORE_FORMAT] : i === 3 ? [GENERAL, '@'] : []));
    cover.block('cover:all', 0, rows, formats);
    cover.style(0, 0, 1, 1, 'title');
    cover.style(1, 0, 1, 1, 'subtitle');
    cover.style(3, 0, 6, 1, 'label');
    cover.style(4, 1, 2, 1, 'input');
    cover.unlock(4, 1, 2, 1);
    cover.style(8, 1, 1, 1, 'computed');
    cover.style(10, 0, 1, 1, 'section');
    const legend = 11 + T.steps.length + 1;
    cover.style(11, 1, T.steps.length, 1, 'label');
    cover.style(legend, 0, 1, 1, 'section');
    const keys: StyleKey[] = ['legendInput', 'legendComputed', 'legendError', 'legendWarning', 'legendMissing', 'legendOk'];
    keys.forEach((k, i) => cover.style(legend + 1 + i, 0, 1, 1, k));
    names.add(NAMES.meta('edition'), 'meta', 'edition', cover, 3, 1, false);
    names.add(NAMES.meta('province'), 'meta', 'province', cover, 4, 1, true);
    names.add(NAMES.meta('year'), 'meta', 'year', cover, 5, 1, true);
    names.add(NAMES.meta('version'), 'meta', 'version', cover, 6, 1, false);
    names.add(NAMES.meta('lang'), 'meta', 'lang', cover, 7, 1, false);
    cover.plan.validations.push({
      address: cellAddress(5, 1),
      type: 'whole',
      operator: 'between',
      formula1: 2000,
      formula2: 2100,
      alert: 'warning',
      allowBlank: true,
      prompt: { title: clip(T.year[lang], 32), message: clip(T.promptYear[lang], 255) },
      error: { title: clip(T.warnTitle[lang], 32), message: clip(T.promptYear[lang], 255) },
    });
  }

  const sheets: SheetPlan[] = [cover.plan, entry.plan, bench.plan, results.plan, report.plan];
  const xml =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<piiTemplate xmlns="${TEMPLATE_XML_NAMESPACE}" templateVersion="${xmlAttr(TEMPLATE_VERSION)}" planFormat="1"` +
    ` edition="${xmlAttr(catalog.edition)}" lang="${lang}" province="${xmlAttr(province)}" year="${year}"` +
    ` indicators="${catalog.indicators.length}" components="${catalog.components.length}" checks="${checks.length}"/>`;
  return {
    planFormat: 1,
    templateVersion: TEMPLATE_VERSION,
    edition: catalog.edition,
    lang,
    province,
    year,
    sheets,
    names: names.names,
    checks: checkRows,
    styles: STYLES,
    customXml: { namespace: TEMPLATE_XML_NAMESPACE, xml },
  };
}

/** The address of a defined name's cell on its sheet, as used in a HYPERLINK ("#'Sheet'!$C$12"). */
export function nameLink(plan: WorkbookPlan, name: string): string {
  const n = plan.names.find((x) => x.name === name);
  if (!n) throw new Error(`unknown defined name ${name}`);
  return `#${quoteSheet(n.sheetName)}!${n.address}`;
}
