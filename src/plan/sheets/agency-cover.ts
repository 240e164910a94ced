// Hướng dẫn of an agency workbook (`pii split`): who it is for (the lead agency), the indicators it
// answers for with their coordinating agencies, the deadline and the Sở's contact, the same
// PII_meta_* stamp as the master (locked here: the identity is the master's) plus PII_meta_agency.
import type { Lang } from '../../catalog/types';
import { NAMES } from '../names';
import { GENERAL, SheetBuilder, val } from '../sheet';
import { SHEET_NAMES, T } from '../../messages/sheet';
import { AGENCY_TEXT } from '../../messages/agency';
import type { PlanCell, SheetPlan } from '../types';
import { identityRows, legendRows, styleLegend } from './cover';
import type { SheetContext } from './layout';

function agencyName(ctx: SheetContext, id: string, lang: Lang): string {
  return ctx.catalog.agencies.find((a) => a.id === id)?.name[lang] ?? id;
}

/** The cover of the workbook of lead agency `agency` (an id of ctx.catalog.agencies). */
export function agencyCoverSheet(ctx: SheetContext, agency: string): SheetPlan {
  const { catalog, lang, province, year, names } = ctx;
  const cover = new SheetBuilder('cover', SHEET_NAMES.cover[lang], [30, 64, 64], '#1F4E79');
  const indicators: PlanCell[][] = catalog.indicators.map((ind) => [
    val(ind.code),
    val(ind.name[lang]),
    val(ind.coordinating.map((id) => agencyName(ctx, id, lang)).join(', ')),
  ]);
  const rows: PlanCell[][] = [
    [val(AGENCY_TEXT.agencyProduct[lang])],
    [val(`${agencyName(ctx, agency, lang)} — ${province} — ${year}`)],
    ...identityRows(ctx),
    [val(AGENCY_TEXT.agency[lang]), val(agencyName(ctx, agency, lang)), val(agency)],
    [val(T.deadline[lang]), val(ctx.collection.deadline)],
    [val(T.contact[lang]), val(ctx.collection.contact)],
    [],
    [val(AGENCY_TEXT.agencyIndicators[lang])],
    [val(T.colCode[lang]), val(T.colIndicator[lang]), val(AGENCY_TEXT.colCoordinating[lang])],
    ...indicators,
    [],
    [val(T.howTo[lang])],
    ...AGENCY_TEXT.agencySteps.map((s) => [null, val(s[lang])] as PlanCell[]),
    [],
    ...legendRows(lang),
  ];
  const formats = rows.map((_, i) =>
    i === 5 ? [GENERAL, '0'] : i === 3 ? [GENERAL, '@'] : i === 8 ? [GENERAL, GENERAL, '@'] : [],
  );
  cover.block('cover:all', 0, rows, formats);
  cover.style(0, 0, 1, 1, 'title');
  cover.style(1, 0, 1, 1, 'subtitle');
  if (catalog.assumption) cover.style(2, 0, 1, 1, 'legendWarning');
  cover.style(3, 0, 8, 1, 'label');
  cover.style(8, 1, 3, 1, 'computed');
  cover.style(12, 0, 1, 1, 'section');
  cover.style(13, 0, 1, 3, 'header');
  cover.style(14, 0, indicators.length, 1, 'label');
  cover.style(14, 1, indicators.length, 2, 'note');
  const howTo = 14 + indicators.length + 1;
  cover.style(howTo, 0, 1, 1, 'section');
  cover.style(howTo + 1, 1, AGENCY_TEXT.agencySteps.length, 1, 'label');
  const legend = howTo + 1 + AGENCY_TEXT.agencySteps.length + 1;
  styleLegend(cover, legend);
  // Nothing on this cover is the agency's to change: province, year and deadline are the master's.
  names.add(NAMES.meta('edition'), 'meta', 'edition', cover, 3, 1, false);
  names.add(NAMES.meta('province'), 'meta', 'province', cover, 4, 1, false);
  names.add(NAMES.meta('year'), 'meta', 'year', cover, 5, 1, false);
  names.add(NAMES.meta('version'), 'meta', 'version', cover, 6, 1, false);
  names.add(NAMES.meta('lang'), 'meta', 'lang', cover, 7, 1, false);
  names.add(NAMES.meta('agency'), 'meta', 'agency', cover, 8, 2, false);
  names.add(NAMES.meta('deadline'), 'meta', 'deadline', cover, 9, 1, false);
  names.add(NAMES.meta('contact'), 'meta', 'contact', cover, 10, 1, false);
  return cover.plan;
}
