// How values and names appear inside messages (both languages).
import type { CellValue, Text } from '../catalog';

export function showValue(v: CellValue): Text {
  if (v === null) return { vi: '(trống)', en: '(blank)' };
  if (typeof v === 'string') return { vi: JSON.stringify(v), en: JSON.stringify(v) };
  if (typeof v === 'boolean') return { vi: v ? 'TRUE' : 'FALSE', en: v ? 'TRUE' : 'FALSE' };
  return { vi: String(v), en: String(v) };
}

/** Builds a Text from one template function applied per language. */
export function both(f: (lang: 'vi' | 'en') => string): Text {
  return { vi: f('vi'), en: f('en') };
}
