// The published PII 2025 Bắc Ninh result (pii-domain §3.4) reproduced from its pillar scores.
import { loadCatalog, type ProvinceInput } from '../../../src/catalog';
import { scoreProvince } from '../../../src/scoring';
import catalogJson from '../../fixtures/bac-ninh-2025.catalog.json';
import data from '../../fixtures/bac-ninh-2025.data.json';

const catalog = loadCatalog(catalogJson);
const input = data as unknown as ProvinceInput;

describe('Bắc Ninh 2025', () => {
  const r = scoreProvince(catalog, input, {
    peers: { 'Hà Nội': 65.68, 'TP Hồ Chí Minh': 59.33, 'Quảng Ninh': 58.41, 'Hải Phòng': 58.09, Huế: 49.37 },
  });

  test('pillar scores equal the published ones (one direct indicator per pillar, benchmarks 0..100)', () => {
    for (const p of catalog.pillars) {
      expect(r.pillars[p.code].score).toBeCloseTo(input.values[`pillar${p.code}_points`] as number, 12);
    }
  });

  test('Input 53.06, Output 44.47, PII 48.76 to two decimals', () => {
    expect(r.input.score!.toFixed(2)).toBe('53.06');
    expect(r.output.score!.toFixed(2)).toBe('44.47');
    expect(r.pii.score!.toFixed(2)).toBe('48.76');
  });

  test('full precision inside: PII is the mean of the unrounded sides', () => {
    expect(r.pii.score).toBe((r.input.score! + r.output.score!) / 2);
    expect(r.input.score).not.toBe(53.06);
  });

  test('ranked 6th among the published 2025 top scores', () => {
    expect(r.rank).toEqual({ position: 6, of: 6 });
    expect(r.coverage).toMatchObject({ present: 7, defined: 7 });
    expect(r.findings).toEqual([]);
  });

  test('every step is recorded with its parameters', () => {
    expect(r.steps.map((s) => s.name)).toEqual([
      'validate',
      'indicatorValues',
      'normalise',
      'aggregate',
      'strengthsWeaknesses',
      'rank',
    ]);
  });
});
