// updateWorkbook at the package level: a master made by the project, with a chart, a pivot cache,
// a second custom XML item and an image added, keeps every part it does not need to change byte
// for byte; the figures are read back by their names, the log sheet is a new part. Rows and
// cells that do not exist yet are inserted in order; a formula cell overwritten takes the
// calculation chain with it; the cell writer round-trips odd values (property test).
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import JSZip from 'jszip';
import { builtinCatalog, type CellValue } from '../../../src/catalog';
import { buildPlan, NAMES } from '../../../src/plan';
import {
  CellValueError,
  MAX_CELL_TEXT,
  readNamedValues,
  readSheetGrid,
  updateWorkbook,
  writeXlsx,
} from '../../../src/xlsx';
import { sheetPart, withChart } from '../../support/chart-part';

const plan = buildPlan(builtinCatalog('2025'), { province: 'Bắc Ninh', year: 2025, lang: 'vi' });
const nameOf = (name: string) => plan.names.find((n) => n.name === name)!;
const log = {
  sheetNames: ['Nhật ký nhập', 'Import log'],
  title: 'Nhật ký nhập / Import log',
  header: ['Thời điểm', 'Tệp', 'Đơn vị'],
  rows: [
    ['2025-03-01T08:00:00Z', 'So NN & PTNT <1>.xlsx', 'dard'],
    ['2025-03-01T08:00:00Z', null, '0012'],
  ] as CellValue[][],
};

async function parts(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Uint8Array>();
  for (const [path, entry] of Object.entries(zip.files))
    if (!entry.dir) out.set(path, await entry.async('uint8array'));
  return out;
}

test('a master with a chart and other parts exceljs does not model: only the parts that must change do', async () => {
  const grdp = nameOf(NAMES.input('grdp'));
  const range = `'${grdp.sheetName}'!${grdp.address}:${grdp.address.replace(/\d+$/, (r) => String(Number(r) + 2))}`;
  const master = await withChart(await writeXlsx(plan), grdp.sheetName, range, true);
  const set = new Map<string, CellValue>([
    [NAMES.input('grdp'), 250000.5],
    [NAMES.input('population'), 1e-300],
    [NAMES.evidence('grdp'), 'Niên giám <2024> & "QĐ 12/UBND"'],
    [NAMES.previous('grdp'), null],
  ]);
  const out = await updateWorkbook(master, { set, log });
  expect(out.lost).toEqual([]);

  const before = await parts(master);
  const after = await parts(out.bytes);
  const zip = await JSZip.loadAsync(master);
  const edited = new Set(await Promise.all([...set.keys()].map((n) => sheetPart(zip, nameOf(n).sheetName))));
  const changed = [...before.keys()].filter(
    (p) => !Buffer.from(before.get(p)!).equals(Buffer.from(after.get(p) ?? [])),
  );
  // The sheets written to, the workbook (calcPr, the log sheet), its relationships, the content
  // types and the styles (the log's bold and text formats): nothing else.
  expect(changed.sort()).toEqual(
    [
      ...edited,
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      '[Content_Types].xml',
      'xl/styles.xml',
    ].sort(),
  );
  for (const kept of [
    'xl/charts/chart1.xml',
    'xl/drawings/drawing1.xml',
    'xl/drawings/_rels/drawing1.xml.rels',
    'xl/pivotCache/pivotCacheDefinition1.xml',
    'customXml/item1.xml',
    'customXml/item2.xml',
    'xl/media/image1.png',
  ])
    expect(after.has(kept) && !changed.includes(kept)).toBe(true);
  const added = [...after.keys()].filter((p) => !before.has(p));
  expect(added).toEqual([expect.stringMatching(/^xl\/worksheets\/sheet\d+\.xml$/)]);

  const text = (p: string) => Buffer.from(after.get(p)!).toString('utf8');
  expect(text([...edited][0])).toContain('<drawing xmlns:r=');
  expect(text('[Content_Types].xml')).toContain(`PartName="/${added[0]}"`);
  expect(text('[Content_Types].xml')).toContain('PartName="/xl/charts/chart1.xml"');
  expect(text('xl/workbook.xml')).toMatch(/<calcPr\b[^>]*fullCalcOnLoad="1"/);

  const named = await readNamedValues(out.bytes);
  expect(named.get('PII_IN_GRDP')).toBe(250000.5);
  expect(named.get('PII_IN_POPULATION')).toBe(1e-300);
  expect(named.get('PII_EV_GRDP')).toBe('Niên giám <2024> & "QĐ 12/UBND"');
  expect(named.get('PII_PREV_GRDP')).toBeNull();
  // The project's own stamp is still read by its names.
  expect(named.get(NAMES.meta('province').toUpperCase())).toBe('Bắc Ninh');
  const grid = await readSheetGrid(out.bytes, ['Import log', 'Nhật ký nhập']);
  expect(grid!.name).toBe('Nhật ký nhập');
  expect(grid!.grid).toEqual([
    ['Nhật ký nhập / Import log'],
    [],
    ['Thời điểm', 'Tệp', 'Đơn vị'],
    ['2025-03-01T08:00:00Z', 'So NN & PTNT <1>.xlsx', 'dard'],
    ['2025-03-01T08:00:00Z', null, '0012'],
  ]);

  // Appending to the log made above changes the log sheet, not the workbook's structure.
  const again = await updateWorkbook(out.bytes, { set: new Map(), log: { ...log, rows: [['x', 'y', 'z']] } });
  const third = await parts(again.bytes);
  const moved = [...after.keys()].filter(
    (p) => !Buffer.from(after.get(p)!).equals(Buffer.from(third.get(p) ?? [])),
  );
  expect(moved).toEqual([added[0]]);
  expect((await readSheetGrid(again.bytes, ['Nhật ký nhập']))!.grid.slice(3)).toEqual([
    ['2025-03-01T08:00:00Z', 'So NN & PTNT <1>.xlsx', 'dard'],
    ['2025-03-01T08:00:00Z', null, '0012'],
    ['x', 'y', 'z'],
  ]);
});

