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
import { COMPONENT_FIELDS, fieldName, NAMES, type ComponentField } from '../names';
import { fx, GENERAL, val } from '../sheet';
import { T } from '../../messages/sheet';
import { EVIDENCE_DATE_MAX, EVIDENCE_DATE_MIN } from '../../catalog/evidence';
import type { PlanCell, SheetPlan, ValidationRule } from '../types';
import {
  addContentFormat,
  addEvidenceFormats,
  addStatusFormats,
  FIRST_BLOCK_ROW,
  tableSheet,
  VALUE_FORMAT,
  type SheetContext,
} from './layout';

/**
 * The entry sheet's columns: the A..H layout's first five, then the evidence register's four parts
 * (catalog/evidence.ts), one column each so that plain Excel needs no convention to type them.
 */
const EC = {
  code: 0,
  name: 1,
  in: 2,
  prev: 3,
  unit: 4,
  ev: 5,
  evDate: 6,
  evIssuer: 7,
  evLink: 8,
  status: 9,
  note: 10,
} as const;

/** A row of the entry sheet from the cells it has, by column; the others blank. */
function entryRow(cells: Partial<Record<keyof typeof EC, PlanCell>>): PlanCell[] {
  const row: PlanCell[] = Array(Object.keys(EC).length).fill(null);
  for (const [col, cell] of Object.entries(cells)) row[EC[col as keyof typeof EC]] = cell ?? null;
  return row;
}

/** Where each of a component's input cells goes (catalog/fields.ts). */
const FIELD_COLUMN: Record<ComponentField, number> = {
  value: EC.in,
  previous: EC.prev,
  evidence: EC.ev,
  evidenceDate: EC.evDate,
  evidenceIssuer: EC.evIssuer,
  evidenceLink: EC.evLink,
};

/** The date column's format: the Ministry's day/month/year in both languages. */
const DATE_FORMAT = 'dd/mm/yyyy';

function textValidation(
  address: string,
  max: number,
  title: string,
  prompt: string,
  lang: Lang,
): ValidationRule {
  return {
    address,
    type: 'textLength',
    operator: 'lessThanOrEqual',
    formula1: max,
    alert: 'information',
    allowBlank: true,
    prompt: { title: clip(title, 32), message: clip(prompt, 255) },
    error: { title: clip(T.warnTitle[lang], 32), message: clip(prompt, 255) },
  };
}

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

/**
 * `checksOf`: each component's status checks, in priority order; `rowNames`: their rows' names on
 * the Checks sheet (checkRowNames), which some status checks read.
 */
