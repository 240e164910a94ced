// Pure text helpers: where a defined name points, and formula text compared the way Excel shows it.
// No Office calls here, so the integrity check's comparison is unit-tested on plain strings.

export interface SheetCell {
  sheet: string;
  /** A1 without "$", e.g. "C12" or "C12:D14". */
  address: string;
}

/**
 * "='Nhập liệu'!$C$12", "=Results!$B$4", "Sheet 1!A1" -> { sheet, address }. Null for anything
 * else (a constant, "=#REF!", a formula, a reference to another workbook).
 */
export function parseReference(reference: string): SheetCell | null {
  const text = reference.trim().replace(/^=/, '');
  const m = /^(?:'((?:[^']|'')+)'|([^'![\]]+))!(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)$/.exec(
    text,
  );
  if (!m) return null;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? '');
  return { sheet, address: m[3].replace(/\$/g, '').toUpperCase() };
}

/** Splits a formula into string literals (kept as they are) and the code between them. */
function mapOutsideStrings(formula: string, map: (code: string) => string): string {
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const q = formula.indexOf('"', i);
    if (q < 0) {
      out += map(formula.slice(i));
      break;
    }
    out += map(formula.slice(i, q));
    // A literal runs to the next lone quote; "" inside it is an escaped quote.
    let j = q + 1;
    for (;;) {
      const next = formula.indexOf('"', j);
      if (next < 0) {
        j = formula.length;
        break;
      }
      if (formula[next + 1] === '"') {
        j = next + 2;
        continue;
      }
      j = next + 1;
      break;
    }
    out += formula.slice(q, j);
    i = j;
  }
  return out;
}

/**
 * The form two formulas are compared in: leading "=", no whitespace, upper case and no sheet-name
 * quotes outside string literals, numbers in canonical form (Excel shows 0.50 as 0.5, 1E3 as 1000).
 * Plan formulas and formulas read back from Excel normalise to the same text when they mean the same.
 */
export function normaliseFormula(formula: string): string {
  const body = formula.trim().replace(/^=/, '');
  const code = mapOutsideStrings(body, (part) =>
    part
      .replace(/\s+/g, '')
      .replace(/'/g, '')
      .toUpperCase()
      .replace(/(^|[^A-Z0-9_.$])(\d+\.?\d*(?:E[+-]?\d+)?)(?![A-Z0-9_(])/g, (_, lead: string, num: string) => {
        const n = Number(num);
        return lead + (Number.isFinite(n) ? String(n) : num);
      }),
  );
  return `=${code}`;
}

/** True when a cell's content (as `range.formulas` returns it) is a formula. */
export function isFormulaText(content: unknown): content is string {
  return typeof content === 'string' && content.startsWith('=') && content.length > 1;
}
