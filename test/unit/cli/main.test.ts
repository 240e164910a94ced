import { readFileSync } from 'fs';
import { join } from 'path';
import { builtinCatalog, builtinEditions, loadCatalog } from '../../../src/catalog';
import { message } from '../../../src/cli/messages';
import { FIXTURES, run, tempFile } from './helpers';

const bnCatalog = join(FIXTURES, 'bac-ninh-2025.catalog.json');
const bnData = join(FIXTURES, 'bac-ninh-2025.data.json');
const sample = join(FIXTURES, 'sample-2023.data.json');

/** Both languages on stderr: one line per language. */
function expectBilingual(err: string, vi: RegExp, en: RegExp) {
  expect(err).toMatch(vi);
  expect(err).toMatch(en);
}

describe('pii (dispatch)', () => {
  test('no command prints usage with every command, exit 2', async () => {
    const r = await run();
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/pii catalog/);
    expect(r.out).toMatch(/pii score/);
  });

  test('--help exits 0', async () => {
    expect((await run('--help')).code).toBe(0);
  });

  test('unknown command', async () => {
    const r = await run('frobnicate');
    expect(r.code).toBe(2);
    expectBilingual(r.err, /không có lệnh "frobnicate"/, /unknown command "frobnicate"/);
  });
});

describe('error messages', () => {
  // Each case fails in a different place (flag parser, command, file reader, catalog loader).
  test.each([
    [['score']],
    [['template']],
    [['score', '--data']],
    [['catalog', '--edition', '1999']],
    [['catalog', '--jsn']],
    [['template', '--out', 'x.xlsx', '--lang', 'fr']],
    [['score', '--data', '/nonexistent/d.json']],
  ])('pii %j: each line carries the command prefix once, Vietnamese line first', async (argv) => {
    const r = await run(...argv);
    expect(r.code).not.toBe(0);
    const lines = r.err.split('\n').filter((l) => l.startsWith('pii'));
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const l of lines) expect(l).not.toMatch(/^(pii(?: [a-z]+)?): .*\bpii [a-z]+:/);
    // The pair is one message in two languages: same prefix, different text.
    expect(lines[0].split(':')[0]).toBe(`pii ${argv[0]}`);
    expect(lines[0]).not.toBe(lines[1]);
  });

  test('pii score without --data names the flag once', async () => {
    const r = await run('score');
    const lines = r.err.split('\n');
    expect(lines).toContain('pii score: thiếu --data D.json');
    expect(lines).toContain('pii score: --data D.json is required');
  });

  test('numbers in messages follow the language: 1.234 in Vietnamese, 1,234 in English', () => {
    const m = message('catalogInvalid', { source: '"c.json"', count: 1234 });
    expect(m.vi).toContain('(1.234 lỗi)');
    expect(m.en).toContain('(1,234 problems)');
  });
});

describe('pii catalog', () => {
  test('readable table of the built-in edition', async () => {
    const r = await run('catalog', '--edition', '2023');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Thể chế / Institutions');
    expect(r.out).toContain('7.1.2');
    expect(r.out).toContain('Sở Nông nghiệp và Phát triển nông thôn');
  });

  test('--json prints a catalog that loads back (default: the newest edition)', async () => {
    const r = await run('catalog', '--json');
    expect(loadCatalog(JSON.parse(r.out))).toEqual(builtinCatalog(builtinEditions().at(-1)!)); // the newest by default
  });

  test('--catalog file works too', async () => {
    const r = await run('catalog', '--catalog', bnCatalog, '--json');
    expect(JSON.parse(r.out).edition).toBe('bac-ninh-2025-fixture');
  });

  test('unknown edition', async () => {
    const r = await run('catalog', '--edition', '1999');
    expect(r.code).toBe(2);
    expectBilingual(r.err, /Không có ấn bản "1999"/, /No built-in edition "1999"/);
  });

  test('unknown flag', async () => {
    const r = await run('catalog', '--jsn');
    expect(r.code).toBe(2);
    expectBilingual(r.err, /không có tùy chọn --jsn/, /unknown option --jsn/);
  });
});

