// Plan formatting -> Office JS objects: cell styles, data validation, conditional formats, sheet
// protection, column widths. Queues commands only (no sync, no reads). String literals instead
// of Excel.* enums: there is no global Excel object outside Office (tests, the preview).
import type { AlertStyle, CellStyle, ConditionalFormat, SheetProtection, ValidationRule } from '../plan';

const HORIZONTAL = { left: 'Left', center: 'Center', right: 'Right' } as const;
const VERTICAL = { top: 'Top', center: 'Center', bottom: 'Bottom' } as const;

/** Sets what the style says on a range, borders apart (see applyBorders); leaves the rest. */
export function applyStyle(target: Excel.Range, style: CellStyle): void {
  const format = target.format;
  if (style.fill !== undefined) format.fill.color = style.fill;
  if (style.fontColor !== undefined) format.font.color = style.fontColor;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.horizontal !== undefined) format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical !== undefined) format.verticalAlignment = VERTICAL[style.vertical];
}

export interface Rect {
  row: number;
  col: number;
  rowCount: number;
  columnCount: number;
}

/** A thin grey grid on every cell of the rectangle (inside edges only where there are any). */
export function applyBorders(sheet: Excel.Worksheet, rect: Rect): void {
  const borders = sheet.getRangeByIndexes(rect.row, rect.col, rect.rowCount, rect.columnCount).format.borders;
  const edges: string[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];
  if (rect.rowCount > 1) edges.push('InsideHorizontal');
  if (rect.columnCount > 1) edges.push('InsideVertical');
  for (const edge of edges) {
    const border = borders.getItem(edge as Excel.BorderIndex);
    border.style = 'Continuous';
    border.color = BORDER_COLOR;
  }
}

const BORDER_COLOR = '#BFBFBF';

/**
 * The same cells as fewer rectangles: side-by-side rectangles spanning the same rows, and stacked
 * ones spanning the same columns, are joined. A grid on every cell of each input is a grid on
 * every cell of the output, so borders need far fewer commands.
 */
export function mergeRects(input: Rect[]): Rect[] {
  let rects = input.map((r) => ({ ...r }));
  for (let changed = true; changed;) {
    changed = false;
    const out: Rect[] = [];
    for (const r of rects) {
      const j = out.findIndex(
        (o) =>
          (o.row === r.row &&
            o.rowCount === r.rowCount &&
            (o.col + o.columnCount === r.col || r.col + r.columnCount === o.col)) ||
          (o.col === r.col &&
            o.columnCount === r.columnCount &&
            (o.row + o.rowCount === r.row || r.row + r.rowCount === o.row)),
      );
      if (j < 0) {
        out.push(r);
        continue;
      }
      const o = out[j];
      const row = Math.min(o.row, r.row);
      const col = Math.min(o.col, r.col);
      out[j] = {
        row,
        col,
        rowCount: Math.max(o.row + o.rowCount, r.row + r.rowCount) - row,
        columnCount: Math.max(o.col + o.columnCount, r.col + r.columnCount) - col,
      };
      changed = true;
    }
    rects = out;
  }
  return rects;
}

const OPERATOR = {
  between: 'Between',
  greaterThanOrEqual: 'GreaterThanOrEqualTo',
  lessThanOrEqual: 'LessThanOrEqualTo',
} as const;

const ALERT: Record<AlertStyle, 'Stop' | 'Warning' | 'Information'> = {
  stop: 'Stop',
  warning: 'Warning',
  information: 'Information',
};

export function applyValidation(range: Excel.Range, rule: ValidationRule): void {
  const basic: Excel.BasicDataValidation = { operator: OPERATOR[rule.operator], formula1: rule.formula1 };
  if (rule.formula2 !== undefined) basic.formula2 = rule.formula2;
  const dv = range.dataValidation;
  dv.rule =
    rule.type === 'whole'
      ? { wholeNumber: basic }
      : rule.type === 'decimal'
        ? { decimal: basic }
        : { textLength: basic };
  if (!rule.allowBlank) dv.ignoreBlanks = false; // true is Excel's default
  dv.prompt = { showPrompt: true, title: rule.prompt.title, message: rule.prompt.message };
  dv.errorAlert = {
    showAlert: true,
    style: ALERT[rule.alert],
    title: rule.error.title,
    message: rule.error.message,
  };
}

/**
 * Adds a sheet's formula-driven conditional formats, then orders them by the plan's priority
 * (1 first): Office's priority is a 0-based index over the sheet, so setting them in ascending
 * order leaves the collection sorted whatever order the host inserted them in.
 */
export function applyConditionalFormats(sheet: Excel.Worksheet, rules: ConditionalFormat[]): void {
  const sorted = [...rules].sort((a, b) => a.priority - b.priority);
  const added = sorted.map((rule) => {
    const cf = sheet.getRange(rule.address).conditionalFormats.add('Custom');
    cf.custom.rule.formula = rule.formula;
    cf.custom.format.fill.color = rule.fill;
    if (rule.fontColor !== undefined) cf.custom.format.font.color = rule.fontColor;
    if (rule.stopIfTrue) cf.stopIfTrue = true; // false is Excel's default
    return cf;
  });
  added.forEach((cf, index) => {
    cf.priority = index;
  });
}

export function protectionOptions(p: SheetProtection): Excel.WorksheetProtectionOptions {
  return {
    allowFormatColumns: p.allowFormatColumns,
    allowFormatRows: p.allowFormatRows,
    selectionMode: p.allowSelectLocked ? 'Normal' : p.allowSelectUnlocked ? 'Unlocked' : 'None',
  };
}

/** Excel's character-width units (the plan's, like the .xlsx file's) -> points (Office JS). */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}
