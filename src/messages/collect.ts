// Every visible string of the collection core (merge outcomes, refusals, the import log sheet),
// Vietnamese first. The pane and the command-line tool show them as they are.
import { fillText } from './format';
import type { EvidencePart } from '../catalog/evidence';
import type { Text } from '../catalog/types';
import { AGENCY_TEXT } from './agency';
import { STRINGS } from './pane';
import { T } from './sheet';

export const COLLECT_TEXT = {
  logSheet: { vi: 'Nhật ký nhập', en: 'Import log' },
  logTitle: {
    vi: 'Nhật ký nhập số liệu từ các sở, ngành (mỗi lần gộp thêm dòng, không xóa)',
    en: 'Log of the figures imported from the agencies (each merge adds rows, none is removed)',
  },
  columns: {
    time: { vi: 'Thời điểm nhập', en: 'Imported at' },
    file: { vi: 'Tệp của cơ quan', en: 'Agency file' },
    agency: { vi: 'Cơ quan', en: 'Agency' },
    component: { vi: 'Thành phần', en: 'Component' },
    field: { vi: 'Ô', en: 'Cell' },
    name: { vi: 'Tên định danh', en: 'Defined name' },
    previous: { vi: 'Giá trị trước khi nhập', en: 'Value before the import' },
    incoming: { vi: 'Giá trị của cơ quan', en: "Agency's value" },
    outcome: { vi: 'Kết quả', en: 'Outcome' },
  } satisfies Record<string, Text>,
  field: {
    value: { vi: 'Năm nay', en: 'This year' },
    previous: { vi: 'Năm trước', en: 'Last year' },
    evidence: { vi: 'Minh chứng: số hiệu', en: 'Evidence: number' },
    evidenceDate: { vi: 'Minh chứng: ngày', en: 'Evidence: date' },
    evidenceIssuer: { vi: 'Minh chứng: cơ quan', en: 'Evidence: issuer' },
    evidenceLink: { vi: 'Minh chứng: tệp', en: 'Evidence: file' },
  } satisfies Record<'value' | 'previous' | EvidencePart, Text>,
  outcome: {
    imported: { vi: 'Đã nhập (ô trống trước đó)', en: 'Imported (the cell was blank)' },
    agencyWins: {
      vi: 'Khác số liệu tổng hợp: lấy số của cơ quan (--prefer agency)',
      en: "Differed from the master: the agency's value taken (--prefer agency)",
    },
    masterKept: {
      vi: 'Khác số liệu tổng hợp: giữ số tổng hợp (--prefer master)',
      en: "Differed from the master: the master's value kept (--prefer master)",
    },
    conflict: {
      vi: 'XUNG ĐỘT: khác số liệu tổng hợp, chưa ghi đè; cần quyết định',
      en: 'CONFLICT: differs from the master, not overwritten; needs a decision',
    },
    notOwned: {
      vi: 'Bỏ qua: thành phần không do cơ quan này chủ trì',
      en: 'Ignored: not a component this agency leads',
    },
    notInMaster: {
      vi: 'Bỏ qua: sổ tổng hợp không có ô này (mẫu cũ hơn danh mục?)',
      en: 'Ignored: the master has no such cell (a template older than the catalog?)',
    },
  } satisfies Record<string, Text>,
  refused: { vi: 'TỪ CHỐI CẢ TỆP', en: 'WHOLE FILE REFUSED' },
  notPii: {
    vi: 'không phải sổ tính PII (không có tên định danh PII_meta_version và PII_in_…)',
    en: 'not a PII workbook (no PII_meta_version and PII_in_… defined names)',
  },
  notAgency: {
    vi: 'không phải sổ tính của một cơ quan (không có PII_meta_agency): có thể là sổ tổng hợp; hãy gửi tệp do pii split tạo ra',
    en: 'not an agency workbook (no PII_meta_agency): perhaps a master; use the files pii split makes',
  },
  unknownAgency: (agency: string, edition: string): Text => ({
    vi: `cơ quan "${agency}" không chủ trì chỉ số nào của ấn bản ${edition}`,
    en: `agency "${agency}" leads no indicator of edition ${edition}`,
  }),
  otherEdition: (file: string, master: string): Text => ({
    vi: `tệp thuộc ấn bản ${file}, sổ tổng hợp là ấn bản ${master}`,
    en: `the file is of edition ${file}, the master of edition ${master}`,
  }),
  otherProvince: (file: string, master: string): Text => ({
    vi: `tệp của tỉnh "${file}", sổ tổng hợp của tỉnh "${master}"`,
    en: `the file is for province "${file}", the master for "${master}"`,
  }),
  otherYear: (file: string, master: string): Text => ({
    vi: `tệp của năm ${file}, sổ tổng hợp của năm ${master}`,
    en: `the file is for year ${file}, the master for ${master}`,
  }),
  otherVersion: (file: string, master: string): Text => ({
    vi: `tệp theo mẫu phiên bản ${file}, không tương thích với sổ tổng hợp (phiên bản ${master})`,
    en: `the file follows template version ${file}, incompatible with the master (version ${master})`,
  }),
  newerVersion: (file: string, master: string): Text => ({
    vi: `tệp theo mẫu phiên bản ${file}, mới hơn mẫu của sổ tổng hợp (${master}): bấm "Cập nhật mẫu" ở ngăn bổ trợ cho sổ tổng hợp (mọi số liệu được giữ), rồi nhập lại`,
    en: `the file follows template version ${file}, newer than the master's (${master}): press "Upgrade the template" in the pane on the master (every figure is kept), then import again`,
  }),
  officerChose: {
    agencyWins: {
      vi: 'Khác số liệu tổng hợp: lấy số của cơ quan (người dùng chọn)',
      en: "Differed from the master: the agency's value taken (the officer's choice)",
    },
    masterKept: {
      vi: 'Khác số liệu tổng hợp: giữ số tổng hợp (người dùng chọn)',
      en: "Differed from the master: the master's value kept (the officer's choice)",
    },
  } satisfies Record<'agencyWins' | 'masterKept', Text>,
  unreadable: (detail: string): Text => ({
    vi: `không đọc được như một tệp .xlsx (${detail})`,
    en: `could not be read as an .xlsx file (${detail})`,
  }),
  changedSinceRead: (names: string): Text => ({
    vi: `Số liệu đã thay đổi trong sổ từ lúc đọc các tệp (${names}), nên chưa ghi gì. Hãy chọn lại các tệp để xem lại các xung đột.`,
    en: `Figures changed in the workbook since the files were read (${names}), so nothing was written. Pick the files again to review the conflicts.`,
  }),
} as const;

