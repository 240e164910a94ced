// What to type instead, for the text officers most often put where a number belongs. Excel keeps
// such entries as text (it never guesses), so the engine does not coerce them either.
import type { Text } from '../catalog';

export function textHint(raw: string): Text {
  const s = raw.replace(/\u00a0/g, ' ');
  const t = s.trim();
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
    vi: 'Chỉ nhập con số; ghi chú hoặc chú thích hãy đặt ở cột ghi chú.',
    en: 'Type only the number; put notes or footnotes in the notes column.',
  };
}
