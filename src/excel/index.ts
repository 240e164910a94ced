// The Office JS adapter: the only code in the add-in that touches Excel.* / Office.* at runtime.
export * from './port';
export { createWorkbookPort, defaultSupports, type PortOptions } from './adapter';
export { NOT_CARRIED_SHEET } from './not-carried';
export { connectToExcel } from './host';
