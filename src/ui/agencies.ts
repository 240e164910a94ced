// The work behind "Sổ của cơ quan / Agency workbook" in the progress view, loaded only when asked
// (it brings exceljs): read the master's figures and cover (1 sync), build that agency's
// workbook filled with them, and open it as a new workbook; the bytes stay for a download.
import type { CellValue } from '../catalog/input';
import type { Catalog, Lang } from '../catalog/types';
import { readDeadline } from '../collect/progress';
import { agencyWorkbook } from '../collect/agency-workbook';
import type { OpenWorkbookResult, WorkbookPort } from '../excel/port';
import { coverText } from '../validation/cover';
import { writeXlsxBytes } from '../xlsx/write';

export interface AgencyWorkbookResult {
  xlsx: Uint8Array;
  fileName: string;
  filled: number;
  opened: OpenWorkbookResult;
}

/** `province` and `year` are the template's (its stamp); deadline and contact come from the cover. */
export async function openAgencyWorkbook(
  port: WorkbookPort,
  request: { catalog: Catalog; agency: string; province: string; year: number; lang: Lang },
): Promise<AgencyWorkbookResult> {
  const input = await port.readInput(request.catalog);
  const text = (v: CellValue | undefined) => (v === undefined || v === null ? '' : coverText(v));
  // An Excel date in the deadline cell goes to the agency's cover as a date, not a serial number.
  const deadline = input.cover?.deadline;
  const deadlineText =
    typeof deadline === 'number' ? (readDeadline(deadline, new Date())?.date ?? '') : text(deadline);
  const made = agencyWorkbook(request.catalog, request.agency, input, {
    province: request.province,
    year: request.year,
    lang: request.lang,
    collection: { deadline: deadlineText, contact: text(input.cover?.contact) },
  });
  const xlsx = await writeXlsxBytes(made.plan);
  const opened = await port.openWorkbook(xlsx);
  return { xlsx, fileName: `${made.baseName}.xlsx`, filled: made.filled, opened };
}
