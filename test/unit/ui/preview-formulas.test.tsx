/** @jest-environment node */
// The preview's formula engine glue: HyperFormula mirrors the workbook double, so after the real
// Office JS port loads the template, the in-sheet formulas (status, values, scores) compute, and
// agree with the TypeScript engine on the same inputs.
import { builtinCatalog } from '../../../src/catalog';
import { FormulaMirror } from '../../../src/dev/preview/formulas';
import { WorkbookDouble } from '../../../src/dev/workbook-double';
import type { WorkbookModel } from '../../../src/dev/workbook-double/model';
import { createWorkbookPort } from '../../../src/excel';
import { buildPlan, type PlanName } from '../../../src/plan';
import { scoreProvince } from '../../../src/scoring';
import { BENCHMARKS, VALID_VALUES } from './fixtures';

const catalog = builtinCatalog('2023');
const options = { catalog, province: 'Hưng Yên', year: 2023, lang: 'vi' as const };
const plan = buildPlan(catalog, options);
const nameOf = (kind: PlanName['kind'], key: string) =>
  plan.names.find((n) => n.kind === kind && n.key === key)!;
const at = (n: PlanName) => [n.sheetName, n.address.replace(/\$/g, '')] as const;

async function setup() {
  const double = new WorkbookDouble();
  const model = (double as unknown as { model: WorkbookModel }).model;
  expect(model).toBeDefined();
  const mirror = new FormulaMirror(model);
  double.setFormulaEvaluator(mirror.evaluate);
  const port = createWorkbookPort((batch) => double.run(batch), {
    isSetSupported: (s, v) => double.isSetSupported(s, v),
  });
  await port.loadTemplate(options);
  const read = (n: PlanName) => double.getCell(...at(n)).value;
  const type = (n: PlanName, v: unknown) => double.userEdit(...at(n), [[v]]);
  return { double, mirror, read, type };
}

test('status cells compute and follow edits', async () => {
  const { read, type } = await setup();
  const status = nameOf('status', 'population');
  expect(String(read(status))).toContain('Chưa nhập');
  await type(nameOf('input', 'population'), 1300000);
  expect(String(read(status))).toContain('Thiếu minh chứng');
  // The evidence register: a record with some of its four parts is incomplete; a date must be a
  // day of the reporting years; all four, it is OK.
  await type(nameOf('evidence', 'population'), 'QĐ 1');
  expect(String(read(status))).toContain('Minh chứng chưa đủ 4 phần');
  await type(nameOf('evidenceIssuer', 'population'), 'UBND tỉnh');
  await type(nameOf('evidenceLink', 'population'), 'qd1.pdf');
  expect(String(read(status))).toContain('Minh chứng chưa đủ 4 phần');
  await type(nameOf('evidenceDate', 'population'), 2023); // a year, not a date
  expect(String(read(status))).toContain('Ngày minh chứng không hợp lệ');
  await type(nameOf('evidenceDate', 'population'), 45107); // 30/06/2023
  expect(String(read(status))).toBe('OK');
  await type(nameOf('input', 'population'), '1,5');
  expect(String(read(status))).toContain('Không phải số');
  await type(nameOf('input', 'population'), -3);
  expect(String(read(status))).toContain('Số âm');
});

test('with every input and benchmark, the sheet computes the engine’s PII', async () => {
  const { read, type } = await setup();
  for (const [id, v] of Object.entries(VALID_VALUES)) {
    await type(nameOf('input', id), v);
    await type(nameOf('evidence', id), 'QĐ 1');
  }
  for (const [code, b] of Object.entries(BENCHMARKS)) {
    await type(nameOf('benchmarkMin', code), b.min);
    await type(nameOf('benchmarkMax', code), b.max);
  }
  const expected = scoreProvince(catalog, { values: VALID_VALUES, benchmarks: BENCHMARKS });
  const index = plan.names.find((n) => n.kind === 'index')!;
  expect(read(index) as number).toBeCloseTo(expected.pii.score!, 9);
  for (const p of catalog.pillars) {
    expect(read(nameOf('pillar', p.code)) as number).toBeCloseTo(expected.pillars[p.code].score!, 9);
  }
});

test('formulas are rewritten only where HyperFormula differs from Excel', async () => {
  const { mirror } = await setup();
  mirror.sync();
  const grdp = nameOf('input', 'grdp');
  expect(mirror.rewrite('=IF(PII_in_grdp<1E+300,TRUE,FALSE)')).toBe(
    `=IF('${grdp.sheetName}'!${grdp.address}<1e+300,TRUE(),FALSE())`,
  );
  // Text, sheet names and function names are left alone.
  expect(mirror.rewrite('=IF(A1="PII_in_grdp TRUE",LEN(\'My Sheet\'!B2),SUM(C1:C3))')).toBe(
    '=IF(A1="PII_in_grdp TRUE",LEN(\'My Sheet\'!B2),SUM(C1:C3))',
  );
});

test('part > whole and text values show in the status cells', async () => {
  const { read, type } = await setup();
  await type(nameOf('input', 'contest_students'), '1,5');
  expect(String(read(nameOf('status', 'contest_students')))).toContain('Không phải số');
  await type(nameOf('input', 'contest_students'), 900);
  await type(nameOf('input', 'secondary_students'), 100);
  expect(String(read(nameOf('status', 'contest_students')))).toContain('Phần lớn hơn tổng');
});
