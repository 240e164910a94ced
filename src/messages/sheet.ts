// Every visible string of the template, Vietnamese first. Status messages in cells are always
// bilingual ("vi / en"); headings and labels follow the plan's language.
import type { Lang, Text } from '../catalog/types';
import type { SheetKey } from '../plan/types';

export const SHEET_NAMES: Record<SheetKey, Text> = {
  cover: { vi: 'Hướng dẫn', en: 'Guide' },
  entry: { vi: 'Nhập liệu', en: 'Data entry' },
  benchmarks: { vi: 'Tham chiếu', en: 'Benchmarks' },
  results: { vi: 'Kết quả', en: 'Results' },
  checks: { vi: 'Kiểm tra', en: 'Checks' },
  framework: { vi: 'Danh mục', en: 'Framework' },
};

export const T = {
  product: {
    vi: 'Bộ chỉ số Đổi mới sáng tạo cấp địa phương (PII) — mẫu nhập liệu và tính điểm',
    en: 'Provincial Innovation Index (PII) — data entry and scoring template',
  },
  productShort: { vi: 'Mẫu nhập liệu PII', en: 'PII data template' },
  edition: { vi: 'Ấn bản khung chỉ số', en: 'Framework edition' },
  province: { vi: 'Tỉnh/thành phố', en: 'Province' },
  year: { vi: 'Năm báo cáo', en: 'Reporting year' },
  version: { vi: 'Phiên bản mẫu', en: 'Template version' },
  language: { vi: 'Ngôn ngữ', en: 'Language' },
  piiNow: { vi: 'Chỉ số PII (tạm tính từ dữ liệu đã nhập)', en: 'PII (provisional, from the data entered)' },
  coverageNow: { vi: 'Số chỉ số đã có điểm', en: 'Indicators with a score' },
  errorsOpen: { vi: 'Lỗi chưa sửa', en: 'Errors not fixed' },
  // Beside the provisional PII: the number of errors, in words and plural forms (a formula
  // picks "error"/"errors" by the count; Vietnamese has one form).
  errorsOpenOne: { vi: 'lỗi chưa sửa', en: 'error not fixed' },
  errorsOpenOther: { vi: 'lỗi chưa sửa', en: 'errors not fixed' },
  howTo: { vi: 'Cách điền', en: 'How to fill in' },
  steps: [
    {
      vi: '1. Sheet "Nhập liệu": nhập số liệu năm nay vào cột "Năm nay" (ô màu xanh nhạt), số liệu năm trước (nếu có) vào cột "Năm trước". Nhập mẫu số dùng chung (GRDP, dân số, số doanh nghiệp...) một lần ở khối đầu tiên.',
      en: '1. Sheet "Data entry": type this year\'s figures in the "This year" column (light blue cells) and last year\'s (optional) in "Last year". Shared denominators (GRDP, population, enterprises...) are entered once, in the first block.',
    },
    {
      vi: '2. Ghi minh chứng của từng số liệu vào 4 cột: số hiệu văn bản, ngày ban hành, cơ quan ban hành, tệp hoặc đường dẫn. Khi đã ghi một phần, các ô còn thiếu tô màu; tệp minh chứng gửi kèm hồ sơ cho Sở KH&CN.',
      en: '2. Record the evidence of every figure in 4 columns: document number, date issued, issuing body, file or link. Once one part is filled, the parts still missing are coloured; the evidence files go with the submission to the Department of Science and Technology.',
    },
    {
      vi: '3. Sheet "Tham chiếu": chép giá trị nhỏ nhất và lớn nhất toàn quốc của từng chỉ số từ hồ sơ PII đã công bố của tỉnh.',
      en: '3. Sheet "Benchmarks": copy each indicator\'s national minimum and maximum from the province\'s published PII profile.',
    },
    {
      vi: '4. Cột "Trạng thái" kiểm tra trực tiếp từng dòng: "OK" hoặc nội dung vấn đề. Sheet "Kiểm tra" liệt kê mọi quy tắc, kèm liên kết tới ô liên quan. Sheet "Kết quả" tính giá trị, điểm 0-100 và chỉ số tổng hợp.',
      en: '4. The "Status" column checks each row live: "OK" or the problem in words. Sheet "Checks" lists every rule with a link to its cell. Sheet "Results" computes values, 0-100 scores and the aggregates.',
    },
    {
      vi: '5. Lưu ý: dán (paste) dữ liệu sẽ bỏ qua kiểm tra nhập liệu của Excel, nhưng cột "Trạng thái" và sheet "Kiểm tra" vẫn phát hiện lỗi. Đừng gõ số dưới dạng chữ như "1,5" hay "12 ha".',
      en: '5. Note: pasting bypasses Excel\'s own data validation, but the "Status" column and the "Checks" sheet still catch the problem. Do not type numbers as text such as "1,5" or "12 ha".',
    },
    {
      vi: '6. Các sheet được khóa (không mật khẩu) để bảo vệ công thức; chỉ các ô nhập liệu được mở. Không đổi tên sheet.',
      en: '6. Sheets are protected (no password) to keep the formulas safe; only input cells are open. Do not rename the sheets.',
    },
  ] as Text[],
  collection: {
    vi: 'Thu thập số liệu từ các sở, ngành',
    en: 'Collecting the figures from the agencies',
  },
  deadline: { vi: 'Hạn gửi số liệu', en: 'Deadline for the figures' },
  contact: {
    vi: 'Đầu mối tại Sở KH&CN (họ tên, điện thoại, email)',
    en: 'Contact at the Department of S&T (name, phone, email)',
  },
  promptDeadline: {
    vi: 'Hạn các sở, ngành gửi lại số liệu (ví dụ 2025-03-31); in trên bìa sổ tính của từng cơ quan.',
    en: 'When the agencies must return their figures (e.g. 2025-03-31); printed on each agency workbook cover.',
  },
  legend: { vi: 'Chú giải màu', en: 'Colour legend' },
  legendInput: { vi: 'Ô nhập liệu', en: 'Input cell' },
  legendComputed: { vi: 'Ô công thức (tự tính, bị khóa)', en: 'Formula cell (computed, locked)' },
  legendError: { vi: 'Lỗi: giá trị không thể đúng', en: 'Error: the value cannot be right' },
  legendWarning: { vi: 'Cảnh báo: cần xem lại', en: 'Warning: please review' },
  legendMissing: { vi: 'Chưa nhập', en: 'Not filled in yet' },
  legendOk: { vi: 'Đã tính được', en: 'Computed' },
  entryTitle: { vi: 'Nhập liệu', en: 'Data entry' },
  entryHint: {
    vi: 'Nhập vào các ô màu xanh nhạt. Cột "Trạng thái" tự kiểm tra; dán dữ liệu vẫn được kiểm tra.',
    en: 'Type into the light blue cells. The "Status" column checks itself; pasted data is checked too.',
  },
  colCode: { vi: 'Mã', en: 'Code' },
  colComponent: { vi: 'Thành phần số liệu', en: 'Component' },
  colThisYear: { vi: 'Năm nay', en: 'This year' },
  colLastYear: { vi: 'Năm trước', en: 'Last year' },
  colUnit: { vi: 'Đơn vị', en: 'Unit' },
  colEvidence: { vi: 'Minh chứng: số hiệu văn bản', en: 'Evidence: document no.' },
  colEvidenceDate: { vi: 'Ngày ban hành', en: 'Date issued' },
  colEvidenceIssuer: { vi: 'Cơ quan ban hành', en: 'Issuing body' },
  colEvidenceLink: { vi: 'Tệp hoặc đường dẫn', en: 'File or link' },
  colStatus: { vi: 'Trạng thái', en: 'Status' },
  colNote: { vi: 'Ghi chú', en: 'Note' },
  shared: {
    vi: 'Mẫu số dùng chung (nhập một lần, dùng cho nhiều chỉ số)',
    en: 'Shared denominators (entered once, used by several indicators)',
  },
  other: { vi: 'Thành phần khác', en: 'Other components' },
  lead: { vi: 'Chủ trì', en: 'Lead' },
  coordinating: { vi: 'Phối hợp', en: 'Coordinating' },
  indicatorValue: { vi: 'Giá trị chỉ số', en: 'Indicator value' },
  assumption: { vi: 'Giả định (có thể sửa)', en: 'Assumption (editable)' },
  benchTitle: {
    vi: 'Tham chiếu: giá trị nhỏ nhất, lớn nhất toàn quốc',
    en: 'Benchmarks: national minimum and maximum',
  },
  benchHint: {
    vi: 'Chép từ hồ sơ PII đã công bố của tỉnh. Thiếu tham chiếu, hoặc max = min: chỉ số không có điểm.',
    en: "Copy from the province's published PII profile. Without a benchmark, or with max = min, the indicator has no score.",
  },
  colIndicator: { vi: 'Chỉ số', en: 'Indicator' },
  colMin: { vi: 'Nhỏ nhất', en: 'Minimum' },
  colMax: { vi: 'Lớn nhất', en: 'Maximum' },
  colDirection: { vi: 'Chiều', en: 'Direction' },
  higher: { vi: 'Cao hơn là tốt hơn', en: 'Higher is better' },
  lower: { vi: 'Thấp hơn là tốt hơn', en: 'Lower is better' },
  resultsTitle: { vi: 'Kết quả (tự tính)', en: 'Results (computed)' },
  resultsHint: {
    vi: 'Điểm 0-100 theo min-max; nhóm, trụ cột, Đầu vào, Đầu ra, PII là trung bình các thành phần có điểm. Ô trống: chưa đủ dữ liệu.',
    en: 'Scores 0-100 by min-max; sub-pillars, pillars, Input, Output and PII are means over what has a score. Empty: not enough data.',
  },
  colName: { vi: 'Tên', en: 'Name' },
  colValue: { vi: 'Giá trị', en: 'Value' },
  colScore: { vi: 'Điểm (0-100)', en: 'Score (0-100)' },
  colPresent: { vi: 'Số chỉ số có điểm', en: 'Indicators scored' },
  colDefined: { vi: 'Số chỉ số', en: 'Indicators' },
  colCoverage: { vi: 'Độ phủ', en: 'Coverage' },
  sectionIndicators: { vi: 'Chỉ số thành phần', en: 'Indicators' },
  sectionSubPillars: { vi: 'Nhóm chỉ số', en: 'Sub-pillars' },
  sectionPillars: { vi: 'Trụ cột', en: 'Pillars' },
  sectionIndex: { vi: 'Chỉ số tổng hợp', en: 'Index' },
  inputSide: { vi: 'Đầu vào (trung bình 5 trụ cột đầu vào)', en: 'Input (mean of the input pillars)' },
  outputSide: { vi: 'Đầu ra (trung bình 2 trụ cột đầu ra)', en: 'Output (mean of the output pillars)' },
  index: { vi: 'PII = (Đầu vào + Đầu ra) / 2', en: 'PII = (Input + Output) / 2' },
  checksTitle: { vi: 'Kiểm tra: mọi quy tắc, trạng thái trực tiếp', en: 'Checks: every rule, live status' },
  checksHint: {
    vi: 'Mỗi dòng là một quy tắc cho một ô. "OK" hoặc mức độ; bấm liên kết để tới ô.',
    en: 'One row per rule and cell. "OK" or the severity; click the link to go to the cell.',
  },
  colNo: { vi: 'STT', en: 'No.' },
  colRule: { vi: 'Quy tắc', en: 'Rule' },
  colSeverity: { vi: 'Mức độ', en: 'Severity' },
  colCell: { vi: 'Ô', en: 'Cell' },
  colMessage: { vi: 'Nội dung', en: 'Message' },
  colLink: { vi: 'Đi tới', en: 'Go to' },
  promptValue: { vi: 'Nhập', en: 'Enter' },
  promptWhole: { vi: 'Số nguyên', en: 'Whole number' },
  promptNumber: { vi: 'Số', en: 'Number' },
  promptPrevious: { vi: 'Số liệu năm trước (không bắt buộc)', en: "Last year's figure (optional)" },
  promptRequired: { vi: 'Bắt buộc.', en: 'Required.' },
  promptEvidence: {
    vi: 'Số hiệu văn bản minh chứng, ví dụ 12/QĐ-UBND. Ghi cả ngày, cơ quan ban hành và tệp hoặc đường dẫn ở 3 cột bên phải.',
    en: 'The evidence document number, e.g. 12/QĐ-UBND. Also fill the date, issuing body and file or link in the 3 columns to the right.',
  },
  promptEvidenceDate: {
    vi: 'Ngày ban hành văn bản (ngày/tháng/năm, ví dụ 15/03/2025), từ năm 2000 đến 2100.',
    en: 'The date the document was issued (day/month/year, e.g. 15/03/2025), from 2000 to 2100.',
  },
  promptEvidenceIssuer: {
    vi: 'Cơ quan ban hành văn bản, ví dụ UBND tỉnh, Cục Thống kê.',
    en: "The body that issued the document, e.g. the provincial People's Committee, the Statistics Office.",
  },
  promptEvidenceLink: {
    vi: 'Tên tệp minh chứng gửi kèm hoặc đường dẫn đến văn bản.',
    en: 'The name of the evidence file sent with the submission, or a link to the document.',
  },
  promptBenchMin: {
    vi: 'Giá trị nhỏ nhất toàn quốc, chép từ hồ sơ PII của tỉnh.',
    en: 'National minimum, from the province profile.',
  },
  promptBenchMax: {
    vi: 'Giá trị lớn nhất toàn quốc, chép từ hồ sơ PII của tỉnh.',
    en: 'National maximum, from the province profile.',
  },
  promptYear: { vi: 'Năm của số liệu (ví dụ 2024).', en: 'Year of the data (e.g. 2024).' },
  errNotNumber: {
    vi: 'Giá trị phải là số (không gõ "1,5" hay "12 ha").',
    en: 'Must be a number (not "1,5" or "12 ha").',
  },
  errWhole: { vi: 'Giá trị phải là số nguyên', en: 'Must be a whole number' },
  errRange: { vi: 'Giá trị ngoài khoảng cho phép', en: 'Outside the allowed range' },
  errTitle: { vi: 'Giá trị không hợp lệ', en: 'Invalid value' },
  warnTitle: { vi: 'Kiểm tra lại giá trị', en: 'Please check the value' },
} as const;

