// The work behind "Xuất hồ sơ nộp Bộ / Export the submission", loaded only when asked (it brings
// exceljs): read the master's figures and its locked versions (2 syncs), build the package
// (src/collect/package.ts, the same builder as `pii package`), and, when it is complete or the
// officer insists, lay it out for printing and write it as .xlsx bytes for a download. The
// workbook is never written.
import { formatStamp } from '../messages/format';
import type { CellValue } from '../catalog/input';
import type { Catalog, Lang } from '../catalog/types';
import { safeFileName } from '../collect/agency';
import { buildPackage, type SubmissionPackage } from '../collect/package';
import { packageLayout } from '../collect/package-layout';
import type { TemplateStamp, WorkbookPort } from '../excel/port';
import { PACKAGE_PANE_TEXT } from '../messages/collect';
import { messageTable } from '../messages/format';
import { coverText } from '../validation/cover';
import { writePrintBytes } from '../xlsx/print';

export interface PackageFile {
  xlsx: Uint8Array;
  fileName: string;
  /** How many indicators the package holds. */
  indicators: number;
}

const text = (v: CellValue | undefined) => (v === undefined || v === null ? '' : coverText(v).trim());

/**
 * The submission of the workbook behind `port`: its figures (readInput, 1 sync) and locked
 * versions (readVersions, 1 sync) through buildPackage. Province and year are the cover's, as
 * `pii package` reads them (PII_meta_province, PII_meta_year), the stamp's when the cover's are
 * blank or the year is not a year. Rejects with the port's error when a read fails.
 */
export async function preparePackage(
  port: WorkbookPort,
  request: { catalog: Catalog; stamp: TemplateStamp },
): Promise<SubmissionPackage> {
  const input = await port.readInput(request.catalog);
  const versions = await port.readVersions();
  const coverYear = Number(text(input.cover?.year));
  return buildPackage({
    catalog: request.catalog,
    input,
    province: text(input.cover?.province) || request.stamp.province,
    year: Number.isInteger(coverYear) && coverYear > 1900 ? coverYear : request.stamp.year,
    versions,
  });
}

/**
 * The package as a printable .xlsx (package-layout.ts, written by src/xlsx/print.ts): an
 * incomplete package is written only when asked (`force`), and then says INCOMPLETE on its first
 * page and in every page header. Throws when asked to write an incomplete package without force:
 * the refusal is the pane's to show, before this is called.
 */
export async function packageFile(
  pkg: SubmissionPackage,
  options: { lang: Lang; templateVersion: string; force: boolean; now?: Date },
): Promise<PackageFile> {
  if (!pkg.complete && !options.force) throw new Error('packageFile: incomplete package without force');
  const madeAt = formatStamp(options.lang, options.now ?? new Date());
  const doc = packageLayout(pkg, { lang: options.lang, templateVersion: options.templateVersion, madeAt });
  const name = messageTable(PACKAGE_PANE_TEXT).t(options.lang, 'fileName', {
    edition: pkg.edition,
    province: pkg.province,
    year: String(pkg.year),
  });
  return {
    xlsx: await writePrintBytes(doc),
    fileName: `${safeFileName(name)}.xlsx`,
    indicators: pkg.pillars.reduce((n, p) => n + p.indicators.length, 0),
  };
}