/** A small workbook (exceljs) with cells A2, C2, A3, A7 and names on cells that do not exist yet. */
async function sparse(extra?: (ws: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Số liệu & 'ghi' chú");
  ws.getCell('A2').value = 'a2';
  ws.getCell('C2').value = 3;
  ws.getCell('A3').value = 'a3';
  ws.getCell('A7').value = 7;
  extra?.(ws);
  const sheet = `'Số liệu & ''ghi'' chú'`;
  for (const [name, address] of [
    ['in_b2', 'B2'],
    ['in_d2', 'D2'],
    ['in_a1', 'A1'],
    ['in_b5', 'B5'],
    ['in_aa9', 'AA9'],
    ['in_c2', 'C2'],
  ])
    wb.definedNames.add(`${sheet}!$${address.replace(/(\d+)/, '$$$1')}`, name);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test('cells and rows that do not exist yet are inserted in order; the other cells keep their values', async () => {
  const out = await updateWorkbook(await sparse(), {
    set: new Map<string, CellValue>([
      ['in_b2', 'b2'],
      ['in_d2', true],
      ['in_a1', 1],
      ['in_b5', 'b5'],
      ['in_aa9', 'aa9'],
      ['in_c2', null],
    ]),
  });
  const sheet = await (await JSZip.loadAsync(out.bytes)).file('xl/worksheets/sheet1.xml')!.async('string');
  const rows = [...sheet.matchAll(/<row\b[^>]*\br="(\d+)"[^>]*>([\s\S]*?)<\/row>/g)].map((m) => [
    Number(m[1]),
    [...m[2].matchAll(/<c\b[^>]*\br="([A-Z]+)\d+"/g)].map((c) => c[1]),
  ]);
  expect(rows).toEqual([
    [1, ['A']],
    [2, ['A', 'B', 'C', 'D']],
    [3, ['A']],
    [5, ['B']],
    [7, ['A']],
    [9, ['AA']],
  ]);
  expect(sheet).toMatch(/<dimension ref="A1:AA9"\/>/);
  const named = await readNamedValues(out.bytes);
  expect(Object.fromEntries(named)).toEqual({
    IN_B2: 'b2',
    IN_D2: true,
    IN_A1: 1,
    IN_B5: 'b5',
    IN_AA9: 'aa9',
    IN_C2: null,
  });
  const grid = (await readSheetGrid(out.bytes, ["Số liệu & 'ghi' chú"]))!.grid;
  expect([grid[1][0], grid[2][0], grid[6][0]]).toEqual(['a2', 'a3', 7]);
});

test('overwriting a formula cell drops the calculation chain (Excel rebuilds it); values no cell holds are refused', async () => {
  const zip = await JSZip.loadAsync(
    await sparse((ws) => (ws.getCell('C2').value = { formula: 'A7*2' } as ExcelJS.CellFormulaValue)),
  );
  zip.file(
    'xl/calcChain.xml',
    '<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="C2" i="1"/></calcChain>',
  );
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  zip.file(
    'xl/_rels/workbook.xml.rels',
    rels.replace(
      '</Relationships>',
      '<Relationship Id="rIdChain" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>',
    ),
  );
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file(
    '[Content_Types].xml',
    types.replace(
      '</Types>',
      '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>',
    ),
  );
  const bytes = await zip.generateAsync({ type: 'nodebuffer' });
  // Writing elsewhere keeps the chain: it still lists formula cells only.
  const kept = await JSZip.loadAsync((await updateWorkbook(bytes, { set: new Map([['in_b2', 2]]) })).bytes);
  expect(kept.file('xl/calcChain.xml')).not.toBeNull();
  const out = await JSZip.loadAsync((await updateWorkbook(bytes, { set: new Map([['in_c2', 5]]) })).bytes);
  expect(out.file('xl/calcChain.xml')).toBeNull();
  expect(await out.file('xl/_rels/workbook.xml.rels')!.async('string')).not.toContain('calcChain');
  expect(await out.file('[Content_Types].xml')!.async('string')).not.toContain('calcChain');

  await expect(updateWorkbook(bytes, { set: new Map([['in_b2', Number.NaN]]) })).rejects.toThrow(
    CellValueError,
  );
  await expect(
    updateWorkbook(bytes, { set: new Map([['in_b2', 'x'.repeat(MAX_CELL_TEXT + 1)]]) }),
  ).rejects.toThrow(CellValueError);
  const longest = 'ệ'.repeat(MAX_CELL_TEXT);
  const named = await readNamedValues(
    (await updateWorkbook(bytes, { set: new Map([['in_b2', longest]]) })).bytes,
  );
  expect(named.get('IN_B2')).toBe(longest);
});

const SPECIAL = [
  '&',
  '<',
  '>',
  '"',
  "'",
  ']]>',
  '_x0041_',
  '_x005F_',
  '_xd800_',
  '\r\n',
  '\r',
  '\t',
  '\u0000',
  '\u001f',
  '\ud800',
  '\udfff',
  '\ufffe',
  '😀',
  ' ',
  'Đ',
  'e\u0301',
  '&amp;',
  '&#13;',
];
const oddText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 40 }),
  fc.array(fc.constantFrom(...SPECIAL), { maxLength: 12 }).map((a) => a.join('')),
);
const oddValue: fc.Arbitrary<CellValue> = fc.oneof(
  oddText,
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(1e-300, -1e-300, 5e-324, Number.MAX_VALUE, 0.1 + 0.2, -0, 2 ** 53 + 2),
  fc.boolean(),
  fc.constant(null),
);

test('property: any value a cell can hold is read back as written (exceljs as the independent reader)', async () => {
  const base = await sparse();
  const names = ['in_b2', 'in_d2', 'in_a1', 'in_b5', 'in_aa9', 'in_c2'];
  await fc.assert(
    fc.asyncProperty(
      fc.array(oddValue, { minLength: names.length, maxLength: names.length }),
      async (values) => {
        const set = new Map(names.map((n, i) => [n, values[i]]));
        const named = await readNamedValues((await updateWorkbook(base, { set })).bytes);
        for (const [n, v] of set) {
          // A spreadsheet has no negative zero and no empty text: a blank cell.
          const want = v === '' ? null : Object.is(v, -0) ? 0 : v;
          expect([n, named.get(n.toUpperCase())]).toEqual([n, want]);
        }
      },
    ),
    { numRuns: 60 },
  );
});
