// Danh mục / Framework: the catalog the template was built from, as tables an officer edits
// (catalogToRows), read back by the pane's "Apply framework" and by `pii catalog --workbook`.
// No formulas; one defined name, PII_meta_framework (the title). The tables are data.
import { catalogToRows } from '../../catalog/framework-rows';
import { NAMES } from '../names';
import { SheetBuilder, val, GENERAL } from '../sheet';
import { FRAMEWORK_TEXT, SHEET_NAMES } from '../../messages/sheet';
import type { SheetPlan } from '../types';
import { columnHeader, frameworkLayout, FRAMEWORK_WIDTH, tableTitle } from '../framework-sheet';
import type { SheetContext } from './layout';

const TEXT_FORMAT = '@';

export function frameworkSheet(ctx: SheetContext): SheetPlan {
  const { lang, catalog } = ctx;
  const widths = Array.from({ length: FRAMEWORK_WIDTH }, (_, i) => (i === 0 ? 14 : i <= 2 ? 30 : 18));
  const sheet = new SheetBuilder('framework', SHEET_NAMES.framework[lang], widths, '#7F6000');
  sheet.block('framework:head', 0, [[val(FRAMEWORK_TEXT.title[lang])], [val(FRAMEWORK_TEXT.hint[lang])]]);
  sheet.style(0, 0, 1, 1, 'title');
  sheet.style(1, 0, 1, 1, 'subtitle');
  // The sheet's one name (its title): how a load knows the sheet is the template's own.
  ctx.names.add(NAMES.meta('framework'), 'meta', 'framework', sheet, 0, 0, false);
  const rows = catalogToRows(catalog);
  for (const place of frameworkLayout(rows)) {
    const { spec, titleRow, firstRow, rowCount, spare } = place;
    const width = spec.columns.length;
    // Ids, codes and lists are text: "2.1" typed by an officer must not become the number 2.1.
    const formats = spec.columns.map((c) => (c.type === 'num' || c.type === 'bool' ? GENERAL : TEXT_FORMAT));
    const body = [...rows[spec.key], ...Array.from({ length: spare }, () => spec.columns.map(() => null))];
    sheet.block(
      `framework:${spec.key}`,
      titleRow,
      [
        [val(tableTitle(spec.key)[lang])],
        spec.columns.map((c) => val(columnHeader(c.key)[lang])),
        ...body.map((r) => r.map((v) => val(v))),
      ],
      [[], [], ...body.map(() => formats)],
    );
    sheet.style(titleRow, 0, 1, width, 'section');
    sheet.style(titleRow + 1, 0, 1, width, 'header');
    sheet.style(firstRow, 0, rowCount + spare, width, 'input');
    sheet.unlock(firstRow, 0, rowCount + spare, width);
  }
  sheet.plan.freeze = { rows: 2, columns: 1 };
  return sheet.plan;
}
