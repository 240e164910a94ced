// The pure parts of the adapter: stamp, carry-over decisions, sheet resolution.
import { planCarryOver, isInputName } from '../../../src/excel/carry-over';
import type { Inventory, NameInfo } from '../../../src/excel/inventory';
import { parseReference } from '../../../src/excel/reference';
import { resolveSheets } from '../../../src/excel/sheets';
import { mergeRects } from '../../../src/excel/format';
import { compareVersions, stampFromNames, templateStateOf } from '../../../src/excel/stamp';
import { TEMPLATE_VERSION } from '../../../src/plan';
import { options, planFor } from './helpers';

function inventory(sheets: string[], names: Record<string, [string, unknown]>): Inventory {
  const map = new Map<string, NameInfo>();
  for (const [name, [formula, value]] of Object.entries(names)) {
    map.set(name.toUpperCase(), { name, formula, target: parseReference(formula), values: [[value]] });
  }
  return {
    sheets: sheets.map((name, position) => ({
      id: `id${position}`,
      name,
      position,
      visibility: 'Visible',
      protected: true,
    })),
    names: map,
    xmlPartIds: [],
    structureProtected: false,
    backup: null,
    leftoverSheets: [],
    keptNotCarried: new Set(),
    templateXml: [],
  };
}

describe('stamp', () => {
  it('compares versions numerically', () => {
    expect(compareVersions('1.10.0', '1.9.9')).toBe(1);
    expect(compareVersions('1.0', '1.0.0')).toBe(0);
    expect(compareVersions('0.9.0', '1.0.0')).toBe(-1);
  });

  it('reads the stamp from the meta names and says whether it is current', () => {
    const values: Record<string, unknown> = {
      PII_meta_version: TEMPLATE_VERSION,
      PII_meta_edition: '2023',
      PII_meta_province: 'Bắc Ninh',
      PII_meta_year: 2024,
      PII_meta_lang: 'en',
    };
    const stamp = stampFromNames((n) => values[n] as never);
    expect(stamp).toEqual({
      templateVersion: TEMPLATE_VERSION,
      edition: '2023',
      province: 'Bắc Ninh',
      year: 2024,
      lang: 'en',
    });
    expect(templateStateOf(stamp).kind).toBe('current');
    expect(templateStateOf(stamp, '2025').kind).toBe('stale');
    expect(templateStateOf({ ...stamp!, templateVersion: '0.1.0' }).kind).toBe('stale');
    expect(templateStateOf({ ...stamp!, templateVersion: '99.0.0' }).kind).toBe('current');
    expect(templateStateOf(stampFromNames(() => undefined))).toEqual({ kind: 'none' });
  });

  it("a province retyped in decomposed Unicode reads as the precomposed name (the pane's list matches it)", () => {
    const values: Record<string, unknown> = {
      PII_meta_version: TEMPLATE_VERSION,
      PII_meta_province: ' Bắc Ninh '.normalize('NFD'),
    };
    expect(stampFromNames((n) => values[n] as never)?.province).toBe('Bắc Ninh');
  });
});

describe('planCarryOver', () => {
  const plan = planFor(options());
  const input = plan.names.find((n) => n.kind === 'input')!;
  const value = plan.names.find((n) => n.kind === 'value')!;
  const province = plan.names.find((n) => n.name === 'PII_meta_province')!;

  it('carries input values by name, text with its apostrophe, and ignores computed and meta cells', () => {
    const inv = inventory([], {
      [input.name]: ["='Old'!$C$9", '1,5'],
      [value.name]: ["='Old'!$C$10", 42],
      [province.name]: ["='Old'!$B$5", 'Hà Nội'],
    });
    const carry = planCarryOver(plan, inv);
    expect(carry.carried).toEqual([{ name: input.name, value: '1,5' }]);
    expect(carry.writes.get(input.name.toUpperCase())).toBe("'1,5");
    expect(carry.notCarried).toEqual([]);
  });

  it('reports input names the plan lacks, never other names', () => {
    const inv = inventory([], {
      PII_in_gone: ["='Old'!$C$9", 7],
      PII_val_gone: ["='Old'!$C$10", 8],
      PII_prev_gone: ["='Old'!$C$11", ''],
      Officer_name: ["='Old'!$C$12", 9],
    });
    expect(planCarryOver(plan, inv).notCarried.map((n) => [n.name, n.value])).toEqual([['PII_in_gone', 7]]);
    expect(isInputName('PII_min_1_1')).toBe(true);
    expect(isInputName('PII_score_1_1')).toBe(false);
  });
});

describe('resolveSheets', () => {
  const plan = planFor(options());
  const entry = plan.sheets.find((s) => s.key === 'entry')!;
  const n = plan.names.find((x) => x.sheet === 'entry')!;

  const cover = plan.names.find((x) => x.sheet === 'cover')!;
  const result = plan.names.find((x) => x.sheet === 'results')!;

  it('reuses by name, renames the other language or the sheet the names point to, adds the rest', () => {
    const inv = inventory(['Guide', 'Nhập liệu cũ', 'Kết quả'], {
      [n.name]: ["='Nhập liệu cũ'!$C$5", null],
      [cover.name]: ["='Guide'!$B$5", null],
      [result.name]: ["='Kết quả'!$D$7", null],
    });
    const r = resolveSheets(plan, inv).map((x) => [
      x.plan.key,
      x.action,
      'existing' in x ? x.existing : null,
    ]);
    expect(r).toEqual([
      ['cover', 'rename', 'Guide'],
      ['entry', 'rename', 'Nhập liệu cũ'],
      ['benchmarks', 'add', null],
      ['results', 'reuse', 'Kết quả'],
      ['checks', 'add', null],
      ['framework', 'add', null],
    ]);
    expect(entry.name).toBe('Nhập liệu');
  });

  it("never reuses or renames a sheet no PII_ name points into: it is moved aside, the plan's sheet added", () => {
    const inv = inventory(['Guide', 'Kết quả', 'kiểm tra', 'Kiểm tra (của bạn)', 'Nhập liệu'], {
      [n.name]: ["='Nhập liệu'!$C$5", null],
      Officer_total: ["='Kết quả'!$A$1", 3],
    });
    const r = resolveSheets(plan, inv).map((x) => [x.plan.key, x.action, 'aside' in x ? x.aside : null]);
    expect(r).toEqual([
      ['cover', 'add', null],
      ['entry', 'reuse', null],
      ['benchmarks', 'add', null],
      ['results', 'add', { from: 'Kết quả', to: 'Kết quả (của bạn)', kind: 'name' }],
      ['checks', 'add', { from: 'kiểm tra', to: 'kiểm tra (của bạn) (2)', kind: 'name' }],
      ['framework', 'add', null],
    ]);
  });
});

describe('mergeRects', () => {
  it('joins side-by-side and stacked rectangles into the same cells', () => {
    const r = (row: number, col: number, rowCount = 1, columnCount = 1) => ({
      row,
      col,
      rowCount,
      columnCount,
    });
    expect(mergeRects([r(5, 2), r(5, 3), r(6, 2, 1, 2), r(5, 5)])).toEqual([r(5, 2, 2, 2), r(5, 5)]);
    expect(mergeRects([r(1, 1), r(3, 1)])).toEqual([r(1, 1), r(3, 1)]);
    expect(mergeRects([r(0, 0, 2, 1), r(0, 1, 1, 1)])).toHaveLength(2);
  });
});
