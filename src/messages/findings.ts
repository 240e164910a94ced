// Every text of a finding: the short rule labels the sheet's status cells show, the full messages
// the pane and the CLI show (they name the figure, the value as entered and what is expected),
// the hints on what to type instead, and the scoring steps' notes. Vietnamese first; filled by
// src/messages/format.ts (numbers in the officer's format, plural forms by Intl.PluralRules).
import type { EvidencePart } from '../catalog/evidence';
import type { Text } from '../catalog/types';
import type { CheckRule, OtherRule } from '../validation/types';
import { messageTable } from './format';

/** Short static status texts, one per rule kind (a status cell shows the first one violated). */
export const RULE_LABELS: Record<CheckRule, Text> = {
  missing: { vi: 'Chưa nhập', en: 'Missing' },
  notNumber: { vi: 'Không phải số', en: 'Not a number' },
  notInteger: { vi: 'Không phải số nguyên', en: 'Not a whole number' },
  negative: { vi: 'Số âm', en: 'Negative' },
  outOfRange: { vi: 'Ngoài khoảng cho phép', en: 'Out of range' },
  fractionPercent: { vi: 'Có vẻ là phân số: nhập theo %', en: 'Looks like a fraction: enter percent' },
  unitSlip: { vi: 'Kiểm tra đơn vị', en: 'Check the unit' },
  partOfWhole: { vi: 'Phần lớn hơn tổng', en: 'Part exceeds whole' },
  zeroDenominator: { vi: 'Mẫu số bằng 0 hoặc trống', en: 'Denominator zero or blank' },
  indicatorPlausible: { vi: 'Chỉ số ngoài khoảng hợp lý', en: 'Indicator value implausible' },
  jump: { vi: 'Thay đổi bất thường so với năm trước', en: 'Implausible change from last year' },
  missingEvidence: { vi: 'Thiếu minh chứng', en: 'Evidence missing' },
  evidencePart: { vi: 'Minh chứng chưa đủ 4 phần', en: 'Evidence incomplete' },
  evidenceDate: { vi: 'Ngày minh chứng không hợp lệ', en: 'Evidence date invalid' },
  benchmarkMissing: { vi: 'Thiếu mốc min/max', en: 'Benchmark missing' },
  benchmarkOrder: { vi: 'Mốc max không lớn hơn min', en: 'Benchmark max not above min' },
};

/** The evidence register's parts as a message names what is missing ("thiếu ngày ban hành"). */
export const EVIDENCE_PART_NAMES: Record<EvidencePart, Text> = {
  evidence: { vi: 'số hiệu văn bản', en: 'the document number' },
  evidenceDate: { vi: 'ngày ban hành', en: 'the date issued' },
  evidenceIssuer: { vi: 'cơ quan ban hành', en: 'the issuing body' },
  evidenceLink: { vi: 'tệp hoặc đường dẫn', en: 'a file or link' },
};

/** Short texts for the findings that do not come from a cell check (the CLI's finding tags). */
export const OTHER_LABELS: Record<OtherRule, Text> = {
  invalidNumber: { vi: 'Không phải số hữu hạn', en: 'Not a finite number' },
  invalidValue: { vi: 'Giá trị không ô nào chứa được', en: 'Value no cell can hold' },
  unknownComponent: { vi: 'Mã thành phần không có trong danh mục', en: 'Component not in the catalog' },
  unknownIndicator: { vi: 'Mã chỉ số không có trong danh mục', en: 'Indicator not in the catalog' },
  noValue: { vi: 'Chưa tính được giá trị', en: 'No value' },
  withheld: { vi: 'Chưa tính vì còn lỗi', en: 'Withheld for an error' },
  noScore: { vi: 'Chưa có điểm', en: 'No score' },
  clamped: { vi: 'Điểm được giới hạn', en: 'Score clamped' },
  overflow: { vi: 'Vượt giới hạn số', en: 'Number overflow' },
};

