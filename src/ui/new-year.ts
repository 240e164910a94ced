// The work behind "Năm báo cáo mới / New reporting year", loaded only when asked (it brings
// exceljs): read this workbook's figures (1 sync), build next year's template with them as its
// previous-year column, write it as .xlsx bytes and open it as a new workbook. This workbook is
// never written: it stays the record of its year.
import type { Catalog, Lang } from '../catalog/types';
import type { OpenWorkbookResult, WorkbookPort } from '../excel/port';
import type { PreviousNote } from '../catalog/previous';
import { safeFileName } from '../collect/agency';
import { newYearPlan } from '../plan/new-year';
import { writeXlsxBytes } from '../xlsx/write';

export interface NewYearRequest {
  /** The catalog this workbook's template was built from (its figures' component ids). */
  own: Catalog;
  /** The edition chosen for the new year. */
  catalog: Catalog;
  province: string;
  /** The new reporting year (this workbook's year + 1). */
  year: number;
  lang: Lang;
}

export interface NewYearResult {
  xlsx: Uint8Array;
  fileName: string;
  carried: number;
  notes: PreviousNote[];
  opened: OpenWorkbookResult;
}

/** File names officers recognise, legal on Windows, Mac and the web (the agencies' rule). */
const fileNameOf = (r: NewYearRequest) =>
  `${safeFileName(`PII ${r.catalog.edition} - ${r.province} - ${r.year}`)}.xlsx`;

/** Builds next year's workbook from this one's figures and opens it; see NewYearResult. */
export async function startNewYear(port: WorkbookPort, request: NewYearRequest): Promise<NewYearResult> {
  const input = await port.readInput(request.own);
  const label = `${request.province} ${request.year - 1}`;
  const { plan, carried, notes } = newYearPlan(
    request.catalog,
    input,
    { province: request.province, year: request.year, lang: request.lang },
    label,
  );
  const xlsx = await writeXlsxBytes(plan);
  const opened = await port.openWorkbook(xlsx);
  return { xlsx, fileName: fileNameOf(request), carried, notes, opened };
}

/** Offers bytes as a file download (the fallback where a new workbook cannot be opened). */
export function downloadFile(bytes: Uint8Array, fileName: string): void {
  const blob = new Blob([new Uint8Array(bytes)], {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
