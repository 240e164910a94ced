// The provinces an edition ranks (pii-domain.md §7): the 63 provinces that existed until mid-2025
// for the 2023 and 2024 editions, the 34 units formed by the 2025 mergers from 2025 on. Proper
// names, the same in both languages. Data, not logic: correct it here if the official list differs.
import { CATALOG_TEXT } from '../messages/catalog';
import type { Text } from './types';

export const PROVINCES_63: readonly string[] = [
  'An Giang',
  'Bà Rịa - Vũng Tàu',
  'Bạc Liêu',
  'Bắc Giang',
  'Bắc Kạn',
  'Bắc Ninh',
  'Bến Tre',
  'Bình Dương',
  'Bình Định',
  'Bình Phước',
  'Bình Thuận',
  'Cà Mau',
  'Cao Bằng',
  'Cần Thơ',
  'Đà Nẵng',
  'Đắk Lắk',
  'Đắk Nông',
  'Điện Biên',
  'Đồng Nai',
  'Đồng Tháp',
  'Gia Lai',
  'Hà Giang',
  'Hà Nam',
  'Hà Nội',
  'Hà Tĩnh',
  'Hải Dương',
  'Hải Phòng',
  'Hậu Giang',
  'Hòa Bình',
  'Hưng Yên',
  'Khánh Hòa',
  'Kiên Giang',
  'Kon Tum',
  'Lai Châu',
  'Lâm Đồng',
  'Lạng Sơn',
  'Lào Cai',
  'Long An',
  'Nam Định',
  'Nghệ An',
  'Ninh Bình',
  'Ninh Thuận',
  'Phú Thọ',
  'Phú Yên',
  'Quảng Bình',
  'Quảng Nam',
  'Quảng Ngãi',
  'Quảng Ninh',
  'Quảng Trị',
  'Sóc Trăng',
  'Sơn La',
  'Tây Ninh',
  'Thái Bình',
  'Thái Nguyên',
  'Thanh Hóa',
  'Thừa Thiên Huế',
  'Tiền Giang',
  'TP Hồ Chí Minh',
  'Trà Vinh',
  'Tuyên Quang',
  'Vĩnh Long',
  'Vĩnh Phúc',
  'Yên Bái',
];

export const PROVINCES_34: readonly string[] = [
  'An Giang',
  'Bắc Ninh',
  'Cà Mau',
  'Cao Bằng',
  'Cần Thơ',
  'Đà Nẵng',
  'Đắk Lắk',
  'Điện Biên',
  'Đồng Nai',
  'Đồng Tháp',
  'Gia Lai',
  'Hà Nội',
  'Hà Tĩnh',
  'Hải Phòng',
  'Huế',
  'Hưng Yên',
  'Khánh Hòa',
  'Lai Châu',
  'Lâm Đồng',
  'Lạng Sơn',
  'Lào Cai',
  'Nghệ An',
  'Ninh Bình',
  'Phú Thọ',
  'Quảng Ngãi',
  'Quảng Ninh',
  'Quảng Trị',
  'Sơn La',
  'Tây Ninh',
  'Thái Nguyên',
  'Thanh Hóa',
  'TP Hồ Chí Minh',
  'Tuyên Quang',
  'Vĩnh Long',
];

/**
 * The 2025 unit that absorbed each province that stopped existing in the 2025 mergers
 * (pii-domain.md §7; check against the official list before relying on it). A province that
 * merely kept its name (Hà Nội) is not listed; Thừa Thiên Huế became Huế.
 */
export const ABSORBED_IN_2025: Readonly<Record<string, string>> = {
  'Hà Giang': 'Tuyên Quang',
  'Yên Bái': 'Lào Cai',
  'Bắc Kạn': 'Thái Nguyên',
  'Vĩnh Phúc': 'Phú Thọ',
  'Hòa Bình': 'Phú Thọ',
  'Bắc Giang': 'Bắc Ninh',
  'Thái Bình': 'Hưng Yên',
  'Hải Dương': 'Hải Phòng',
  'Hà Nam': 'Ninh Bình',
  'Nam Định': 'Ninh Bình',
  'Quảng Bình': 'Quảng Trị',
  'Quảng Nam': 'Đà Nẵng',
  'Kon Tum': 'Quảng Ngãi',
  'Bình Định': 'Gia Lai',
  'Ninh Thuận': 'Khánh Hòa',
  'Đắk Nông': 'Lâm Đồng',
  'Bình Thuận': 'Lâm Đồng',
  'Phú Yên': 'Đắk Lắk',
  'Bình Dương': 'TP Hồ Chí Minh',
  'Bà Rịa - Vũng Tàu': 'TP Hồ Chí Minh',
  'Bình Phước': 'Đồng Nai',
  'Long An': 'Tây Ninh',
  'Sóc Trăng': 'Cần Thơ',
  'Hậu Giang': 'Cần Thơ',
  'Bến Tre': 'Vĩnh Long',
  'Trà Vinh': 'Vĩnh Long',
  'Tiền Giang': 'Đồng Tháp',
  'Bạc Liêu': 'Cà Mau',
  'Kiên Giang': 'An Giang',
  'Thừa Thiên Huế': 'Huế',
};

/** The year the 34 provincial units replaced the 63 provinces (pii-domain.md §7). */
export const MERGER_YEAR = 2025;

/** The provinces of an edition ("2023", "2024", "2025", ...). */
export function provincesFor(edition: string): readonly string[] {
  const year = Number.parseInt(edition, 10);
  return Number.isFinite(year) && year >= 2025 ? PROVINCES_34 : PROVINCES_63;
}

/** The pre-2025 provinces a 2025 unit was formed from (itself included when it kept its name). */
export function formedFrom(unit: string): string[] {
  const absorbed = Object.entries(ABSORBED_IN_2025)
    .filter(([, into]) => into === unit)
    .map(([from]) => from);
  return PROVINCES_63.includes(unit) ? [unit, ...absorbed] : absorbed;
}

/** A name without its Vietnamese accents, lower case, single-spaced: "bac ninh". */
const unaccented = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Why `province` cannot be reported in `edition`, bilingual; null when it can. A province that
 * no longer exists in 2025 is named with the unit that absorbed it (pii-domain.md §7).
 */
export function provinceProblem(edition: string, province: string): Text | null {
  const name = province.normalize('NFC').trim();
  const list = provincesFor(edition);
  if (list.includes(name)) return null;
  const into = ABSORBED_IN_2025[name];
  if (into !== undefined && list === PROVINCES_34) {
    return CATALOG_TEXT.text('provinceMerged', { name, into, edition });
  }
  // Typed without its accents ("Bac Ninh", as on a keyboard without Unikey): name the one meant.
  const meant = list.find((p) => unaccented(p) === unaccented(name));
  const hint = meant ? CATALOG_TEXT.text('provinceDidYouMean', { name: meant }) : '';
  return CATALOG_TEXT.text('provinceUnknown', { name, count: list.length, edition, hint });
}
