// Hướng dẫn (cover): what the workbook is, its identity (edition, province, year, version,
// language, each under a PII_meta_ name), the provisional index, the steps and the colour legend.
import { FIRST_YEAR, LAST_YEAR } from '../../catalog/years';
import { cellAddress } from '../a1';
import { clip, excelString, SEVERITY_MARK } from '../excel-text';
import { NAMES } from '../names';
import { fx, GENERAL, SheetBuilder, val } from '../sheet';
import { SHEET_NAMES, T } from '../../messages/sheet';
import type { Lang } from '../../catalog/types';
import type { PlanCell, SheetPlan, StyleKey, ValidationRule } from '../types';
import { TEMPLATE_VERSION } from '../version';
import { SCORE_FORMAT, type SheetContext } from './layout';

const LEGEND_KEYS: StyleKey[] = [
  'legendInput',
  'legendComputed',
  'legendError',
  'legendWarning',
  'legendMissing',
  'legendOk',
];

/** The colour legend of a cover: its title row and one row per style (LEGEND_KEYS order). */
export function legendRows(lang: Lang): PlanCell[][] {
  return [
    [val(T.legend[lang])],
    [val('123'), val(T.legendInput[lang])],
    [val('ƒx'), val(T.legendComputed[lang])],
    [val(`${SEVERITY_MARK.error} …`), val(T.legendError[lang])],
    [val(`${SEVERITY_MARK.warning} …`), val(T.legendWarning[lang])],
    [null, val(T.legendMissing[lang])],
    [val('42.5'), val(T.legendOk[lang])],
  ];
}

/** Styles the legend written by legendRows at zero-based row `row` (its title row). */
export function styleLegend(cover: SheetBuilder, row: number): void {
  cover.style(row, 0, 1, 1, 'section');
  LEGEND_KEYS.forEach((k, i) => cover.style(row + 1 + i, 0, 1, 1, k));
}

/**
 * Rows 3-8 of a cover (zero-based 2-7): the edition's assumption (or an empty row), then edition,
 * province, year, template version and language, each value in column B (the PII_meta_ cells).
 */
export function identityRows(ctx: SheetContext): PlanCell[][] {
  const { catalog, lang, province, year } = ctx;
  return [
    // An edition whose official list is not public says so at the top, where it is read first.
    catalog.assumption
      ? [val(`${SEVERITY_MARK.warning} ${T.assumption[lang]}: ${catalog.assumption[lang]}`)]
      : [],
    [val(T.edition[lang]), val(catalog.edition), val(catalog.name[lang])],
    [val(T.province[lang]), val(province)],
    [val(T.year[lang]), val(year)],
    [val(T.version[lang]), val(TEMPLATE_VERSION)],
    [val(T.language[lang]), val(lang)],
  ];
}

/** The deadline cell's prompt (any text or date is accepted: the Sở words it as it likes). */
export function deadlineValidation(address: string, lang: Lang): ValidationRule {
  return {
    address,
    type: 'textLength',
    operator: 'lessThanOrEqual',
    formula1: 255,
    alert: 'information',
    allowBlank: true,
    prompt: { title: clip(T.deadline[lang], 32), message: clip(T.promptDeadline[lang], 255) },
    error: { title: clip(T.warnTitle[lang], 32), message: clip(T.promptDeadline[lang], 255) },
  };
}

/**
 * "3 lỗi chưa sửa / 3 errors not fixed" beside the provisional PII while the Checks sheet has
 * error rows (PII_err_open), blank otherwise: the sheet's word for the pane's and the CLI's
 * "N errors not fixed" beside an aggregate built while errors remain (template 1.3.0 on).
 */
function errorsOpenFormula(): string {
  const n = NAMES.errorsOpen;
  const vi = excelString(` ${T.errorsOpenOne.vi} / `);
  const one = excelString(` ${T.errorsOpenOne.en}`);
  const other = excelString(` ${T.errorsOpenOther.en}`);
  return `=IF(${n}>0,${excelString(`${SEVERITY_MARK.error} `)}&${n}&${vi}&${n}&IF(${n}=1,${one},${other}),"")`;
}

