// The differential harness: generated province inputs (valid, boundary and bad), each written
// into the template, recalculated by LibreOffice, and every named computed cell compared with the
// TypeScript engine.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Catalog, CellValue, Component, ProvinceInput } from '../../src/catalog';
import {
  EVIDENCE_DATE_MAX,
  EVIDENCE_DATE_MIN,
  EVIDENCE_PARTS,
  type EvidencePart,
} from '../../src/catalog/evidence';
import {
  buildPlan,
  checkStatusText,
  fillPlanInputs,
  inputCell,
  NAMES,
  OK,
  type PlanCell,
  statusText,
  type WorkbookPlan,
} from '../../src/plan';
import { scoreProvince, type ScoreResult } from '../../src/scoring';
import { cellChecks, type CellCheck } from '../../src/validation';
import { writeXlsx } from '../../src/xlsx';
import { parseCell } from '../../src/plan/a1';
import {
  cellText,
  isExcelError,
  namedText,
  recalculate,
  type NameTarget,
  type SheetGrid,
} from '../support/libreoffice';
import { prng } from '../../src/dev/prng';

// ------------------------------------------------------------------ seeded generator

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const round2 = (x: number) => Math.round(x * 100) / 100;
/** Cents for everyday magnitudes; huge figures are left alone (rounding them only adds noise). */
const nice = (x: number) => (Math.abs(x) < 1e9 ? round2(x) : x);

const TEXTS = ['1,5', '1.234,5', '12 ha', '-', '  ', 'n/a', '12', ' 7 ', 'khoảng 300', '1e3x'];

/**
 * Excel error values, as Office JS reads them back (text) for the engine; in the workbook the cell
 * holds a formula resulting in that error (writeAll), so the sheet sees a real error value.
 */
export const ERROR_FORMULAS: Record<string, string> = {
  '#DIV/0!': '=1/0',
  '#N/A': '=NA()',
  '#VALUE!': '="x"+1',
};
const ERRORS = Object.keys(ERROR_FORMULAS);

/**
 * Values where spreadsheets part ways unless the formulas say exactly what they mean: logicals
 * (LibreOffice stores TRUE as the number 1), error values, the largest and smallest doubles.
 */
const ODD: readonly CellValue[] = [true, false, ...ERRORS, 1e308, -1e308, 1e-308, 7.2, 1.1];

/** A plausible figure for a component (inside its plausible range when it has one). */
function plausible(r: Rand, c: Component): number {
  const lo = c.plausible?.min ?? 1;
  const hi = c.plausible?.max ?? Math.max(lo * 100, 5000);
  const x = lo + (hi - lo) * r() * r();
  return c.kind === 'integer' ? Math.max(1, Math.round(x)) : round2(Math.max(0.01, x));
}

export type Profile = 'valid' | 'boundary' | 'bad' | 'mixed';

function componentValue(r: Rand, c: Component, profile: Profile): CellValue {
  const ok = () => plausible(r, c);
  if (profile === 'valid') return r() < 0.03 ? null : ok();
  const roll = r();
  if (profile === 'boundary') {
    if (roll < 0.2) return 0;
    if (roll < 0.35) return c.plausible?.min ?? 0;
    if (roll < 0.5) return c.plausible?.max ?? 1;
    if (roll < 0.6) return c.kind === 'percent' ? 0.35 : 1;
    if (roll < 0.7) return null;
    return ok();
  }
  const badness = profile === 'bad' ? 0.75 : 0.3;
  if (roll > badness) return ok();
  if (r() < 0.12) return pick(r, ODD);
  const kind = r();
  if (kind < 0.22) return pick(r, TEXTS);
  if (kind < 0.36) return null;
  if (kind < 0.48) return -round2(1 + r() * 500);
  if (kind < 0.58) return 0;
  if (kind < 0.68) return round2(ok() + 0.37); // a fraction where a count belongs
  if (kind < 0.78) return Math.round(10 ** (12 + r() * 88)); // huge, still far from overflow
  if (kind < 0.86) return c.plausible?.min !== undefined ? round2(c.plausible.min / 1000) : 0.35; // unit slip
  return round2(ok() * 7); // part > whole likely
}

export interface Case {
  id: string;
  input: ProvinceInput;
}

