// Template plan figures for `npm run bench`: plan-building time, cells in the plan and bytes of the
// largest block (one range write in an Office JS batch), plus the .xlsx render time, for the 2023
// catalog and a catalog ten times larger. Run by scripts/bench.js (after `npm run build:node`),
// or alone: node lib/scripts/bench/template.js
import '../../src/catalog/editions';
import { builtinCatalog } from '../../src/catalog';
import type { Catalog } from '../../src/catalog/types';
import { blockBytes, buildPlan, scaleCatalog, type WorkbookPlan } from '../../src/plan';
import { writeXlsx } from '../../src/xlsx';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(runs: number, f: () => void): number {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    f();
    ms.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return median(ms);
}

function figures(plan: WorkbookPlan) {
  const blocks = plan.sheets.flatMap((s) => s.blocks);
  const cells = blocks.reduce((n, b) => n + b.rowCount * b.columnCount, 0);
  const formulas = blocks.reduce((n, b) => n + b.cells.flat().filter((c) => c && 'formula' in c).length, 0);
  const largest = blocks.reduce(
    (m, b) => (blockBytes(b) > m.bytes ? { id: b.id, bytes: blockBytes(b) } : m),
    { id: '', bytes: 0 },
  );
  const json = new TextEncoder().encode(JSON.stringify(plan)).length;
  return {
    blocks: blocks.length,
    cells,
    formulas,
    names: plan.names.length,
    validations: plan.sheets.reduce((n, s) => n + s.validations.length, 0),
    largest,
    json,
  };
}

export async function run(): Promise<string[]> {
  const base = builtinCatalog('2023');
  const out: string[] = [];
  const cases: [string, Catalog][] = [
    ['PII 2023', base],
    ['PII 2023 x10', scaleCatalog(base, 10)],
  ];
  for (const [label, catalog] of cases) {
    buildPlan(catalog, { province: 'X', year: 2024, lang: 'vi' }); // warm-up
    const ms = time(label.endsWith('x10') ? 5 : 20, () =>
      buildPlan(catalog, { province: 'X', year: 2024, lang: 'vi' }),
    );
    const plan = buildPlan(catalog, { province: 'X', year: 2024, lang: 'vi' });
    const f = figures(plan);
    const t = process.hrtime.bigint();
    const bytes = (await writeXlsx(plan)).length;
    const xlsxMs = Number(process.hrtime.bigint() - t) / 1e6;
    out.push(
      `${label}: ${catalog.indicators.length} indicators, ${catalog.components.length} components — ` +
        `plan built in ${ms.toFixed(1)} ms (median); ${f.cells} cells in ${f.blocks} blocks (${f.formulas} formulas), ` +
        `${f.names} names, ${f.validations} validations; largest block ${f.largest.id} = ${f.largest.bytes} bytes; ` +
        `plan JSON ${f.json} bytes; .xlsx ${bytes} bytes rendered in ${xlsxMs.toFixed(0)} ms`,
    );
  }
  return out;
}

if (require.main === module) run().then((lines) => console.log(lines.join('\n')));
