// templateState returns the catalog the template carries in its custom XML part, so the pane can
// validate and score a workbook made from any catalog; in one sync when the workbook has a template.
import { loadCatalog } from '../../../src/catalog';
import { scaleCatalog, TEMPLATE_XML_NAMESPACE } from '../../../src/plan';
import bacNinh from '../../fixtures/bac-ninh-2025.catalog.json';
import { catalog2023, options, setup } from './helpers';

const custom = () => loadCatalog(bacNinh);

/** The catalog as the pane gets it from the state: JSON text, through the same loader as a file. */
function embedded(state: Awaited<ReturnType<ReturnType<typeof setup>['port']['templateState']>>) {
  if (state.kind === 'none' || state.catalogJson === undefined) return undefined;
  return loadCatalog(JSON.parse(state.catalogJson));
}

describe('templateState: the embedded catalog', () => {
  it.each([
    ['a custom catalog (bac-ninh-2025 fixture)', custom],
    ['the 2023 edition', catalog2023],
    ['the 2023 edition x10', () => scaleCatalog(catalog2023(), 10)],
  ])('%s: returned with the stamp, in two syncs', async (_label, make) => {
    const catalog = make();
    const { book, port } = setup();
    await port.loadTemplate(options(catalog));
    book.resetCounters();
    const state = await port.templateState();
    expect(book.syncCount).toBe(2);
    expect(state.kind).toBe('current');
    expect(state.kind !== 'none' && state.stamp.edition).toBe(catalog.edition);
    expect(embedded(state)).toEqual(catalog);
  });

  it('a workbook without a template: none, in one sync (nothing of a template to read)', async () => {
    const { book, port } = setup();
    expect(await port.templateState()).toEqual({ kind: 'none' });
    expect(book.syncCount).toBe(1);
  });

  it('a template made before the catalog was embedded: the stamp alone', async () => {
    const { book, port } = setup();
    await port.loadTemplate(options(custom()));
    const old = `<piiTemplate xmlns="${TEMPLATE_XML_NAMESPACE}" templateVersion="1.0.0" edition="bac-ninh-2025-fixture"/>`;
    await book.run(async (context) => {
      const parts = context.workbook.customXmlParts.getByNamespace(TEMPLATE_XML_NAMESPACE);
      parts.getOnlyItem().setXml(old);
      await context.sync();
    });
    book.resetCounters();
    const state = await port.templateState();
    expect(book.syncCount).toBe(2);
    expect(state).toEqual({
      kind: 'current',
      stamp: expect.objectContaining({ edition: 'bac-ninh-2025-fixture' }),
    });
    expect('catalogJson' in state).toBe(false);
  });

  it('two parts in the namespace (one added by hand): still finds the catalog, in two syncs', async () => {
    const { book, port } = setup();
    await port.loadTemplate(options(custom()));
    await book.run(async (context) => {
      context.workbook.customXmlParts.add(`<note xmlns="${TEMPLATE_XML_NAMESPACE}">copied</note>`);
      await context.sync();
    });
    book.resetCounters();
    const state = await port.templateState();
    expect(book.syncCount).toBe(2);
    expect(embedded(state)).toEqual(custom());
  });
});
