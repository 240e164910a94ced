import { frameworkProblemLine, type Catalog } from '../catalog';
import { FRAMEWORK_SHEET_NAMES, frameworkFromGrid } from '../plan';
import { parseFlags, type Flags } from './args';
import type { Command } from './command';
import { resolveCatalog } from './files';
import { formatCatalog } from './format-catalog';
import { CliError, EXIT, line } from './io';
import { message } from './messages';

/** The catalog of a workbook's Danh mục / Framework sheet, through the same loader. */
async function workbookCatalog(file: string): Promise<Catalog> {
  const { vi, en } = FRAMEWORK_SHEET_NAMES;
  let sheet;
  try {
    // exceljs is loaded here, not at startup: the other commands do not pay for it.
    const { readSheetGrid } = await import('../xlsx');
    sheet = await readSheetGrid(file, [vi, en]);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw new CliError(message('workbookUnreadable', { file, detail }));
  }
  if (!sheet) throw new CliError(message('workbookNoFramework', { file, vi, en }));
  const result = frameworkFromGrid(sheet.grid, sheet.name);
  if (result.ok) return result.catalog;
  throw new CliError(
    message('frameworkInvalid', { sheet: sheet.name, file, count: result.problems.length }),
    EXIT.failure,
    result.problems.map(frameworkProblemLine),
  );
}

export const catalogCommand: Command = {
  name: 'catalog',
  usage: 'pii catalog [--edition 2025 | --catalog C.json | --workbook FILE.xlsx] [--json]',
  summary: message('summaryCatalog'),
  async run(argv, io) {
    const flags: Flags = parseFlags(argv, {
      edition: 'string',
      catalog: 'string',
      workbook: 'string',
      json: 'boolean',
    });
    if (flags.workbook !== undefined && (flags.catalog !== undefined || flags.edition !== undefined)) {
      throw new CliError(message('catalogSourceOne'), EXIT.usage);
    }
    const catalog =
      typeof flags.workbook === 'string' ? await workbookCatalog(flags.workbook) : resolveCatalog(flags);
    const text = flags.json ? [JSON.stringify(catalog, null, 2)] : formatCatalog(catalog);
    text.forEach((s) => line(io.stdout, s));
    return EXIT.ok;
  },
};
