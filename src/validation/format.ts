// How values and names appear inside messages (both languages), in the officer's number format.
import type { CellValue, Text } from '../catalog';
import { FINDINGS } from '../messages/findings';
import { formatExact, formatNumber } from '../messages/format';

/** A cell value as the officer typed it: numbers exactly, in each language's format ("1.234,5"). */
export function showValue(v: CellValue): Text {
  if (v === null) return FINDINGS.text('blank');
  if (typeof v === 'string') return { vi: JSON.stringify(v), en: JSON.stringify(v) };
  if (typeof v === 'boolean') return { vi: v ? 'TRUE' : 'FALSE', en: v ? 'TRUE' : 'FALSE' };
  return both((l) => formatExact(l, v));
}

/**
 * A computed number in each language's own format ("1.234,57" in vi, "1,234.57" in en), at most
 * two decimals; beyond a trillion in scientific notation, so an absurd value stays readable.
 */
export function showNumber(n: number): Text {
  return both((l) => formatNumber(l, n));
}

/**
 * A range in words, bounds in each language's number format: "0–20"; "từ 0" / "at least 0" or
 * "đến 20" / "at most 20" when one side is open (never "-∞ - 500000").
 */
export function rangeText(min: number | undefined, max: number | undefined): Text {
  if (min !== undefined && max !== undefined) return FINDINGS.text('rangeBoth', { min, max });
  if (min !== undefined) return FINDINGS.text('rangeFrom', { min });
  if (max !== undefined) return FINDINGS.text('rangeTo', { max });
  return { vi: '', en: '' };
}

/** Builds a Text from one template function applied per language. */
export function both(f: (lang: 'vi' | 'en') => string): Text {
  return { vi: f('vi'), en: f('en') };
}

/** Any value read back from a workbook (Office JS gives `unknown`), shown as showValue would. */
export function showCell(v: unknown): Text {
  if (v === null || v === undefined) return showValue(null);
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return showValue(v);
  return { vi: String(v), en: String(v) };
}
