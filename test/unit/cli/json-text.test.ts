// Files as officers save them: UTF-8 with or without BOM, UTF-16 from Notepad, legacy code pages,
// decomposed Unicode from Unikey, and JSON with mistakes, located by line and column.
import fc from 'fast-check';
import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { readJsonFile } from '../../../src/cli/files';
import { CliError } from '../../../src/cli/io';
import {
  decodeJsonBytes,
  locateJsonSyntaxError,
  NFC_STABLE,
  normaliseJson,
} from '../../../src/cli/json-text';
import { message } from '../../../src/cli/messages';
import { buildPlan } from '../../../src/plan';
import { builtinCatalog, loadCatalog, PROVINCES_34, PROVINCES_63 } from '../../../src/catalog';
import { FIXTURES, run, tempFile } from './helpers';

const HUNG_YEN = 'Hưng Yên';
const HUNG_YEN_NFD = HUNG_YEN.normalize('NFD'); // as Unikey's "Unicode tổ hợp" types it
const sample = JSON.parse(readFileSync(join(FIXTURES, 'sample-2023.data.json'), 'utf8'));

function fileOf(name: string, bytes: Buffer): string {
  const path = tempFile(name, '');
  writeFileSync(path, bytes);
  return path;
}

function readError(path: string): CliError {
  try {
    readJsonFile(path, message('fileData'));
  } catch (e) {
    if (e instanceof CliError) return e;
    throw e;
  }
  throw new Error('no error');
}

describe('encodings', () => {
  test('NFD really differs from NFC (the premise of these tests)', () => {
    expect(HUNG_YEN_NFD).not.toBe(HUNG_YEN);
    expect(HUNG_YEN_NFD.length).toBeGreaterThan(HUNG_YEN.length);
  });

  test.each([
    ['UTF-16 LE with BOM (Notepad "Unicode")', Buffer.from('\uFEFF{"values": {}}', 'utf16le')],
    ['UTF-16 BE with BOM', Buffer.from('\uFEFF{"values": {}}', 'utf16le').swap16()],
    ['UTF-16 LE without BOM', Buffer.from('{"values": {}}', 'utf16le')],
  ])('%s: "save it as UTF-8", in both languages, not V8\'s raw error', (_name, bytes) => {
    const e = readError(fileOf('u16.json', bytes));
    expect(e.text.vi).toContain('được lưu theo mã UTF-16');
    expect(e.text.vi).toContain('Hãy lưu lại theo UTF-8');
    expect(e.text.en).toContain('is saved as UTF-16');
    expect(e.text.en).toContain('Save it again as UTF-8');
    expect(e.text.en).not.toMatch(/Unexpected token/);
  });

  test('UTF-8 with a BOM is read transparently', () => {
    const path = fileOf(
      'bom.json',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"a": "Huế"}')]),
    );
    expect(readJsonFile(path, message('fileData'))).toEqual({ a: 'Huế' });
  });

  test('a legacy code page (not UTF-8): the line of the first bad byte', () => {
    // "Hà Nội" in Windows-1258 on line 2: 0xE0 is "à" there, an invalid lead byte in UTF-8.
    const bytes = Buffer.concat([Buffer.from('{\n"H'), Buffer.from([0xe0]), Buffer.from(' N": 1}')]);
    const e = readError(fileOf('cp1258.json', bytes));
    expect(e.text.vi).toContain('không phải văn bản UTF-8 (byte sai ở vị trí 4, dòng 2)');
    expect(e.text.en).toContain('is not UTF-8 text (invalid byte at offset 4, line 2)');
    expect(decodeJsonBytes(Buffer.from([0xed, 0xa0, 0x80]))).toMatchObject({ ok: false, offset: 0 }); // a surrogate
  });
});

