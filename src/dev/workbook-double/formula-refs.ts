import { MAX_COLUMNS, MAX_ROWS, columnIndex, columnLetters } from './address';

// An A1 cell reference not glued to a name or a function call (LOG10( is a function).
const CELL_REF = /(?<![A-Za-z0-9_.])(\$?)([A-Za-z]{1,3})(\$?)([0-9]+)(?![A-Za-z0-9_.(])/g;

/**
 * Moves the relative parts of the A1 references in a formula, as Excel does when one
 * formula is entered into a whole range at once (Ctrl+Enter / a scalar `formulas` write).
 * String literals and quoted sheet names are left untouched.
 */
export function shiftFormula(formula: string, rowDelta: number, columnDelta: number): string {
  if (rowDelta === 0 && columnDelta === 0) return formula;
  return splitLiterals(formula)
    .map((segment) => (segment.literal ? segment.text : shiftSegment(segment.text, rowDelta, columnDelta)))
    .join('');
}

function shiftSegment(text: string, rowDelta: number, columnDelta: number): string {
  return text.replace(
    CELL_REF,
    (whole: string, colAbs: string, letters: string, rowAbs: string, digits: string) => {
      const column = columnIndex(letters);
      const row = Number(digits) - 1;
      if (column < 0 || row < 0 || row >= MAX_ROWS) return whole; // not a reference, e.g. a long name
      const newColumn = colAbs ? column : column + columnDelta;
      const newRow = rowAbs ? row : row + rowDelta;
      if (newColumn < 0 || newColumn >= MAX_COLUMNS || newRow < 0 || newRow >= MAX_ROWS) return '#REF!';
      return `${colAbs}${columnLetters(newColumn)}${rowAbs}${newRow + 1}`;
    },
  );
}

function splitLiterals(formula: string): Array<{ text: string; literal: boolean }> {
  const segments: Array<{ text: string; literal: boolean }> = [];
  let plain = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula.charAt(i);
    if (ch === '"' || ch === "'") {
      // Doubled quotes escape themselves inside both string literals and sheet names.
      let j = i + 1;
      while (j < formula.length) {
        if (formula.charAt(j) === ch) {
          if (formula.charAt(j + 1) === ch) j += 2;
          else break;
        } else j += 1;
      }
      if (plain) segments.push({ text: plain, literal: false });
      plain = '';
      segments.push({ text: formula.slice(i, j + 1), literal: true });
      i = j + 1;
    } else {
      plain += ch;
      i += 1;
    }
  }
  if (plain) segments.push({ text: plain, literal: false });
  return segments;
}
