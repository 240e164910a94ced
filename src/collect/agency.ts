// Who supplies what: the lead agencies of a catalog, the components each one owns, and the
// sub-catalog its workbook is built from (`pii split`, and the pane later). Pure.
//
// Ownership rule: an agency owns the non-shared components of the indicators it leads (an
// indicator with two leads, 2.1.4, gives its components to both). Shared denominators (GRDP,
// population, enterprises...) belong to no agency: the Sở supplies them in the master, the agency
// workbooks show them pre-filled, and a merge never takes them back.
import { formulaComponents } from '../catalog/lookup';
import type { Catalog, Component } from '../catalog/types';

/** What one lead agency answers for. */
export interface AgencyShare {
  agency: string;
  /** Codes of the indicators it leads, in catalog order. */
  indicators: string[];
  /** Component ids it supplies (imported on merge), in catalog order. */
  owned: string[];
  /** Shared denominators its indicators use (shown, supplied by the Sở), in catalog order. */
  shared: string[];
}

/**
 * Every agency that leads at least one indicator, in the catalog's agency order (an id an
 * indicator names but the agency list lacks comes after, in indicator order), with its share.
 */
export function agencyShares(catalog: Catalog): AgencyShare[] {
  const order = [...catalog.agencies.map((a) => a.id)];
  for (const ind of catalog.indicators) for (const id of ind.lead) if (!order.includes(id)) order.push(id);
  return order.map((id) => agencyShare(catalog, id)).filter((s): s is AgencyShare => s !== undefined);
}

/** One agency's share, or undefined when it leads no indicator of `catalog`. */
export function agencyShare(catalog: Catalog, agencyId: string): AgencyShare | undefined {
  const led = catalog.indicators.filter((i) => i.lead.includes(agencyId));
  if (led.length === 0) return undefined;
  const used = new Set(led.flatMap((i) => formulaComponents(i.formula)));
  const comps = catalog.components.filter((c) => used.has(c.id));
  return {
    agency: agencyId,
    indicators: led.map((i) => i.code),
    owned: comps.filter((c) => !c.shared).map((c) => c.id),
    shared: comps.filter((c) => c.shared).map((c) => c.id),
  };
}

/**
 * The catalog of one agency's workbook: the indicators it leads, their components (owned and
 * shared), the pillars and sub-pillars they sit in, the rules whose every component is there, and
 * the agencies those indicators name. Edition, settings and assumption notes are kept, so the
 * formulas and checks of the rows it holds are those of the master.
 * Errors: throws Error when the agency leads no indicator of `catalog`.
 */
export function agencyCatalog(catalog: Catalog, agencyId: string): Catalog {
  const share = agencyShare(catalog, agencyId);
  if (!share) throw new Error(`agency ${agencyId} leads no indicator of edition ${catalog.edition}`);
  const indicators = catalog.indicators.filter((i) => share.indicators.includes(i.code));
  const held = new Set([...share.owned, ...share.shared]);
  const components: Component[] = catalog.components.filter((c) => held.has(c.id));
  const subPillars = catalog.subPillars.filter((s) => indicators.some((i) => i.subPillar === s.code));
  const pillars = catalog.pillars.filter((p) => subPillars.some((s) => s.pillar === p.code));
  const named = new Set(indicators.flatMap((i) => [...i.lead, ...i.coordinating]));
  return {
    ...catalog,
    pillars,
    subPillars,
    agencies: catalog.agencies.filter((a) => named.has(a.id)),
    components,
    indicators,
    rules: catalog.rules.filter((r) => [...r.part, ...r.whole].every((id) => held.has(id))),
  };
}

const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/**
 * A file name (without extension) that Windows, macOS, Linux and a zip archive all accept, from an
 * agency's name: NFC, control characters and \ / : * ? " < > | replaced by "-", runs of spaces
 * and dashes folded, no leading or trailing dot or space, at most 120 characters, never a
 * reserved device name (CON, NUL...). Empty input gives "agency".
 */
export function safeFileName(name: string): string {
  let s = name
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f\\/:*?"<>|]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/-{2,}/g, '-')
    .replace(/^[\s.-]+|[\s.]+$/g, '');
  if (s.length > 120) s = s.slice(0, 120).replace(/[\s.]+$/, '');
  if (s === '') return 'agency';
  return RESERVED.test(s) ? `${s}_` : s;
}