describe('JSON syntax errors: line and column, in both languages', () => {
  test.each([
    ['{\n  "a": 1,\n}', 3, 1, 'thừa dấu phẩy trước "}"', 'a trailing comma before "}"'],
    ['{\n  "a": 1\n  "b": 2\n}', 3, 3, 'cần dấu phẩy hoặc }, gặp """', 'expected a comma or }, found """'],
    ['{"values": {"x": 1,5}}', 1, 20, 'cần tên khóa', 'expected a key in double quotes, found "5"'],
    ['{"a": [1, 2,]}', 1, 13, 'thừa dấu phẩy', 'a trailing comma before "]"'],
    ["{'a': 1}", 1, 2, 'cần tên khóa', 'expected a key in double quotes'],
    ['{"a" 1}', 1, 6, 'cần dấu hai chấm', 'expected a colon after the key, found "1"'],
    ['{"a": tru}', 1, 7, 'giá trị không hợp lệ', 'invalid value'],
    ['{"a": 01}', 1, 7, 'số sai dạng', 'malformed number'],
    ['{"a": "x\ny"}', 1, 9, 'chuỗi chưa có dấu " đóng', 'a string has no closing "'],
    ['{"a": "x\\qy"}', 1, 9, 'dấu \\ sai', 'a bad \\ escape'],
    ['{"a": {"b": 1}', 1, 15, 'tệp kết thúc giữa chừng', 'the file ends too early'],
    ['{"a": 1} x', 1, 10, 'còn nội dung', 'more content after the end'],
    ['', 1, 1, 'tệp rỗng', 'the file is empty'],
  ])('%j -> line %d, column %d', (text, line, column, vi, en) => {
    expect(() => JSON.parse(text)).toThrow();
    const found = locateJsonSyntaxError(text)!;
    expect([found.line, found.column]).toEqual([line, column]);
    expect(found.problem.vi).toContain(vi);
    expect(found.problem.en).toContain(en);
  });

  test('pii score on a broken file: file, line, column, the line itself and a caret', async () => {
    const r = await run('score', '--data', tempFile('bad.json', '{\n  "values": {"a": 1,}\n}'));
    expect(r.code).toBe(1);
    expect(r.err).toContain('không phải JSON hợp lệ: dòng 2, cột 21: thừa dấu phẩy trước "}"');
    expect(r.err).toContain('is not valid JSON: line 2, column 21: a trailing comma before "}"');
    expect(r.err).toContain('  "values": {"a": 1,}\n');
    expect(r.err).toContain(`  ${' '.repeat(20)}^\n`);
    expect(r.err).not.toMatch(/in JSON at position/);
  });

  test('the locator agrees with JSON.parse: it finds an error exactly when JSON.parse fails', () => {
    const mutated = fc
      .tuple(
        fc.json(),
        fc.nat(),
        fc.constantFrom('', ',', '}', ']', '"', ':', '{', '[', 'x', '0', ' ', '\n', '\\'),
      )
      .map(([text, at, insert]) => {
        const i = text.length === 0 ? 0 : at % (text.length + 1);
        const cut = at % 3 === 0 ? 1 : 0; // sometimes delete a character as well
        return text.slice(0, i) + insert + text.slice(i + cut);
      });
    fc.assert(
      fc.property(mutated, (text) => {
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        expect(locateJsonSyntaxError(text) === undefined).toBe(parses);
      }),
      { numRuns: 3000 },
    );
  });

  test('deep nesting does not overflow the stack', () => {
    const deep = '['.repeat(200_000) + ']'.repeat(199_999);
    expect(locateJsonSyntaxError(deep)?.problem.en).toContain('ends too early');
  });
});

