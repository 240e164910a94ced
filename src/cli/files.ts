// Reading the JSON files the commands take, with messages that say which file and what failed.
import { readFileSync } from 'fs';
import { builtinCatalog, builtinEditions, CatalogError, loadCatalog, type Catalog } from '../catalog';
import { CliError, EXIT } from './io';
import type { Flags } from './args';

export function readJsonFile(path: string, what: { vi: string; en: string }): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    throw new CliError({
      vi: `Không đọc được tệp ${what.vi} "${path}" (${code})`,
      en: `Cannot read the ${what.en} file "${path}" (${code})`,
    });
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')); // Notepad on Windows saves a BOM
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw new CliError({
      vi: `Tệp ${what.vi} "${path}" không phải JSON hợp lệ: ${detail}`,
      en: `The ${what.en} file "${path}" is not valid JSON: ${detail}`,
    });
  }
}

function catalogProblems(e: CatalogError, source: string): CliError {
  return new CliError(
    {
      vi: `Danh mục ${source} không hợp lệ (${e.problems.length} lỗi)`,
      en: `The catalog ${source} is invalid (${e.problems.length} problems)`,
    },
    EXIT.failure,
    e.problems.map((p) => `${p.path || '(root)'}: ${p.message}`),
  );
}

/** --catalog FILE or --edition ED (default: the newest built-in edition). */
export function resolveCatalog(flags: Flags): Catalog {
  if (flags.catalog !== undefined && flags.edition !== undefined) {
    throw new CliError(
      {
        vi: 'Chỉ dùng một trong --catalog hoặc --edition',
        en: 'Use either --catalog or --edition, not both',
      },
      EXIT.usage,
    );
  }
  if (typeof flags.catalog === 'string') {
    const json = readJsonFile(flags.catalog, { vi: 'danh mục', en: 'catalog' });
    try {
      return loadCatalog(json);
    } catch (e) {
      if (e instanceof CatalogError) throw catalogProblems(e, `"${flags.catalog}"`);
      throw e;
    }
  }
  const editions = builtinEditions();
  const edition = typeof flags.edition === 'string' ? flags.edition : editions[editions.length - 1];
  if (!editions.includes(edition)) {
    throw new CliError(
      {
        vi: `Không có ấn bản "${edition}" (có: ${editions.join(', ')})`,
        en: `No built-in edition "${edition}" (available: ${editions.join(', ')})`,
      },
      EXIT.usage,
    );
  }
  return builtinCatalog(edition);
}
