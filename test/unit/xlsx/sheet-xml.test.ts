// The worksheet-part cell writer on XML other programs write: a namespace prefix on every element
// (the Open XML SDK's "x:"), rows and cells without their optional `r`, self-closing rows, cached
// formula results; and the styles part growing once, not on every update.
import {
  cellText,
  dropFormulaResults,
  needsEscape,
  setCells,
  type CellWrite,
} from '../../../src/xlsx/sheet-xml';
import { StyleBook } from '../../../src/xlsx/styles-xml';

const writes = (entries: [number, number, CellWrite['value']][]) => {
  const out = new Map<number, Map<number, CellWrite>>();
  for (const [r, c, value] of entries) {
    if (!out.has(r)) out.set(r, new Map());
    out.get(r)!.set(c, { value });
  }
  return out;
};

test('prefixed elements, rows and cells without r, a self-closing row: inserted in order, r made explicit', () => {
  const xml =
    '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:dimension ref="A1:B2"/>' +
    '<x:sheetData><x:row><x:c><x:v>1</x:v></x:c><x:c t="s"><x:v>0</x:v></x:c></x:row>' +
    '<x:row spans="1:2"><x:c s="3"><x:f>A1*2</x:f><x:v>2</x:v></x:c></x:row><x:row r="4"/></x:sheetData></x:worksheet>';
  const edit = setCells(
    xml,
    writes([
      [2, 2, 'b2 & <c>'],
      [1, 1, 10],
      [3, 1, false],
      [4, 3, null],
      [2, 1, 5],
    ]),
  );
  expect(edit.replacedFormula).toBe(true);
  expect(edit.xml).toBe(
    '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:dimension ref="A1:C4"/>' +
      '<x:sheetData><x:row r="1"><x:c r="A1"><x:v>10</x:v></x:c><x:c t="s" r="B1"><x:v>0</x:v></x:c></x:row>' +
      '<x:row r="2"><x:c r="A2" s="3"><x:v>5</x:v></x:c><x:c r="B2" t="inlineStr"><x:is><x:t xml:space="preserve">b2 &amp; &lt;c&gt;</x:t></x:is></x:c></x:row>' +
      '<x:row r="3"><x:c r="A3" t="b"><x:v>0</x:v></x:c></x:row>' +
      '<x:row r="4"><x:c r="C4"/></x:row></x:sheetData></x:worksheet>',
  );
});

test('cached formula results are dropped with their type; cells without a formula keep theirs', () => {
  const xml =
    '<worksheet><sheetData><row r="1"><c r="A1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="B1" t="s"><v>3</v></c>' +
    '<c r="C1"><f t="shared" ref="C1:C2" si="0">B1+1</f><v>4</v></c></row></sheetData></worksheet>';
  expect(dropFormulaResults(xml)).toBe(
    '<worksheet><sheetData><row r="1"><c r="A1"><f>"a"&amp;"b"</f></c><c r="B1" t="s"><v>3</v></c>' +
      '<c r="C1"><f t="shared" ref="C1:C2" si="0">B1+1</f></c></row></sheetData></worksheet>',
  );
  const none = '<worksheet><sheetData><row r="1"><c r="A1"><f>1</f></c></row></sheetData></worksheet>';
  expect(dropFormulaResults(none)).toBe(none);
});

test('cell text: XML escapes, a carriage return kept, controls and lone surrogates as _xHHHH_', () => {
  expect(cellText('a&b<c>"d"')).toBe('a&amp;b&lt;c&gt;&quot;d&quot;');
  expect(cellText('1\r\n2\t3')).toBe('1&#13;\n2\t3');
  expect(cellText('\u0001\ud800x😀_x0041_')).toBe('_x0001__xD800_x😀_x005F_x0041_');
  expect([needsEscape('Đồng & <số>\r\n'), needsEscape('\u000b'), needsEscape('_x0041_')]).toEqual([
    false,
    true,
    true,
  ]);
});

test('a style asked for twice, or on a later update, is added once', () => {
  const styles =
    '<styleSheet><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
    '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>';
  const book = new StyleBook(styles);
  const bold = book.style({ bold: true, size: 13 });
  const text = book.style({ numFmtId: 49 });
  expect([bold, text, book.style({ bold: true, size: 13 })]).toEqual([1, 2, 1]);
  expect(book.xml).toContain(
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="13"/><name val="Calibri"/></font></fonts>',
  );
  const later = new StyleBook(book.xml);
  expect([later.style({ bold: true, size: 13 }), later.style({ numFmtId: 49 })]).toEqual([1, 2]);
  expect(later.xml).toBe(book.xml);
});
