/**
 * @jest-environment jsdom
 */
// The template's custom XML part carries its catalog: read back with a real XML parser (jsdom's
// DOMParser, strict about well-formedness), the catalog text goes through loadCatalog unchanged.
import { builtinCatalog, loadCatalog, type Catalog } from '../../../src/catalog';
import {
  buildPlan,
  catalogJsonOf,
  scaleCatalog,
  TEMPLATE_VERSION,
  type WorkbookPlan,
} from '../../../src/plan';
import bacNinh from '../../fixtures/bac-ninh-2025.catalog.json';

// Jest's jsdom environment has no structuredClone (scaleCatalog's copy); catalogs are plain JSON.
globalThis.structuredClone ??= <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const planOf = (catalog: Catalog): WorkbookPlan =>
  buildPlan(catalog, { province: 'Bắc Ninh & "Hà Nội" <1>', year: 2025, lang: 'vi' });

function parse(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

/** What a tool reading the file without Excel sees: the root's stamp and the catalog's text. */
function read(plan: WorkbookPlan): { root: Element; catalog: Catalog } {
  const doc = parse(plan.customXml.xml);
  const root = doc.documentElement;
  const element = root.getElementsByTagNameNS(plan.customXml.namespace, 'catalog');
  expect(element).toHaveLength(1);
  return { root, catalog: loadCatalog(JSON.parse(element[0].textContent ?? '')) };
}

const catalog2023 = builtinCatalog('2023');
const fixture = loadCatalog(bacNinh);

/** Every character XML escaping has to get right, in catalog texts. */
function awkward(): Catalog {
  const c = structuredClone(fixture);
  c.pillars[0].name = {
    vi: 'A < B && C > D ]]> "q" \'s\' \u00a0đ 😀',
    en: 'x\uFFFE\uFFFFy </catalog> &amp;',
  };
  return c;
}

test.each([
  ['the 2023 edition', catalog2023],
  ['a custom catalog (test fixture)', fixture],
  ['the 2023 edition x10', scaleCatalog(catalog2023, 10)],
  ['texts with XML metacharacters', awkward()],
])('%s: the custom XML part round-trips the catalog', (_label, catalog) => {
  const plan = planOf(catalog);
  const { root, catalog: back } = read(plan);
  expect(back).toEqual(catalog);
  // The pane's reader (no DOM in the Office adapter's tests) agrees with the XML parser.
  expect(loadCatalog(JSON.parse(catalogJsonOf(plan.customXml.xml)!))).toEqual(catalog);
  // One root in the template namespace, with the stamp as before.
  expect(root.localName).toBe('piiTemplate');
  expect(root.namespaceURI).toBe(plan.customXml.namespace);
  expect(root.getAttribute('templateVersion')).toBe(TEMPLATE_VERSION);
  expect(root.getAttribute('edition')).toBe(catalog.edition);
  expect(root.getAttribute('province')).toBe('Bắc Ninh & "Hà Nội" <1>');
  expect(root.getAttribute('year')).toBe('2025');
  expect(root.getAttribute('indicators')).toBe(String(catalog.indicators.length));
});

test('catalogJsonOf: a part rewritten with a prefix or CDATA still reads; an old stamp has no catalog', () => {
  const json = JSON.stringify(fixture);
  const ns = 'urn:vn-pii:excel-template:1';
  expect(
    catalogJsonOf(
      `<p:piiTemplate xmlns:p="${ns}"><p:catalog><![CDATA[${json}]]></p:catalog></p:piiTemplate>`,
    ),
  ).toBe(json);
  expect(
    catalogJsonOf(`<piiTemplate xmlns="${ns}"><catalog>&#x7B;&#34;a&#34;:1}</catalog></piiTemplate>`),
  ).toBe('{"a":1}');
  expect(catalogJsonOf(`<piiTemplate xmlns="${ns}" templateVersion="1.0.0" edition="2023"/>`)).toBeNull();
  expect(catalogJsonOf(`<piiTemplate xmlns="${ns}"><catalog/></piiTemplate>`)).toBeNull();
});

test('size of the custom XML part: 2023 edition and 10x', () => {
  const bytes = (catalog: Catalog) => new Blob([planOf(catalog).customXml.xml]).size;
  const one = bytes(catalog2023);
  const ten = bytes(scaleCatalog(catalog2023, 10));
  // About 28 KB and 197 KB (UTF-8): far below what Excel or the 5 MB request limit allows.
  expect(one).toBeLessThan(64 * 1024);
  expect(ten).toBeLessThan(512 * 1024);
});
