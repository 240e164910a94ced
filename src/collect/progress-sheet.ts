// The "Tiến độ / Progress" sheet as plain rows: the progress view (progress.ts) laid out for a
// worksheet, one row per lead agency then one per indicator, counts as numbers so an officer can
// sort and filter them. Pure; src/excel/progress-sheet.ts writes it in one range write.
import type { Lang } from '../catalog/types';
import { PROGRESS_SHEET_TEXT as T } from '../messages/collect';
import type { Deadline, Progress, ProgressCounts } from './progress';

export type ProgressCell = string | number | null;

export interface ProgressSheet {
  /** Wanted name ("Tiến độ" / "Progress"); the writer takes "Name (2)" when an officer's sheet has it. */
  sheetName: string;
  /** rows[0][0], constant per language: how the writer recognises its own sheet to rewrite it. */
  title: string;
  /** Row-major from A1, every row as wide as `header`; blank is null. */
  rows: ProgressCell[][];
  /** 0-based rows shown bold (the title and the column header). */
  boldRows: number[];
}

/** The deadline as an officer reads it: dd/mm/yyyy in Vietnamese, ISO in English, else as typed. */
function deadlineText(d: Deadline | null, lang: Lang): string {
  if (!d) return '';
  if (!d.date) return d.text;
  const [y, m, day] = d.date.split('-');
  return lang === 'vi' ? `${day}/${m}/${y}` : d.date;
}

/**
 * The rows of the progress sheet for `progress` in `lang`, written at `writtenAt` (the shell's
 * clock, as it is printed): title, time and note, the column header (by, name, related, filled,
 * required, errors, warnings, evidence given, evidence needed, deadline, days left), the lead
 * agencies, a blank row, the indicators. Days left is blank when the deadline is not a date.
 */
export function progressSheet(progress: Progress, lang: Lang, writtenAt: string): ProgressSheet {
  const c = T.columns;
  const header = [c.by, c.name, c.related, c.filled, c.required, c.errors, c.warnings]
    .concat([c.evidenceComplete, c.evidenceNeeded, c.deadline, c.daysLeft])
    .map((x) => x[lang]);
  const width = header.length;
  const pad = (row: ProgressCell[]): ProgressCell[] => [
    ...row,
    ...Array<null>(width - row.length).fill(null),
  ];
  const deadline = deadlineText(progress.deadline, lang);
  const daysLeft = progress.deadline?.daysLeft ?? null;
  const counts = (x: ProgressCounts): ProgressCell[] => [
    x.filled,
    x.required,
    x.errors,
    x.warnings,
    x.evidenceComplete,
    x.evidenceNeeded,
    deadline,
    daysLeft,
  ];
  const agencyName = (id: string) => progress.agencies.find((a) => a.agency === id)?.name[lang] ?? id;
  const title = T.title[lang];
  const rows: ProgressCell[][] = [
    pad([title]),
    pad([T.writtenAt[lang], writtenAt]),
    pad([T.note[lang]]),
    header,
    ...progress.agencies.map((a) => [T.agency[lang], a.name[lang], a.indicators.join(', '), ...counts(a)]),
    pad([]),
    ...progress.indicators.map((i) => [
      T.indicator[lang],
      `${i.code} ${i.name[lang]}`,
      i.lead.map(agencyName).join(', '),
      ...counts(i),
    ]),
  ];
  return { sheetName: T.sheetName[lang], title, rows, boldRows: [0, 3] };
}
