// The three built-in editions and the 2025 province mergers (pii-domain.md §7-8).
import {
  ABSORBED_IN_2025,
  builtinCatalog,
  builtinEditions,
  formedFrom,
  provinceProblem,
  provincesFor,
  PROVINCES_34,
  PROVINCES_63,
} from '../../../src/catalog';

describe('built-in editions', () => {
  it('ships 2023, 2024 and 2025; the later two say their list is an assumption', () => {
    expect(builtinEditions()).toEqual(['2023', '2024', '2025']);
    expect(builtinCatalog('2023').assumption).toBeUndefined();
    for (const edition of ['2024', '2025']) {
      const catalog = builtinCatalog(edition);
      expect(catalog.edition).toBe(edition);
      expect(catalog.assumption?.vi).toContain('chưa được công bố');
      expect(catalog.assumption?.en).toContain('not public');
      expect(catalog.indicators).toHaveLength(13);
    }
  });

  it('2025 applies what is public: 7.1.2 counts OCOP products of 4 stars and above; 2.1.3 and 2.1.4 are flagged', () => {
    const c2025 = builtinCatalog('2025');
    const ocop = c2025.indicators.find((i) => i.code === '7.1.2');
    expect(ocop?.formula).toMatchObject({ kind: 'ratio', numerator: ['ocop_products_4star'] });
    expect(ocop?.assumption?.en).toContain('not confirmed');
    expect(c2025.components.some((c) => c.id === 'ocop_products')).toBe(false);
    for (const code of ['2.1.3', '2.1.4'])
      expect(c2025.indicators.find((i) => i.code === code)?.assumption?.vi).toContain('2025');
    // Everything else is the 2023 list: the same component ids, so figures carry by id.
    const ids2023 = builtinCatalog('2023').components.map((c) => c.id);
    const ids2025 = c2025.components.map((c) => c.id);
    expect(ids2025.filter((id) => !ids2023.includes(id))).toEqual(['ocop_products_4star']);
  });
});

describe('provinces by edition', () => {
  it('63 until 2024, 34 from 2025', () => {
    expect(provincesFor('2023')).toHaveLength(63);
    expect(provincesFor('2024')).toHaveLength(63);
    expect(provincesFor('2025')).toHaveLength(34);
  });

  it('every province that disappeared in 2025 was absorbed by a 2025 unit, and no other', () => {
    const gone = PROVINCES_63.filter((p) => !PROVINCES_34.includes(p));
    expect(Object.keys(ABSORBED_IN_2025).sort()).toEqual([...gone].sort());
    for (const into of Object.values(ABSORBED_IN_2025)) expect(PROVINCES_34).toContain(into);
    const covered = new Set(PROVINCES_34.flatMap(formedFrom));
    expect([...covered].sort()).toEqual([...PROVINCES_63].sort());
  });

  it('a province absorbed in 2025 is refused for 2025 naming the unit that absorbed it', () => {
    const problem = provinceProblem('2025', 'Bắc Giang');
    expect(problem?.vi).toContain('Bắc Giang thuộc Bắc Ninh từ năm 2025');
    expect(problem?.en).toContain('Bắc Giang is part of Bắc Ninh from 2025');
    expect(provinceProblem('2024', 'Bắc Giang')).toBeNull();
    expect(provinceProblem('2025', 'Bắc Ninh')).toBeNull();
    expect(provinceProblem('2025', 'Thừa Thiên Huế')?.en).toContain('part of Huế');
    expect(provinceProblem('2023', 'Atlantis')?.en).toContain('not among the 63 provinces');
  });

  it('compares names in Unicode NFC (Unikey "Unicode tổ hợp" types NFD)', () => {
    expect(provinceProblem('2025', 'Bắc Ninh'.normalize('NFD'))).toBeNull();
    expect(provinceProblem('2025', 'Bắc Giang'.normalize('NFD'))?.en).toContain('Bắc Ninh');
  });

  it('formedFrom lists what a 2025 unit was made of', () => {
    expect(formedFrom('Bắc Ninh')).toEqual(['Bắc Ninh', 'Bắc Giang']);
    expect(formedFrom('Huế')).toEqual(['Thừa Thiên Huế']);
    expect(formedFrom('Ninh Bình')).toEqual(['Ninh Bình', 'Hà Nam', 'Nam Định']);
  });
});

test('a province typed without its accents is named as meant', () => {
  const problem = provinceProblem('2025', 'Bac  ninh')!;
  expect(problem.vi).toContain('Có phải ý bạn là "Bắc Ninh"?');
  expect(problem.en).toContain('Did you mean "Bắc Ninh"?');
  expect(provinceProblem('2025', 'Atlantis')!.en).not.toContain('Did you mean');
});
