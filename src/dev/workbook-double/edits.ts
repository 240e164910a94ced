/// <reference types="office-js" />
import { formatA1, type Rect } from './address';
import { cellValue, effectiveFormat, writeContent } from './cells';
import type { ChangeRecord } from './event-hub';
import { officeError } from './errors';
import { parseCellInput, type CellContent, type CellInputs } from './input';
import type { SheetState, WorkbookModel } from './model';

const PROTECTED_MESSAGE =
  "The cell or chart you're trying to change is on a protected sheet. To make a change, unprotect the sheet.";

/** Formatting on a protected sheet needs the matching allow* option, as in Excel. */
export function assertCanFormat(
  sheet: SheetState,
  permission: 'allowFormatCells' | 'allowFormatColumns' | 'allowFormatRows',
): void {
  if (sheet.protection.protected && sheet.protection.options[permission] !== true) {
    throw officeError('AccessDenied', PROTECTED_MESSAGE);
  }
}

/** Data validation, lock flags and the like cannot change at all while the sheet is protected. */
export function assertUnprotected(sheet: SheetState): void {
  if (sheet.protection.protected) throw officeError('AccessDenied', PROTECTED_MESSAGE);
}

export function valueType(
  value: unknown,
): Excel.RangeValueType | 'Empty' | 'String' | 'Double' | 'Boolean' | 'Error' {
  if (value === '' || value === null || value === undefined) return 'Empty';
  if (typeof value === 'number') return 'Double';
  if (typeof value === 'boolean') return 'Boolean';
  if (
    typeof value === 'string' &&
    /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|SPILL!|CALC!|GETTING_DATA)$/.test(value)
  )
    return 'Error';
  return 'String';
}

/**
 * Writes values/formulas into rect as one edit: every cell is checked first (so a
 * protected cell rejects the whole write), then written, then one WorksheetChanged
 * change is recorded. Returns how many cells were written (null inputs are skipped).
 */
export function editContents(
  model: WorkbookModel,
  sheet: SheetState,
  rect: Rect,
  inputs: CellInputs,
  triggerSource: ChangeRecord['triggerSource'],
): number {
  const planned: Array<{ row: number; column: number; content: CellContent }> = [];
  for (let r = 0; r < rect.rowCount; r += 1) {
    for (let c = 0; c < rect.columnCount; c += 1) {
      const row = rect.row + r;
      const column = rect.column + c;
      const format = effectiveFormat(sheet, row, column);
      const content = parseCellInput(inputs(r, c), format.numberFormat === '@');
      if (!content) continue;
      if (sheet.protection.protected && format.locked) throw officeError('AccessDenied', PROTECTED_MESSAGE);
      planned.push({ row, column, content });
    }
  }
  const single = rect.rowCount === 1 && rect.columnCount === 1;
  const before = single ? cellValue(model, sheet, rect.row, rect.column) : undefined;
  planned.forEach(({ row, column, content }) => writeContent(sheet, row, column, content));
  const change: ChangeRecord = { sheetId: sheet.id, address: formatA1(rect), triggerSource };
  if (single) {
    const after = cellValue(model, sheet, rect.row, rect.column);
    change.details = {
      valueBefore: before,
      valueAfter: after,
      valueTypeBefore: valueType(before),
      valueTypeAfter: valueType(after),
    } as Excel.ChangedEventDetail;
  }
  model.events.record(change);
  return planned.length;
}
