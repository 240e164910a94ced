// The collection's progress per lead agency and per indicator, and the deadline's days left.
import { builtinCatalog } from '../../../src/catalog';
import { formulaComponents } from '../../../src/catalog/lookup';
import { progressOf, readDeadline } from '../../../src/collect/progress';
import { validate } from '../../../src/validation';

const catalog = builtinCatalog('2023');
const today = new Date(2025, 2, 10); // 10 March 2025, local time

describe('progress', () => {
  test("per agency: its own components (shared denominators are the Sở's), filled, findings, evidence", () => {
    const dard = catalog.indicators.filter((i) => i.lead.includes('dard'));
    expect(dard.map((i) => i.code)).toEqual(['7.1.2']);
    const input = { values: { ocop_products: 88, communes: 139 }, evidence: {} };
    const p = progressOf(catalog, input, validate(catalog, input), undefined, today);
    const row = p.agencies.find((a) => a.agency === 'dard')!;
    const own = formulaComponents(dard[0].formula).filter(
      (id) => !catalog.components.find((c) => c.id === id)!.shared,
    );
    expect(row).toMatchObject({ indicators: ['7.1.2'], required: own.length, filled: own.length });
    // OCOP products need evidence and have none: needed 1, given 0, and the finding is a warning.
    expect(row.evidenceNeeded).toBe(1);
    expect(row.evidenceComplete).toBe(0);
    expect(row.warnings).toBeGreaterThanOrEqual(1);
    expect(row.errors).toBe(0);
    const ind = p.indicators.find((i) => i.code === '7.1.2')!;
    expect(ind).toMatchObject({ filled: 2, required: 2, lead: ['dard'] });
  });

  test('an empty workbook: nothing filled, every required component missing as an error', () => {
    const input = { values: {} };
    const p = progressOf(catalog, input, validate(catalog, input), undefined, today);
    for (const a of p.agencies) {
      expect({ agency: a.agency, filled: a.filled }).toEqual({ agency: a.agency, filled: 0 });
      expect(a.errors).toBeGreaterThanOrEqual(a.required);
    }
    expect(p.indicators).toHaveLength(catalog.indicators.length);
    expect(p.deadline).toBeNull();
  });

  test('a typed error counts for the agency that supplies the figure', () => {
    const input = { values: { ocop_products: 'nhiều' } };
    const p = progressOf(catalog, input, validate(catalog, input), undefined, today);
    expect(p.agencies.find((a) => a.agency === 'dard')!.errors).toBeGreaterThanOrEqual(1);
  });
});

describe('readDeadline', () => {
  test.each([
    ['31/03/2025', '2025-03-31', 21],
    ['2025-03-10', '2025-03-10', 0],
    ['1/3/2025', '2025-03-01', -9],
  ])('%s', (text, date, days) => {
    expect(readDeadline(text, today)).toEqual({ text, date, daysLeft: days });
  });

  test('an Excel date number, free text, an impossible day, blank', () => {
    expect(readDeadline(45747, today)).toMatchObject({ date: '2025-03-31', daysLeft: 21 });
    expect(readDeadline('trước ngày 31 tháng 3', today)).toEqual({
      text: 'trước ngày 31 tháng 3',
      date: null,
      daysLeft: null,
    });
    expect(readDeadline('31/02/2025', today)?.date).toBeNull();
    expect(readDeadline(null, today)).toBeNull();
    expect(readDeadline('  ', today)).toBeNull();
  });
});
