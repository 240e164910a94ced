// Connecting to Excel: waiting for Office and running batches through Excel.run, so that the task
// pane's entry point holds no Office JS of its own.
import { createWorkbookPort } from './adapter';
import { whenOfficeReady } from './office-ready';
import type { BatchRunner, WorkbookPort } from './port';

/**
 * Calls `ready` once Office has initialised: with the workbook port inside Excel, with null
 * anywhere else (a plain browser, another host, or office.js unreachable), so the pane can still
 * render and say where to open it.
 */
export function connectToExcel(ready: (port: WorkbookPort | null) => void): void {
  whenOfficeReady((host) =>
    ready(
      host !== null && host === Office.HostType.Excel
        ? createWorkbookPort(excelRunner(), {
            runWith: (context, batch) => Excel.run(context, batch),
          })
        : null,
    ),
  );
}

/**
 * Excel.run, waiting while the officer is editing a cell (ExcelApi 1.11, RunOptions.delayForCellEdit)
 * instead of failing the whole request with InvalidOperation; plain Excel.run on older hosts.
 */
export function excelRunner(): BatchRunner {
  const waits = Office.context.requirements.isSetSupported('ExcelApi', '1.11');
  return waits ? (batch) => Excel.run({ delayForCellEdit: true }, batch) : (batch) => Excel.run(batch);
}
