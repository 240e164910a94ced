// The work behind "Nhập tệp của cơ quan / Import agency files" in the progress view, loaded only
// when the officer picks files (it brings exceljs): read each file by its defined names, read the
// master's named figures through the port (1 sync), and let mergeReturns decide. Nothing is
// written here: the pane shows the result, the officer decides each conflict, and Apply writes.
import type { Catalog, Lang } from '../catalog/types';
import {
  mergeReturns,
  type MergeResult,
  type NamedValues,
  type Refusal,
  type ReturnedFile,
} from '../collect/merge';
import { COLLECT_TEXT } from '../messages/collect';
import type { WorkbookPort } from '../excel/port';
import { readNamedValues } from '../xlsx/read-names';

/** A picked file: its name (as the log will show it) and its bytes. */
export interface AgencyFile {
  name: string;
  bytes: ArrayBuffer | Uint8Array;
}

/** What the files would bring, before anything is written. */
export interface ImportPreview {
  /** The master's named figures when the files were read (the "before" of every write). */
  master: NamedValues;
  /** mergeReturns's result with no side preferred: every conflict listed, the master kept. */
  result: MergeResult;
  /** The import's time and id. */
  importedAt: string;
  /** The master's language: the log rows' language, as `pii merge` writes them. */
  lang: Lang;
}

/**
 * Reads `files` and the master's figures and merges them for `catalog` (the master's), stamping
 * `importedAt`. A file that is not an .xlsx is refused with exceljs's reason (after the files
 * mergeReturns refused, as `pii merge` lists them); the others are not affected. Errors: the
 * port's (reading the master).
 */
export async function previewImport(
  port: WorkbookPort,
  catalog: Catalog,
  files: AgencyFile[],
  importedAt: string,
): Promise<ImportPreview> {
  const returned: ReturnedFile[] = [];
  const unreadable: Refusal[] = [];
  for (const f of files) {
    try {
      returned.push({ file: f.name, named: await readNamedValues(f.bytes as ArrayBuffer) });
    } catch (e) {
      unreadable.push({
        file: f.name,
        reason: COLLECT_TEXT.unreadable(e instanceof Error ? e.message : String(e)),
      });
    }
  }
  const master = await port.readNamedFigures(catalog);
  const result = mergeReturns(catalog, master, returned, { importedAt });
  result.refused.push(...unreadable);
  const lang: Lang = master.get('PII_META_LANG') === 'en' ? 'en' : 'vi';
  return { master, result, importedAt, lang };
}
