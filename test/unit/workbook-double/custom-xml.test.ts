import { WorkbookDouble } from '../../../src/dev/workbook-double';

const NS = 'urn:pii:template';
const XML = `<?xml version="1.0" encoding="UTF-8"?><pii:template xmlns:pii="${NS}" version="2.1"><pii:province>Bắc Ninh</pii:province></pii:template>`;

describe('custom XML parts', () => {
  it('round-trips a part: add, find by namespace, read its XML', async () => {
    const book = new WorkbookDouble();
    const context = book.requestContext();
    const added = context.workbook.customXmlParts.add(XML).load('id, namespaceUri');
    await context.sync();
    expect(added.namespaceUri).toBe(NS);

    const scoped = context.workbook.customXmlParts.getByNamespace(NS).load('items/id');
    const other = context.workbook.customXmlParts.getByNamespace('urn:other').getCount();
    await context.sync();
    expect(scoped.items.map((p) => p.id)).toEqual([added.id]);
    expect(other.value).toBe(0);

    const xml = context.workbook.customXmlParts.getItem(added.id).getXml();
    await context.sync();
    expect(xml.value).toBe(XML);
    expect(book.getCustomXmlParts()).toEqual([{ id: added.id, namespaceUri: NS, xml: XML }]);
  });

  it('deletes a part and reports it missing afterwards', async () => {
    const book = new WorkbookDouble();
    const context = book.requestContext();
    const part = context.workbook.customXmlParts.add('<root xmlns="urn:x"/>').load('id');
    await context.sync();
    context.workbook.customXmlParts.getItem(part.id).delete();
    const gone = context.workbook.customXmlParts.getItemOrNullObject(part.id);
    await context.sync();
    expect(gone.isNullObject).toBe(true);
    expect(book.getCustomXmlParts()).toHaveLength(0);
  });

  it('rejects XML that is not well-formed', async () => {
    const context = new WorkbookDouble().requestContext();
    context.workbook.customXmlParts.add('<a><b></a>');
    await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    context.workbook.customXmlParts.add('no markup');
    await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('finds the only part of a namespace, or a null object when there is none', async () => {
    const context = new WorkbookDouble().requestContext();
    const none = context.workbook.customXmlParts.getByNamespace(NS).getOnlyItemOrNullObject();
    await context.sync();
    expect(none.isNullObject).toBe(true);
    context.workbook.customXmlParts.add(XML);
    const only = context.workbook.customXmlParts.getByNamespace(NS).getOnlyItem().getXml();
    await context.sync();
    expect(only.value).toContain('Bắc Ninh');
  });
});