/** One generated ProvinceInput; benchmarks are chosen around the engine's own indicator values. */
export function generateCase(catalog: Catalog, seed: number, profile: Profile): Case {
  const r = prng(seed);
  const values: Record<string, CellValue> = {};
  const previous: Record<string, CellValue> = {};
  const parts: Record<EvidencePart, Record<string, CellValue>> = {
    evidence: {},
    evidenceDate: {},
    evidenceIssuer: {},
    evidenceLink: {},
  };
  const evidence = parts.evidence;
  for (const c of catalog.components) {
    const v = componentValue(r, c, profile);
    if (v !== null || r() < 0.5) values[c.id] = v;
    const p = r();
    if (p < 0.35) {
      // Factors 2 and 0.5 hit the jump check's boundary exactly (doubling and halving are exact in
      // binary); other factors are rounded to cents, well away from it. A figure a rounding error
      // away from a threshold is where LibreOffice's approximate comparison (about 1e-15 relative)
      // and exact IEEE comparison may legitimately differ: not generated.
      const f = pick(r, [0.3, 0.5, 0.9, 1, 1.1, 2, 2.5, 3]);
      // A factor past the number range (1e308 x 2) is no figure a cell can hold: a plausible one then.
      previous[c.id] =
        typeof v === 'number' && Number.isFinite(v * f)
          ? f === 2 || f === 0.5 || f === 1
            ? v * f
            : round2(v * f)
          : plausible(r, c);
    } else if (p < 0.45) previous[c.id] = pick(r, [0, -3, '1,5', null, '  ']);
    else if (p < 0.48 && profile !== 'valid') previous[c.id] = pick(r, ODD);
    const e = r();
    if (e < 0.03 && profile !== 'valid') evidence[c.id] = pick(r, ODD);
    else if (e < 0.6)
      evidence[c.id] = `QĐ ${Math.floor(r() * 999)}/QĐ-UBND ngày ${1 + Math.floor(r() * 28)}/6/2024`;
    else if (e < 0.7) evidence[c.id] = pick(r, ['  ', 42, 'https://example.gov.vn/x.pdf']);
    // The record's other parts: mostly all given (a complete record), else some left out, and
    // dates on and off the evidenceDate check's bounds, typed as text, or odd.
    const full = r() < 0.6;
    const d = r();
    if (full || r() < 0.5)
      parts.evidenceDate[c.id] =
        d < 0.7
          ? EVIDENCE_DATE_MIN + Math.floor(r() * (EVIDENCE_DATE_MAX - EVIDENCE_DATE_MIN))
          : d < 0.9
            ? pick(r, [
                EVIDENCE_DATE_MIN,
                EVIDENCE_DATE_MAX,
                EVIDENCE_DATE_MIN - 1,
                EVIDENCE_DATE_MAX + 1,
                2024,
                0.5,
              ])
            : pick(r, ['15/03/2024', '  ', 'tháng 6', true, ...(profile !== 'valid' ? ODD : [])]);
    if (full || r() < 0.5) parts.evidenceIssuer[c.id] = pick(r, ['UBND tỉnh', 'Cục Thống kê', '  ', 7]);
    if (full || r() < 0.5)
      parts.evidenceLink[c.id] = pick(r, ['qd12.pdf', 'https://example.gov.vn/x.pdf', ' ']);
  }
  // Benchmarks: picked relative to the value the engine computes, so boundaries are hit exactly.
  const valuesOnly = scoreProvince(catalog, { values }).indicators;
  const benchmarks: NonNullable<ProvinceInput['benchmarks']> = {};
  for (const ind of catalog.indicators) {
    const x = valuesOnly[ind.code]?.value ?? null;
    const base = x ?? round2(r() * 100);
    // Offsets scale with the value, so max and min never end up a rounding error apart (where
    // LibreOffice's approximate comparison and IEEE comparison may differ; see above).
    const unit = Math.max(1, Math.abs(base));
    const off = (a: number, b: number) => nice(unit * (a + (b - a) * r()));
    const roll = r();
    if (roll < 0.12) continue; // missing benchmark
    if (roll < 0.15 && profile !== 'valid') {
      benchmarks[ind.code] = { min: pick(r, ODD), max: pick(r, [...ODD, nice(base + off(0.1, 2))]) };
      continue;
    }
    if (roll < 0.2)
      benchmarks[ind.code] = { min: base, max: base }; // max = min
    else if (roll < 0.26)
      benchmarks[ind.code] = { min: nice(base + off(0.1, 1)), max: nice(base - off(0.1, 1)) }; // max < min
    else if (roll < 0.32)
      benchmarks[ind.code] = { min: pick(r, ['1,5', null, ' ']), max: nice(base + off(0.1, 1)) };
    else if (roll < 0.4)
      benchmarks[ind.code] = { min: base, max: nice(base + off(0.1, 2)) }; // x = min: score 0
    else if (roll < 0.48)
      benchmarks[ind.code] = { min: nice(base - off(0.1, 2)), max: base }; // x = max: score 100
    else if (roll < 0.56)
      benchmarks[ind.code] = { min: nice(base + off(0.1, 1)), max: nice(base + off(1.5, 3)) }; // clamp to 0
    else if (roll < 0.62)
      benchmarks[ind.code] = { min: nice(base - off(1.5, 3)), max: nice(base - off(0.1, 1)) }; // clamp to 100
    else {
      const lo = nice(base - off(0, 1));
      benchmarks[ind.code] = { min: lo, max: nice(base + off(0.01, 2)) };
    }
  }
  return { id: `case${seed}`, input: { values, previous, ...parts, benchmarks } };
}

