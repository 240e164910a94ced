// The template stamp, read from the cover's PII_meta_* cells (the same sync that reads every other
// defined name; the custom XML part carries the same facts for tools that read the file without
// Excel, and is rewritten on every load). Pure: takes the names' values, returns the state.
import type { Lang } from '../catalog/types';
import type { CellValue } from '../catalog/input';
import { NAMES, TEMPLATE_VERSION } from '../plan';
import type { TemplateStamp, TemplateState } from './port';

/** Compares dotted versions numerically ("1.10.0" > "1.9.2"); non-numeric parts count as 0. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map((x) => Number.parseInt(x, 10) || 0);
  const pb = b.split('.').map((x) => Number.parseInt(x, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}

/** A stamp cell as text, trimmed and in Unicode NFC (an officer may retype the province decomposed). */
const text = (v: CellValue | undefined): string =>
  v === null || v === undefined ? '' : String(v).trim().normalize('NFC');

/** The stamp, or null when the workbook has no PII template (no PII_meta_version name). */
export function stampFromNames(valueOf: (name: string) => CellValue | undefined): TemplateStamp | null {
  const version = text(valueOf(NAMES.meta('version')));
  if (version === '') return null;
  const yearText = text(valueOf(NAMES.meta('year')));
  const lang: Lang = text(valueOf(NAMES.meta('lang'))) === 'en' ? 'en' : 'vi';
  return {
    templateVersion: version,
    edition: text(valueOf(NAMES.meta('edition'))),
    province: text(valueOf(NAMES.meta('province'))),
    year: Number.isFinite(Number(yearText)) && yearText !== '' ? Number(yearText) : 0,
    lang,
  };
}

/**
 * 'current' when the workbook's template is this add-in's version (or newer: never offer a
 * downgrade); 'stale' when older, or when it is another edition than `edition` (if given).
 */
export function templateStateOf(stamp: TemplateStamp | null, edition?: string): TemplateState {
  if (stamp === null) return { kind: 'none' };
  if (compareVersions(stamp.templateVersion, TEMPLATE_VERSION) < 0) return { kind: 'stale', stamp };
  if (edition !== undefined && stamp.edition !== edition) return { kind: 'stale', stamp };
  return { kind: 'current', stamp };
}
