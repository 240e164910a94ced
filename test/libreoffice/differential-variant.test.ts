// §4 proof, part 2: the English template of a catalog where every other indicator is
// lower-is-better (the 2023 edition has none), plus a negative control showing the comparison
// does catch a wrong formula.
import { builtinCatalog } from '../../src/catalog';
import type { WorkbookPlan } from '../../src/plan';
import { Differential, generateCase, runDifferential, withLowerIsBetter, type Profile } from './harness';

const CASES = Number(process.env.PII_DIFF_CASES_VARIANT ?? 220);
const PROFILES: Profile[] = ['mixed', 'valid', 'bad', 'boundary'];

test(`LibreOffice agrees with the engine on ${CASES} generated inputs (lower-is-better variant, en)`, async () => {
  const catalog = withLowerIsBetter(builtinCatalog('2023'));
  const diff = Differential.forCatalog(catalog, 'en');
  expect(diff.plan.sheets.map((s) => s.name)).toEqual([
    'Guide',
    'Data entry',
    'Benchmarks',
    'Results',
    'Checks',
    'Framework',
  ]);
  const cases = Array.from({ length: CASES }, (_, i) =>
    generateCase(catalog, 50000 + i, PROFILES[i % PROFILES.length]),
  );
  const stats = await runDifferential(diff, cases);
  console.log(
    `differential variant/en: ${stats.cases} cases, ${stats.compared} cells compared, ${stats.scores} indicator scores; ` +
      `write ${stats.writeMs} ms, LibreOffice ${stats.recalcMs} ms`,
  );
  expect(stats.errorCells).toEqual([]);
  expect(stats.mismatches.slice(0, 20)).toEqual([]);
  expect(stats.compared).toBeGreaterThan(CASES * 300);
  expect(stats.scores).toBeGreaterThan(CASES * 2);
});

test('negative control: a score formula off by a factor is caught', async () => {
  const catalog = builtinCatalog('2023');
  const good = Differential.forCatalog(catalog, 'vi');
  const broken: WorkbookPlan = JSON.parse(JSON.stringify(good.plan));
  for (const sheet of broken.sheets)
    for (const block of sheet.blocks)
      for (const row of block.cells)
        row.forEach((cell, i) => {
          if (cell && 'formula' in cell && cell.formula.includes('*100)),""'))
            row[i] = { formula: cell.formula.replace('*100)),""', '*99)),""') };
        });
  const diff = new Differential(catalog, broken);
  const cases = Array.from({ length: 8 }, (_, i) => generateCase(catalog, 7 + i, 'valid'));
  const stats = await runDifferential(diff, cases);
  expect(stats.mismatches.some((m) => m.name.startsWith('PII_score_'))).toBe(true);
});
