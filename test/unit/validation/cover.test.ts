// The cover's typed province and year against the edition, and the figure count a reload names.
import { coverProblems, countFigures } from '../../../src/validation';

describe('coverProblems', () => {
  const last = 2026;
  it('accepts a province of the edition and a year in range, typed as text or number', () => {
    expect(coverProblems('2023', { province: 'Hưng Yên', year: 2023 }, last)).toEqual([]);
    expect(coverProblems('2023', { province: ' Bắc Ninh ', year: '2024' }, last)).toEqual([]);
    // Decomposed Vietnamese (as a Mac may type it) is the same name.
    expect(coverProblems('2023', { province: 'Hưng Yên'.normalize('NFD'), year: 2023 }, last)).toEqual([]);
  });

  it('names a province the edition does not rank, and a blank one', () => {
    expect(coverProblems('2023', { province: 'Atlantis', year: 2023 }, last)).toEqual([
      { field: 'province', problem: 'unknown', value: 'Atlantis' },
    ]);
    // Hà Giang merged into Tuyên Quang in 2025: not a unit of the 2025 edition.
    expect(coverProblems('2025', { province: 'Hà Giang', year: 2025 }, last)[0]).toMatchObject({
      problem: 'unknown',
    });
    expect(coverProblems('2023', { province: null, year: 2023 }, last)).toEqual([
      { field: 'province', problem: 'missing', value: '' },
    ]);
  });

  it('names a year that is not a year, or out of range', () => {
    const year = (y: string | number | null) =>
      coverProblems('2023', { province: 'Hưng Yên', year: y }, last).map((p) => p.problem);
    expect(year('abc')).toEqual(['notYear']);
    expect(year(2023.5)).toEqual(['notYear']);
    expect(year(1999)).toEqual(['outOfRange']);
    expect(year(2027)).toEqual(['outOfRange']);
    expect(year(2026)).toEqual([]);
    expect(year(null)).toEqual(['missing']);
  });
});

describe('countFigures', () => {
  it('counts non-blank values, last year, evidence and benchmark ends; blanks and spaces are not figures', () => {
    expect(
      countFigures({
        values: { a: 1, b: null, c: '1,5', d: '  ' },
        previous: { a: 0 },
        evidence: { a: 'QĐ 1', b: '' },
        benchmarks: { '1.1.1': { min: 0, max: null }, '1.1.2': { min: 1, max: 2 } },
      }),
    ).toBe(7);
    expect(countFigures({ values: {} })).toBe(0);
  });
});
