// The submission package laid out for printing: one sheet, A4 landscape fitted to the page width,
// the column header repeated on every page, a page break between pillars, the province, year and
// page numbers in the header and footer, and the sign-off block in the Vietnamese administrative
// style. Pure: every layout decision is here; src/xlsx/print.ts only renders it.
//
// The package speaks the defined-name contract too (PII_meta_*, PII_in_/PII_ev_ of its figures,
// PII_val_/PII_score_ of its indicators), so a tool reads it by names, not by rows.
import type { CellValue } from '../catalog/input';
import type { Lang, Text } from '../catalog/types';
import { NAMES } from '../plan/names';
import type { CellStyle } from '../plan/types';
import type { PackageFigure, PackageIndicator, SubmissionPackage, VersionState } from './package';
import { PACKAGE_TEXT as P } from '../messages/collect';

export type PrintStyleKey =
  | 'title'
  | 'subtitle'
  | 'label'
  | 'field'
  | 'incomplete'
  | 'complete'
  | 'problem'
  | 'note'
  | 'header'
  | 'pillar'
  | 'indicator'
  | 'figure'
  | 'missing'
  | 'signPlace'
  | 'signTitle'
  | 'signHint';

export interface PrintCell {
  value: string | number | null;
  style?: PrintStyleKey;
  /** Excel number format code; General when absent. */
  format?: string;
}

export interface PrintRow {
  /** From column A; a missing cell is blank. */
  cells: (PrintCell | undefined)[];
  /** Zero-based inclusive column spans merged into one cell. */
  merges?: [number, number][];
  /** In points; Excel's default when absent. */
  height?: number;
}

/** A header or footer's three parts; "{page}" and "{pages}" stand for the page number and count. */
export interface HeaderFooter {
  left: string;
  center: string;
  right: string;
}

export interface PrintSheet {
  name: string;
  /** Widths in Excel character units, from column A. */
  columns: number[];
  rows: PrintRow[];
  paper: 'A4';
  orientation: 'portrait' | 'landscape';
  /** Fit every column on the page width (pages run down as long as needed). */
  fitToWidth: true;
  /** Zero-based rows repeated at the top of every printed page. */
  titleRows: [number, number];
  /** Zero-based rows that start a new printed page. */
  breaksBefore: number[];
  header: HeaderFooter;
  footer: HeaderFooter;
  /** Workbook-level names of single cells of this sheet (zero-based row and column). */
  names: { name: string; row: number; col: number }[];
  styles: Record<PrintStyleKey, CellStyle>;
}

export interface PrintDocument {
  title: string;
  sheets: PrintSheet[];
}

export interface PackageLayoutOptions {
  lang: Lang;
  /** The template version the master follows (PII_meta_version). */
  templateVersion: string;
  /** When the package was made, as it is printed (the shell's clock). */
  madeAt: string;
}

const STYLES: Record<PrintStyleKey, CellStyle> = {
  title: { bold: true, fontSize: 14, horizontal: 'center', wrap: true },
  subtitle: { italic: true, horizontal: 'center', wrap: true },
  label: { bold: true, vertical: 'top' },
  field: { wrap: true, vertical: 'top', horizontal: 'left' },
  incomplete: {
    bold: true,
    fontSize: 13,
    fontColor: '#C00000',
    fill: '#FFE0E0',
    wrap: true,
    vertical: 'top',
  },
  complete: { bold: true, fontColor: '#006100', fill: '#E2EFDA', vertical: 'top' },
  problem: { fontColor: '#C00000', wrap: true, vertical: 'top' },
  note: { italic: true, wrap: true, vertical: 'top' },
  header: { bold: true, fill: '#D9E1F2', wrap: true, horizontal: 'center', vertical: 'center', border: true },
  pillar: { bold: true, fill: '#EDEDED', border: true },
  indicator: { bold: true, wrap: true, vertical: 'top', border: true },
  figure: { wrap: true, vertical: 'top', border: true },
  missing: { bold: true, fontColor: '#C00000', wrap: true, vertical: 'top', border: true },
  signPlace: { italic: true, horizontal: 'center' },
  signTitle: { bold: true, horizontal: 'center', wrap: true },
  signHint: { italic: true, horizontal: 'center', wrap: true },
};

/** Columns: code, name, unit, value, score, evidence, lead agency, version. */
const COLUMNS = [8, 46, 12, 14, 10, 34, 26, 22];
const LAST = COLUMNS.length - 1;
const VALUE_FORMAT = '#,##0.00##';
const SCORE_FORMAT = '0.00';
const FIGURE_FORMAT: Record<PackageFigure['kind'], string> = {
  integer: '#,##0',
  decimal: 'General',
  percent: '0.00',
};

