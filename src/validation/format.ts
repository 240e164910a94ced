// How values and names appear inside messages (both languages).
import type { CellValue, Text } from '../catalog';

export function showValue(v: CellValue): Text {
  if (v === null) return { vi: '(trống)', en: '(blank)' };
  if (typeof v === 'string') return { vi: JSON.stringify(v), en: JSON.stringify(v) };
  if (typeof v === 'boolean') return { vi: v ? 'TRUE' : 'FALSE', en: v ? 'TRUE' : 'FALSE' };
  return { vi: String(v), en: String(v) };
}

/**
 * A computed number in each language's own format ("1.234,57" in vi, "1,234.57" in en), at most
 * two decimals; beyond a trillion in scientific notation, so an absurd value stays readable.
 */
export function showNumber(n: number): Text {
  const f = (lang: 'vi' | 'en') =>
    !Number.isFinite(n)
      ? n > 0
        ? '+∞'
        : '-∞'
      : Math.abs(n) >= 1e12
        ? n.toExponential(3)
        : new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-US', { maximumFractionDigits: 2 }).format(n);
  return { vi: f('vi'), en: f('en') };
}

/**
 * A range in words, bounds in each language's number format: "0–20"; "từ 0" / "at least 0" or
 * "đến 20" / "at most 20" when one side is open (never "-∞ - 500000").
 */
export function rangeText(min: number | undefined, max: number | undefined): Text {
  const lo = min === undefined ? null : showNumber(min);
  const hi = max === undefined ? null : showNumber(max);
  const f = (l: 'vi' | 'en') =>
    lo && hi
      ? `${lo[l]}–${hi[l]}`
      : lo
        ? `${l === 'vi' ? 'từ' : 'at least'} ${lo[l]}`
        : hi
          ? `${l === 'vi' ? 'đến' : 'at most'} ${hi[l]}`
          : '';
  return { vi: f('vi'), en: f('en') };
}

/** Builds a Text from one template function applied per language. */
export function both(f: (lang: 'vi' | 'en') => string): Text {
  return { vi: f('vi'), en: f('en') };
}