/** The submission package (src/collect/package-layout.ts), Vietnamese first. */
export const PACKAGE_TEXT = {
  sheet: { vi: 'Hồ sơ nộp Bộ', en: 'Submission' },
  title: {
    vi: 'HỒ SƠ SỐ LIỆU BỘ CHỈ SỐ ĐỔI MỚI SÁNG TẠO CẤP ĐỊA PHƯƠNG (PII)',
    en: 'PROVINCIAL INNOVATION INDEX (PII): SUBMISSION OF THE PROVINCE’S FIGURES',
  },
  subtitle: {
    vi: 'Các chỉ số do địa phương cung cấp, kèm minh chứng, gửi Bộ Khoa học và Công nghệ',
    en: 'The indicators the province supplies, with their evidence, for the Ministry of Science and Technology',
  },
  province: STRINGS.province,
  year: { vi: 'Năm báo cáo', en: 'Reporting year' },
  edition: T.edition,
  template: { vi: 'Mẫu PII (phiên bản, ngôn ngữ)', en: 'PII template (version, language)' },
  dataVersion: { vi: 'Phiên bản số liệu', en: 'Figures version' },
  madeAt: { vi: 'Lập lúc', en: 'Made at' },
  status: { vi: 'Tình trạng hồ sơ', en: 'Status' },
  complete: { vi: 'HOÀN CHỈNH', en: 'COMPLETE' },
  incomplete: { vi: 'CHƯA HOÀN CHỈNH', en: 'INCOMPLETE' },
  completeNote: {
    vi: 'Không còn lỗi chưa xử lý; mọi số liệu cần minh chứng đều đã có minh chứng.',
    en: 'No unresolved error; every figure that needs evidence has it.',
  },
  /** The first page's note on a package exported with problems (the CLI's --force, the pane's confirm). */
  incompleteNote: (errors: number, evidence: number): Text =>
    fillText(
      {
        vi: 'Còn {errors} lỗi chưa xử lý và {evidence} số liệu thiếu hoặc chưa đủ minh chứng (liệt kê dưới đây); hồ sơ được xuất theo yêu cầu, chưa đủ điều kiện nộp.',
        en: '{errors, plural, one {# unresolved error} other {# unresolved errors}} and {evidence, plural, one {# figure} other {# figures}} without complete evidence remain (listed below); exported on request, not ready to submit.',
      },
      { errors, evidence },
    ),
  errorItem: { vi: 'Lỗi', en: 'Error' },
  evidenceItem: { vi: 'Minh chứng thiếu hoặc chưa đủ', en: 'Evidence missing or incomplete' },
  noVersion: {
    vi: 'Chưa chốt phiên bản số liệu nào: hãy "Chốt số liệu" trước khi nộp để biết chính xác số đã nộp.',
    en: 'No version of the figures was ever locked: "Lock a version" before submitting, to keep a record of what was sent.',
  },
  unlockedNote: (count: number): Text =>
    fillText(
      {
        vi: '{count} số liệu khác với mọi phiên bản đã chốt (xem cột "Phiên bản số liệu").',
        en: '{count, plural, one {# figure differs} other {# figures differ}} from every locked version (see the "Figures version" column).',
      },
      { count },
    ),
  columns: [
    { vi: 'Mã', en: 'Code' },
    { vi: 'Chỉ số / thành phần', en: 'Indicator / component' },
    { vi: 'Đơn vị', en: 'Unit' },
    { vi: 'Giá trị', en: 'Value' },
    { vi: 'Điểm (0–100)', en: 'Score (0–100)' },
    { vi: 'Minh chứng', en: 'Evidence' },
    AGENCY_TEXT.agency,
    { vi: 'Phiên bản số liệu', en: 'Figures version' },
  ] as Text[],
  pillar: { vi: 'Trụ cột', en: 'Pillar' },
  otherPillar: { vi: 'Chỉ số chưa xếp vào trụ cột', en: 'Indicators outside any pillar' },
  role: {
    value: { vi: 'Giá trị', en: 'Value' },
    numerator: { vi: 'Tử số', en: 'Numerator' },
    denominator: { vi: 'Mẫu số', en: 'Denominator' },
  } satisfies Record<string, Text>,
  coordinating: { vi: 'Phối hợp', en: 'Coordinating' },
  sharedBy: { vi: 'Sở KH&CN (mẫu số dùng chung)', en: 'Dept. of S&T (shared denominator)' },
  noEvidence: { vi: 'CHƯA CÓ MINH CHỨNG', en: 'NO EVIDENCE' },
  evidenceIncomplete: { vi: 'MINH CHỨNG CHƯA ĐỦ', en: 'EVIDENCE INCOMPLETE' },
  notComputed: { vi: '(chưa tính được)', en: '(not computed)' },
  locked: (id: number, label: string): Text => ({
    vi: `Phiên bản ${id}${label ? ` "${label}"` : ''}`,
    en: `Version ${id}${label ? ` "${label}"` : ''}`,
  }),
  changedSince: (id: number): Text => ({
    vi: `Đã sửa sau phiên bản ${id}`,
    en: `Changed since version ${id}`,
  }),
  notLocked: { vi: 'Chưa chốt', en: 'Not locked' },
  place: (province: string): Text => ({
    vi: `${province || '…'}, ngày … tháng … năm …`,
    en: `${province || '…'}, ngày … tháng … năm … (date)`,
  }),
  preparedBy: { vi: 'NGƯỜI LẬP BIỂU', en: 'NGƯỜI LẬP BIỂU / PREPARED BY' },
  checkedBy: { vi: 'NGƯỜI KIỂM TRA', en: 'NGƯỜI KIỂM TRA / CHECKED BY' },
  head: { vi: 'THỦ TRƯỞNG ĐƠN VỊ', en: 'THỦ TRƯỞNG ĐƠN VỊ / HEAD OF THE UNIT' },
  director: {
    vi: 'GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ',
    en: 'GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ / DIRECTOR, DEPT. OF S&T',
  },
  signHint: { vi: '(Ký, ghi rõ họ tên)', en: '(Ký, ghi rõ họ tên / signature, full name)' },
  sealHint: { vi: '(Ký tên, đóng dấu)', en: '(Ký tên, đóng dấu / signature, seal)' },
  header: (edition: string, province: string, year: number): Text => ({
    // The year as written, not "2.025".
    vi: `PII ${edition} — ${province} — năm ${String(year)}`,
    en: `PII ${edition} — ${province} — ${String(year)}`,
  }),
  page: { vi: 'Trang {page}/{pages}', en: 'Page {page} of {pages}' },
} as const;

