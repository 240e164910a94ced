// The commands refuse, up front and with the place to fix, what would break a workbook: long ids
// (issue 9 C.10), catalogs whose formulas would pass 8,192 characters, and data texts longer than a
// cell (a 40,000-character evidence note used to be written whole).
import { readFileSync } from 'fs';
import { join } from 'path';
import { builtinCatalog } from '../../../src/catalog';
import { maxIdLength } from '../../../src/plan';
import { FIXTURES, run, tempFile } from './helpers';

const bnCatalog = () => JSON.parse(readFileSync(join(FIXTURES, 'bac-ninh-2025.catalog.json'), 'utf8'));
const sample = () => JSON.parse(readFileSync(join(FIXTURES, 'sample-2023.data.json'), 'utf8'));
const outFile = () => join(tempFile('x', ''), '..', 'out.xlsx');

function withComponentId(length: number): string {
  const id = `p${'x'.repeat(length - 1)}`;
  const raw = JSON.parse(JSON.stringify(bnCatalog()).split('"pillar1_points"').join(`"${id}"`));
  raw.components[0].evidenceRequired = true;
  return tempFile('c.json', JSON.stringify(raw));
}

test('pii template with a component id of the longest allowed length writes the workbook', async () => {
  const r = await run(
    'template',
    '--out',
    outFile(),
    '--catalog',
    withComponentId(maxIdLength('component').max),
  );
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
});

test.each(['catalog', 'score', 'template'])(
  'pii %s refuses a component id one character too long, with its path, never "internal error"',
  async (command) => {
    const args = {
      catalog: [],
      score: ['--data', join(FIXTURES, 'bac-ninh-2025.data.json')],
      template: ['--out', outFile()],
    };
    const r = await run(
      command,
      '--catalog',
      withComponentId(maxIdLength('component').max + 1),
      ...args[command as 'catalog'],
    );
    expect(r.code).toBe(1);
    expect(r.err).toContain('components[0].id: dài 232 ký tự');
    expect(r.err).toContain('232 characters long');
    expect(r.err).not.toContain('internal error');
  },
);

test('a catalog whose formulas would pass 8,192 characters is refused by path, before any template', async () => {
  const raw = JSON.parse(JSON.stringify(builtinCatalog('2023'))) as { components: { id: string }[] };
  const max = maxIdLength('component').max;
  let text = JSON.stringify(raw);
  raw.components.forEach((c, i) => {
    text = text
      .split(`"${c.id}"`)
      .join(`"${`${c.id}${'_'.repeat(max)}`.slice(0, max - 3)}${String(i).padStart(3, '0')}"`);
  });
  const r = await run('catalog', '--catalog', tempFile('c.json', text));
  expect(r.code).toBe(1);
  expect(r.err).toMatch(
    /components\[\d+\]: công thức ở Nhập liệu!J\d+ dài [\d.]+ ký tự, vượt giới hạn 8\.192/,
  );
  expect(r.err).toContain("over Excel's limit of 8,192");
});

describe('data texts longer than a cell', () => {
  const long = 'QĐ số 12/QĐ-UBND, '.repeat(2300).slice(0, 40000);

  test.each(['score', 'template'])(
    'pii %s refuses a 40,000-character evidence note, naming the field',
    async (command) => {
      const data = sample();
      data.evidence.population = long;
      const file = tempFile('d.json', JSON.stringify(data));
      const r = await run(command, '--data', file, ...(command === 'template' ? ['--out', outFile()] : []));
      expect(r.code).toBe(1);
      expect(r.err).toContain(
        `pii ${command}: ${file} evidence.population: dài 40.000 ký tự, vượt giới hạn 32.767 ký tự của một ô Excel`,
      );
      expect(r.err).toContain(
        `pii ${command}: ${file} evidence.population: 40,000 characters, over the 32,767-character limit`,
      );
    },
  );

  test('in a multi-province file, every overlong text is listed with its province', async () => {
    const a = sample();
    const b = sample();
    a.values.st_orgs = long;
    b.previous.population = long;
    const file = tempFile('m.json', JSON.stringify({ provinces: { Huế: a, 'Hà Nội': b } }));
    const r = await run('score', '--data', file);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`có 2 giá trị quá dài cho một ô Excel`);
    expect(r.err).toContain(`${file} provinces["Huế"] values.st_orgs: dài 40.000 ký tự`);
    expect(r.err).toContain(`${file} provinces["Hà Nội"] previous.population: dài 40.000 ký tự`);
  });

  test('32,767 characters exactly is accepted and written whole', async () => {
    const data = sample();
    data.evidence.population = 'x'.repeat(32767);
    const r = await run('template', '--data', tempFile('d.json', JSON.stringify(data)), '--out', outFile());
    expect(r.code).toBe(0);
  });
});
