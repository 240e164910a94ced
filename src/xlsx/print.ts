// Render a printable document (src/collect/package-layout.ts) to .xlsx with exceljs. A shell: the
// layout, page setup and texts are decided by the document; this only spells them in OOXML.
import ExcelJS from 'exceljs';
import type { HeaderFooter, PrintDocument, PrintSheet } from '../collect/package-layout';
import { quoteSheet, absoluteAddress } from '../plan/a1';
import { applyStyle } from './write';

/** OOXML paper size codes (ECMA-376 §18.3.1.63). */
const PAPER: Record<PrintSheet['paper'], number> = { A4: 9 };

/** Header/footer codes: "&" doubled, then the page number and count fields, per section. */
function headerCodes(h: HeaderFooter): string {
  const part = (s: string) =>
    s
      .replace(/&/g, '&&')
      .replace(/\{page\}/g, '&P')
      .replace(/\{pages\}/g, '&N');
  return [h.left && `&L${part(h.left)}`, h.center && `&C${part(h.center)}`, h.right && `&R${part(h.right)}`]
    .filter(Boolean)
    .join('');
}

function writeSheet(wb: ExcelJS.Workbook, sheet: PrintSheet): void {
  const [first, last] = sheet.titleRows;
  const ws = wb.addWorksheet(sheet.name, {
    pageSetup: {
      paperSize: PAPER[sheet.paper] as ExcelJS.PageSetup['paperSize'],
      orientation: sheet.orientation,
      fitToPage: sheet.fitToWidth,
      fitToWidth: 1,
      // 0: as many pages down as the rows need.
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
      printTitlesRow: `${first + 1}:${last + 1}`,
    },
    headerFooter: {
      oddHeader: headerCodes(sheet.header),
      oddFooter: headerCodes(sheet.footer),
    } as ExcelJS.HeaderFooter,
  });
  sheet.columns.forEach((width, i) => (ws.getColumn(i + 1).width = width));
  sheet.rows.forEach((row, r) => {
    const xrow = ws.getRow(r + 1);
    if (row.height) xrow.height = row.height;
    row.cells.forEach((c, col) => {
      if (!c) return;
      const cell = xrow.getCell(col + 1);
      if (c.value !== null) cell.value = c.value;
      if (c.format) cell.numFmt = c.format;
      // Text stays text: "1,5" or "0012" typed in the master must print as typed.
      else if (typeof c.value === 'string') cell.numFmt = '@';
      if (c.style) applyStyle(cell, sheet.styles[c.style]);
    });
    for (const [from, to] of row.merges ?? []) if (to > from) ws.mergeCells(r + 1, from + 1, r + 1, to + 1);
  });
  // exceljs puts a break after a row: the row before each page's first one.
  for (const r of sheet.breaksBefore) if (r > 0) ws.getRow(r).addPageBreak();
  for (const n of sheet.names)
    wb.definedNames.add(`${quoteSheet(sheet.name)}!${absoluteAddress(n.row, n.col)}`, n.name);
}

/**
 * The document as an .xlsx file's bytes (Node and the browser: the pane's lazy chunk). One
 * worksheet per sheet, with A4 paper, orientation, fit to width, print titles, row breaks,
 * header and footer, merged cells, styles and workbook-level names as the document says.
 */
export async function writePrintBytes(doc: PrintDocument): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'PII Excel add-in';
  wb.title = doc.title;
  for (const sheet of doc.sheets) writeSheet(wb, sheet);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
