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
    vi: '"{name}" không có trong danh sách {count} tỉnh, thành phố của ấn bản {edition}.{hint}',
    en: '"{name}" is not among the {count} provinces of edition {edition}.{hint}',
  },
  provinceDidYouMean: { vi: ' Có phải ý bạn là "{name}"?', en: ' Did you mean "{name}"?' },

  invalidCatalog: {
    vi: 'Danh mục không hợp lệ ({count} lỗi)',
    en: 'Invalid catalog ({count, plural, one {# problem} other {# problems}})',
  },
  noBuiltinEdition: {
    vi: 'không có ấn bản "{edition}" (có: {available})',
    en: 'no built-in edition "{edition}" (available: {available})',
  },
  // A catalog that does not load: each problem with its JSON path (the CLI, the Framework sheet).
  notObject: { vi: 'cần một đối tượng JSON {...}', en: 'expected a JSON object {...}' },
  notArray: { vi: 'cần một mảng JSON [...]', en: 'expected a JSON array [...]' },
  textTooLong: {
    vi: 'dài {length} ký tự, vượt giới hạn {limit} ký tự của một ô Excel',
    en: '{length} characters long, over the {limit}-character limit of an Excel cell',
  },
  emptyString: { vi: 'cần một chuỗi không rỗng', en: 'expected a non-empty string' },
  notFinite: { vi: 'cần một số hữu hạn', en: 'expected a finite number' },
  notBoolean: { vi: 'cần true hoặc false', en: 'expected true or false' },
  notOneOf: { vi: 'cần một trong: {allowed}', en: 'expected one of: {allowed}' },
  unknownKey: { vi: 'khóa không xác định "{key}"', en: 'unknown key "{key}"' },
  minOrMax: { vi: 'cần ít nhất min hoặc max', en: 'needs at least min or max' },
  aboveOne: { vi: 'phải lớn hơn 1', en: 'must be greater than 1' },
  ratioOrDirect: { vi: 'cần "ratio" hoặc "direct"', en: 'expected "ratio" or "direct"' },
  notEmpty: { vi: 'không được rỗng', en: 'must not be empty' },
  notZero: { vi: 'không được bằng 0', en: 'must not be 0' },
  idTooLong: {
    vi: 'dài {length} ký tự; tên định danh {name} sẽ vượt giới hạn {limit} ký tự của Excel. Tối đa {max} ký tự',
    en: "{length} characters long; the defined name {name} would pass Excel's limit of {limit} characters. At most {max} characters",
  },
  duplicate: { vi: '{what} "{key}" bị trùng', en: 'duplicate {what} "{key}"' },
  unknownRef: { vi: '{what} "{id}" không tồn tại', en: 'unknown {what} "{id}"' },
  malformed: {
    vi: '"{key}" sai dạng, ví dụ đúng: {example}',
    en: '"{key}" is malformed; expected e.g. {example}',
  },
  minAboveMax: { vi: 'min lớn hơn max', en: 'min is greater than max' },
  partAndWhole: { vi: '"{id}" vừa là phần vừa là tổng', en: '"{id}" is both part and whole' },
  numeratorAndDenominator: {
    vi: '"{id}" nằm cả ở tử số và mẫu số',
    en: '"{id}" is in both numerator and denominator',
  },
  // What an id or code names, in the problems above.
  wordPillarCode: { vi: 'mã trụ cột', en: 'pillar code' },
  wordSubPillarCode: { vi: 'mã nhóm chỉ số', en: 'sub-pillar code' },
  wordAgencyId: { vi: 'mã cơ quan', en: 'agency id' },
  wordComponentId: { vi: 'mã thành phần', en: 'component id' },
  wordIndicatorCode: { vi: 'mã chỉ số', en: 'indicator code' },
  wordRuleId: { vi: 'mã quy tắc', en: 'rule id' },
  wordComponent: { vi: 'thành phần', en: 'component' },
  wordAgency: { vi: 'cơ quan', en: 'agency' },
  wordPillar: { vi: 'trụ cột', en: 'pillar' },
  wordSubPillar: { vi: 'nhóm chỉ số', en: 'sub-pillar' },
} satisfies Record<string, Text>;

/** The catalog core's table: CATALOG_TEXT.text(key, params) gives both languages filled. */
export const CATALOG_TEXT = messageTable<keyof typeof CATALOG_TABLE>(CATALOG_TABLE);