/** The input exactly as the sheet holds it ("" is a blank cell there). */
export function asSheetHolds(input: ProvinceInput): ProvinceInput {
  const norm = (m: Record<string, CellValue> | undefined) =>
    Object.fromEntries(
      Object.entries(m ?? {}).map(([k, v]) => [
        k,
        (() => {
          const c = inputCell(v);
          return c === null ? null : 'value' in c ? c.value : null;
        })(),
      ]),
    );
  return {
    values: norm(input.values),
    previous: norm(input.previous),
    ...Object.fromEntries(EVIDENCE_PARTS.map((p) => [p, norm(input[p])])),
    benchmarks: Object.fromEntries(
      Object.entries(input.benchmarks ?? {}).map(([k, b]) => [
        k,
        { min: norm({ x: b.min }).x, max: norm({ x: b.max }).x },
      ]),
    ),
  };
}

/** Input cells holding an error marker get the formula that yields that error in the sheet. */
function withErrorFormulas(plan: WorkbookPlan): WorkbookPlan {
  const swap = (cell: PlanCell): PlanCell =>
    cell && 'value' in cell && typeof cell.value === 'string' && cell.value in ERROR_FORMULAS
      ? { formula: ERROR_FORMULAS[cell.value] }
      : cell;
  return {
    ...plan,
    sheets: plan.sheets.map((s) => ({
      ...s,
      blocks: s.blocks.map((b) => ({ ...b, cells: b.cells.map((row) => row.map(swap)) })),
    })),
  };
}

/** "Sheet!R5C3" of every input cell a case fills with an error value (expected to show an error). */
function errorInputCells(diff: Differential, input: ProvinceInput): Set<string> {
  const out = new Set<string>();
  const isErr = (v: CellValue | undefined) => typeof v === 'string' && v in ERROR_FORMULAS;
  const mark = (name: string) => {
    const n = diff.names.get(name);
    if (!n) return;
    const { row, col } = parseCell(n.address);
    out.add(`${n.sheet}!R${row + 1}C${col + 1}`);
  };
  for (const [id, v] of Object.entries(input.values ?? {})) if (isErr(v)) mark(NAMES.input(id));
  for (const [id, v] of Object.entries(input.previous ?? {})) if (isErr(v)) mark(NAMES.previous(id));
  for (const p of EVIDENCE_PARTS)
    for (const [id, v] of Object.entries(input[p] ?? {})) if (isErr(v)) mark(NAMES[p](id));
  for (const [code, b] of Object.entries(input.benchmarks ?? {})) {
    if (isErr(b.min)) mark(NAMES.benchmarkMin(code));
    if (isErr(b.max)) mark(NAMES.benchmarkMax(code));
  }
  return out;
}

// ------------------------------------------------------------------ comparison
const REL = 1e-9;

export function close(sheet: string, engine: number | null): boolean {
  if (engine === null) return sheet === '';
  if (sheet === '' || isExcelError(sheet)) return false;
  const x = Number(sheet);
  if (!Number.isFinite(x)) return false;
  // 1e-9 relative; near zero (a score of 1e-14 that LibreOffice's approximate subtraction rounds
  // to 0) 1e-9 absolute on the 0..100 scale.
  return Math.abs(x - engine) <= REL * Math.max(Math.abs(x), Math.abs(engine), 1);
}

export interface Mismatch {
  case: string;
  name: string;
  sheet: string;
  engine: string;
}

export class Differential {
  readonly checks: CellCheck[];
  readonly names: Map<string, NameTarget>;
  private readonly byTargetComponent = new Map<string, CellCheck[]>();
  private readonly byTargetIndicator = new Map<string, CellCheck[]>();