export function coverSheet(ctx: SheetContext): SheetPlan {
  const { catalog, lang, names } = ctx;
  const cover = new SheetBuilder('cover', SHEET_NAMES.cover[lang], [34, 28, 70, 44], '#1F4E79');
  const rows: PlanCell[][] = [
    [val(T.product[lang])],
    [val(T.productShort[lang])],
    ...identityRows(ctx),
    [
      val(T.piiNow[lang]),
      fx(`=${NAMES.index}`),
      fx(`=${NAMES.coverageIndex}&"/"&${NAMES.definedIndex}`),
      fx(errorsOpenFormula()),
    ],
    [],
    [val(T.howTo[lang])],
    ...T.steps.map((s) => [null, val(s[lang])] as PlanCell[]),
    [],
    ...legendRows(lang),
    // Added in 1.2.0 below everything else, so no older cell moves: the agencies' deadline and
    // the Sở's contact, copied onto every agency workbook's cover by `pii split`.
    [],
    [val(T.collection[lang])],
    [val(T.deadline[lang]), val(ctx.collection.deadline)],
    [val(T.contact[lang]), val(ctx.collection.contact)],
  ];
  const formats = rows.map((_, i) =>
    i === 5 ? [GENERAL, '0'] : i === 8 ? [GENERAL, SCORE_FORMAT] : i === 3 ? [GENERAL, '@'] : [],
  );
  cover.block('cover:all', 0, rows, formats);
  cover.style(0, 0, 1, 1, 'title');
  cover.style(1, 0, 1, 1, 'subtitle');
  if (catalog.assumption) cover.style(2, 0, 1, 1, 'legendWarning');
  cover.style(3, 0, 6, 1, 'label');
  cover.style(4, 1, 2, 1, 'input');
  cover.unlock(4, 1, 2, 1);
  cover.style(8, 1, 1, 1, 'computed');
  cover.style(10, 0, 1, 1, 'section');
  const legend = 11 + T.steps.length + 1;
  cover.style(11, 1, T.steps.length, 1, 'label');
  styleLegend(cover, legend);
  const collection = legend + LEGEND_KEYS.length + 2;
  cover.style(collection, 0, 1, 1, 'section');
  cover.style(collection + 1, 0, 2, 1, 'label');
  cover.style(collection + 1, 1, 2, 1, 'input');
  cover.unlock(collection + 1, 1, 2, 1);
  names.add(NAMES.meta('deadline'), 'meta', 'deadline', cover, collection + 1, 1, true);
  names.add(NAMES.meta('contact'), 'meta', 'contact', cover, collection + 2, 1, true);
  names.add(NAMES.meta('edition'), 'meta', 'edition', cover, 3, 1, false);
  names.add(NAMES.meta('province'), 'meta', 'province', cover, 4, 1, true);
  names.add(NAMES.meta('year'), 'meta', 'year', cover, 5, 1, true);
  names.add(NAMES.meta('version'), 'meta', 'version', cover, 6, 1, false);
  names.add(NAMES.meta('lang'), 'meta', 'lang', cover, 7, 1, false);
  cover.plan.validations.push({
    address: cellAddress(5, 1),
    type: 'whole',
    operator: 'between',
    formula1: FIRST_YEAR,
    formula2: LAST_YEAR,
    alert: 'warning',
    allowBlank: true,
    prompt: { title: clip(T.year[lang], 32), message: clip(T.promptYear[lang], 255) },
    error: { title: clip(T.warnTitle[lang], 32), message: clip(T.promptYear[lang], 255) },
  });
  cover.plan.validations.push(deadlineValidation(cellAddress(collection + 1, 1), lang));
  return cover.plan;
}
