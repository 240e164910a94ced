// Parts a workbook the officer worked on may hold that exceljs does not model, added to an .xlsx
// with JSZip: a column chart (drawing, chart, their relationships and content types) anchored on
// one sheet and plotting a range of it, and optionally unreferenced extras (a pivot cache pair,
// a second custom XML item, an image) that only a byte comparison can tell were kept.
import JSZip from 'jszip';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const chartXml = (range: string) =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ' +
  `xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL}">` +
  '<c:chart><c:autoTitleDeleted val="1"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/>' +
  '<c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/>' +
  `<c:val><c:numRef><c:f>${range.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</c:f></c:numRef></c:val></c:ser>` +
  '<c:axId val="1"/><c:axId val="2"/></c:barChart>' +
  '<c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>' +
  '<c:axPos val="b"/><c:crossAx val="2"/></c:catAx>' +
  '<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>' +
  '<c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>';

const drawingXml =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor>' +
  '<xdr:from><xdr:col>12</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>' +
  '<xdr:to><xdr:col>18</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>16</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>' +
  '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Officer chart"/><xdr:cNvGraphicFramePr/>' +
  '</xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic>' +
  '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
  `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${REL}" r:id="rId1"/>` +
  '</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>';

/** The worksheet part of the sheet named `sheet`, by the workbook part and its relationships. */
export async function sheetPart(zip: JSZip, sheet: string): Promise<string> {
  const wb = await zip.file('xl/workbook.xml')!.async('string');
  const tag = [...wb.matchAll(/<sheet\b[^>]*>/g)].map((m) => m[0]).find((t) => t.includes(`name="${sheet}"`));
  const id = tag && /r:id="([^"]+)"/.exec(tag)![1];
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const rel = [...rels.matchAll(/<Relationship\b[^>]*>/g)]
    .map((m) => m[0])
    .find((r) => r.includes(`Id="${id}"`));
  if (!rel) throw new Error(`no sheet ${sheet}`);
  return `xl/${/Target="([^"]+)"/.exec(rel)![1].replace(/^\/?xl\//, '')}`;
}

/**
 * `bytes` with a chart on sheet `sheet` plotting `range` ("'Sheet'!$C$10:$C$12"); with `extras`,
 * also the unreferenced parts listed above. The sheet part gains its `<drawing>` element.
 */
export async function withChart(
  bytes: Uint8Array,
  sheet: string,
  range: string,
  extras = false,
): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const part = await sheetPart(zip, sheet);
  const relsPath = part.replace(/([^/]+)$/, '_rels/$1.rels');
  const relXml = `<Relationship Id="rIdPiiDrawing" Type="${REL}/drawing" Target="../drawings/drawing1.xml"/>`;
  const old = await zip.file(relsPath)?.async('string');
  zip.file(
    relsPath,
    old
      ? old.replace('</Relationships>', `${relXml}</Relationships>`)
      : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relXml}</Relationships>`,
  );
  let xml = await zip.file(part)!.async('string');
  // <drawing> goes before these in a worksheet's child sequence (ECMA-376 §18.3.1.99).
  const before =
    /<(legacyDrawing|legacyDrawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b|<\/worksheet>/.exec(
      xml,
    )!;
  xml = `${xml.slice(0, before.index)}<drawing xmlns:r="${REL}" r:id="rIdPiiDrawing"/>${xml.slice(before.index)}`;
  zip.file(part, xml);
  zip.file('xl/drawings/drawing1.xml', drawingXml);
  zip.file(
    'xl/drawings/_rels/drawing1.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/chart" Target="../charts/chart1.xml"/></Relationships>`,
  );
  zip.file('xl/charts/chart1.xml', chartXml(range));
  let types = await zip.file('[Content_Types].xml')!.async('string');
  const override = (name: string, type: string) => `<Override PartName="${name}" ContentType="${type}"/>`;
  let more =
    override('/xl/drawings/drawing1.xml', 'application/vnd.openxmlformats-officedocument.drawing+xml') +
    override('/xl/charts/chart1.xml', 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml');
  if (extras) {
    zip.file(
      'xl/pivotCache/pivotCacheDefinition1.xml',
      '<pivotCacheDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" refreshOnLoad="1"/>',
    );
    zip.file(
      'xl/pivotCache/pivotCacheRecords1.xml',
      '<pivotCacheRecords xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0"/>',
    );
    zip.file('customXml/item2.xml', '<officer xmlns="urn:example:officer">ghi chú &amp; số liệu</officer>');
    // A 1x1 PNG, stored as is: binary bytes must come back unchanged too.
    zip.file(
      'xl/media/image1.png',
      Buffer.from(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
        'base64',
      ),
    );
    more += override(
      '/xl/pivotCache/pivotCacheDefinition1.xml',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml',
    );
    if (!types.includes('Extension="png"')) more += '<Default Extension="png" ContentType="image/png"/>';
  }
  types = types.replace('</Types>', `${more}</Types>`);
  zip.file('[Content_Types].xml', types);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
