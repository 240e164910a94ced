// Every string the task pane shows, in Vietnamese (default) and English, in one typed table.
// Placeholders are {name}; `format` fills them. A key missing a language fails the typecheck.
// The boot texts live in src/messages/boot.json: the ES5 boot script shows them before (or
// instead of) this bundle, which never does, so the bundle does not carry them a second time.
import type { Lang } from '../catalog/types';
import { fill, formatNumber as formatNumberAs, formatTime, type MessageParams } from './format';
import { T } from './sheet';

export type { Lang };

export const STRINGS = {
  appTitle: { vi: 'Chỉ số ĐMST cấp địa phương (PII)', en: 'Provincial Innovation Index (PII)' },
  switchLanguage: { vi: 'English', en: 'Tiếng Việt' },
  switchLanguageLabel: { vi: 'Switch the pane to English', en: 'Chuyển ngăn tác vụ sang tiếng Việt' },
  sections: { vi: 'Các mục của ngăn tác vụ', en: 'Task pane sections' },
  tabTemplate: { vi: 'Mẫu biểu', en: 'Template' },
  tabValidation: { vi: 'Kiểm tra', en: 'Validation' },
  tabScores: { vi: 'Điểm', en: 'Scores' },
  tabValidationCount: {
    vi: 'Kiểm tra ({count} lỗi)',
    en: 'Validation ({count, plural, one {# error} other {# errors}})',
  },
  outsideExcel: {
    vi: 'Hãy mở ngăn này từ Excel: Trang đầu > Mở PII. Muốn thử không cần Excel, mở trang xem thử (preview.html).',
    en: 'Open this pane from Excel: Home > Open PII. To try it without Excel, open the preview page (preview.html).',
  },
  loading: { vi: 'Đang tải…', en: 'Loading…' },
  working: { vi: 'Đang xử lý…', en: 'Working…' },
  errorPrefix: { vi: 'Có lỗi: {message}', en: 'Something went wrong: {message}' },
  intentError: { vi: 'Lỗi', en: 'Error' },
  intentWarning: { vi: 'Cảnh báo', en: 'Warning' },
  intentSuccess: { vi: 'Xong', en: 'Done' },
  intentInfo: { vi: 'Thông tin', en: 'Information' },
  cancel: { vi: 'Huỷ', en: 'Cancel' },
  dismiss: { vi: 'Đóng thông báo', en: 'Dismiss' },

  // Template
  templateHeading: { vi: 'Mẫu biểu nhập liệu', en: 'Data-entry template' },
  edition: { vi: 'Kỳ đánh giá', en: 'Edition' },
  editionOption: { vi: 'PII {edition}', en: 'PII {edition}' },
  province: T.province,
  provinceHint: {
    vi: '{count} đơn vị của kỳ {edition}',
    en: '{count, plural, one {# unit} other {# units}} in the {edition} edition',
  },
  chooseProvince: { vi: 'Chọn tỉnh/thành phố', en: 'Choose a province' },
  year: { vi: 'Năm báo cáo', en: 'Reporting year' },
  provinceMissing: { vi: 'Hãy chọn tỉnh/thành phố.', en: 'Choose a province.' },
  loadTemplate: { vi: 'Tải mẫu vào sổ tính', en: 'Load the template' },
  reloadTemplate: { vi: 'Tải lại mẫu', en: 'Reload the template' },
  upgradeTemplate: { vi: 'Cập nhật mẫu', en: 'Upgrade the template' },
  checkFormulas: { vi: 'Kiểm tra công thức', en: 'Check formulas' },
  repairFormulas: { vi: 'Sửa công thức', en: 'Repair formulas' },
  applyFramework: { vi: 'Áp dụng danh mục', en: 'Apply framework' },
  frameworkMissing: {
    vi: 'Sổ tính không có sheet "Danh mục": hãy tải lại mẫu (phiên bản 1.1.0 trở lên) trước.',
    en: 'The workbook has no "Framework" sheet: reload the template (version 1.1.0 or later) first.',
  },
  frameworkInvalid: {
    vi: 'Sheet "{sheet}" có {count} lỗi; chưa áp dụng gì. Sửa các ô sau rồi bấm lại:',
    en: 'Sheet "{sheet}" has {count, plural, one {# problem} other {# problems}}; nothing was applied. Fix these cells, then try again:',
  },
  confirmFramework: {
    vi: 'Danh mục hợp lệ: {indicators} chỉ số, {components} thành phần số liệu. Áp dụng sẽ dựng lại các trang mẫu theo danh mục này; số liệu được chuyển theo mã thành phần, số liệu của thành phần đã bỏ được giữ ở một trang riêng. Tiếp tục?',
    en: 'The framework is valid: {indicators, plural, one {# indicator} other {# indicators}}, {components, plural, one {# component} other {# components}}. Applying rebuilds the template sheets from it; figures are carried by component id, those of removed components are kept on a separate sheet. Continue?',
  },
  noTemplate: {
    vi: 'Sổ tính này chưa có mẫu PII. Chọn kỳ, tỉnh và năm rồi bấm "Tải mẫu vào sổ tính".',
    en: 'This workbook has no PII template yet. Pick the edition, province and year, then "Load the template".',
  },
  templateCurrent: {
    vi: 'Sổ tính có mẫu PII {edition}, phiên bản {version}: {province}, năm {year}.',
    en: 'The workbook holds the PII {edition} template, version {version}: {province}, year {year}.',
  },
  templateStale: {
    vi: 'Mẫu trong sổ tính đã cũ (phiên bản {version}, kỳ {edition}). Bấm "Cập nhật mẫu": mọi số liệu đã nhập được giữ lại.',
    en: 'The template in the workbook is out of date (version {version}, edition {edition}). "Upgrade the template" keeps every value already entered.',
  },
  embeddedCatalogFallback: {
    vi: 'Danh mục chỉ số lưu trong mẫu (kỳ {edition}) không hợp lệ; ngăn tác vụ dùng danh mục PII {edition} có sẵn để kiểm tra và tính điểm. {message}',
    en: 'The indicator catalog saved in the template (edition {edition}) is invalid; the pane checks and scores with the built-in PII {edition} catalog instead. {message}',
  },
  embeddedCatalogInvalid: {
    vi: 'Danh mục chỉ số lưu trong mẫu (kỳ {edition}) không hợp lệ và bổ trợ không có sẵn kỳ này: chưa thể kiểm tra và tính điểm. {message}',
    en: 'The indicator catalog saved in the template (edition {edition}) is invalid and the add-in has no built-in edition {edition}: checks and scores are unavailable. {message}',
  },
  confirmReload: {
    vi: 'Sổ tính đã có mẫu. Tải lại sẽ dựng lại các trang mẫu; số liệu đã nhập được giữ nguyên. Tiếp tục?',
    en: 'The workbook already holds the template. Reloading rebuilds the template sheets; values already entered are kept. Continue?',
  },
  confirmUpgrade: {
    vi: 'Cập nhật mẫu lên phiên bản mới, chuyển mọi số liệu đã nhập sang mẫu mới. Tiếp tục?',
    en: 'Upgrade the template to the new version, carrying every value already entered across. Continue?',
  },
  confirmRepair: {
    vi: 'Khôi phục {count} ô công thức về đúng mẫu? Các ô nhập liệu không bị động đến.',
    en: 'Restore {count, plural, one {# formula cell} other {# formula cells}} to the template? Input cells are not touched.',
  },
  confirm: { vi: 'Đồng ý', en: 'Continue' },
  coverDiffers: {
    vi: 'Trang bìa ghi tỉnh "{coverProvince}", năm "{coverYear}"; ngăn tác vụ đang chọn {province}, năm {year}. Tải lại sẽ ghi lựa chọn của ngăn tác vụ lên trang bìa.',
    en: 'The cover says province "{coverProvince}", year "{coverYear}"; the pane is set to {province}, year {year}. Reloading writes the pane\'s choice onto the cover.',
  },
  switchKeep: {
    vi: '{from} → {to}: giữ {count} số liệu của {from}?',
    en: '{from} → {to}: keep {count, plural, one {# figure} other {# figures}} of {from}?',
  },
  keepFigures: { vi: 'Giữ số liệu', en: 'Keep the figures' },
  blankTemplate: { vi: 'Mẫu trống', en: 'Blank template' },
  useCover: { vi: 'Dùng {province}, {year} của trang bìa', en: 'Use {province}, {year} from the cover' },
  blankAdvice: {
    vi: 'Sổ tính này không bị thay đổi: {count} số liệu của {from} vẫn ở nguyên chỗ. Để bắt đầu mẫu trống cho {to}, hãy tạo một sổ tính mới (Tệp > Mới), mở PII trong sổ đó và tải mẫu.',
    en: 'This workbook is unchanged: {count, plural, one {the # figure of {from} stays where it is} other {the # figures of {from} stay where they are}}. To start a blank template for {to}, create a new workbook (File > New), open PII there and load the template.',
  },
  blankValue: { vi: '(trống)', en: '(blank)' },
  loadDone: {
    vi: 'Đã tải mẫu. Giữ lại {carried} số liệu đã nhập.',
    en: 'Template loaded. {carried, plural, =0 {No value had been entered yet.} one {# value already entered was kept.} other {# values already entered were kept.}}',
  },
  editionAssumption: {
    vi: 'Ấn bản {edition} là giả định, cần đối chiếu: {text}',
    en: 'Edition {edition} is an assumption to check: {text}',
  },
  interruptedLoad: {
    vi: 'Lần tải mẫu trước bị gián đoạn. {figures} số liệu vẫn an toàn ở sheet "{sheet}". Hãy tải mẫu lần nữa để đưa chúng về đúng ô; sheet đó sẽ được dọn khi tải xong.',
    en: 'The last template load was interrupted. {figures, plural, one {# figure is} other {# figures are}} safe on the sheet "{sheet}". Load the template again to put them back in their cells; that sheet is removed once the load is done.',
  },
  recoveredLoad: {
    vi: 'Đã hoàn tất lần tải bị gián đoạn trước: đưa lại {restored} số liệu từ bản sao lưu và dọn {sheets} sheet còn sót. Không mất số liệu nào.',
    en: 'The interrupted load is now complete: {restored, plural, one {# figure} other {# figures}} came back from the backup and {sheets, plural, one {# leftover sheet was} other {# leftover sheets were}} removed. No figure was lost.',
  },
  tabVersions: { vi: 'Phiên bản', en: 'Versions' },
  showProgress: { vi: 'Tiến độ theo sở, ngành', en: 'Progress by agency' },
  hideProgress: { vi: 'Ẩn tiến độ', en: 'Hide progress' },
  newYear: { vi: 'Năm báo cáo mới', en: 'New reporting year' },
  newYearConfirm: {
    vi: 'Tạo mẫu năm {next} (kỳ {edition}) trong một sổ tính mới: số liệu năm {year} của sổ này thành cột "Năm trước", các ô năm {next} để trống. Sổ tính này không bị thay đổi; hãy lưu nó làm hồ sơ năm {year}. Tiếp tục?',
    en: 'Create the {next} template (edition {edition}) in a new workbook: this workbook\'s {year} figures become its "Last year" column, the {next} cells start blank. This workbook is not changed; keep it as the record of {year}. Continue?',
  },
  newYearProvince: {
    vi: '{problem} Với tỉnh sau sáp nhập, hãy dùng lệnh pii template --previous với sổ tính của từng tỉnh cũ.',
    en: '{problem} For a merged province, use pii template --previous with the workbook of each former province.',
  },
  newYearBuilt: {
    vi: 'Đã tạo mẫu năm {next} với {count} số liệu năm {year} làm số năm trước.',
    en: "The {next} template is ready, with {count, plural, one {# figure} other {# figures}} of {year} as last year's.",
  },
  newYearOpened: {
    vi: 'Sổ tính mới đã mở trong một cửa sổ khác; hãy lưu nó.',
    en: 'It opened as a new workbook in another window; save it there.',
  },
  newYearDownload: {
    vi: 'Excel này không mở được sổ tính mới từ bổ trợ: hãy tải tệp về rồi mở.',
    en: 'This Excel cannot open a new workbook from an add-in: download the file and open it.',
  },
  newYearMaybe: {
    vi: 'Excel báo lỗi khi mở sổ tính mới ({detail}); nếu không thấy cửa sổ mới, hãy tải tệp về.',
    en: 'Excel reported an error opening the new workbook ({detail}); if no new window appeared, download the file.',
  },
  newYearDownloadButton: { vi: 'Tải về {file}', en: 'Download {file}' },
  frameworkPending: {
    vi: 'Sheet "{sheet}" có {count} dòng đã sửa nhưng chưa áp dụng. Tải lại sẽ giữ nguyên sheet đó dưới tên mới và viết lại danh mục của mẫu; muốn dùng các sửa đổi, bấm "Áp dụng danh mục" thay vào đó.',
    en: 'Sheet "{sheet}" has {count, plural, one {# edited row} other {# edited rows}} not yet applied. Reloading keeps that sheet whole under a new name and writes the template\'s framework afresh; to use the edits, press "Apply framework" instead.',
  },
  frameworkKeptAside: {
    vi: 'Sheet "{from}" có sửa đổi chưa áp dụng nên được giữ nguyên với tên "{to}"; sheet "{from}" mới là danh mục của mẫu.',
    en: 'Sheet "{from}" had edits not yet applied, so it was kept whole as "{to}"; the new "{from}" holds the template\'s framework.',
  },
  sheetMovedAside: {
    vi: 'Trang "{from}" của bạn trùng tên với một trang của mẫu nên được đổi tên thành "{to}", giữ nguyên mọi ô.',
    en: 'Your sheet "{from}" had the name of a template sheet, so it was renamed "{to}" with every cell kept.',
  },
  notCarried: {
    vi: '{count} số liệu không có ô tương ứng trong mẫu mới; chúng được giữ ở một trang riêng:',
    en: '{count, plural, one {# value has no cell in the new template; it is} other {# values have no cell in the new template; they are}} kept on a separate sheet:',
  },
  integrityOk: { vi: 'Mọi công thức đều đúng mẫu.', en: 'Every formula matches the template.' },
  integrityProblems: {
    vi: 'Có {tampered} ô công thức bị sửa và {sheets} trang bị thiếu hoặc đổi tên.',
    en: '{tampered, plural, one {# formula cell was} other {# formula cells were}} changed and {sheets, plural, one {# sheet is} other {# sheets are}} missing or renamed.',
  },
  missingSheet: { vi: 'Thiếu trang: {sheet}', en: 'Missing sheet: {sheet}' },
  tamperedCell: {
    vi: "{sheet}!{address}: có '{found}', đúng là '{expected}'",
    en: "{sheet}!{address}: holds '{found}', should be '{expected}'",
  },
  repairDone: {
    vi: 'Đã khôi phục công thức. Còn {left} ô khác mẫu.',
    en: 'Formulas restored. {left, plural, =0 {No cell differs now.} one {# cell still differs.} other {# cells still differ.}}',
  },
  moreItems: { vi: '… và {count} mục khác', en: '… and {count} more' },

  // Validation
  validationHeading: { vi: 'Kiểm tra số liệu', en: 'Data checks' },
  /** Validation and Scores both need a template in the workbook first. */
  needsTemplate: {
    vi: 'Hãy tải mẫu trước (mục Mẫu biểu).',
    en: 'Load the template first (Template section).',
  },
  agencyFilter: { vi: 'Cơ quan chủ trì', en: 'Lead agency' },
  allAgencies: { vi: 'Tất cả cơ quan', en: 'All agencies' },
  findingCounts: {
    vi: '{errors} lỗi, {warnings} cảnh báo, {infos} lưu ý',
    en: '{errors, plural, one {# error} other {# errors}}, {warnings, plural, one {# warning} other {# warnings}}, {infos, plural, one {# note} other {# notes}}',
  },
  filteredCounts: { vi: 'Đang lọc: {shown}/{total} mục', en: 'Filtered: {shown} of {total}' },
  noFindings: {
    vi: 'Không có vấn đề nào. Số liệu đã nhập hợp lệ.',
    en: 'No problems found. The data entered is valid.',
  },
  noFindingsForAgency: { vi: 'Không có vấn đề nào cho cơ quan này.', en: 'No problems for this agency.' },
  severityError: { vi: 'Lỗi', en: 'Error' },
  severityWarning: { vi: 'Cảnh báo', en: 'Warning' },
  severityInfo: { vi: 'Lưu ý', en: 'Note' },
  groupShared: { vi: 'Mẫu số dùng chung', en: 'Shared denominators' },
  groupGeneral: { vi: 'Chung', en: 'General' },
  indicatorLabel: { vi: 'Chỉ số {code}', en: 'Indicator {code}' },
  goToCell: { vi: 'Bấm để chọn ô tương ứng trong trang tính.', en: 'Press to select the cell in the sheet.' },
  refresh: { vi: 'Kiểm tra lại', en: 'Check again' },
  coverProvinceMissing: {
    vi: 'Trang bìa: chưa ghi tỉnh/thành phố. Tải lại mẫu sẽ ghi tỉnh đang chọn ở mục Mẫu biểu.',
    en: 'Cover: no province entered. Reloading the template writes the province chosen in the Template section.',
  },
  coverProvinceUnknown: {
    vi: 'Trang bìa: "{value}" không phải tỉnh/thành phố của kỳ {edition} ({count} đơn vị). Hãy chọn tỉnh ở mục Mẫu biểu rồi tải lại mẫu; tải lại sẽ thay ô này bằng tỉnh đã chọn.',
    en: 'Cover: "{value}" is not a province of the {edition} edition ({count, plural, one {# unit} other {# units}}). Choose the province in the Template section and reload; reloading replaces this cell with the chosen province.',
  },
  coverYearMissing: {
    vi: 'Trang bìa: chưa ghi năm báo cáo. Tải lại mẫu sẽ ghi năm đang chọn ở mục Mẫu biểu.',
    en: 'Cover: no reporting year entered. Reloading the template writes the year chosen in the Template section.',
  },
  coverYearNotYear: {
    vi: 'Trang bìa: năm báo cáo "{value}" không phải một năm (ví dụ 2024). Tải lại mẫu sẽ thay bằng năm đang chọn ở mục Mẫu biểu.',
    en: 'Cover: the reporting year "{value}" is not a year (e.g. 2024). Reloading the template replaces it with the year chosen in the Template section.',
  },
  coverYearOutOfRange: {
    vi: 'Trang bìa: năm báo cáo {value} nằm ngoài khoảng {first}–{last}. Tải lại mẫu sẽ thay bằng năm đang chọn ở mục Mẫu biểu.',
    en: 'Cover: the reporting year {value} is outside {first}–{last}. Reloading the template replaces it with the year chosen in the Template section.',
  },
  updatedAt: { vi: 'Cập nhật lúc {time}', en: 'Updated at {time}' },

  // Scores
  pii: { vi: 'PII', en: 'PII' },
  inputSide: { vi: 'Đầu vào', en: 'Input' },
  outputSide: { vi: 'Đầu ra', en: 'Output' },
  coverage: { vi: 'Độ phủ', en: 'Coverage' },
  coverageNote: {
    vi: 'Điểm chỉ tính trên các chỉ số có số liệu ({present}/{total}); chỉ số thiếu không được bù.',
    en: 'Scores are means over the indicators present ({present}/{total}); missing ones are not imputed.',
  },
  notAvailable: { vi: 'không có', en: 'n/a' },
  colCode: { vi: 'Mã', en: 'Code' },
  colIndicator: { vi: 'Chỉ số', en: 'Indicator' },
  colValue: { vi: 'Giá trị', en: 'Value' },
  colScore: { vi: 'Điểm', en: 'Score' },
  strengthNote: {
    vi: 'Điểm mạnh/yếu được xếp theo điểm các chỉ số của chính tỉnh (không có số liệu tỉnh khác).',
    en: "Strengths and weaknesses rank the province's own indicator scores (no other provinces' data).",
  },
} satisfies Record<string, Entry>;

