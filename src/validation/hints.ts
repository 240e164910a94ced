// What to type instead, for the text officers most often put where a number belongs. Excel keeps
// such entries as text (it never guesses), so the engine does not coerce them either.
import type { Text } from '../catalog';

/** Excel's error values, as Office JS and exceljs read a cell whose formula fails. */
export const EXCEL_ERROR = /^#(DIV\/0!|N\/A|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/;

export function textHint(raw: string): Text {
  const s = raw.replace(/\u00a0/g, ' ');
  const t = s.trim();
  if (EXCEL_ERROR.test(t)) {
    return {
      vi: `Ô đang chứa một công thức bị lỗi (${t}); hãy xóa công thức và nhập chính con số.`,
      en: `The cell holds a formula that fails (${t}); delete the formula and type the figure itself.`,
    };
  }
  // A plain number kept as text: pasted from a PDF or a web page, or typed after an apostrophe.
  if (t === s && /^-?\d+(\.\d+)?$/.test(t)) {
    return {
      vi: `Excel đang giữ ${t} ở dạng chữ (do dán từ PDF, web hoặc gõ sau dấu nháy '): gõ lại ${t} không có dấu nháy, hoặc chọn ô rồi dùng "Convert to Number".`,
      en: `Excel holds ${t} as text (pasted from a PDF or a web page, or typed after an apostrophe '): retype ${t} without the apostrophe, or select the cell and use "Convert to Number".`,
    };
  }
  if (/^[-–—]+$/.test(t) || /^(n\/?a|k\/?c|không|khong|none)$/i.test(t)) {
    return {
      vi: 'Nếu không có số liệu hãy để trống; nếu số liệu bằng không hãy nhập 0.',
      en: 'Leave the cell blank if there is no data; type 0 if the figure is zero.',
    };
  }
  if (t !== s && /^-?\d+([.,]\d+)?$/.test(t)) {
    return { vi: `Xóa khoảng trắng thừa: nhập ${t}.`, en: `Remove the extra spaces: type ${t}.` };
  }
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(t) || /^-?\d+,\d+$/.test(t)) {
    const n = t.replace(/\./g, '').replace(',', '.');
    return {
      vi: `Có vẻ là số viết theo kiểu Việt Nam; Excel đang hiểu là chữ. Nhập không có dấu phân cách hàng nghìn và dùng dấu thập phân của máy (ví dụ ${n}).`,
      en: `Looks like a number in Vietnamese notation, which this Excel reads as text. Type it without thousands separators, using your Excel's decimal separator (e.g. ${n}).`,
    };
  }
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) {
    const n = t.replace(/,/g, '');
    return {
      vi: `Bỏ dấu phân cách hàng nghìn: nhập ${n}.`,
      en: `Drop the thousands separators: type ${n}.`,
    };
  }
  // Scientific notation ("1e309", "2,5E+3") is a number, not a number and the unit "e309".
  if (/^-?\d+([.,]\d+)?[eE][+-]?\d+$/.test(t)) {
    const n = Number(t.replace(',', '.'));
    if (!Number.isFinite(n)) {
      return {
        vi: `${t} lớn hơn mức Excel và máy tính biểu diễn được (khoảng 1,8 × 10^308): kiểm tra lại số và đơn vị của dòng này.`,
        en: `${t} is beyond what Excel and a computer can hold (about 1.8 × 10^308): check the figure and this row's unit.`,
      };
    }
    const plain = (locale: string) =>
      new Intl.NumberFormat(locale, { useGrouping: false, maximumSignificantDigits: 15 }).format(n);
    return {
      vi: `Nhập số ở dạng thường, không ở dạng lũy thừa: ${plain('vi-VN')}.`,
      en: `Type the number in plain digits, not in exponent form: ${plain('en-US')}.`,
    };
  }
  const withUnit = /^(-?\d+(?:[.,]\d+)?)\s*(\p{L}[\p{L}\d²³/%. ]*)$/u.exec(t);
  if (withUnit) {
    return {
      vi: `Chỉ nhập con số (${withUnit[1]}) theo đơn vị của dòng này; không ghi đơn vị "${withUnit[2]}" trong ô.`,
      en: `Type only the number (${withUnit[1]}) in this row's unit; do not write the unit "${withUnit[2]}" in the cell.`,
    };
  }
  if (/^(true|false|đúng|sai)$/i.test(t)) {
    return {
      vi: 'Ô này cần một con số, không phải giá trị đúng/sai.',
      en: 'This cell needs a number, not TRUE/FALSE.',
    };
  }
  return {
    vi: 'Chỉ nhập con số; ghi chú hoặc chú thích hãy ghi vào ô "Minh chứng" của dòng này.',
    en: 'Type only the number; put a note or footnote in this row\'s "Evidence" cell.',
  };
}

/**
 * A count typed with a Vietnamese thousands dot in an Excel that reads "." as the decimal point:
 * "7.200" arrives as 7.2. When a positive non-whole value has one to three decimals (so that
 * value x 1,000 is whole), the officer most likely meant value x 1,000. Undefined otherwise.
 */
export function thousandsDotHint(value: number): Text | undefined {
  if (!(value > 0) || Number.isInteger(value) || !Number.isFinite(value)) return undefined;
  const meant = Math.round(value * 1000);
  if (meant / 1000 !== value || !Number.isSafeInteger(meant)) return undefined;
  // As typed: the digits after the dot are a group of three ("7.200", not "7.2").
  const typed = new Intl.NumberFormat('en-US', {
    minimumFractionDigits: 3,
    maximumFractionDigits: 3,
    useGrouping: false,
  }).format(value);
  const whole = (locale: string) => new Intl.NumberFormat(locale, { useGrouping: false }).format(meant);
  return {
    vi: `${typed}: có phải ý bạn là ${whole('vi-VN')}? (dấu chấm hàng nghìn)`,
    en: `${typed}: did you mean ${whole('en-US')}? (thousands dot)`,
  };
}