/** Points per line of 11-point text. */
const LINE = 15;

/** A row height that shows `text` wrapped in the columns `from`..last (a column unit ≈ 1 character). */
function fitHeight(text: string, from: number): number {
  const width = COLUMNS.slice(from).reduce((a, b) => a + b, 0);
  return Math.max(1, Math.ceil(text.length / width)) * LINE;
}

const both = (t: Text): string => (t.vi === t.en ? t.vi : `${t.vi} / ${t.en}`);

function versionText(v: VersionState): Text {
  if (v.state === 'locked') return P.locked(v.version, v.label);
  if (v.state === 'changed') return P.changedSince(v.since);
  return P.notLocked;
}

/** A cell value the sheet can hold as typed: numbers stay numbers, a logical reads as text. */
const shown = (v: CellValue): string | number | null =>
  v === null ? null : typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : v;

/**
 * The package as one printable sheet in `options.lang` (the sign-off block and the INCOMPLETE
 * mark are always in Vietnamese, with English beside it in an English package / always both).
 * An incomplete package says so on its first rows, with every error and missing evidence listed,
 * and in the page header of every page.
 */
export function packageLayout(pkg: SubmissionPackage, options: PackageLayoutOptions): PrintDocument {
  const { lang } = options;
  const t = (x: Text) => x[lang];
  const rows: PrintRow[] = [];
  const names: PrintSheet['names'] = [];
  const breaksBefore: number[] = [];
  const add = (row: PrintRow): number => rows.push(row) - 1;
  // Excel does not grow a row to fit the wrapped text of merged cells: the height is estimated.
  const across = (value: string | number | null, style: PrintStyleKey, from = 0, height?: number) =>
    add({
      cells: [...Array.from({ length: from }, () => undefined), { value, style }],
      merges: [[from, LAST]],
      height: height ?? fitHeight(String(value ?? ''), from),
    });
  const name = (n: string, row: number, col: number) => names.push({ name: n, row, col });
  const mark = both({ vi: P.incomplete.vi, en: P.incomplete.en });

  across(t(P.title), 'title', 0, 24);
  across(t(P.subtitle), 'subtitle');
  const field = (
    label: Text,
    value: string | number,
    right?: [Text, string | number, (string | number)?],
  ) => {
    return add({
      cells: [
        { value: t(label), style: 'label' },
        undefined,
        { value, style: 'field' },
        undefined,
        undefined,
        ...(right
          ? [
              { value: t(right[0]), style: 'label' as const },
              { value: right[1], style: 'field' as const },
              ...(right[2] !== undefined ? [{ value: right[2], style: 'field' as const }] : []),
            ]
          : []),
      ],
      merges: [
        [0, 1],
        [2, 4],
      ],
    });
  };
  const version = pkg.latestVersion
    ? `${t(P.locked(pkg.latestVersion.id, pkg.latestVersion.label))} (${pkg.latestVersion.lockedAt})`
    : t(P.notLocked);
  const first = field(P.province, pkg.province, [P.edition, pkg.edition]);
  name(NAMES.meta('province'), first, 2);
  name(NAMES.meta('edition'), first, 6);
  const second = field(P.year, pkg.year, [P.template, options.templateVersion, lang]);
  name(NAMES.meta('year'), second, 2);
  name(NAMES.meta('version'), second, 6);
  name(NAMES.meta('lang'), second, 7);
  field(P.dataVersion, version, [P.madeAt, options.madeAt]);
  const status = add({
    cells: [
      { value: t(P.status), style: 'label' },
      undefined,
      pkg.complete
        ? { value: both({ vi: P.complete.vi, en: P.complete.en }), style: 'complete' }
        : { value: mark, style: 'incomplete' },
    ],
    merges: [
      [0, 1],
      [2, LAST],
    ],
  });
  name(NAMES.meta('package'), status, 2);
  if (pkg.complete) across(t(P.completeNote), 'note', 2);
  else {
    across(both(P.incompleteNote(pkg.errors.length, pkg.missingEvidence.length)), 'problem', 2);
    for (const e of pkg.errors) across(`⛔ ${t(P.errorItem)} (${e.name}): ${t(e.message)}`, 'problem', 2);
    for (const e of pkg.missingEvidence)
      across(`⚠ ${t(P.evidenceItem)} (${e.name}): ${t(e.message)}`, 'problem', 2);
  }
  if (!pkg.latestVersion) across(t(P.noVersion), 'note', 2);
  else if (pkg.unlocked.length > 0) across(t(P.unlockedNote(pkg.unlocked.length)), 'note', 2);
  add({ cells: [] });

  const header = add({
    cells: P.columns.map((c) => ({ value: t(c), style: 'header' as const })),
    height: 30,
  });
  const named = new Set<string>();
  pkg.pillars.forEach((pillar, i) => {
    const title = pillar.code ? `${t(P.pillar)} ${pillar.code}. ${t(pillar.name)}` : t(P.otherPillar);
    const r = add({ cells: [{ value: title, style: 'pillar' }], merges: [[0, LAST]] });
    if (i > 0) breaksBefore.push(r);
    for (const ind of pillar.indicators) indicatorRows(ind);
  });

  function indicatorRows(ind: PackageIndicator): void {
    const lead = ind.lead.map(t).join('; ');
    const coordinating = ind.coordinating.length
      ? `${t(P.coordinating)}: ${ind.coordinating.map(t).join('; ')}`
      : null;
    const r = add({
      cells: [
        { value: ind.code, style: 'indicator' },
        { value: t(ind.name), style: 'indicator' },
        { value: t(ind.unit), style: 'indicator' },
        ind.value === null
          ? { value: t(P.notComputed), style: 'indicator' }
          : { value: ind.value, style: 'indicator', format: VALUE_FORMAT },
        ind.score === null
          ? { value: null, style: 'indicator' }
          : { value: ind.score, style: 'indicator', format: SCORE_FORMAT },
        { value: coordinating, style: 'figure' },
        { value: lead, style: 'indicator' },
        { value: null, style: 'indicator' },
      ],
    });
    name(NAMES.value(ind.code), r, 3);
    name(NAMES.score(ind.code), r, 4);
    for (const f of ind.figures) {
      const missing = f.evidenceRequired && f.evidence === '' && f.value !== null;
      const fr = add({
        cells: [
          { value: null, style: 'figure' },
          { value: `   ${t(P.role[f.role])}: ${t(f.label)}`, style: 'figure' },
          { value: t(f.unit), style: 'figure' },
          { value: shown(f.value), style: 'figure', format: FIGURE_FORMAT[f.kind] },
          { value: null, style: 'figure' },
          missing
            ? { value: both(P.noEvidence), style: 'missing' }
            : f.evidenceIncomplete
              ? { value: `${f.evidence} — ${both(P.evidenceIncomplete)}`, style: 'missing' }
              : { value: f.evidence || null, style: 'figure' },
          { value: f.shared ? t(P.sharedBy) : lead, style: 'figure' },
          {
            value: t(versionText(f.version)),
            style: f.version.state === 'locked' ? 'figure' : 'missing',
          },
        ],
      });
      // A shared denominator shows under every indicator using it; its names go to the first row.
      if (!named.has(f.id)) {
        named.add(f.id);
        name(f.name, fr, 3);
        name(NAMES.evidence(f.id), fr, 5);
      }
    }
  }

  // Sign-off: place and date on the right, then three signers side by side, room to sign, and
  // dotted lines for the names.
  add({ cells: [] });
  add({
    cells: [
      ...Array.from({ length: 5 }, () => undefined),
      { value: t(P.place(pkg.province)), style: 'signPlace' },
    ],
    merges: [[5, LAST]],
  });
  const signers = (a: string | null, b: string | null, c: string | null, style: PrintStyleKey) =>
    add({
      cells: [{ value: a, style }, undefined, { value: b, style }, undefined, undefined, { value: c, style }],
      merges: [
        [0, 1],
        [2, 4],
        [5, LAST],
      ],
    });
  signers(t(P.preparedBy), t(P.checkedBy), t(P.head), 'signTitle');
  signers(null, null, t(P.director), 'signTitle');
  signers(t(P.signHint), t(P.signHint), t(P.sealHint), 'signHint');
  for (let i = 0; i < 4; i++) add({ cells: [], height: 22 });
  signers('……………………………', '……………………………', '……………………………', 'signHint');

  const incomplete = !pkg.complete;
  const sheet: PrintSheet = {
    name: t(P.sheet),
    columns: COLUMNS,
    rows,
    paper: 'A4',
    orientation: 'landscape',
    fitToWidth: true,
    titleRows: [header, header],
    breaksBefore,
    header: {
      left: t(P.header(pkg.edition, pkg.province, pkg.year)),
      center: incomplete ? mark : '',
      right: t(P.dataVersion) + ': ' + (pkg.latestVersion ? String(pkg.latestVersion.id) : t(P.notLocked)),
    },
    footer: { left: t(P.sheet), center: t(P.page), right: options.madeAt },
    names,
    styles: STYLES,
  };
  return {
    title: `${t(P.title)} — ${pkg.province} — ${pkg.year}${incomplete ? ` — ${mark}` : ''}`,
    sheets: [sheet],
  };
}
