// A dated results snapshot (plain rows + where the bar chart reads them) from the engine's score
// result. Pure: the Office JS writer (src/excel, writeSnapshot) only puts it in a sheet. The shape
// is the port's ScoreSnapshot (src/excel/port.ts), repeated here because the core imports no shell.
import type { Catalog, Lang } from '../catalog/types';
import type { Aggregate, ScoreResult } from '../scoring/types';
import { SCORES_SHEET_TEXT } from '../messages/scores-sheet';

export interface SnapshotSheet {
  sheetName: string;
  rows: (string | number | null)[][];
  chart: { title: string; firstRow: number; lastRow: number; labelColumn: number; valueColumn: number };
}

export interface SnapshotOptions {
  lang: Lang;
  province: string;
  /** ISO date "2024-05-31": part of the sheet name and the title. */
  date: string;
}

const L = SCORES_SHEET_TEXT;

/** Scores are shown to two decimals, like the template's score cells; values stay exact. */
const round = (n: number | null): number | null => (n === null ? null : Math.round(n * 100) / 100);

export function buildScoreSnapshot(
  catalog: Catalog,
  result: ScoreResult,
  options: SnapshotOptions,
): SnapshotSheet {
  const { lang, province, date } = options;
  const agg = (code: string, label: string, a: Aggregate): (string | number | null)[] => [
    code,
    label,
    round(a.score),
    a.present,
    a.defined,
  ];
  const rows: (string | number | null)[][] = [
    [`${L.title[lang]} — ${province} — ${date}`],
    [],
    [L.code[lang], L.pillar[lang], L.score[lang], L.present[lang], L.defined[lang]],
  ];
  const firstRow = rows.length;
  for (const p of catalog.pillars) {
    const a = result.pillars[p.code] ?? { score: null, present: 0, defined: 0 };
    rows.push(agg(p.code, p.name[lang], a));
  }
  const lastRow = rows.length - 1;
  rows.push(
    agg('', L.input[lang], result.input),
    agg('', L.output[lang], result.output),
    agg('PII', 'PII', result.pii),
  );
  rows.push([], [L.code[lang], L.indicator[lang], L.value[lang], L.score[lang]]);
  for (const ind of catalog.indicators) {
    const r = result.indicators[ind.code];
    rows.push([ind.code, (ind.shortName ?? ind.name)[lang], r?.value ?? null, round(r?.score ?? null)]);
  }
  return {
    sheetName: `${L.sheet[lang]} ${date}`,
    rows,
    chart: { title: `${L.chart[lang]} — ${province}`, firstRow, lastRow, labelColumn: 1, valueColumn: 2 },
  };
}
