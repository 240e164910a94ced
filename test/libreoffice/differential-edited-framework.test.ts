// §4 proof on a framework an officer edited on the Danh mục sheet (issue 10 §2's examples): the
// 2023 edition's framework sheet is read back, edited cell by cell (a denominator, a scale, a new
// indicator with its components, 4-star OCOP products only, a renamed sub-pillar), turned into a
// catalog by the same reader as "Apply framework", and its template recalculated by LibreOffice
// must agree with the engine on generated inputs.
import {
  builtinCatalog,
  frameworkTable,
  type Catalog,
  type FrameworkCell,
  type FrameworkTableKey,
} from '../../src/catalog';
import { buildPlan, frameworkFromGrid, readFrameworkGrid, type SheetPlan } from '../../src/plan';
import { Differential, generateCase, runDifferential, type Profile } from './harness';

const CASES = Number(process.env.PII_DIFF_CASES_EDITED ?? 80);
const PROFILES: Profile[] = ['mixed', 'valid', 'bad', 'boundary'];

/** The framework sheet's values as the template writes them, row-major from A1. */
function gridOf(sheet: SheetPlan): FrameworkCell[][] {
  const grid: FrameworkCell[][] = [];
  for (const b of sheet.blocks)
    b.cells.forEach((row, i) =>
      row.forEach((c, j) => {
        (grid[b.row + i] ??= [])[b.col + j] = c !== null && 'value' in c ? c.value : null;
      }),
    );
  return Array.from(grid, (r) => Array.from(r ?? [], (v) => v ?? null));
}

/** The officer's edits, typed into the sheet's cells (located by the tables' own titles and headers). */
function editedFramework(): Catalog {
  const catalog = builtinCatalog('2023');
  const plan = buildPlan(catalog, { province: 'Bắc Ninh', year: 2024, lang: 'vi' });
  const sheet = plan.sheets.find((s) => s.key === 'framework')!;
  const grid = gridOf(sheet);
  // Where each table's rows sit: a table's first data row follows its title and header rows.
  const titleRow = (table: FrameworkTableKey) => {
    const read = readFrameworkGrid(grid, sheet.name);
    const cell = read.locate({ table, row: 0 });
    return Number(/(\d+)$/.exec(cell)![1]) - 1;
  };
  const column = (table: FrameworkTableKey, key: string) =>
    frameworkTable(table).columns.findIndex((c) => c.key === key);
  const rowOf = (table: FrameworkTableKey, first: string) => {
    for (let r = titleRow(table); r < grid.length; r++) if (grid[r][0] === first) return r;
    throw new Error(`${table} has no row ${first}`);
  };
  const set = (table: FrameworkTableKey, first: string, key: string, v: FrameworkCell) => {
    grid[rowOf(table, first)][column(table, key)] = v;
  };
  /** A new row in the table's first blank spare row, copied from `like` and changed. */
  const add = (table: FrameworkTableKey, like: string, changes: Record<string, FrameworkCell>) => {
    const source = grid[rowOf(table, like)];
    let r = rowOf(table, like);
    while (grid[r].some((v) => v !== null && v !== '')) r++;
    grid[r] = [...source];
    for (const [key, v] of Object.entries(changes)) grid[r][column(table, key)] = v;
  };

  set('indicators', '2.2.2', 'denominator', 'grdp'); // change a denominator
  set('indicators', '2.2.2', 'scale', 1000); // and its scale
  set('subPillars', '2.1', 'name_vi', 'Giáo dục và đào tạo'); // rename a sub-pillar
  // Count only OCOP products of 4 stars and above: a new component replaces the old one.
  add('components', 'ocop_products', {
    id: 'ocop_products_4star',
    name_vi: 'Số sản phẩm OCOP từ 4 sao',
    name_en: 'OCOP products of 4 stars and above',
  });
  set('indicators', '7.1.2', 'numerator', 'ocop_products_4star');
  // A new indicator with its own component, in sub-pillar 5.2.
  add('components', 'research_collabs', {
    id: 'tech_transfer_contracts',
    name_vi: 'Số hợp đồng chuyển giao công nghệ',
    name_en: 'Technology transfer contracts',
  });
  add('indicators', '5.2.1', {
    code: '5.2.9',
    name_vi: 'Hợp đồng chuyển giao công nghệ trên 100 doanh nghiệp',
    name_en: 'Technology transfer contracts per 100 enterprises',
    value: null, // 5.2.1 is a direct value; the new one is a ratio
    numerator: 'tech_transfer_contracts',
    denominator: 'active_enterprises',
    scale: 100,
  });

  const result = frameworkFromGrid(grid, sheet.name);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.cell}: ${p.message}`).join('\n'));
  return result.catalog;
}

test(`LibreOffice agrees with the engine on ${CASES} generated inputs (a framework edited on its sheet)`, async () => {
  const catalog = editedFramework();
  // The edits are there: the proof is about the edited framework, not the built-in one.
  const ind = (code: string) => catalog.indicators.find((i) => i.code === code)!;
  expect(ind('2.2.2').formula).toMatchObject({ denominator: ['grdp'], scale: 1000 });
  expect(ind('7.1.2').formula).toMatchObject({ numerator: ['ocop_products_4star'] });
  expect(ind('5.2.9').formula).toMatchObject({ numerator: ['tech_transfer_contracts'], scale: 100 });
  expect(catalog.subPillars.find((s) => s.code === '2.1')!.name.vi).toBe('Giáo dục và đào tạo');
  expect(catalog.indicators).toHaveLength(builtinCatalog('2023').indicators.length + 1);

  const diff = Differential.forCatalog(catalog, 'vi');
  const cases = Array.from({ length: CASES }, (_, i) =>
    generateCase(catalog, 90000 + i, PROFILES[i % PROFILES.length]),
  );
  const stats = await runDifferential(diff, cases);
  console.log(
    `differential edited framework: ${stats.cases} cases, ${stats.compared} cells compared, ${stats.scores} indicator scores; ` +
      `write ${stats.writeMs} ms, LibreOffice ${stats.recalcMs} ms`,
  );
  expect(stats.errorCells).toEqual([]);
  expect(stats.mismatches.slice(0, 20)).toEqual([]);
  expect(stats.compared).toBeGreaterThan(CASES * 300);
  expect(stats.scores).toBeGreaterThan(CASES * 2);
  // The new and edited indicators were scored in LibreOffice too, not only compared as blanks.
  expect(stats.scoredCodes).toEqual(expect.arrayContaining(['2.2.2', '5.2.9', '7.1.2']));
});
