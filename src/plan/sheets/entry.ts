// Nhập liệu (data entry): shared denominators first, then one block per indicator with its own
// components and its computed value, then any component no indicator uses. Every component row
// carries this year's input, last year's, evidence and a status cell.
import { formatNumber } from '../../messages/format';
import type { Catalog, Component, Indicator, Lang, Text } from '../../catalog/types';
import { componentById, formulaComponents } from '../../catalog/lookup';
import type { CellCheck } from '../../validation';
import { cellAddress } from '../a1';
import { clip } from '../excel-text';
import { indicatorValueFormula, statusFormula } from '../formulas';
import { NAMES } from '../names';
import { fx, GENERAL, val } from '../sheet';
import { T } from '../../messages/sheet';
import type { PlanCell, SheetPlan, ValidationRule } from '../types';
import {
  addContentFormat,
  addStatusFormats,
  COL,
  FIRST_BLOCK_ROW,
  tableSheet,
  VALUE_FORMAT,
  type SheetContext,
} from './layout';

const NUMBER_FORMAT: Record<Component['kind'], string> = {
  integer: '#,##0',
  decimal: GENERAL,
  percent: '0.00',
};

function formulaDescription(ind: Indicator, catalog: Catalog, lang: Lang): string {
  const f = ind.formula;
  const nm = (id: string) => componentById(catalog, id)?.name[lang] ?? id;
  if (f.kind === 'direct') return `= ${nm(f.value)}`;
  const side = (ids: string[]) => (ids.length === 1 ? nm(ids[0]) : `(${ids.map(nm).join(' + ')})`);
  // The scale in the sheet's language: "× 10.000" beside "10.000 dân", "× 10,000" in English.
  const scale = formatNumber(lang, f.scale);
  return `= ${side(f.numerator)} / ${side(f.denominator)}${f.scale === 1 ? '' : ` × ${scale}`}`;
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
  const operator: ValidationRule['operator'] = hasMax ? 'between' : 'greaterThanOrEqual';
  const formula1 = min;
  const formula2 = hasMax ? max : undefined;
  const bounds = hasMax ? `${min} – ${max}` : `≥ ${min}`;
  const kindText = whole ? T.promptWhole[lang] : T.promptNumber[lang];
  const prompt = [
    `${kindText} ${bounds}, ${c.unit[lang]}.`,
    extra,
    !optional && c.required ? T.promptRequired[lang] : '',
  ]
    .filter(Boolean)
    .join(' ');
  const err = `${whole ? T.errWhole[lang] : T.errNotNumber[lang]} (${bounds})`;
  return {
    address,
    type: whole ? 'whole' : 'decimal',
    operator,
    formula1,
    ...(formula2 !== undefined ? { formula2 } : {}),
    alert: 'stop',
    allowBlank: true,
    prompt: { title: clip(title[lang], 32), message: clip(prompt, 255) },
    error: { title: clip(T.errTitle[lang], 32), message: clip(err, 255) },
  };
}

/** `checksOf`: each component's status checks, in priority order. */
export function entrySheet(ctx: SheetContext, checksOf: Map<string, CellCheck[]>): SheetPlan {
  const { catalog, lang, names } = ctx;
  const title = `${T.entryTitle[lang]} — ${catalog.name[lang]} — ${ctx.province} — ${ctx.year}`;
  const entry = tableSheet('entry', lang, '#2E75B6', title, T.entryHint[lang], [
    [T.colCode, 10],
    [T.colComponent, 58],
    [T.colThisYear, 16],
    [T.colLastYear, 16],
    [T.colUnit, 16],
    [T.colEvidence, 34],
    [T.colStatus, 52],
    [T.colNote, 44],
  ]);
  entry.plan.freeze = { rows: 3, columns: 2 }; // code and name stay in view when scrolling right

  // A component gets one row, in the first block that uses it.
  const placed = new Set<string>();
  let row = FIRST_BLOCK_ROW;

  const componentRows = (
    comps: Component[],
    firstRow: number,
    rowNote?: Text,
  ): { cells: PlanCell[][]; formats: string[][] } => {
    const cells: PlanCell[][] = [];
    const formats: string[][] = [];
    comps.forEach((c, i) => {
      const r = firstRow + i;
      const note = [rowNote?.[lang], c.assumption ? `${T.assumption[lang]}: ${c.assumption[lang]}` : '']
        .filter(Boolean)
        .join('. ');
      cells.push([
        val(c.id),
        val(c.name[lang]),
        null,
        null,
        val(c.unit[lang]),
        null,
        fx(statusFormula(checksOf.get(c.id) ?? [])),
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
    addContentFormat(entry, 'missing', first, count, COL.in, 1, 3);
  };

  /** A titled block of components outside any indicator (the shared ones, the unused ones). */
  const section = (id: string, title: Text, comps: Component[], note?: Text) => {
    if (comps.length === 0) return;
    const { cells, formats } = componentRows(comps, row + 1, note);
    entry.block(id, row, [[null, val(title[lang])], ...cells], [[], ...formats]);
    entry.style(row, 0, 1, entry.width, 'section');
    styleComponentRows(row + 1, comps.length);
    row += comps.length + 2;
  };

  // In an agency workbook the shared denominators are the Sở's: pre-filled from the master, there
  // to compute the agency's indicator values, and never taken back by `pii merge`.
  section(
    'entry:shared',
    ctx.sharedBlock?.title ?? T.shared,
    catalog.components.filter((c) => c.shared),
    ctx.sharedBlock?.note,
  );

  for (const ind of catalog.indicators) {
    const own = formulaComponents(ind.formula)
      .filter((id) => !placed.has(id))
      .map((id) => componentById(catalog, id))
      .filter((c): c is Component => c !== undefined);
    const lead = [
      ind.lead.length ? `${T.lead[lang]}: ${agencyList(catalog, ind.lead, lang)}` : '',
      ind.coordinating.length
        ? `${T.coordinating[lang]}: ${agencyList(catalog, ind.coordinating, lang)}`
        : '',
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
    entry.block(
      `entry:indicator:${ind.code}`,
      row,
      [header, ...cells, valueCells],
      [[], ...formats, [GENERAL, GENERAL, VALUE_FORMAT]],
    );
    names.add(NAMES.value(ind.code), 'value', ind.code, entry, valueRow, COL.in, false);
    entry.style(row, 0, 1, entry.width, 'blockHeader');
    styleComponentRows(row + 1, own.length);
    entry.style(valueRow, COL.in, 1, 1, 'computed');
    entry.style(valueRow, COL.note, 1, 1, 'note');
    addContentFormat(entry, 'computed', valueRow, 1, COL.in, 1, 5);
    row = valueRow + 2;
  }

  section(
    'entry:other',
    T.other,
    catalog.components.filter((c) => !placed.has(c.id)),
  );
  return entry.plan;
}
