// Bench of the Office JS writer on the workbook double: syncs per load, cells written, bytes of the
// largest request, wall time, for the 2023 catalog and a catalog ten times larger, on a fresh
// workbook and reloaded over one that already holds data. Run by scripts/bench.js (after
// `npm run build:node`), or alone: node lib/scripts/bench/office-writer.js
import '../../src/catalog/editions';
import { builtinCatalog } from '../../src/catalog';
import type { Catalog } from '../../src/catalog/types';
import { WorkbookDouble } from '../../src/dev/workbook-double';
import { createWorkbookPort } from '../../src/excel';
import { buildPlan, scaleCatalog } from '../../src/plan';
import type { BatchRunner, TemplateOptions } from '../../src/excel/port';

export interface WriterFigures {
  catalog: string;
  indicators: number;
  scenario: 'fresh' | 'reload';
  syncs: number;
  cellsWritten: number;
  largestRequestBytes: number;
  /** Wall time of the whole load (plan building included), and of building the plan alone. */
  ms: number;
  planMs: number;
}

const runner = (book: WorkbookDouble): BatchRunner => ((batch) => book.run(batch)) as BatchRunner;

/** Fills every input name of the catalog with a value, as an officer would (one batch). */
async function typeInputs(book: WorkbookDouble, catalog: Catalog): Promise<void> {
  await book.run(async (context) => {
    const names = context.workbook.names;
    catalog.components.forEach((c, i) => {
      names.getItem(`PII_in_${c.id}`).getRange().values = [[i + 1]];
    });
    await context.sync();
  });
}

async function measure(
  label: string,
  catalog: Catalog,
  scenario: 'fresh' | 'reload',
): Promise<WriterFigures> {
  const book = new WorkbookDouble({ apiVersion: '1.8' });
  const port = createWorkbookPort(runner(book), {
    isSetSupported: (set, version) => book.isSetSupported(set, version),
  });
  const options: TemplateOptions = { catalog, province: 'Bắc Ninh', year: 2024, lang: 'vi' };
  if (scenario === 'reload') {
    await port.loadTemplate(options);
    await typeInputs(book, catalog);
  }
  const before = { syncs: book.syncCount, cells: book.cellsWritten };
  book.largestRequestBytes = 0;
  const start = process.hrtime.bigint();
  await port.loadTemplate(options);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const planStart = process.hrtime.bigint();
  buildPlan(catalog, { province: options.province, year: options.year, lang: options.lang });
  const planMs = Number(process.hrtime.bigint() - planStart) / 1e6;
  return {
    catalog: label,
    indicators: catalog.indicators.length,
    scenario,
    syncs: book.syncCount - before.syncs,
    cellsWritten: book.cellsWritten - before.cells,
    largestRequestBytes: book.largestRequestBytes,
    ms: Math.round(ms * 10) / 10,
    planMs: Math.round(planMs * 10) / 10,
  };
}

export async function officeWriterFigures(): Promise<WriterFigures[]> {
  const base = builtinCatalog('2023');
  const ten = scaleCatalog(base, 10);
  await measure('warm-up', base, 'fresh'); // JIT warm-up, not reported
  const out: WriterFigures[] = [];
  for (const [label, catalog] of [
    ['2023', base],
    ['2023 x10', ten],
  ] as const) {
    for (const scenario of ['fresh', 'reload'] as const) out.push(await measure(label, catalog, scenario));
  }
  return out;
}

export function formatFigures(rows: WriterFigures[]): string {
  const head =
    'Office JS writer on the workbook double (ExcelApi 1.8)\n' +
    '  catalog   | ind. | load   | syncs | cells written | largest request | load time | plan build';
  const lines = rows.map(
    (r) =>
      `  ${r.catalog.padEnd(9)} | ${String(r.indicators).padStart(4)} | ${r.scenario.padEnd(6)} | ${String(r.syncs).padStart(5)} | ` +
      `${String(r.cellsWritten).padStart(13)} | ${(r.largestRequestBytes / 1024).toFixed(1).padStart(11)} KiB | ` +
      `${r.ms.toFixed(1).padStart(6)} ms | ${r.planMs.toFixed(1).padStart(7)} ms`,
  );
  return [head, ...lines].join('\n');
}

export async function run(): Promise<WriterFigures[]> {
  const rows = await officeWriterFigures();
  console.log(formatFigures(rows));
  return rows;
}

if (require.main === module) {
  run().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