describe('Unicode NFC', () => {
  test('strings and keys come out NFC, key order kept, deep values too', () => {
    const value = { [HUNG_YEN_NFD]: { evidence: [HUNG_YEN_NFD] }, 'Hà Nội': 1 };
    const text = JSON.stringify(value);
    const { value: out, duplicates } = normaliseJson(JSON.parse(text), text);
    expect(duplicates).toEqual([]);
    expect(Object.keys(out as object)).toEqual([HUNG_YEN, 'Hà Nội']);
    expect((out as Record<string, { evidence: string[] }>)[HUNG_YEN].evidence[0]).toBe(HUNG_YEN);
  });

  test('escaped combining marks (\\u0301) are normalised too', () => {
    const text = '{"name": "Hue\\u0302\\u0301"}';
    expect(normaliseJson(JSON.parse(text), text).value).toEqual({ name: 'Huế' });
  });

  test('the fast path is sound: NFC leaves every pair of its characters unchanged', () => {
    const chars: string[] = [];
    for (let c = 0; c <= 0x1eff; c++) {
      const ch = String.fromCharCode(c);
      if (NFC_STABLE.test(ch)) chars.push(ch);
    }
    expect(chars.length).toBe(816); // 128 ASCII + 432 Latin-1 to Latin Extended-B + 256 Latin Extended Additional
    for (const a of chars) {
      expect(a.normalize('NFC')).toBe(a);
      for (const b of chars) if ((a + b).normalize('NFC') !== a + b) throw new Error(`${a}${b} changes`);
    }
    expect(NFC_STABLE.test(HUNG_YEN)).toBe(true);
    expect(NFC_STABLE.test(HUNG_YEN_NFD)).toBe(false);
  });

  test('pii template --province typed decomposed finds the precomposed name in a multi-province file', async () => {
    const data = tempFile(
      'multi.json',
      JSON.stringify({ provinces: { [HUNG_YEN]: sample, 'Hà Nam': sample } }),
    );
    const out = join(tempFile('x', ''), '..', 'hy.xlsx');
    const r = await run(
      'template',
      '--edition',
      '2023',
      '--out',
      out,
      '--data',
      data,
      '--province',
      HUNG_YEN_NFD,
    );
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
  });

  test('a decomposed name in the file matches the precomposed --province', async () => {
    const data = tempFile(
      'multi.json',
      JSON.stringify({ provinces: { [HUNG_YEN_NFD]: sample, 'Hà Nam': sample } }),
    );
    const out = join(tempFile('x', ''), '..', 'hy.xlsx');
    const r = await run('template', '--out', out, '--data', data, '--province', HUNG_YEN);
    expect(r.code).toBe(0);
  });

  test('one province twice, once in each form, is an error, not a silent merge', async () => {
    const text = `{"provinces": {"${HUNG_YEN}": {"values": {}}, "${HUNG_YEN_NFD}": {"values": {}}}}`;
    const r = await run('score', '--data', tempFile('dup.json', text));
    expect(r.code).toBe(1);
    expect(r.err).toContain(`provinces: khóa "${HUNG_YEN}" xuất hiện hai lần`);
    expect(r.err).toContain(`provinces: the key "${HUNG_YEN}" appears twice`);
  });

  test('scored provinces: a decomposed name is reported precomposed', async () => {
    const data = tempFile(
      'multi.json',
      JSON.stringify({
        provinces: {
          [HUNG_YEN_NFD]: sample,
          'Hà Nam': { ...sample, values: { ...sample.values, st_orgs: 1 } },
        },
      }),
    );
    const j = JSON.parse((await run('score', '--edition', '2023', '--json', '--data', data)).out);
    expect(Object.keys(j.provinces)).toContain(HUNG_YEN);
  });

  test('catalog texts read from a file become NFC (agency names compare equal)', () => {
    const raw = JSON.parse(JSON.stringify(builtinCatalog('2023')));
    raw.agencies[0].name.vi = raw.agencies[0].name.vi.normalize('NFD');
    raw.name.vi = raw.name.vi.normalize('NFD');
    const c = loadCatalog(raw);
    expect(c.agencies[0].name.vi).toBe(builtinCatalog('2023').agencies[0].name.vi);
    expect(c.name.vi).toBe(builtinCatalog('2023').name.vi);
  });

  test('the template writes the province precomposed whatever form it was given in', () => {
    const plan = buildPlan(builtinCatalog('2023'), { province: HUNG_YEN_NFD, year: 2023, lang: 'vi' });
    expect(plan.province).toBe(HUNG_YEN);
    expect(plan.customXml.xml).toContain(`province="${HUNG_YEN}"`);
  });

  test('the built-in province lists are NFC', () => {
    for (const p of [...PROVINCES_63, ...PROVINCES_34]) expect(p.normalize('NFC')).toBe(p);
  });
});