/**
 * The framework sheet (Danh mục): its title and hint, each table's title and each column's header.
 * A sheet read back accepts a title or header in either language (src/plan/framework-sheet.ts).
 */
export const FRAMEWORK_TEXT = {
  title: { vi: 'Danh mục chỉ số (khung PII có thể sửa)', en: 'Framework (the editable PII catalog)' },
  hint: {
    vi: 'Sửa tên, mẫu số, hệ số, thêm chỉ số và thành phần ở đây rồi bấm "Áp dụng danh mục" (hoặc chạy pii catalog --workbook). Mã thành phần: chữ thường, số, dấu _; nhiều mã cách nhau bằng dấu phẩy. Có/không: TRUE/FALSE. Thêm dòng: dùng các dòng trống của bảng hoặc bỏ khóa sheet (không mật khẩu) để chèn dòng.',
    en: 'Edit names, denominators and scales, add indicators and components here, then click "Apply framework" (or run pii catalog --workbook). Component ids: lower case, digits, _; several ids separated by commas. Yes/no: TRUE/FALSE. More rows: use the blank rows of a table, or unprotect the sheet (no password) and insert rows.',
  },
  tables: {
    edition: { vi: 'Ấn bản', en: 'Edition' },
    pillars: { vi: 'Trụ cột', en: 'Pillars' },
    subPillars: { vi: 'Nhóm chỉ số', en: 'Sub-pillars' },
    agencies: { vi: 'Cơ quan', en: 'Agencies' },
    components: { vi: 'Thành phần số liệu', en: 'Components' },
    indicators: { vi: 'Chỉ số thành phần', en: 'Indicators' },
    rules: { vi: 'Quy tắc kiểm tra', en: 'Validation rules' },
  } as Record<string, Text>,
  columns: {
    edition: { vi: 'Ấn bản', en: 'Edition' },
    name_vi: { vi: 'Tên (tiếng Việt)', en: 'Name (Vietnamese)' },
    name_en: { vi: 'Tên (tiếng Anh)', en: 'Name (English)' },
    frameworkIndicatorCount: { vi: 'Số chỉ số của khung', en: 'Indicators in the framework' },
    jumpFactor: { vi: 'Hệ số biến động năm', en: 'Year-on-year factor' },
    jumpReason_vi: { vi: 'Lý do biến động đã biết (tiếng Việt)', en: 'Known reason for a jump (Vietnamese)' },
    jumpReason_en: { vi: 'Lý do biến động đã biết (tiếng Anh)', en: 'Known reason for a jump (English)' },
    assumption_vi: { vi: 'Giả định (tiếng Việt)', en: 'Assumption (Vietnamese)' },
    assumption_en: { vi: 'Giả định (tiếng Anh)', en: 'Assumption (English)' },
    code: { vi: 'Mã', en: 'Code' },
    id: { vi: 'Mã định danh', en: 'Id' },
    side: { vi: 'Phía (input | output)', en: 'Side (input | output)' },
    pillar: { vi: 'Trụ cột', en: 'Pillar' },
    unit_vi: { vi: 'Đơn vị (tiếng Việt)', en: 'Unit (Vietnamese)' },
    unit_en: { vi: 'Đơn vị (tiếng Anh)', en: 'Unit (English)' },
    kind: { vi: 'Loại', en: 'Kind' },
    shared: { vi: 'Dùng chung', en: 'Shared' },
    evidenceRequired: { vi: 'Cần minh chứng', en: 'Evidence required' },
    additive: { vi: 'Cộng được khi sáp nhập', en: 'Adds up across mergers' },
    required: { vi: 'Bắt buộc', en: 'Required' },
    min: { vi: 'Nhỏ nhất (cứng)', en: 'Minimum (hard)' },
    max: { vi: 'Lớn nhất (cứng)', en: 'Maximum (hard)' },
    plausibleMin: { vi: 'Hợp lý từ', en: 'Plausible from' },
    plausibleMax: { vi: 'Hợp lý đến', en: 'Plausible to' },
    plausibleMessage_vi: {
      vi: 'Cảnh báo ngoài khoảng (tiếng Việt)',
      en: 'Out-of-range warning (Vietnamese)',
    },
    plausibleMessage_en: { vi: 'Cảnh báo ngoài khoảng (tiếng Anh)', en: 'Out-of-range warning (English)' },
    note_vi: { vi: 'Ghi chú (tiếng Việt)', en: 'Note (Vietnamese)' },
    note_en: { vi: 'Ghi chú (tiếng Anh)', en: 'Note (English)' },
    subPillar: { vi: 'Nhóm chỉ số', en: 'Sub-pillar' },
    shortName_vi: { vi: 'Tên ngắn (tiếng Việt)', en: 'Short name (Vietnamese)' },
    shortName_en: { vi: 'Tên ngắn (tiếng Anh)', en: 'Short name (English)' },
    value: { vi: 'Giá trị trực tiếp (mã thành phần)', en: 'Direct value (component id)' },
    numerator: { vi: 'Tử số (mã thành phần)', en: 'Numerator (component ids)' },
    denominator: { vi: 'Mẫu số (mã thành phần)', en: 'Denominator (component ids)' },
    scale: { vi: 'Hệ số nhân', en: 'Scale' },
    direction: { vi: 'Chiều (higher | lower)', en: 'Direction (higher | lower)' },
    source: { vi: 'Nguồn (local | central)', en: 'Source (local | central)' },
    lead: { vi: 'Cơ quan chủ trì', en: 'Lead agencies' },
    coordinating: { vi: 'Cơ quan phối hợp', en: 'Coordinating agencies' },
    part: { vi: 'Phần (mã thành phần)', en: 'Part (component ids)' },
    whole: { vi: 'Tổng (mã thành phần)', en: 'Whole (component ids)' },
    severity: { vi: 'Mức độ (error | warning | info)', en: 'Severity (error | warning | info)' },
    message_vi: { vi: 'Thông báo (tiếng Việt)', en: 'Message (Vietnamese)' },
    message_en: { vi: 'Thông báo (tiếng Anh)', en: 'Message (English)' },
  } as Record<string, Text>,
  /** Problems of the sheet's shape (before the loader sees anything). */
  missingTable: (t: Text): Text => ({
    vi: `không tìm thấy bảng "${t.vi}" (dòng tiêu đề ở cột A)`,
    en: `table "${t.en}" not found (its title row, in column A)`,
  }),
  unknownColumn: (h: string): Text => ({
    vi: `cột không xác định "${h}"`,
    en: `unknown column "${h}"`,
  }),
  duplicateColumn: (h: string): Text => ({ vi: `cột "${h}" bị lặp`, en: `column "${h}" appears twice` }),
  oneEditionRow: { vi: 'bảng Ấn bản chỉ có một dòng', en: 'the Edition table has one row only' },
  sheetMissing: (vi: string, en: string): Text => ({
    vi: `sổ tính không có sheet "${vi}" hoặc "${en}"`,
    en: `the workbook has no sheet "${vi}" or "${en}"`,
  }),
} as const;