/** Keys of the pane's initial table and of the lazily loaded one (src/messages/pane-more.ts). */
export type StringKey = keyof typeof STRINGS | keyof typeof import('./pane-more').MORE_STRINGS;

export interface Entry {
  vi: string;
  en: string;
}

// Tables the lazy chunks bring (scores, versions, progress): registered when their chunk loads,
// so their texts do not weigh on the pane's first load.
const more: Record<string, Entry> = {};

/** Adds a lazily loaded table of the pane's texts (called once, by the chunk that carries it). */
export function registerStrings(table: Record<string, Entry>): void {
  Object.assign(more, table);
}
export type Params = MessageParams;

/**
 * The string for `key` in `lang` with its {placeholders} filled: numbers in the language's format,
 * plural forms by Intl.PluralRules (src/messages/format.ts). Pass years as strings.
 */
export function format(lang: Lang, key: StringKey, params?: Params): string {
  const entry = (STRINGS as Record<string, Entry>)[key] ?? more[key];
  if (!entry) throw new Error(`pane text "${key}": its table (src/messages/pane-more.ts) is not loaded`);
  return fill(lang, entry[lang], params);
}

/** Numbers for display only (engine values keep full precision): "48,76" in vi, "48.76" in en. */
export function formatNumber(lang: Lang, value: number | null | undefined, digits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return format(lang, 'notAvailable');
  return formatNumberAs(lang, value, digits);
}

export { formatTime };
