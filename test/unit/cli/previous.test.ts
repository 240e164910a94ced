// pii template --previous: last year's workbooks (made by pii template --data) fill this year's
// "Last year" column, summed across the 2025 mergers; a province absorbed in 2025 is refused.
import { readFileSync } from 'fs';
import { dirname, join } from 'path';
import { NAMES } from '../../../src/plan';
import { readNamedValues } from '../../../src/xlsx';
import { run, tempFile } from './helpers';

async function lastYear(province: string, values: Record<string, unknown>): Promise<string> {
  const data = tempFile(`${province}.json`, JSON.stringify({ values }));
  const out = join(dirname(data), `${province} 2024.xlsx`);
  const r = await run(
    'template',
    '--edition',
    '2024',
    '--province',
    province,
    '--year',
    '2024',
    '--data',
    data,
    '--out',
    out,
  );
  expect(r.code).toBe(0);
  return out;
}

const prev = (named: Map<string, unknown>, id: string) => named.get(NAMES.previous(id).toUpperCase());

describe('pii template --previous', () => {
  it('Bắc Ninh 2025 from the 2024 workbooks of Bắc Ninh and Bắc Giang: additive figures summed', async () => {
    const a = await lastYear('Bắc Ninh', {
      population: 1_500_000,
      communes: 121,
      policy_points: 41.5,
      ocop_products: 80,
    });
    const b = await lastYear('Bắc Giang', { population: 1_900_000, communes: 192, policy_points: 38 });
    const out = join(dirname(a), 'Bắc Ninh 2025.xlsx');
    const r = await run(
      'template',
      '--edition',
      '2025',
      '--province',
      'Bắc Ninh',
      '--year',
      '2025',
      '--previous',
      a,
      '--previous',
      b,
      '--out',
      out,
    );
    expect(r.code).toBe(0);
    expect(r.out).toContain('Last year');
    const named = await readNamedValues(readFileSync(out));
    expect(prev(named, 'population')).toBe(3_400_000);
    expect(prev(named, 'communes')).toBe(313);
    expect(prev(named, 'policy_points')).toBeNull(); // points do not add up: left blank, with a note
    expect(r.err).toMatch(/policy_points: .*Does not add up/);
    // 2024's "all OCOP products" has no place in 2025 (4 stars and above): listed, never dropped.
    expect(r.err).toMatch(/ocop_products = 80: .*no such component/);
    expect(named.get(NAMES.input('population').toUpperCase())).toBeNull(); // this year stays blank
  });

  it('one workbook of the same province: its figures as they are', async () => {
    const a = await lastYear('Hưng Yên', { population: 1_300_000, grdp: 140_000.5 });
    const out = join(dirname(a), 'Hưng Yên next.xlsx');
    const r = await run(
      'template',
      '--edition',
      '2024',
      '--province',
      'Hưng Yên',
      '--previous',
      a,
      '--out',
      out,
    );
    expect(r.code).toBe(0);
    const named = await readNamedValues(readFileSync(out));
    expect(prev(named, 'population')).toBe(1_300_000);
    expect(prev(named, 'grdp')).toBe(140_000.5);
  });

  it('a file that is not a PII workbook is refused, bilingual', async () => {
    const bad = tempFile('not.xlsx', 'hello');
    const r = await run(
      'template',
      '--edition',
      '2025',
      '--province',
      'Bắc Ninh',
      '--previous',
      bad,
      '--out',
      bad + '.out.xlsx',
    );
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/không đọc được như một sổ tính/);
    expect(r.err).toMatch(/cannot be read as an .xlsx workbook/);
  });
});

describe('provinces by edition on the command line', () => {
  it('Bắc Giang for 2025 is refused naming Bắc Ninh; accepted for 2024', async () => {
    const out = tempFile('x.json', '{}') + '.xlsx';
    const refused = await run('template', '--edition', '2025', '--province', 'Bắc Giang', '--out', out);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/Bắc Giang thuộc Bắc Ninh từ năm 2025/);
    expect(refused.err).toMatch(/Bắc Giang is part of Bắc Ninh from 2025/);
    expect((await run('template', '--edition', '2024', '--province', 'Bắc Giang', '--out', out)).code).toBe(
      0,
    );
  });

  it('pii catalog knows the 2024 and 2025 editions', async () => {
    for (const edition of ['2024', '2025']) {
      const r = await run('catalog', '--edition', edition, '--json');
      expect(r.code).toBe(0);
      expect(JSON.parse(r.out).edition).toBe(edition);
    }
  });
});
