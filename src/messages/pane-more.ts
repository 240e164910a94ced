// The pane's texts used only by its lazily loaded parts (the Scores tab, the Versions tab, the
// progress and import panel): registered into the pane's catalog when their chunk loads, so that
// they do not weigh on the first load (see src/messages/pane.ts). Vietnamese first.
import { COLLECT_TEXT, PROGRESS_SHEET_TEXT } from './collect';
import { registerStrings, type Entry } from './pane';

export const MORE_STRINGS = {
  agencyWorkbook: { vi: 'Sổ của cơ quan', en: 'Agency workbook' },
  agencyWorkbookMade: {
    vi: 'Đã tạo "{file}" với {count} số liệu hiện có.',
    en: 'Made "{file}" with {count, plural, one {# figure} other {# figures}} already entered.',
  },
  progressAgency: { vi: 'Cơ quan chủ trì (chỉ số)', en: 'Lead agency (indicators)' },
  progressIndicator: { vi: 'Chỉ số', en: 'Indicator' },
  progressFilled: { vi: 'Đã nhập', en: 'Filled' },
  progressErrors: { vi: 'Lỗi', en: 'Errors' },
  progressWarnings: { vi: 'Cảnh báo', en: 'Warnings' },
  progressEvidence: PROGRESS_SHEET_TEXT.columns.evidenceComplete,
  progressByIndicator: { vi: 'Theo từng chỉ số', en: 'By indicator' },
  progressNoDeadline: {
    vi: 'Chưa đặt hạn nộp (ô "Hạn nộp" trên trang bìa).',
    en: 'No deadline set yet (the cover\'s "Deadline" cell).',
  },
  progressDeadlineText: { vi: 'Hạn nộp: {text}.', en: 'Deadline: {text}.' },
  progressDaysLeft: {
    vi: 'Hạn nộp {date}: còn {days} ngày.',
    en: 'Deadline {date}: {days, plural, one {# day} other {# days}} left.',
  },
  progressLate: {
    vi: 'Hạn nộp {date}: đã quá hạn {days} ngày.',
    en: 'Deadline {date}: {days, plural, one {# day} other {# days}} late.',
  },
  versionsHeading: { vi: 'Phiên bản số liệu', en: 'Versions of the figures' },
  versionsHint: {
    vi: 'Chốt số liệu lưu mọi số liệu, số năm trước, minh chứng và mốc so sánh dưới một tên, vào sheet ẩn "Phiên bản số liệu PII". Phiên bản chỉ được ghi khi bạn bấm chốt (hoặc khi nhập từ tệp của sở, ngành): ghi theo từng lần gõ sẽ xóa lịch sử Hoàn tác của Excel.',
    en: 'Locking records every figure, last-year figure, evidence and benchmark under a label, on the hidden sheet "Phiên bản số liệu PII". Versions are recorded only when you lock (or import an agency\'s file): recording each keystroke would clear Excel\'s undo history.',
  },
  versionsNoTemplate: {
    vi: 'Chưa có mẫu PII trong sổ tính: tải mẫu trước khi chốt số liệu.',
    en: 'The workbook has no PII template yet: load it before locking a version.',
  },
  versionsNone: { vi: 'Chưa chốt phiên bản nào.', en: 'No version locked yet.' },
  versionLabel: { vi: 'Tên phiên bản', en: 'Label' },
  versionDefaultLabel: { vi: 'Bản chốt {n}', en: 'Version {n}' },
  versionTime: { vi: 'Thời điểm chốt', en: 'Locked at' },
  versionFigures: { vi: 'Số liệu', en: 'Figures' },
  lockVersion: { vi: 'Chốt số liệu', en: 'Lock a version' },
  versionLocked: {
    vi: 'Đã chốt "{label}": {count} số liệu.',
    en: 'Locked "{label}": {count, plural, one {# figure} other {# figures}}.',
  },
  compareNow: { vi: 'So với hiện tại', en: 'Compare with now' },
  versionNoChange: {
    vi: 'Không có số liệu nào thay đổi kể từ "{label}".',
    en: 'No figure has changed since "{label}".',
  },
  versionChanges: {
    vi: '{count} số liệu đã thay đổi kể từ "{label}":',
    en: '{count, plural, one {# figure} other {# figures}} changed since "{label}":',
  },
  diffFigure: { vi: 'Số liệu', en: 'Figure' },
  diffOld: { vi: 'Giá trị cũ', en: 'Old' },
  diffNew: { vi: 'Giá trị mới', en: 'New' },
  diffSource: { vi: 'Nguồn', en: 'Source' },
  diffRecordedIn: { vi: 'ghi ở "{label}" ({source})', en: 'recorded in "{label}" ({source})' },
  diffTyped: { vi: 'nhập trong sổ này', en: 'typed in this workbook' },
  diffNotLocked: { vi: 'nhập sau lần chốt cuối, chưa chốt', en: 'typed since the last lock, not locked yet' },
  scoresHeading: { vi: 'Điểm PII', en: 'PII scores' },
  scoreButton: { vi: 'Tính điểm', en: 'Score' },
  scoreHint: {
    vi: 'Đọc số liệu và giá trị tham chiếu từ sổ tính rồi tính điểm; việc tính điểm không ghi gì vào sổ. Chỉ khi bấm "Ghi kết quả vào sổ", kết quả mới được ghi thành một trang mới có ghi ngày.',
    en: 'Reads the data and benchmarks from the workbook and scores them; scoring writes nothing to the workbook. Only "Write results to the workbook" writes, as a new dated sheet.',
  },
  scoresStale: {
    vi: 'Số liệu đã thay đổi từ lần tính này — bấm Tính điểm lại.',
    en: 'Figures changed since this result — press Score again.',
  },
  coverageValue: {
    vi: '{present}/{total} chỉ số',
    en: '{present}/{total, plural, one {# indicator} other {# indicators}}',
  },
  pillarChart: { vi: 'Điểm 7 trụ cột (0-100)', en: 'The 7 pillar scores (0-100)' },
  pillarBar: { vi: 'Trụ cột {code} {name}: {score}', en: 'Pillar {code} {name}: {score}' },
  pillarMissing: { vi: 'Trụ cột {code} {name}: không có điểm', en: 'Pillar {code} {name}: no score' },
  indicatorsHeading: { vi: 'Các chỉ số', en: 'Indicators' },
  colMark: { vi: 'Đánh giá', en: 'Mark' },
  strength: { vi: 'Điểm mạnh', en: 'Strength' },
  weakness: { vi: 'Điểm yếu', en: 'Weakness' },
  missingBenchmarks: {
    vi: 'Thiếu giá trị tham chiếu (min/max toàn quốc) cho {count} chỉ số: {codes}. Nhập vào trang Tham chiếu.',
    en: 'No benchmarks (national min/max) for {count, plural, one {# indicator} other {# indicators}}: {codes}. Enter them on the Benchmarks sheet.',
  },
  missingScoresHeading: { vi: 'Vì sao thiếu điểm', en: 'Why scores are missing' },
  writeSnapshot: { vi: 'Ghi kết quả vào sổ', en: 'Write results to the workbook' },
  snapshotDone: { vi: 'Đã ghi kết quả vào trang "{sheet}".', en: 'Results written to the sheet "{sheet}".' },
  scoredAt: { vi: 'Tính lúc {time}', en: 'Scored at {time}' },

  importHeading: { vi: 'Nhập tệp của cơ quan', en: 'Import agency files' },
  importHint: {
    vi: 'Chọn các tệp .xlsx các cơ quan gửi lại. Chưa ghi gì cho đến khi bấm "Ghi vào sổ"; số khác với sổ tổng hợp chỉ bị thay khi bạn chọn.',
    en: 'Choose the .xlsx files the agencies sent back. Nothing is written until you press "Write to the workbook"; a figure that differs from the master is replaced only if you choose so.',
  },
  importPick: { vi: 'Chọn tệp (.xlsx)', en: 'Choose files (.xlsx)' },
  importRefused: { vi: 'Từ chối tệp "{file}": {reason}', en: 'File "{file}" refused: {reason}' },
  importSummary: {
    vi: 'Tệp được nhận: {files}. Số liệu sẽ nhập: {imported}; xung đột cần quyết định: {conflicts}; bỏ qua (không do cơ quan đó chủ trì): {ignored}; trùng với sổ: {unchanged}.',
    en: "Files accepted: {files}. Figures to import: {imported}; conflicts to decide: {conflicts}; ignored (not the agency's): {ignored}; equal to the master: {unchanged}.",
  },
  importConflicts: {
    vi: 'Xung đột: số của cơ quan khác số trong sổ tổng hợp. Mặc định giữ số tổng hợp.',
    en: "Conflicts: the agency's figure differs from the master's. By default the master's is kept.",
  },
  importColFigure: { vi: 'Số liệu', en: 'Figure' },
  importColMaster: { vi: 'Sổ tổng hợp', en: 'Master' },
  importColAgency: { vi: 'Cơ quan gửi', en: 'Agency sent' },
  importColFile: { vi: 'Tệp', en: 'File' },
  importColChoice: { vi: 'Lấy số nào', en: 'Which to keep' },
  importKeepMaster: { vi: 'Giữ số tổng hợp', en: "Keep the master's" },
  importTakeAgency: { vi: 'Lấy số của cơ quan', en: "Take the agency's" },
  importApply: { vi: 'Ghi vào sổ', en: 'Write to the workbook' },
  importNothing: {
    vi: 'Các tệp không mang số liệu mới nào để ghi.',
    en: 'The files bring no new figure to write.',
  },
  importFailed: {
    vi: 'Chưa ghi xong: {message}. Không mất số liệu nào: mỗi ô giữ số cũ hoặc số mới. Bấm "Ghi vào sổ" lần nữa để hoàn tất; nhật ký không bị ghi trùng.',
    en: 'Not finished: {message}. No figure is lost: each cell holds its old or its new value. Press "Write to the workbook" again to finish; the log will not be written twice.',
  },
  importDone: {
    vi: 'Đã ghi {count} số liệu vào sổ; nguồn gốc được ghi ở trang "{sheet}".',
    en: 'Wrote {count} figures to the workbook; their provenance is on the sheet "{sheet}".',
  },
  importColChange: { vi: 'Trước → sau', en: 'Before → after' },
  importColTime: COLLECT_TEXT.columns.time,
  importSources: { vi: 'Nguồn của các số liệu đã nhập', en: 'Where imported figures came from' },
  importSourcesNone: {
    vi: 'Chưa có số liệu nào được nhập từ tệp của cơ quan.',
    en: 'No figure has been imported from an agency file yet.',
  },
} satisfies Record<string, Entry>;

registerStrings(MORE_STRINGS);
