import { frameworkProblemLine, type Catalog } from '../catalog';
import { FRAMEWORK_SHEET_NAMES, frameworkFromGrid } from '../plan';
import { readSheetGrid } from '../xlsx';
import { parseFlags, type Flags } from './args';
import type { Command } from './command';
import { resolveCatalog } from './files';
import { formatCatalog } from './format-catalog';
import { CliError, EXIT, line } from './io';

/** The catalog of a workbook's Danh mục / Framework sheet, through the same loader. */
async function workbookCatalog(file: string): Promise<Catalog> {
  const { vi, en } = FRAMEWORK_SHEET_NAMES;
  let sheet;
  try {
    sheet = await readSheetGrid(file, [vi, en]);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw new CliError({
      vi: `Không đọc được sổ tính "${file}": ${detail}`,
      en: `Cannot read the workbook "${file}": ${detail}`,
    });
  }
  if (!sheet) {
    throw new CliError({
      vi: `Sổ tính "${file}" không có sheet "${vi}" hoặc "${en}" (mẫu tạo trước phiên bản 1.1.0?)`,
      en: `The workbook "${file}" has no sheet "${vi}" or "${en}" (a template older than version 1.1.0?)`,
    });
  }
  const result = frameworkFromGrid(sheet.grid, sheet.name);
  if (result.ok) return result.catalog;
  throw new CliError(
    {
      vi: `Danh mục trong sheet "${sheet.name}" của "${file}" không hợp lệ (${result.problems.length} lỗi); chưa áp dụng gì`,
      en: `The framework on sheet "${sheet.name}" of "${file}" is invalid (${result.problems.length} problems); nothing applied`,
    },
    EXIT.failure,
    result.problems.map(frameworkProblemLine),
  );
}

export const catalogCommand: Command = {
  name: 'catalog',
  usage: 'pii catalog [--edition 2023 | --catalog C.json | --workbook FILE.xlsx] [--json]',
  summary: {
    vi: 'In danh mục chỉ số của một ấn bản, hoặc đọc và kiểm tra sheet Danh mục của một sổ tính',
    en: "Print an edition's indicator catalog, or read and check a workbook's Framework sheet",
  },
  async run(argv, io) {
    const flags: Flags = parseFlags(argv, {
      edition: 'string',
      catalog: 'string',
      workbook: 'string',
      json: 'boolean',
    });
    if (flags.workbook !== undefined && (flags.catalog !== undefined || flags.edition !== undefined)) {
      throw new CliError(
        {
          vi: 'Chỉ dùng một trong --workbook, --catalog hoặc --edition',
          en: 'Use one of --workbook, --catalog or --edition',
        },
        EXIT.usage,
      );
    }
    const catalog =
      typeof flags.workbook === 'string' ? await workbookCatalog(flags.workbook) : resolveCatalog(flags);
    const text = flags.json ? [JSON.stringify(catalog, null, 2)] : formatCatalog(catalog);
    text.forEach((s) => line(io.stdout, s));
    return EXIT.ok;
  },
};
