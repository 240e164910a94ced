// §4 proof, part 1: the built-in PII 2023 catalog, Vietnamese template. Generated inputs (valid,
// boundary, bad) are written into the .xlsx, recalculated by LibreOffice, and every named computed
// cell is compared with the TypeScript engine (values and scores 1e-9 relative, status cells and
// Kiểm tra rows equal to the engine's findings, no Excel error anywhere).
import { builtinCatalog } from '../../src/catalog';
import { cellChecks } from '../../src/validation';
import { Differential, generateCase, runDifferential, type Profile } from './harness';

const CASES = Number(process.env.PII_DIFF_CASES_2023 ?? 300);
const PROFILES: Profile[] = ['valid', 'boundary', 'bad', 'mixed'];

test(`LibreOffice agrees with the engine on ${CASES} generated inputs (PII 2023, vi)`, async () => {
  const catalog = builtinCatalog('2023');
  const diff = Differential.forCatalog(catalog, 'vi');
  const cases = Array.from({ length: CASES }, (_, i) =>
    generateCase(catalog, 1000 + i, PROFILES[i % PROFILES.length]),
  );
  // The odd values where spreadsheets part ways are in the inputs: logicals, error values (the sheet
  // holds the error itself), the largest and smallest doubles, thousands-dot slips.
  const entered = cases.flatMap((c) => Object.values(c.input.values ?? {}));
  for (const x of [true, false, '#DIV/0!', '#N/A', 1e308, 1e-308, 7.2])
    expect([x, entered.includes(x)]).toEqual([x, true]);
  const stats = await runDifferential(diff, cases);
  console.log(
    `differential 2023/vi: ${stats.cases} cases, ${stats.compared} cells compared, ${stats.scores} indicator scores, ` +
      `rules fired: ${[...stats.rulesFired].sort().join(' ')}; write ${stats.writeMs} ms, LibreOffice ${stats.recalcMs} ms`,
  );
  expect(stats.errorCells).toEqual([]);
  expect(stats.mismatches.slice(0, 20)).toEqual([]);
  expect(stats.compared).toBeGreaterThan(CASES * 300);
  // The generator reaches every kind of check the catalog has, and plenty of real scores.
  const kinds = new Set(cellChecks(catalog).map((c) => c.ruleId.split(':')[0]));
  for (const k of kinds) expect([k, stats.rulesFired.has(k)]).toEqual([k, true]);
  for (const k of ['noValue', 'withheld', 'noScore', 'clamped'])
    expect([k, stats.rulesFired.has(k)]).toEqual([k, true]);
  expect(stats.scores).toBeGreaterThan(CASES * 2);
});
