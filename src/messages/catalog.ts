// Texts of the catalog core: a province an edition does not rank, a catalog's default name.
// Vietnamese first.
import type { Text } from '../catalog/types';
import { messageTable } from './format';

export const CATALOG_TABLE = {
  catalogName: {
    vi: 'Bộ chỉ số ĐMST cấp địa phương (PII) {edition}',
    en: 'Provincial Innovation Index (PII) {edition}',
  },
  provinceMerged: {
    vi: '{name} thuộc {into} từ năm 2025 (sáp nhập): chọn {into} cho ấn bản {edition}.',
    en: '{name} is part of {into} from 2025 (merger): choose {into} for edition {edition}.',
  },
  provinceUnknown: {
    vi: '"{name}" không có trong danh sách {count} tỉnh, thành phố của ấn bản {edition}.',
    en: '"{name}" is not among the {count} provinces of edition {edition}.',
  },
} satisfies Record<string, Text>;

/** The catalog core's table: CATALOG_TEXT.text(key, params) gives both languages filled. */
export const CATALOG_TEXT = messageTable<keyof typeof CATALOG_TABLE>(CATALOG_TABLE);