  constructor(
    readonly catalog: Catalog,
    readonly plan: WorkbookPlan,
  ) {
    this.checks = cellChecks(catalog);
    this.names = new Map(
      plan.names.map((n) => [n.name, { name: n.name, sheet: n.sheetName, address: n.address }]),
    );
    for (const c of this.checks) {
      const [map, key] =
        'component' in c.target
          ? [this.byTargetComponent, c.target.component]
          : [this.byTargetIndicator, c.target.indicator];
      if (!map.has(key)) map.set(key, []);
      map.get(key)!.push(c);
    }
  }

  static forCatalog(catalog: Catalog, lang: 'vi' | 'en'): Differential {
    return new Differential(catalog, buildPlan(catalog, { province: 'Tỉnh thử nghiệm', year: 2024, lang }));
  }

  /** Write every case into the template; returns the file paths in case order. */
  async writeAll(cases: Case[], dir: string): Promise<string[]> {
    const files: string[] = [];
    for (const c of cases) {
      const file = path.join(dir, `${c.id}.xlsx`);
      fs.writeFileSync(file, await writeXlsx(withErrorFormulas(fillPlanInputs(this.plan, c.input))));
      files.push(file);
    }
    return files;
  }

  /** Every named computed cell against the engine; returns the mismatches (empty = agreement). */
  compare(c: Case, sheets: SheetGrid): { mismatches: Mismatch[]; compared: number } {
    const input = asSheetHolds(c.input);
    const result: ScoreResult = scoreProvince(this.catalog, input);
    const mismatches: Mismatch[] = [];
    let compared = 0;
    const text = (name: string) => namedText(sheets, this.names, name);
    const num = (name: string, engine: number | null) => {
      compared++;
      const s = text(name);
      if (!close(s, engine)) mismatches.push({ case: c.id, name, sheet: s, engine: String(engine) });
    };
    const eq = (name: string, engine: string) => {
      compared++;
      const s = text(name);
      if (s !== engine) mismatches.push({ case: c.id, name, sheet: s, engine });
    };
    const eq2 = (sheet: string, engine: string) => {
      compared++;
      if (sheet !== engine) mismatches.push({ case: c.id, name: 'cover!D9', sheet, engine });
    };
    const fired = new Set(result.findings.map((f) => f.checkId));
    const firstLabel = (checks: CellCheck[] | undefined) => {
      // The engine's first finding among this cell's checks (findings follow the check order).
      const first = result.findings.find((f) => checks?.some((k) => k.id === f.checkId));
      const check = first && checks!.find((k) => k.id === first.checkId)!;
      return check ? statusText(check.severity, check.label) : OK;
    };
    for (const n of this.plan.names) {
      if (n.isInput) continue;
      switch (n.kind) {
        case 'value':
          num(n.name, result.indicators[n.key].value);
          break;
        case 'score':
          num(n.name, result.indicators[n.key].score);
          break;
        case 'subPillar':
          num(n.name, result.subPillars[n.key].score);
          break;
        case 'pillar':
          num(n.name, result.pillars[n.key].score);
          break;
        case 'side':
          num(n.name, n.key === 'input' ? result.input.score : result.output.score);
          break;
        case 'index':
          num(n.name, result.pii.score);
          break;
        case 'coverage':
        case 'defined': {
          const agg =
            n.key === 'input'
              ? result.input
              : n.key === 'output'
                ? result.output
                : n.key === 'PII'
                  ? result.pii
                  : n.name.includes('_sub_')
                    ? result.subPillars[n.key]
                    : result.pillars[n.key];
          num(n.name, n.kind === 'coverage' ? agg.present : agg.defined);
          break;
        }
        case 'status':
          eq(n.name, firstLabel(this.byTargetComponent.get(n.key)));
          break;
        case 'benchmarkStatus':
          eq(n.name, firstLabel(this.byTargetIndicator.get(n.key)));
          break;
        case 'check': {
          const row = this.plan.checks.find((k) => k.statusName === n.name)!;
          eq(n.name, fired.has(row.checkId) ? checkStatusText(row.severity) : OK);
          break;
        }
        case 'errors':
          // The Checks sheet's count of error rows that fire (the cover's "N errors not fixed").
          num(n.name, this.plan.checks.filter((k) => k.severity === 'error' && fired.has(k.checkId)).length);
          break;
        case 'meta':
          compared++;
          if (isExcelError(text(n.name)))
            mismatches.push({ case: c.id, name: n.name, sheet: text(n.name), engine: '(no error)' });
          break;
        default:
          throw new Error(`unhandled name kind ${n.kind} (${n.name})`);
      }
    }
    // Coverage of the whole index as the engine reports it.
    num('PII_cov_index', result.coverage.present);
    // The cover's line beside the provisional PII: the errors still standing, in words.
    const open = this.plan.checks.filter((k) => k.severity === 'error' && fired.has(k.checkId)).length;
    const cover = this.plan.sheets.find((x) => x.key === 'cover')!.name;
    eq2(
      cellText(sheets, cover, 'D9'),
      open === 0 ? '' : `⛔ ${open} lỗi chưa sửa / ${open} ${open === 1 ? 'error' : 'errors'} not fixed`,
    );
    return { mismatches, compared };
  }
}

