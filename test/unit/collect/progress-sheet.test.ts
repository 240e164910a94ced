// The progress sheet's rows: the progress view's counts as numbers, agencies then indicators, the
// deadline as the officer reads it and the days left (blank when the deadline is not a date).
import { builtinCatalog } from '../../../src/catalog';
import { progressOf } from '../../../src/collect/progress';
import { progressSheet } from '../../../src/collect/progress-sheet';
import { validate } from '../../../src/validation';

const catalog = builtinCatalog('2023');
const today = new Date(2025, 2, 10); // 10 March 2025, local time
const input = { values: { ocop_products: 88, communes: 139 }, evidence: {} };
const progressWith = (deadline: string | number | undefined) =>
  progressOf(catalog, input, validate(catalog, input), deadline, today);

describe('progressSheet', () => {
  test('title, header, one row per agency, a blank row, one per indicator; every row 11 wide', () => {
    const p = progressWith('20/03/2025');
    const s = progressSheet(p, 'vi', '10/03/2025 09:00');
    expect(s.sheetName).toBe('Tiến độ');
    expect(s.rows[0][0]).toBe(s.title);
    expect(s.rows[1].slice(0, 2)).toEqual(['Ghi lúc', '10/03/2025 09:00']);
    expect(s.boldRows).toEqual([0, 3]);
    expect(s.rows.every((r) => r.length === 11)).toBe(true);
    const body = s.rows.slice(4);
    expect(body).toHaveLength(p.agencies.length + 1 + p.indicators.length);
    expect(body[p.agencies.length].every((v) => v === null)).toBe(true);
    const dard = p.agencies.find((a) => a.agency === 'dard')!;
    expect(body.find((r) => r[2] === '7.1.2')).toEqual([
      'Cơ quan chủ trì',
      dard.name.vi,
      '7.1.2',
      dard.filled,
      dard.required,
      dard.errors,
      dard.warnings,
      0,
      1,
      '20/03/2025',
      10,
    ]);
    const ind = body.find((r) => String(r[1]).startsWith('7.1.2 '))!;
    expect(ind.slice(0, 1).concat(ind.slice(2, 5))).toEqual(['Chỉ số', dard.name.vi, 2, 2]);
  });

  test('in English the deadline is ISO; a deadline that is not a date stays as typed, days left blank', () => {
    const en = progressSheet(progressWith(45736), 'en', '2025-03-10 09:00');
    expect(en.sheetName).toBe('Progress');
    expect(en.rows[4].slice(9)).toEqual(['2025-03-20', 10]);
    const text = progressSheet(progressWith('cuối tháng 3'), 'vi', '');
    expect(text.rows[4].slice(9)).toEqual(['cuối tháng 3', null]);
    const none = progressSheet(progressWith(undefined), 'vi', '');
    expect(none.rows[4].slice(9)).toEqual(['', null]);
  });
});