export function tr(text: Text, lang: Lang): string {
  return text[lang];
}

/** What a workbook limit applies to, in the loader's findings (src/plan/fit.ts). */
export const LIMIT_SUBJECT = {
  name: { vi: 'tên định danh', en: 'defined name' },
  sheet: { vi: 'tên trang tính', en: 'sheet name' },
  cell: { vi: 'nội dung ô', en: 'cell text' },
  formula: { vi: 'công thức', en: 'formula' },
} as const;

/** A finding's severity in words (the Checks sheet's column). */
export const SEVERITY_TEXT: Record<'error' | 'warning' | 'info', Text> = {
  error: { vi: 'Lỗi', en: 'Error' },
  warning: { vi: 'Cảnh báo', en: 'Warning' },
  info: { vi: 'Thông tin', en: 'Info' },
};

/** "Table, column": where a problem of the Framework sheet is. */
export const FIELD_AT = { vi: '{table}, {column}', en: '{table}, {column}' };

/** A catalog that cannot make a template at all, or passes one of Excel's limits (src/plan/fit.ts). */
export const FIT_TABLE = {
  noTemplate: {
    vi: 'không dựng được mẫu Excel từ danh mục này: {detail}',
    en: 'this catalog does not make an Excel template: {detail}',
  },
  overLimit: {
    vi: '{what} ở {where} dài {length} ký tự, vượt giới hạn {max} của Excel: hãy rút ngắn mã hoặc bớt thành phần, quy tắc',
    en: "the {what} at {where} is {length} characters, over Excel's limit of {max}: shorten the ids or use fewer components or rules",
  },
};