export interface RunStats {
  cases: number;
  compared: number;
  mismatches: Mismatch[];
  errorCells: string[];
  writeMs: number;
  recalcMs: number;
  /** Rule ids of the checks that fired in at least one case, and scores the engine produced. */
  rulesFired: Set<string>;
  scores: number;
  /** Codes of the indicators the engine scored in at least one case, sorted. */
  scoredCodes: string[];
}

/** Generate, write, recalculate (batched), compare. */
export async function runDifferential(diff: Differential, cases: Case[], batchSize = 60): Promise<RunStats> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pii-diff-'));
  try {
    const t0 = Date.now();
    const files = await diff.writeAll(cases, dir);
    const t1 = Date.now();
    const recalc = await recalculate(files, { batchSize, expectSheets: diff.plan.sheets.map((s) => s.name) });
    const t2 = Date.now();
    const mismatches: Mismatch[] = [];
    const errorCells: string[] = [];
    const rulesFired = new Set<string>();
    let scores = 0;
    const scored = new Set<string>();
    let compared = 0;
    cases.forEach((c, i) => {
      const sheets = recalc.get(files[i])!;
      const r = diff.compare(c, sheets);
      mismatches.push(...r.mismatches);
      compared += r.compared;
      const engine = scoreProvince(diff.catalog, asSheetHolds(c.input));
      engine.findings.forEach((f) => rulesFired.add(f.ruleId.split(':')[0]));
      for (const [code, x] of Object.entries(engine.indicators))
        if (x.score !== null) {
          scores++;
          scored.add(code);
        }
      // No computed cell anywhere in the workbook holds an Excel error (the input cells given one
      // on purpose aside).
      const allowed = errorInputCells(diff, c.input);
      for (const [sheet, grid] of sheets) {
        grid.forEach((row, ri) =>
          row.forEach(
            (cell, ci) =>
              isExcelError(cell) &&
              !allowed.has(`${sheet}!R${ri + 1}C${ci + 1}`) &&
              errorCells.push(`${c.id} ${sheet}!R${ri + 1}C${ci + 1} ${cell}`),
          ),
        );
      }
    });
    return {
      cases: cases.length,
      compared,
      mismatches,
      errorCells,
      writeMs: t1 - t0,
      recalcMs: t2 - t1,
      rulesFired,
      scores,
      scoredCodes: [...scored].sort(),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A variant of a catalog with every other indicator lower-is-better (the 2023 edition has none). */
export function withLowerIsBetter(catalog: Catalog): Catalog {
  const out = structuredClone(catalog);
  out.indicators.forEach((ind, i) => {
    if (i % 2 === 1) ind.direction = 'lower';
  });
  return out;
}

/** The named cells pii merge would set for `input`: every non-blank figure, last-year figure and evidence. */
export function inputAssignments(input: ProvinceInput): Map<string, CellValue> {
  const set = new Map<string, CellValue>();
  const put = (m: Record<string, CellValue> | undefined, name: (id: string) => string) => {
    for (const [id, v] of Object.entries(m ?? {})) if (v !== null && v !== '') set.set(name(id), v);
  };
  put(input.values, NAMES.input);
  put(input.previous, NAMES.previous);
  for (const p of EVIDENCE_PARTS) put(input[p], NAMES[p]);
  return set;
}

/**
 * Every computed (non-input) name of `plan` whose LibreOffice text differs between the two files
 * of a pair, as [second file's base name, name, text in the first, text in the second].
 */
export function computedDiffs(
  recalc: Map<string, SheetGrid>,
  pairs: [string, string][],
  plan: WorkbookPlan,
): string[][] {
  const names = new Map<string, NameTarget>(
    plan.names.map((n) => [n.name, { name: n.name, sheet: n.sheetName, address: n.address }]),
  );
  return pairs.flatMap(([a, b]) =>
    plan.names
      .filter((n) => !n.isInput)
      .map((n) => [
        path.basename(b),
        n.name,
        namedText(recalc.get(a)!, names, n.name),
        namedText(recalc.get(b)!, names, n.name),
      ])
      .filter(([, , x, y]) => x !== y),
  );
}
