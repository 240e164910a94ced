// Render a WorkbookPlan to .xlsx with exceljs. A shell: every layout decision is in the plan.
// Formulas are written WITHOUT cached results (Excel and LibreOffice compute them on open), so the
// file never shows a stale number.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { parseCell } from '../plan/a1';
import type { CellStyle, PlanCell, SheetPlan, StyleKey, WorkbookPlan } from '../plan/types';

const argb = (hex: string) => ({ argb: `FF${hex.replace('#', '').toUpperCase()}` });

function rangeCells(address: string): { row: number; col: number }[] {
  const [a, b] = address.split(':');
  const start = parseCell(a);
  const end = b ? parseCell(b) : start;
  const out: { row: number; col: number }[] = [];
  for (let r = start.row; r <= end.row; r++)
    for (let c = start.col; c <= end.col; c++) out.push({ row: r, col: c });
  return out;
}

/** A plan style on one cell (fill, font, alignment, thin border); the package writer shares it. */
export function applyStyle(cell: ExcelJS.Cell, style: CellStyle): void {
  if (style.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: argb(style.fill) };
  if (style.bold || style.italic || style.fontColor || style.fontSize) {
    cell.font = {
      ...(cell.font ?? {}),
      ...(style.bold ? { bold: true } : {}),
      ...(style.italic ? { italic: true } : {}),
      ...(style.fontSize ? { size: style.fontSize } : {}),
      ...(style.fontColor ? { color: argb(style.fontColor) } : {}),
    };
  }
  if (style.wrap || style.horizontal || style.vertical) {
    cell.alignment = {
      ...(cell.alignment ?? {}),
      ...(style.wrap ? { wrapText: true } : {}),
      ...(style.horizontal ? { horizontal: style.horizontal } : {}),
      ...(style.vertical ? { vertical: style.vertical === 'center' ? 'middle' : style.vertical } : {}),
    };
  }
  if (style.border) {
    const thin = { style: 'thin' as const, color: argb('#BFBFBF') };
    cell.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
}

function cellValue(cell: PlanCell): ExcelJS.CellValue {
  if (cell === null) return null;
  if ('formula' in cell) return { formula: cell.formula.replace(/^=/, '') } as ExcelJS.CellFormulaValue;
  return cell.value;
}

function writeSheet(ws: ExcelJS.Worksheet, sheet: SheetPlan, styles: Record<StyleKey, CellStyle>): void {
  sheet.columns.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
  for (const block of sheet.blocks) {
    block.cells.forEach((row, i) =>
      row.forEach((c, j) => {
        const cell = ws.getCell(block.row + i + 1, block.col + j + 1);
        const v = cellValue(c);
        if (v !== null) cell.value = v;
        // A logical keeps the General format: LibreOffice has no logical type, only a number with a
        // logical format, so under "#,##0" TRUE would become the number 1 there (Excel keeps TRUE).
        const fmt = typeof v === 'boolean' ? 'General' : block.numberFormats[i][j];
        if (fmt !== 'General' || v !== null) cell.numFmt = fmt;
      }),
    );
  }
  for (const s of sheet.styles) {
    for (const { row, col } of rangeCells(s.address))
      applyStyle(ws.getCell(row + 1, col + 1), styles[s.style]);
  }
  for (const v of sheet.validations) {
    const dv: ExcelJS.DataValidation = {
      type: v.type,
      operator: v.operator,
      allowBlank: v.allowBlank,
      formulae: v.formula2 !== undefined ? [v.formula1, v.formula2] : [v.formula1],
      showInputMessage: true,
      promptTitle: v.prompt.title,
      prompt: v.prompt.message,
      showErrorMessage: true,
      errorStyle: v.alert,
      errorTitle: v.error.title,
      error: v.error.message,
    };
    for (const { row, col } of rangeCells(v.address)) ws.getCell(row + 1, col + 1).dataValidation = { ...dv };
  }
  for (const cf of sheet.conditionalFormats) {
    ws.addConditionalFormatting({
      ref: cf.address,
      rules: [
        {
          type: 'expression',
          priority: cf.priority,
          stopIfTrue: cf.stopIfTrue,
          formulae: [cf.formula.replace(/^=/, '')],
          style: {
            fill: { type: 'pattern', pattern: 'solid', bgColor: argb(cf.fill) },
            ...(cf.fontColor ? { font: { color: argb(cf.fontColor) } } : {}),
          },
        } as ExcelJS.ConditionalFormattingRule,
      ],
    });
  }
  for (const address of sheet.unlocked) {
    for (const { row, col } of rangeCells(address))
      ws.getCell(row + 1, col + 1).protection = { locked: false };
  }
}

/** exceljs has no custom XML parts: add customXml/item1.xml (+ props, rels, content type). */
async function addCustomXml(buffer: ArrayBuffer | Uint8Array, plan: WorkbookPlan): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(buffer);
  const guid = '{6A1D2F3B-5C4E-4B7A-9D8E-50494954504C}';
  zip.file('customXml/item1.xml', plan.customXml.xml);
  zip.file(
    'customXml/itemProps1.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="${guid}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${plan.customXml.namespace}"/></ds:schemaRefs></ds:datastoreItem>`,
  );
  zip.file(
    'customXml/_rels/item1.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" Target="itemProps1.xml"/></Relationships>`,
  );
  const relsPath = 'xl/_rels/workbook.xml.rels';
  const rels = await zip.file(relsPath)!.async('string');
  zip.file(
    relsPath,
    rels.replace(
      '</Relationships>',
      '<Relationship Id="rIdPiiCustomXml1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../customXml/item1.xml"/></Relationships>',
    ),
  );
  const ctPath = '[Content_Types].xml';
  let ct = await zip.file(ctPath)!.async('string');
  if (!/Extension="xml"/.test(ct))
    ct = ct.replace('</Types>', '<Default Extension="xml" ContentType="application/xml"/></Types>');
  ct = ct.replace(
    '</Types>',
    '<Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/></Types>',
  );
  zip.file(ctPath, ct);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** The exceljs workbook for a plan (before the custom XML part, which exceljs cannot hold). */
async function planToWorkbook(plan: WorkbookPlan): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'PII Excel add-in';
  wb.title = `PII ${plan.edition} — ${plan.province} — ${plan.year}`;
  wb.calcProperties.fullCalcOnLoad = true;
  for (const sheet of plan.sheets) {
    const ws = wb.addWorksheet(sheet.name, {
      properties: sheet.tabColor ? { tabColor: argb(sheet.tabColor) } : {},
      views:
        sheet.freeze.rows || sheet.freeze.columns
          ? [{ state: 'frozen', xSplit: sheet.freeze.columns, ySplit: sheet.freeze.rows }]
          : [],
    });
    writeSheet(ws, sheet, plan.styles);
    if (sheet.protection.protected) {
      await ws.protect('', {
        selectLockedCells: sheet.protection.allowSelectLocked,
        selectUnlockedCells: sheet.protection.allowSelectUnlocked,
        formatColumns: sheet.protection.allowFormatColumns,
        formatRows: sheet.protection.allowFormatRows,
      });
    }
  }
  for (const n of plan.names) wb.definedNames.add(n.reference.replace(/^=/, ''), n.name);
  return wb;
}

/**
 * The plan as an .xlsx file's bytes; runs in Node and in the browser (the pane's lazy chunk:
 * exceljs resolves to its browser build there, and nothing here needs Node's Buffer).
 */
export async function writeXlsxBytes(plan: WorkbookPlan): Promise<Uint8Array> {
  const wb = await planToWorkbook(plan);
  return addCustomXml(await wb.xlsx.writeBuffer(), plan);
}

/** The plan as an .xlsx file's bytes, as a Node Buffer (the command-line tool, tests). */
export async function writeXlsx(plan: WorkbookPlan): Promise<Buffer> {
  return Buffer.from(await writeXlsxBytes(plan));
}
