import { builtinCatalog, type Catalog, type FrameworkCell } from '../../../src/catalog';
import {
  buildPlan,
  frameworkFromGrid,
  parseCell,
  type SheetPlan,
  type WorkbookPlan,
} from '../../../src/plan';

const planOf = (catalog: Catalog, lang: 'vi' | 'en' = 'vi'): WorkbookPlan =>
  buildPlan(catalog, { province: 'Hưng Yên', year: 2024, lang });
const frameworkOf = (plan: WorkbookPlan): SheetPlan => plan.sheets.find((s) => s.key === 'framework')!;

/** The sheet's values, row-major from A1, as a reader (exceljs, Office JS) sees them. */
function gridOf(sheet: SheetPlan): FrameworkCell[][] {
  const grid: FrameworkCell[][] = [];
  for (const b of sheet.blocks)
    b.cells.forEach((row, i) =>
      row.forEach((c, j) => {
        if (c === null) return;
        if ('formula' in c) throw new Error('the framework sheet has no formulas');
        (grid[b.row + i] ??= [])[b.col + j] = c.value;
      }),
    );
  return Array.from(grid, (r) => Array.from(r ?? [], (v) => v ?? null));
}

const rowOf = (grid: FrameworkCell[][], first: FrameworkCell) => grid.findIndex((r) => r[0] === first);
const colOf = (grid: FrameworkCell[][], headerRow: number, header: string) =>
  grid[headerRow].findIndex((v) => v === header);

describe('the framework sheet (Danh mục)', () => {
  test.each([
    ['2023', 'vi'],
    ['2024', 'en'],
    ['2025', 'vi'],
  ] as const)('edition %s (%s): the sheet read back is the catalog', (ed, lang) => {
    const catalog = builtinCatalog(ed);
    const sheet = frameworkOf(planOf(catalog, lang));
    const result = frameworkFromGrid(gridOf(sheet), sheet.name);
    if (!result.ok) throw new Error(result.problems.map((p) => p.cell + p.message).join('\n'));
    expect(result.catalog).toEqual(catalog);
  });

  test('protected, no formulas, its data rows unlocked, one name (its title), codes formatted as text', () => {
    const plan = planOf(builtinCatalog('2023'));
    const sheet = frameworkOf(plan);
    expect(sheet.name).toBe('Danh mục');
    expect(sheet.protection.protected).toBe(true);
    expect(sheet.blocks.flatMap((b) => b.cells.flat()).some((c) => c !== null && 'formula' in c)).toBe(false);
    expect(plan.names.filter((n) => n.sheet === 'framework').map((n) => [n.name, n.address])).toEqual([
      ['PII_meta_framework', '$A$1'],
    ]);
    const grid = gridOf(sheet);
    const r = rowOf(grid, '1.1.1');
    const unlocked = sheet.unlocked.map((a) => a.split(':').map(parseCell));
    expect(unlocked.some(([a, b]) => a.row <= r && r <= b.row && a.col === 0)).toBe(true);
    expect(unlocked.some(([a, b]) => a.row <= 3 && 3 <= (b ?? a).row)).toBe(false); // a title stays locked
    const block = sheet.blocks.find((b) => b.id === 'framework:indicators')!;
    expect(block.numberFormats[r - block.row][0]).toBe('@');
  });

  test('an officer may reorder columns, insert and blank rows, use the other language; edits are read', () => {
    const catalog = builtinCatalog('2023');
    const sheet = frameworkOf(planOf(catalog, 'vi'));
    const grid = gridOf(sheet);
    const head = rowOf(grid, 'Chỉ số thành phần') + 1;
    // swap two columns of the indicators table, header and cells
    const a = colOf(grid, head, 'Tử số (mã thành phần)');
    const b = colOf(grid, head, 'Mẫu số (mã thành phần)');
    for (let r = head; r < grid.length && grid[r][0] !== 'Quy tắc kiểm tra'; r++)
      [grid[r][a], grid[r][b]] = [grid[r][b], grid[r][a]];
    grid[head][colOf(grid, head, 'Hệ số nhân')] = 'Scale'; // the English header is read too
    const r = rowOf(grid, '2.2.2');
    grid[r][b] = 'grdp'; // (the denominator now sits in column a)
    grid[r][a] = 'grdp';
    grid[r][colOf(grid, head, 'Scale')] = 1000;
    grid.splice(r, 0, [], []); // two blank rows inserted
    const result = frameworkFromGrid(grid, sheet.name);
    expect(result.ok).toBe(false); // grdp now on both sides
    if (result.ok) return;
    expect(result.problems.map((p) => p.cell)).toEqual([`'Danh mục'!${String.fromCharCode(65 + a)}${r + 3}`]);
    grid[r + 2][b] = 'st_spending';
    const fixed = frameworkFromGrid(grid, sheet.name);
    if (!fixed.ok) throw new Error(fixed.problems.map((p) => p.cell + p.message).join('\n'));
    expect(fixed.catalog.indicators.find((i) => i.code === '2.2.2')!.formula).toEqual({
      kind: 'ratio',
      numerator: ['st_spending'],
      denominator: ['grdp'],
      scale: 1000,
    });
  });

  test('unknown columns and missing tables are reported at their cells, in both languages', () => {
    const sheet = frameworkOf(planOf(builtinCatalog('2023'), 'en'));
    const grid = gridOf(sheet);
    const head = rowOf(grid, 'Components') + 1;
    grid[head][3] = 'Denominater';
    grid[rowOf(grid, 'Pillars')][0] = 'Pilars';
    const result = frameworkFromGrid(grid, sheet.name);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const lines = result.problems.map((p) => `${p.cell} ${p.message}`);
    expect(lines).toContain(
      `'Framework'!D${head + 1} cột không xác định "Denominater" / unknown column "Denominater"`,
    );
    expect(
      lines.some(
        (l) => l.startsWith("'Framework'!A1 ") && l.includes('"Trụ cột"') && l.includes('"Pillars"'),
      ),
    ).toBe(true);
  });
});
