// A1 addresses. Rows and columns are zero-based everywhere in the plan code.

export function columnLetters(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "C12" */
export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** "$C$12" */
export function absoluteAddress(row: number, col: number): string {
  return `$${columnLetters(col)}$${row + 1}`;
}

/** "A5:H9" (a single cell stays "A5"). */
export function rangeAddress(row: number, col: number, rowCount: number, columnCount: number): string {
  const first = cellAddress(row, col);
  if (rowCount === 1 && columnCount === 1) return first;
  return `${first}:${cellAddress(row + rowCount - 1, col + columnCount - 1)}`;
}

/** "'Nhập liệu'" — always quoted, quotes doubled, as Excel writes a sheet name in a reference. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Parse "$C$12" / "C12" to zero-based row/col. */
export function parseCell(address: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(address);
  if (!m) throw new Error(`not a single-cell address: ${address}`);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}