export function entrySheet(
  ctx: SheetContext,
  checksOf: Map<string, CellCheck[]>,
  rowNames: ReadonlyMap<string, string>,
): SheetPlan {
  const { catalog, lang, names } = ctx;
  const title = `${T.entryTitle[lang]} — ${catalog.name[lang]} — ${ctx.province} — ${ctx.year}`;
  const entry = tableSheet('entry', lang, '#2E75B6', title, T.entryHint[lang], [
    [T.colCode, 10],
    [T.colComponent, 58],
    [T.colThisYear, 16],
    [T.colLastYear, 16],
    [T.colUnit, 16],
    [T.colEvidence, 20],
    [T.colEvidenceDate, 13],
    [T.colEvidenceIssuer, 24],
    [T.colEvidenceLink, 28],
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
      cells.push(
        entryRow({
          code: val(c.id),
          name: val(c.name[lang]),
          unit: val(c.unit[lang]),
          status: fx(statusFormula(checksOf.get(c.id) ?? [], rowNames)),
          note: val(note),
        }),
      );
      const nf = NUMBER_FORMAT[c.kind];
      formats.push([GENERAL, GENERAL, nf, nf, GENERAL, '@', DATE_FORMAT, '@', '@', GENERAL, GENERAL]);
      for (const field of COMPONENT_FIELDS)
        names.add(
          fieldName(field, c.id),
          field === 'value' ? 'input' : field,
          c.id,
          entry,
          r,
          FIELD_COLUMN[field],
          true,
        );
      names.add(NAMES.status(c.id), 'status', c.id, entry, r, EC.status, false);
      const a = (col: number) => cellAddress(r, col);
      entry.plan.validations.push(
        numericValidation(a(EC.in), c, lang, c.name, c.plausible ? c.plausible.message[lang] : '', false),
        numericValidation(a(EC.prev), c, lang, T.colLastYear, T.promptPrevious[lang], true),
        textValidation(a(EC.ev), 1000, T.colEvidence[lang], T.promptEvidence[lang], lang),
        {
          // Stop: a typed text is never a date (a pasted one is the evidenceDate check's).
          address: a(EC.evDate),
          type: 'decimal',
          operator: 'between',
          formula1: EVIDENCE_DATE_MIN,
          formula2: EVIDENCE_DATE_MAX,
          alert: 'stop',
          allowBlank: true,
          prompt: {
            title: clip(T.colEvidenceDate[lang], 32),
            message: clip(T.promptEvidenceDate[lang], 255),
          },
          error: { title: clip(T.errTitle[lang], 32), message: clip(T.promptEvidenceDate[lang], 255) },
        },
        textValidation(a(EC.evIssuer), 255, T.colEvidenceIssuer[lang], T.promptEvidenceIssuer[lang], lang),
        textValidation(a(EC.evLink), 1000, T.colEvidenceLink[lang], T.promptEvidenceLink[lang], lang),
      );
      placed.add(c.id);
    });
    return { cells, formats };
  };

  const styleComponentRows = (first: number, count: number) => {
    if (count === 0) return;
    entry.style(first, EC.in, count, 1, 'input');
    entry.style(first, EC.prev, count, 1, 'inputOptional');
    entry.style(first, EC.ev, count, 4, 'evidence');
    entry.style(first, EC.status, count, 1, 'status');
    entry.style(first, EC.note, count, 1, 'note');
    entry.unlock(first, EC.in, count, 2);
    entry.unlock(first, EC.ev, count, 4);
    addEvidenceFormats(entry, first, count, EC.ev, EC.evDate, {
      min: EVIDENCE_DATE_MIN,
      max: EVIDENCE_DATE_MAX,
    });
    // The evidence formats first (priorities 1-2): the row's status colour would otherwise hide
    // which part of the record is missing, exactly when the status says it is incomplete.
    addStatusFormats(entry, first, count, EC.in, EC.status, EC.status, 3);
    addContentFormat(entry, 'missing', first, count, EC.in, 1, 5);
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
    const header = entryRow({
      code: val(ind.code),
      name: val(ind.name[lang]),
      in: val(lead),
      note: val(ind.assumption ? `${T.assumption[lang]}: ${ind.assumption[lang]}` : ''),
    });
    const { cells, formats } = componentRows(own, row + 1);
    const valueRow = row + 1 + own.length;
    const valueCells = entryRow({
      name: val(`→ ${T.indicatorValue[lang]} ${ind.code}`),
      in: fx(indicatorValueFormula(ind)),
      unit: val(ind.unit[lang]),
      note: val(formulaDescription(ind, catalog, lang)),
    });
    entry.block(
      `entry:indicator:${ind.code}`,
      row,
      [header, ...cells, valueCells],
      [[], ...formats, [GENERAL, GENERAL, VALUE_FORMAT]],
    );
    names.add(NAMES.value(ind.code), 'value', ind.code, entry, valueRow, EC.in, false);
    entry.style(row, 0, 1, entry.width, 'blockHeader');
    styleComponentRows(row + 1, own.length);
    entry.style(valueRow, EC.in, 1, 1, 'computed');
    entry.style(valueRow, EC.note, 1, 1, 'note');
    addContentFormat(entry, 'computed', valueRow, 1, EC.in, 1, 5);
    row = valueRow + 2;
  }

  section(
    'entry:other',
    T.other,
    catalog.components.filter((c) => !placed.has(c.id)),
  );
  return entry.plan;
}