export const FINDING_TABLE = {
  blank: { vi: '(trống)', en: '(blank)' },
  rangeBoth: { vi: '{min}–{max}', en: '{min}–{max}' },
  rangeFrom: { vi: 'từ {min}', en: 'at least {min}' },
  rangeTo: { vi: 'đến {max}', en: 'at most {max}' },
  indicatorTitle: { vi: '{code} {name}', en: '{code} {name}' },
  subjectUsedBy: {
    vi: '{name}{unit} [chỉ số {list}]',
    en: '{name}{unit} [{count, plural, one {indicator} other {indicators}} {list}]',
  },
  unitSuffix: { vi: ' (đơn vị: {unit})', en: ' (unit: {unit})' },
  mergerReason: {
    vi: '{province} được hợp nhất năm {year} từ {list}: nếu số năm trước chỉ là của một tỉnh cũ, biến động là do sáp nhập; hãy nhập tổng của các tỉnh cũ (hoặc dùng pii template --previous với sổ tính của từng tỉnh).',
    en: "{province} was formed in {year} from {list}: if last year's figure is one former province's only, the change comes from the merger; enter the former provinces' sum (or use pii template --previous with each one's workbook).",
  },

  // Cell checks: {subject} names the figure and the indicators using it, {value} is as entered.
  missing: {
    vi: '{subject}: chưa nhập giá trị. Cần một số{unit}.',
    en: '{subject}: no value entered. Expected a number{unit}.',
  },
  errorValue: { vi: '{subject}: {hint}', en: '{subject}: {hint}' },
  notNumber: {
    vi: '{subject}: đã nhập {value}, không phải là số. {hint}',
    en: '{subject}: {value} was entered, which is not a number. {hint}',
  },
  notInteger: {
    vi: '{subject}: đã nhập {value}, cần một số nguyên (đếm được).{hint}',
    en: '{subject}: {value} was entered; expected a whole number (a count).{hint}',
  },
  negative: {
    vi: '{subject}: đã nhập {value}, là số âm; cần một số từ 0 trở lên.',
    en: '{subject}: {value} is negative; expected 0 or more.',
  },
  outOfRange: {
    vi: '{subject}: đã nhập {value}, nằm ngoài khoảng cho phép ({range}).',
    en: '{subject}: {value} is outside the allowed range ({range}).',
  },
  fractionPercent: {
    vi: '{subject}: đã nhập {value}, có vẻ là phân số; giá trị tính theo %, ví dụ {example} phải nhập là 35 (ở đây: {percent}).',
    en: '{subject}: {value} looks like a fraction; the value is in percent, e.g. {example} should be 35 (here: {percent}).',
  },
  unitSlip: {
    vi: '{subject}: đã nhập {value}, ngoài khoảng hợp lý {range}. {why}',
    en: '{subject}: {value} is outside the plausible range {range}. {why}',
  },
  zeroDenominator: {
    vi: 'Chỉ số {indicator}: mẫu số ({names}) bằng 0, trống hoặc không phải số (đã nhập {value}), nên không tính được giá trị. Cần một số lớn hơn 0.',
    en: 'Indicator {indicator}: the denominator ({names}) is zero, blank or not a number (entered {value}), so no value can be computed. Expected a number above 0.',
  },
  jump: {
    vi: '{subject}: đã nhập {value}, năm trước {previous}: thay đổi quá {factor} lần.',
    en: '{subject}: {value} against {previous} last year: a change of more than {factor}x.',
  },
  jumpAdvice: {
    vi: 'Kiểm tra đơn vị và số liệu; nếu đúng, ghi rõ lý do.',
    en: 'Check the unit and the figure; if it is right, note why.',
  },
  missingEvidence: {
    vi: '{subject}: giá trị {value} chưa có minh chứng. Cần ghi số hiệu văn bản, ngày ban hành, cơ quan ban hành và tệp hoặc đường dẫn.',
    en: '{subject}: the value {value} has no evidence recorded. Expected the document number, the date issued, the issuing body and a file or link.',
  },
  evidencePart: {
    vi: '{subject}: minh chứng còn thiếu {missing}. Cần đủ số hiệu văn bản, ngày ban hành, cơ quan ban hành và tệp hoặc đường dẫn.',
    en: '{subject}: the evidence lacks {missing}. Expected the document number, the date issued, the issuing body and a file or link.',
  },
  evidenceDate: {
    vi: '{subject}: ngày ban hành của minh chứng ({value}) không phải là một ngày từ {from} đến {to}. Nhập theo ngày/tháng/năm, ví dụ {example}.',
    en: '{subject}: the evidence date ({value}) is not a day from {from} to {to}. Type it as day/month/year, e.g. {example}.',
  },
  benchmarkMissing: {
    vi: 'Chỉ số {indicator}: chưa có mốc so sánh dạng số (min {min}, max {max}), nên không tính được điểm. Nhập min và max quốc gia từ hồ sơ tỉnh đã công bố.',
    en: 'Indicator {indicator}: no numeric benchmarks (min {min}, max {max}), so no score can be computed. Enter the national min and max from the published profile.',
  },
  benchmarkOrder: {
    vi: 'Chỉ số {indicator}: mốc max {value} phải lớn hơn mốc min {min}.',
    en: 'Indicator {indicator}: benchmark max {value} must be greater than min {min}.',
  },
  partOfWhole: {
    vi: '{subject}: {rule}. Đã nhập {part} = {partSum}, lớn hơn {whole} = {wholeSum}. Cần phần ≤ tổng.',
    en: '{subject}: {rule}. Entered {part} = {partSum}, more than {whole} = {wholeSum}. Expected part ≤ whole.',
  },
  indicatorPlausible: {
    vi: 'Chỉ số {indicator} = {value} {unit}, ngoài khoảng hợp lý {range}. {why} Kiểm tra {names}.',
    en: 'Indicator {indicator} = {value} {unit}, outside the plausible range {range}. {why} Check {names}.',
  },
  indicatorPlausibleHuge: {
    vi: 'Chỉ số {indicator}: giá trị lớn quá mức máy tính biểu diễn được, ngoài khoảng hợp lý {range}. {why} Kiểm tra {names}.',
    en: 'Indicator {indicator}: the value is beyond what a computer can hold, outside the plausible range {range}. {why} Check {names}.',
  },
  indicatorPlausibleWithheld: {
    vi: 'Chỉ số {indicator}: số liệu thành phần cho giá trị ngoài khoảng hợp lý {range}; chỉ số chưa có giá trị vì còn lỗi chưa sửa. {why} Kiểm tra {names}.',
    en: 'Indicator {indicator}: its figures give a value outside the plausible range {range}; the indicator has no value while an error stands. {why} Check {names}.',
  },
  otherRule: { vi: '{subject}: vi phạm quy tắc "{rule}".', en: '{subject}: breaks the rule "{rule}".' },
  withheld: {
    vi: 'Chỉ số {indicator}: không tính giá trị và điểm vì số liệu thành phần có lỗi chưa sửa ({label}): {error}',
    en: 'Indicator {indicator}: no value and no score, because a component carries an unfixed error ({label}): {error}',
  },
  unfixedErrors: {
    vi: '{count} lỗi chưa sửa',
    en: '{count, plural, one {# error} other {# errors}} not fixed',
  },

  // What to type instead ({text} is the cell's text as typed). "sheet": a workbook cell;
  // "file": a data file, where no Excel is involved.
  hintErrorValue: {
    vi: 'Ô đang chứa một công thức bị lỗi ({text}); hãy xóa công thức và nhập chính con số.',
    en: 'The cell holds a formula that fails ({text}); delete the formula and type the figure itself.',
  },
  hintErrorValueFile: {
    vi: 'Tệp dữ liệu ghi giá trị lỗi {text} của Excel (một công thức bị lỗi), không phải con số: sửa công thức trong sổ gốc hoặc ghi chính con số.',
    en: 'The data file holds the Excel error value {text} (a failing formula), not a figure: fix the formula in the source workbook or write the figure itself.',
  },
  hintNumberAsText: {
    vi: 'Excel đang giữ {text} ở dạng chữ (do dán từ PDF, web hoặc gõ sau dấu nháy \'): gõ lại {text} không có dấu nháy, hoặc chọn ô rồi dùng "Convert to Number".',
    en: 'Excel holds {text} as text (pasted from a PDF or a web page, or typed after an apostrophe \'): retype {text} without the apostrophe, or select the cell and use "Convert to Number".',
  },
  hintNumberAsTextFile: {
    vi: 'Tệp dữ liệu ghi {text} trong dấu ngoặc kép (một chuỗi chữ): ghi {text} không có dấu ngoặc kép để là một con số.',
    en: 'The data file writes {text} in quotes (a string): write {text} without the quotes to make it a number.',
  },
  hintNoData: {
    vi: 'Nếu không có số liệu hãy để trống; nếu số liệu bằng không hãy nhập 0.',
    en: 'Leave the cell blank if there is no data; type 0 if the figure is zero.',
  },
  hintSpaces: { vi: 'Xóa khoảng trắng thừa: nhập {text}.', en: 'Remove the extra spaces: type {text}.' },
  hintVietnameseNotation: {
    vi: 'Có vẻ là số viết theo kiểu Việt Nam; Excel đang hiểu là chữ. Nhập không có dấu phân cách hàng nghìn và dùng dấu thập phân của máy (ví dụ {text}).',
    en: "Looks like a number in Vietnamese notation, which this Excel reads as text. Type it without thousands separators, using your Excel's decimal separator (e.g. {text}).",
  },
  hintVietnameseNotationFile: {
    vi: 'Có vẻ là số viết theo kiểu Việt Nam, nhưng tệp dữ liệu ghi nó thành chữ: ghi con số JSON không có dấu phân cách hàng nghìn, dấu thập phân là dấu chấm ({text}).',
    en: 'Looks like a number in Vietnamese notation, written as text in the data file: write a JSON number without thousands separators, with a decimal point ({text}).',
  },
  hintThousandsSeparators: {
    vi: 'Bỏ dấu phân cách hàng nghìn: nhập {text}.',
    en: 'Drop the thousands separators: type {text}.',
  },
  hintTooLarge: {
    vi: '{text} lớn hơn mức Excel và máy tính biểu diễn được (khoảng {limit}): kiểm tra lại số và đơn vị của dòng này.',
    en: "{text} is beyond what Excel and a computer can hold (about {limit}): check the figure and this row's unit.",
  },
  hintExponent: {
    vi: 'Nhập số ở dạng thường, không ở dạng lũy thừa: {text}.',
    en: 'Type the number in plain digits, not in exponent form: {text}.',
  },
  hintUnitInCell: {
    vi: 'Chỉ nhập con số ({number}) theo đơn vị của dòng này; không ghi đơn vị "{unit}" trong ô.',
    en: 'Type only the number ({number}) in this row\'s unit; do not write the unit "{unit}" in the cell.',
  },
  hintBoolean: {
    vi: 'Ô này cần một con số, không phải giá trị đúng/sai.',
    en: 'This cell needs a number, not TRUE/FALSE.',
  },
  hintNoDataFile: {
    vi: 'Nếu không có số liệu hãy bỏ khóa này khỏi tệp (hoặc ghi null); nếu số liệu bằng không hãy ghi 0.',
    en: 'Leave the key out of the file (or write null) if there is no data; write 0 if the figure is zero.',
  },
  hintNotesFile: {
    vi: 'Chỉ ghi con số; ghi chú hoặc chú thích hãy ghi vào mục "evidence" của thành phần này.',
    en: 'Write only the number; put a note or footnote in this component\'s "evidence" entry.',
  },
  hintNotes: {
    vi: 'Chỉ nhập con số; ghi chú hoặc chú thích hãy ghi vào ô "Minh chứng" của dòng này.',
    en: 'Type only the number; put a note or footnote in this row\'s "Evidence" cell.',
  },
  hintThousandsDot: {
    vi: '{typed}: có phải ý bạn là {meant}? (dấu chấm hàng nghìn)',
    en: '{typed}: did you mean {meant}? (thousands dot)',
  },

  // A data file's values that no cell can hold (sanitised before the checks).
  sectionValues: { vi: 'giá trị', en: 'value' },
  sectionPrevious: { vi: 'giá trị năm trước', en: "last year's value" },
  sectionEvidence: { vi: 'minh chứng', en: 'evidence' },
  sectionEvidenceDate: { vi: 'minh chứng: ngày ban hành', en: 'evidence: date issued' },
  sectionEvidenceIssuer: { vi: 'minh chứng: cơ quan ban hành', en: 'evidence: issuing body' },
  sectionEvidenceLink: { vi: 'minh chứng: tệp hoặc đường dẫn', en: 'evidence: file or link' },
  benchmarkMinWord: { vi: 'mốc min', en: 'benchmark min' },
  benchmarkMaxWord: { vi: 'mốc max', en: 'benchmark max' },
  anArray: { vi: 'một mảng [...]', en: 'an array [...]' },
  anObject: { vi: 'một đối tượng {...}', en: 'an object {...}' },
  ofType: { vi: 'kiểu {type}', en: 'of type {type}' },
  notANumber: {
    vi: '{subject}: {what} không phải là số (NaN, do chương trình tạo tệp ghi ra); coi như ô trống. Cần một số.',
    en: '{subject}: the {what} is not a number (NaN, written by the program that made the file); treated as blank. Expected a number.',
  },
  beyondRange: {
    vi: '{subject}: {what} là một số lớn hơn mức máy tính biểu diễn được (khoảng 1,8 × 10^308, như 1e309); coi như ô trống. Kiểm tra lại số và đơn vị.',
    en: '{subject}: the {what} is a number beyond what a computer can hold (about 1.8 × 10^308, as 1e309 is); treated as blank. Check the figure and its unit.',
  },
  noCellHolds: {
    vi: '{subject}: {what} là {shown}, không ô nào chứa được; coi như ô trống. Hãy ghi một số, một đoạn chữ hoặc để trống.',
    en: '{subject}: the {what} is {shown}, which no cell can hold; treated as blank. Write a number, a text, or nothing.',
  },
  sectionNotObject: {
    vi: 'Mục "{section}" phải là một đối tượng {mã thành phần: giá trị}; đã bỏ qua.',
    en: 'Section "{section}" must be an object {component id: value}; ignored.',
  },
  benchmarksNotObject: {
    vi: 'Mục "benchmarks" phải là đối tượng {mã chỉ số: {min, max}}; đã bỏ qua.',
    en: 'Section "benchmarks" must be an object {indicator code: {min, max}}; ignored.',
  },
  unknownComponent: {
    vi: 'Mã thành phần "{id}" (mục {section}) không có trong danh mục ấn bản {edition}; đã bỏ qua.',
    en: 'Component id "{id}" (section {section}) is not in the {edition} catalog; ignored.',
  },
  unknownIndicator: {
    vi: 'Mã chỉ số "{code}" (mục benchmarks) không có trong danh mục ấn bản {edition}; đã bỏ qua.',
    en: 'Indicator code "{code}" (benchmarks) is not in the {edition} catalog; ignored.',
  },
  moreUnknownComponents: {
    vi: 'Còn {count} mã thành phần khác (mục {section}) không có trong danh mục ấn bản {edition}; đã bỏ qua.',
    en: '{count, plural, one {# more component id} other {# more component ids}} (section {section}) {count, plural, one {is} other {are}} not in the {edition} catalog; ignored.',
  },
  moreUnknownIndicators: {
    vi: 'Còn {count} mã chỉ số khác (mục {section}) không có trong danh mục ấn bản {edition}; đã bỏ qua.',
    en: '{count, plural, one {# more indicator code} other {# more indicator codes}} (section {section}) {count, plural, one {is} other {are}} not in the {edition} catalog; ignored.',
  },

  // Scoring steps.
  noValueComponents: {
    vi: 'Chỉ số {indicator}: chưa tính được giá trị vì thành phần chưa có số hợp lệ: {names}.',
    en: 'Indicator {indicator}: no value, because {count, plural, one {this component holds} other {these components hold}} no valid number: {names}.',
  },
  noValueDenominator: {
    vi: 'Chỉ số {indicator}: chưa tính được giá trị vì tổng mẫu số ({names}) không lớn hơn 0.',
    en: 'Indicator {indicator}: no value, because the denominator ({names}) does not add up to more than 0.',
  },
  overflowValue: {
    vi: 'Chỉ số {indicator}: giá trị vượt quá giới hạn số của máy tính (số liệu quá lớn); bỏ qua. Kiểm tra đơn vị.',
    en: "Indicator {indicator}: the value overflows the computer's number range (figures too large); left out. Check the units.",
  },
  overflowScore: {
    vi: 'Chỉ số {indicator}: điểm vượt quá giới hạn số của máy tính (số liệu quá lớn); bỏ qua. Kiểm tra đơn vị.',
    en: "Indicator {indicator}: the score overflows the computer's number range (figures too large); left out. Check the units.",
  },
  noScoreMissingDerived: {
    vi: 'Chỉ số {indicator}: giá trị {value} chưa có điểm vì không tính được mốc min/max từ các tỉnh cho chỉ số này.',
    en: 'Indicator {indicator}: value {value} has no score: no min/max could be derived from the provinces for this indicator.',
  },
  noScoreMissingSupplied: {
    vi: 'Chỉ số {indicator}: giá trị {value} chưa có điểm vì chưa nhập mốc min/max cho chỉ số này.',
    en: 'Indicator {indicator}: value {value} has no score: no benchmark min/max was given for this indicator.',
  },
  noScoreDegenerateDerived: {
    vi: 'Chỉ số {indicator}: giá trị {value} chưa có điểm vì các tỉnh đều có cùng giá trị (mốc max bằng min); hãy nhập mốc cho chỉ số này.',
    en: 'Indicator {indicator}: value {value} has no score: every province has the same value (max equals min); supply benchmarks for it.',
  },
  noScoreDegenerateSupplied: {
    vi: 'Chỉ số {indicator}: giá trị {value} chưa có điểm vì mốc max đã nhập không lớn hơn min.',
    en: 'Indicator {indicator}: value {value} has no score: the benchmark max given is not above the min.',
  },
  clamped: {
    vi: 'Chỉ số {indicator}: giá trị {value} nằm ngoài mốc [{min}; {max}], điểm được giới hạn về {to}.',
    en: 'Indicator {indicator}: value {value} lies outside the benchmarks [{min}, {max}]; the score is clamped to {to}.',
  },
  coverage: {
    vi: 'Có điểm {present}/{defined} chỉ số của danh mục; các giá trị trung bình chỉ tính trên chỉ số có điểm.',
    en: '{present}/{defined, plural, one {# catalog indicator} other {# catalog indicators}} scored; means run over scored indicators only.',
  },
  coverageFramework: {
    vi: 'Có điểm {present}/{defined} chỉ số của danh mục ({framework} chỉ số trong toàn bộ khung); các giá trị trung bình chỉ tính trên chỉ số có điểm.',
    en: '{present}/{defined, plural, one {# catalog indicator} other {# catalog indicators}} scored ({framework} in the full framework); means run over scored indicators only.',
  },
  strengthsPeers: {
    vi: 'Điểm mạnh/yếu xếp theo thứ hạng của tỉnh trên từng chỉ số so với các tỉnh được tính cùng.',
    en: "Strengths/weaknesses by the province's rank on each indicator among the provinces scored together.",
  },
  strengthsOwn: {
    vi: 'Không có số liệu các tỉnh khác: điểm mạnh/yếu xếp theo chính điểm các chỉ số của tỉnh, không phải thứ hạng so với các tỉnh.',
    en: "No other provinces' data: strengths/weaknesses rank the province's own indicator scores, not its rank among provinces.",
  },
} satisfies Record<string, Text>;

export type FindingKey = keyof typeof FINDING_TABLE;

/** The findings' table: FINDINGS.text(key, params) gives both languages filled. */
export const FINDINGS = messageTable<FindingKey>(FINDING_TABLE);
