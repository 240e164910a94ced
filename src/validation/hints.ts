// What to type instead, for the text officers most often put where a number belongs. Excel keeps
// such entries as text (it never guesses), so the engine does not coerce them either.
import type { Lang, Text } from '../catalog';
import { FINDINGS } from '../messages/findings';
import { formatNumber, LOCALE } from '../messages/format';
import { both } from './format';

/** Excel's error values, as Office JS and exceljs read a cell whose formula fails. */
export const EXCEL_ERROR = /^#(DIV\/0!|N\/A|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/;

/** Where a figure was typed: a workbook cell (Excel) or a data file (JSON, no Excel involved). */
export type FigureSource = 'sheet' | 'file';

/**
 * What to type instead of `raw`, the text found where a number belongs, in the words of where it
 * was typed (`source`, default a workbook cell). Numbers suggested in the officer's format.
 */
export function textHint(raw: string, source: FigureSource = 'sheet'): Text {
  const s = raw.replace(/\u00a0/g, ' ');
  const t = s.trim();
  const file = source === 'file';
  if (EXCEL_ERROR.test(t)) return FINDINGS.text(file ? 'hintErrorValueFile' : 'hintErrorValue', { text: t });
  // A plain number kept as text: pasted from a PDF or a web page, or typed after an apostrophe.
  if (t === s && /^-?\d+(\.\d+)?$/.test(t)) {
    return FINDINGS.text(file ? 'hintNumberAsTextFile' : 'hintNumberAsText', { text: t });
  }
  if (/^[-–—]+$/.test(t) || /^(n\/?a|k\/?c|không|khong|none)$/i.test(t))
    return FINDINGS.text(file ? 'hintNoDataFile' : 'hintNoData');
  if (t !== s && /^-?\d+([.,]\d+)?$/.test(t)) return FINDINGS.text('hintSpaces', { text: t });
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(t) || /^-?\d+,\d+$/.test(t)) {
    const n = t.replace(/\./g, '').replace(',', '.');
    return FINDINGS.text(file ? 'hintVietnameseNotationFile' : 'hintVietnameseNotation', { text: n });
  }
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) {
    return FINDINGS.text('hintThousandsSeparators', { text: t.replace(/,/g, '') });
  }
  // Scientific notation ("1e309", "2,5E+3") is a number, not a number and the unit "e309".
  if (/^-?\d+([.,]\d+)?[eE][+-]?\d+$/.test(t)) {
    const n = Number(t.replace(',', '.'));
    if (!Number.isFinite(n)) {
      return FINDINGS.text('hintTooLarge', {
        text: t,
        limit: both((l) => `${formatNumber(l, 1.8)} × 10^308`),
      });
    }
    const plain = (lang: Lang) =>
      new Intl.NumberFormat(LOCALE[lang], { useGrouping: false, maximumSignificantDigits: 15 }).format(n);
    return FINDINGS.text('hintExponent', { text: both(plain) });
  }
  const withUnit = /^(-?\d+(?:[.,]\d+)?)\s*(\p{L}[\p{L}\d²³/%. ]*)$/u.exec(t);
  if (withUnit) return FINDINGS.text('hintUnitInCell', { number: withUnit[1], unit: withUnit[2] });
  if (/^(true|false|đúng|sai)$/i.test(t)) return FINDINGS.text('hintBoolean');
  return FINDINGS.text(file ? 'hintNotesFile' : 'hintNotes');
}

/**
 * A count typed with a Vietnamese thousands dot in an Excel that reads "." as the decimal point:
 * "7.200" arrives as 7.2. When a positive non-whole value has one to three decimals (so that
 * value x 1,000 is whole), the officer most likely meant value x 1,000. Undefined otherwise.
 */
export function thousandsDotHint(value: number): Text | undefined {
  // Below 1 it is no slip: nobody writes 820 as "0.820".
  if (!(value >= 1) || Number.isInteger(value) || !Number.isFinite(value)) return undefined;
  const meant = Math.round(value * 1000);
  if (meant / 1000 !== value || !Number.isSafeInteger(meant)) return undefined;
  // As typed: the digits after the dot are a group of three ("7.200", not "7.2").
  const typed = new Intl.NumberFormat('en-US', {
    minimumFractionDigits: 3,
    maximumFractionDigits: 3,
    useGrouping: false,
  }).format(value);
  const whole = (lang: Lang) => new Intl.NumberFormat(LOCALE[lang], { useGrouping: false }).format(meant);
  return FINDINGS.text('hintThousandsDot', { typed, meant: both(whole) });
}
