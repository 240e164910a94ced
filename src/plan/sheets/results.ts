// Kết quả (results): indicator values and scores, then the sub-pillar, pillar, side and index
// means, each with its coverage (indicators scored / defined) so a partial index reads as such.
import type { Text } from '../../catalog/types';
import { indicatorsOf, subPillarsOf } from '../../catalog/lookup';
import { cellAddress } from '../a1';
import { fn, meanFormula, scoreFormula } from '../formulas';
import { NAMES } from '../names';
import { fx, GENERAL, val } from '../sheet';
import { T } from '../../messages/sheet';
import type { NameKind, PlanCell, SheetPlan } from '../types';
import {
  addContentFormat,
  FIRST_BLOCK_ROW,
  SCORE_FORMAT,
  tableSheet,
  VALUE_FORMAT,
  type SheetContext,
} from './layout';

const R = { value: 2, score: 3, present: 4, defined: 5, coverage: 6, note: 7 } as const;

/** One aggregate row: the mean of `mean`, the count `present` of scored indicators of `defined`. */
interface AggregateItem {
  code: string;
  name: string;
  note?: string;
  mean: string[];
  present: string;
  defined: number;
  /** The score, coverage and defined-count names. */
  names: [string, string, string];
  kind: Extract<NameKind, 'subPillar' | 'pillar' | 'side' | 'index'>;
}

export function resultSheet(ctx: SheetContext): SheetPlan {
  const { catalog, lang, names } = ctx;
  const results = tableSheet('results', lang, '#548235', T.resultsTitle[lang], T.resultsHint[lang], [
    [T.colCode, 10],
    [T.colName, 58],
    [T.colValue, 16],
    [T.colScore, 14],
    [T.colPresent, 16],
    [T.colDefined, 12],
    [T.colCoverage, 12],
    [T.colNote, 30],
  ]);
  let row = FIRST_BLOCK_ROW;
  const coverageText = (r: number) => fx(`=${cellAddress(r, R.present)}&"/"&${cellAddress(r, R.defined)}`);
  const aggregateRows = (id: string, title: Text, items: AggregateItem[]) => {
    const first = row + 1;
    const cells: PlanCell[][] = [[val(title[lang])]];
    const formats: string[][] = [[]];
    items.forEach((it, i) => {
      const r = first + i;
      cells.push([
        val(it.code),
        val(it.name),
        null,
        fx(meanFormula(it.mean)),
        fx(it.present),
        val(it.defined),
        coverageText(r),
        val(it.note),
      ]);
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
      addContentFormat(results, 'computed', first, items.length, R.score, 1, 5);
    }
    row = first + items.length + 1;
  };

  {
    const first = row + 1;
    const cells: PlanCell[][] = [[val(T.sectionIndicators[lang])]];
    const formats: string[][] = [[]];
    catalog.indicators.forEach((ind, i) => {
      const r = first + i;
      cells.push([
        val(ind.code),
        val(ind.name[lang]),
        fx(`=${NAMES.value(ind.code)}`),
        fx(scoreFormula(ind)),
        null,
        null,
        null,
        val(ind.unit[lang]),
      ]);
      formats.push([GENERAL, GENERAL, VALUE_FORMAT, SCORE_FORMAT]);
      names.add(NAMES.score(ind.code), 'score', ind.code, results, r, R.score, false);
    });
    results.block('results:indicators', row, cells, formats);
    results.style(row, 0, 1, results.width, 'section');
    const n = catalog.indicators.length;
    if (n > 0) {
      results.style(first, R.value, n, 2, 'computed');
      results.style(first, R.note, n, 1, 'note');
      addContentFormat(results, 'computed', first, n, R.value, 2, 5);
    }
    row = first + n + 1;
  }

  const subIndicators = (subCode: string) => indicatorsOf(catalog, subCode);
  const subPillars = catalog.subPillars.map((s): AggregateItem => {
    const scores = subIndicators(s.code).map((i) => NAMES.score(i.code));
    return {
      code: s.code,
      name: s.name[lang],
      mean: scores,
      present: scores.length ? `=${fn('COUNT', scores)}` : '=0',
      defined: scores.length,
      names: [NAMES.subPillar(s.code), NAMES.coverageSubPillar(s.code), NAMES.definedSubPillar(s.code)],
      kind: 'subPillar',
    };
  });
  aggregateRows('results:subPillars', T.sectionSubPillars, subPillars);
  const pillarIndicators = (p: string) => subPillarsOf(catalog, p).flatMap((s) => subIndicators(s.code));
  const sumOrZero = (ns: string[]) => (ns.length ? `=${fn('SUM', ns)}` : '=0');
  const pillars = catalog.pillars.map((p): AggregateItem => ({
    code: p.code,
    name: p.name[lang],
    note: (p.side === 'input' ? T.inputSide : T.outputSide)[lang].split(' (')[0],
    mean: subPillarsOf(catalog, p.code).map((s) => NAMES.subPillar(s.code)),
    present: sumOrZero(subPillarsOf(catalog, p.code).map((s) => NAMES.coverageSubPillar(s.code))),
    defined: pillarIndicators(p.code).length,
    names: [NAMES.pillar(p.code), NAMES.coveragePillar(p.code), NAMES.definedPillar(p.code)],
    kind: 'pillar',
  }));
  aggregateRows('results:pillars', T.sectionPillars, pillars);
  const sidePillars = (side: 'input' | 'output') => catalog.pillars.filter((p) => p.side === side);
  const side = (s: 'input' | 'output'): AggregateItem => ({
    code: s,
    name: (s === 'input' ? T.inputSide : T.outputSide)[lang],
    mean: sidePillars(s).map((p) => NAMES.pillar(p.code)),
    present: sumOrZero(sidePillars(s).map((p) => NAMES.coveragePillar(p.code))),
    defined: sidePillars(s).reduce((n, p) => n + pillarIndicators(p.code).length, 0),
    names: [
      s === 'input' ? NAMES.input_side : NAMES.output_side,
      NAMES.coverageSide(s),
      NAMES.definedSide(s),
    ],
    kind: 'side',
  });
  aggregateRows('results:index', T.sectionIndex, [
    side('input'),
    side('output'),
    {
      code: 'PII',
      name: T.index[lang],
      mean: [NAMES.input_side, NAMES.output_side],
      present: `=${NAMES.coverageSide('input')}+${NAMES.coverageSide('output')}`,
      defined: side('input').defined + side('output').defined,
      names: [NAMES.index, NAMES.coverageIndex, NAMES.definedIndex],
      kind: 'index',
    },
  ]);
  return results.plan;
}
