// Last year's figures carried into this year's template, across the 2025 mergers.
import { builtinCatalog, combinePrevious } from '../../../src/catalog';

const c2025 = builtinCatalog('2025');

describe('combinePrevious', () => {
  it('one workbook: its figures as they are, by component id', () => {
    const { previous, notes } = combinePrevious(c2025, [
      { label: 'Bắc Ninh 2024', values: { population: 1_500_000, policy_points: 41.5, grdp: '1,5' } },
    ]);
    expect(previous).toEqual({ population: 1_500_000, policy_points: 41.5, grdp: '1,5' });
    expect(notes).toEqual([]);
  });

  it('several (a merger): additive figures summed, points left blank with a note, gaps named', () => {
    const { previous, notes } = combinePrevious(c2025, [
      {
        label: 'Bắc Ninh',
        values: { population: 1_500_000, communes: 121, policy_points: 41.5, st_orgs: 12 },
      },
      {
        label: 'Bắc Giang',
        values: { population: 1_900_000, communes: 192, policy_points: 38, st_orgs: null },
      },
    ]);
    expect(previous.population).toBe(3_400_000);
    expect(previous.communes).toBe(313);
    expect(previous.policy_points).toBeUndefined();
    expect(previous.st_orgs).toBeUndefined();
    const why = Object.fromEntries(notes.map((n) => [n.component, n.reason]));
    expect(why.policy_points.en).toContain('Does not add up');
    expect(why.policy_points.vi).toContain('Bắc Ninh + Bắc Giang');
    expect(why.st_orgs.en).toContain('missing or not a number in Bắc Giang');
  });

  it('a figure with no place in the edition is listed, never dropped', () => {
    const { previous, notes } = combinePrevious(c2025, [
      { label: 'Hưng Yên 2024', values: { ocop_products: 57, population: 1_300_000 } },
    ]);
    expect(previous.ocop_products).toBeUndefined();
    expect(notes).toEqual([
      expect.objectContaining({
        component: 'ocop_products',
        value: 57,
        reason: expect.objectContaining({ en: expect.stringContaining('no such component') }),
      }),
    ]);
  });
});
