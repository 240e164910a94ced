// A figure as the officer reads it in the pane: numbers in the pane language's format with every
// decimal kept (two conflicting figures must never look alike), text as typed, blank in words.
import { formatDateTime, LOCALE } from '../messages/format';
import type { CellValue } from '../catalog/input';
import type { Lang } from '../catalog/types';
import { showValue } from '../validation/format';
import { asShown } from '../catalog/evidence';
import { parseFieldName } from '../plan/names';

/**
 * "1.234,5" (vi) / "1,234.5" (en) for a number; the text itself; "(trống)" / "(blank)". `name`: the
 * defined name of the figure's cell, when known: an evidence date shows as "15/03/2025".
 */
export function figureText(raw: CellValue, lang: Lang, name = ''): string {
  const v = asShown(parseFieldName(name)?.field ?? '', raw);
  if (typeof v === 'number')
    return new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 20 }).format(v);
  if (typeof v === 'string' && v.trim() !== '') return v;
  return showValue(typeof v === 'boolean' ? v : null)[lang];
}

/** An ISO 8601 time as a short local date and time; the text itself when it is not a time. */
export function dateTimeText(iso: string, lang: Lang): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return formatDateTime(lang, d);
}