describe('pii score', () => {
  test('--json reproduces the published Bắc Ninh 2025 aggregates', async () => {
    const r = await run('score', '--data', bnData, '--catalog', bnCatalog, '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.input.score.toFixed(2)).toBe('53.06');
    expect(j.output.score.toFixed(2)).toBe('44.47');
    expect(j.pii.score.toFixed(2)).toBe('48.76');
    expect(Object.keys(j.indicators)).toHaveLength(7);
    expect(j.pillars['6']).toMatchObject({ present: 1, defined: 1 });
    expect(j).toHaveProperty('coverage');
    expect(j.findings).toEqual([]);
  });

  test('readable output rounds for display only', async () => {
    const r = await run('score', '--data', bnData, '--catalog', bnCatalog);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/PII:\s+48\.76/);
    expect(r.out).toMatch(/Đầu vào \/ Input:\s+53\.06/);
    expect(r.out).toContain('Không có phát hiện nào / No findings.');
  });

  test('aggregates built while errors remain say how many (7.200 enterprises read as 7.2)', async () => {
    const clean = await run('score', '--edition', '2023', '--data', sample);
    expect(clean.out).toMatch(/PII:\s+40\.59/);
    expect(clean.out).not.toContain('not fixed');
    const one = JSON.parse(readFileSync(sample, 'utf8'));
    one.values.active_enterprises = 7.2;
    one.values.new_enterprises = 1.1;
    const r = await run('score', '--edition', '2023', '--data', tempFile('d.json', JSON.stringify(one)));
    const json = JSON.parse(
      (await run('score', '--edition', '2023', '--data', tempFile('d.json', JSON.stringify(one)), '--json'))
        .out,
    );
    const errors = json.findings.filter((f: { severity: string }) => f.severity === 'error').length;
    expect(errors).toBeGreaterThanOrEqual(2);
    const note = `⛔ ${errors} lỗi chưa sửa / ${errors} errors not fixed`;
    expect(r.out).not.toMatch(/PII:\s+60\.91/);
    for (const line of ['Đầu vào / Input:', 'Đầu ra / Output:', 'PII:  ']) {
      expect(r.out.split('\n').find((l) => l.startsWith(line))).toContain(note);
    }
    expect(r.out).toContain('Chưa tính vì còn lỗi / Withheld for an error');
  });

  test('findings are printed in both languages', async () => {
    const data = tempFile(
      'd.json',
      JSON.stringify({ values: { pillar1_points: '59,17' }, benchmarks: { '1.1.1': { min: 0, max: 100 } } }),
    );
    const r = await run('score', '--data', data, '--catalog', bnCatalog);
    expect(r.code).toBe(0);
    expect(r.out).toContain('[lỗi/error] Không phải số / Not a number');
    expect(r.out).not.toContain('notNumber:pillar1_points');
    expect(r.out).toContain('không phải là số');
    expect(r.out).toContain('which is not a number');
  });

  test('several provinces are scored together and ranked', async () => {
    const one = JSON.parse(readFileSync(sample, 'utf8'));
    const two = JSON.parse(JSON.stringify(one));
    two.values.st_orgs = 70;
    const data = tempFile('multi.json', JSON.stringify({ provinces: { 'Tỉnh A': one, 'Tỉnh B': two } }));
    const j = JSON.parse((await run('score', '--data', data, '--edition', '2023', '--json')).out);
    expect(j.ranking.map((x: { province: string }) => x.province)).toEqual(['Tỉnh B', 'Tỉnh A']);
    expect(j.benchmarks['2.2.4'].max).toBe(j.provinces['Tỉnh B'].indicators['2.2.4'].value);
    const text = (await run('score', '--data', data)).out;
    expect(text).toContain('Hạng / Rank');
    expect(text).toContain('Tỉnh B');
  });

  test('an infinite number (1e999) or an object as a value is refused with its path, not scored as blank', async () => {
    const data = tempFile('inf.json', '{"values": {"pillar1_points": 1e999, "pillar2_points": {"x": 1}}}');
    const r = await run('score', '--data', data, '--catalog', bnCatalog, '--json');
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toContain('values.pillar1_points: số lớn hơn mức máy tính biểu diễn được');
    expect(r.err).toContain('a number beyond what a computer can hold (about 1.8 × 10^308, as 1e309 is)');
    expect(r.err).toContain('values.pillar2_points: một đối tượng {...} không phải một giá trị');
    expect(r.err).toContain('an object {...} is not a value: write a number, a text, or null (blank)');
  });

  test.each([
    ['missing --data', ['score'], 2, /thiếu --data/, /--data D.json is required/],
    [
      'unknown flag',
      ['score', '--data', 'x.json', '--verbose'],
      2,
      /không có tùy chọn --verbose/,
      /unknown option --verbose/,
    ],
    ['flag without value', ['score', '--data'], 2, /--data cần một giá trị/, /--data needs a value/],
    [
      'both --catalog and --edition',
      ['score', '--data', 'x', '--catalog', 'c', '--edition', '2023'],
      2,
      /Chỉ dùng một/,
      /not both/,
    ],
    ['stray argument', ['score', 'data.json'], 2, /đối số không hợp lệ/, /unexpected argument/],
    [
      'data file not found',
      ['score', '--data', '/nonexistent/d.json'],
      1,
      /Không đọc được tệp số liệu/,
      /Cannot read the data file.*\(no such file\)/,
    ],
  ])('%s', async (_name, argv, code, vi, en) => {
    const r = await run(...(argv as string[]));
    expect(r.code).toBe(code);
    expectBilingual(r.err, vi as RegExp, en as RegExp);
  });

  test('"peers" (published PII scores) rank the province: Bắc Ninh 2025 is 6th after the five above it', async () => {
    const data = JSON.parse(readFileSync(bnData, 'utf8'));
    // PII 2025 published (pii-domain.md §6).
    data.peers = {
      'Hà Nội': 65.68,
      'TP Hồ Chí Minh': 59.33,
      'Quảng Ninh': 58.41,
      'Hải Phòng': 58.09,
      Huế: 49.37,
    };
    const r = await run(
      'score',
      '--data',
      tempFile('peers.json', JSON.stringify(data)),
      '--catalog',
      bnCatalog,
      '--json',
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).rank).toEqual({ position: 6, of: 6 });
    const human = await run(
      'score',
      '--data',
      tempFile('peers.json', JSON.stringify(data)),
      '--catalog',
      bnCatalog,
    );
    expect(human.out).toContain('Xếp hạng / Rank:  6/6');
  });

  test('"peers" must map names to numbers', async () => {
    const r = await run(
      'score',
      '--data',
      tempFile('p.json', '{"values": {}, "peers": {"Hà Nội": "62,86"}}'),
    );
    expect(r.code).toBe(1);
    expectBilingual(
      r.err,
      /peers\["Hà Nội"\]: điểm PII đã công bố phải là một số .*không phải chữ "62,86"/,
      /a published PII score must be a number \(decimal point\), not the text "62,86"/,
    );
  });

  test('bad JSON in the data file', async () => {
    const r = await run('score', '--data', tempFile('bad.json', '{"values": {"a": 1,}}'));
    expect(r.code).toBe(1);
    expectBilingual(r.err, /không phải JSON hợp lệ/, /is not valid JSON/);
  });

  test('data without "values"', async () => {
    const r = await run('score', '--data', tempFile('nv.json', '{"value": {}}'));
    expect(r.code).toBe(1);
    expectBilingual(
      r.err,
      /không có "values" \(một tỉnh\) hay "provinces"/,
      /neither "values" \(one province\) nor "provinces"/,
    );
    expect(r.err).toContain('value: khóa không xác định "value" (có phải "values"?)');
    expect(r.err).toContain('unknown key "value" (did you mean "values"?)');
  });

  test('a bad catalog lists its problems with paths', async () => {
    const bad = JSON.parse(readFileSync(bnCatalog, 'utf8'));
    bad.indicators[2].subPillar = '9.9';
    bad.indicators[3].formula = { value: 'ghost' };
    const r = await run('score', '--data', bnData, '--catalog', tempFile('c.json', JSON.stringify(bad)));
    expect(r.code).toBe(1);
    expectBilingual(r.err, /Danh mục .* không hợp lệ \(2 lỗi\)/, /is invalid \(2 problems\)/);
    expect(r.err).toContain('indicators[2].subPillar');
    expect(r.err).toContain('indicators[3].formula.value');
  });

  test('a JSON file with a BOM is read', async () => {
    const text = readFileSync(bnData, 'utf8');
    const r = await run(
      'score',
      '--data',
      tempFile('bom.json', `\uFEFF${text}`),
      '--catalog',
      bnCatalog,
      '--json',
    );
    expect(r.code).toBe(0);
  });
});