/**
 * The pane's "Xuất hồ sơ nộp Bộ / Export the submission" (Versions tab). Kept here, not in pane.ts,
 * because pane.ts is in the pane's initial JS (150 KB gzip budget) and these load with their chunk.
 */
export const PACKAGE_PANE_TEXT = {
  heading: { vi: 'Hồ sơ nộp Bộ', en: 'Submission for the Ministry' },
  hint: {
    vi: 'Mọi chỉ số do địa phương cung cấp, với số liệu, minh chứng, cơ quan chủ trì và phiên bản đã chốt, trình bày để in (A4). Chỉ xuất khi không còn lỗi và đủ minh chứng.',
    en: 'Every locally supplied indicator with its figures, evidence, lead agency and locked version, laid out for printing (A4). Exported only with no error left and all evidence given.',
  },
  export: { vi: 'Xuất hồ sơ nộp Bộ', en: 'Export the submission' },
  refused: {
    vi: 'Chưa xuất hồ sơ: còn {errors} lỗi chưa xử lý và {evidence} số liệu thiếu hoặc chưa đủ minh chứng.',
    en: 'Not exported: {errors, plural, one {# unresolved error} other {# unresolved errors}} and {evidence, plural, one {# figure} other {# figures}} without complete evidence remain.',
  },
  problemError: { vi: 'Lỗi ({name}): {message}', en: 'Error ({name}): {message}' },
  problemEvidence: {
    vi: 'Minh chứng thiếu hoặc chưa đủ ({name}): {message}',
    en: 'Evidence missing or incomplete ({name}): {message}',
  },
  force: { vi: 'Vẫn xuất, đánh dấu CHƯA HOÀN CHỈNH', en: 'Export marked INCOMPLETE' },
  made: {
    vi: 'Đã tạo hồ sơ "{file}" với {indicators} chỉ số.',
    en: 'Made the submission "{file}" with {indicators, plural, one {# indicator} other {# indicators}}.',
  },
  madeIncomplete: {
    vi: 'Hồ sơ được đánh dấu CHƯA HOÀN CHỈNH, chưa đủ điều kiện nộp.',
    en: 'It is marked INCOMPLETE: not ready to submit.',
  },
  fileName: {
    vi: 'Hồ sơ nộp Bộ - PII {edition} - {province} - {year}',
    en: 'Submission - PII {edition} - {province} - {year}',
  },
} satisfies Record<string, Text>;

