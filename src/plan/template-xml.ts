// The template's custom XML part: one root element in TEMPLATE_XML_NAMESPACE whose attributes
// repeat the cover's stamp, and a <catalog> child holding the normalised catalog the template was
// built from, as JSON text (XML-escaped). A workbook made from any catalog (a user's file, the CLI's
// --catalog) so carries what the pane needs to validate and score it; see catalogJsonOf.
import type { Catalog, Lang } from '../catalog/types';
import { TEMPLATE_VERSION, TEMPLATE_XML_NAMESPACE } from './version';

export interface TemplateXmlFields {
  lang: Lang;
  province: string;
  year: number;
  checks: number;
}

function xmlAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * JSON as XML character data. JSON.stringify already escapes the control characters XML forbids;
 * U+FFFE and U+FFFF (not XML characters either) can only sit inside JSON strings, where the JSON
 * escape means the same. '>' is escaped too, so "]]>" never appears.
 */
function xmlText(json: string): string {
  return json
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\uFFFE\uFFFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}

export function templateXml(catalog: Catalog, fields: TemplateXmlFields): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<piiTemplate xmlns="${TEMPLATE_XML_NAMESPACE}" templateVersion="${xmlAttr(TEMPLATE_VERSION)}" planFormat="1"` +
    ` edition="${xmlAttr(catalog.edition)}" lang="${fields.lang}" province="${xmlAttr(fields.province)}"` +
    ` year="${fields.year}" indicators="${catalog.indicators.length}" components="${catalog.components.length}"` +
    ` checks="${fields.checks}"><catalog format="json">${xmlText(JSON.stringify(catalog))}</catalog></piiTemplate>`
  );
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

const codePoint = (n: number): string => (n <= 0x10ffff ? String.fromCodePoint(n) : '\uFFFD');

/** Character data -> text: CDATA sections kept verbatim, the predefined and numeric references resolved. */
function unescapeXml(data: string): string {
  return data.replace(
    /<!\[CDATA\[([\s\S]*?)\]\]>|&(?:#x([0-9A-Fa-f]+)|#(\d+)|(lt|gt|amp|quot|apos));/g,
    (_m, cdata?: string, hex?: string, dec?: string, named?: string) => {
      if (cdata !== undefined) return cdata;
      if (hex !== undefined) return codePoint(Number.parseInt(hex, 16));
      if (dec !== undefined) return codePoint(Number.parseInt(dec, 10));
      return ENTITIES[named ?? ''] ?? '';
    },
  );
}

const CATALOG_ELEMENT =
  /<(?:[A-Za-z_][\w.-]*:)?catalog\b[^>]*?(?<!\/)>([\s\S]*?)<\/(?:[A-Za-z_][\w.-]*:)?catalog\s*>/;

/**
 * The catalog JSON text a template's custom XML part carries, or null when it has none (templates
 * made before the catalog was embedded). Not parsed or validated: callers run it through
 * JSON.parse and loadCatalog. Tolerates a namespace prefix and CDATA, should a tool rewrite the part.
 */
export function catalogJsonOf(xml: string): string | null {
  const m = CATALOG_ELEMENT.exec(xml);
  if (!m) return null;
  const json = unescapeXml(m[1] ?? '').trim();
  return json === '' ? null : json;
}