/**
 * The "Tiến độ / Progress" sheet the pane writes on request, and the pane's button for it (loaded
 * with the progress chunk, not with the initial JS). The title is also how the add-in recognises
 * its own sheet to rewrite it: keep it constant (no province, no date).
 */
export const PROGRESS_SHEET_TEXT = {
  sheetName: { vi: 'Tiến độ', en: 'Progress' },
  title: { vi: 'Tiến độ thu thập số liệu PII', en: 'PII data collection progress' },
  writtenAt: { vi: 'Ghi lúc', en: 'Written at' },
  note: {
    vi: 'Bảng này do bổ trợ PII ghi khi được yêu cầu; ghi lại sẽ thay toàn bộ trang này. Không nhập số liệu ở đây.',
    en: 'Written by the PII add-in on request; writing again replaces this whole sheet. Do not enter figures here.',
  },
  columns: {
    by: { vi: 'Theo', en: 'By' },
    name: { vi: 'Tên', en: 'Name' },
    related: { vi: 'Chỉ số / Cơ quan chủ trì', en: 'Indicators / Lead agencies' },
    filled: { vi: 'Đã nhập', en: 'Filled' },
    required: { vi: 'Bắt buộc', en: 'Required' },
    errors: { vi: 'Lỗi', en: 'Errors' },
    warnings: { vi: 'Cảnh báo', en: 'Warnings' },
    evidenceComplete: { vi: 'Minh chứng đủ', en: 'Evidence complete' },
    evidenceNeeded: { vi: 'Minh chứng cần', en: 'Evidence needed' },
    deadline: { vi: 'Hạn nộp', en: 'Deadline' },
    daysLeft: { vi: 'Còn (ngày)', en: 'Days left' },
  } satisfies Record<string, Text>,
  agency: AGENCY_TEXT.agency,
  indicator: { vi: 'Chỉ số', en: 'Indicator' },
  write: { vi: 'Ghi tiến độ vào sổ', en: 'Write progress to a sheet' },
  written: { vi: 'Đã ghi tiến độ vào trang "{sheet}".', en: 'Progress written to the sheet "{sheet}".' },
} satisfies Record<string, Text | Record<string, Text>>;
