import { PROVINCES_34, PROVINCES_63, provincesFor } from '../../../src/catalog';

test('63 provinces before the 2025 mergers, 34 units after, each named once', () => {
  expect(new Set(PROVINCES_63).size).toBe(63);
  expect(new Set(PROVINCES_34).size).toBe(34);
  expect(provincesFor('2023')).toBe(PROVINCES_63);
  expect(provincesFor('2024')).toBe(PROVINCES_63);
  expect(provincesFor('2025')).toBe(PROVINCES_34);
});

test('every 2025 unit but Huế keeps the name of a pre-2025 province (pii-domain.md §7)', () => {
  const renamed = PROVINCES_34.filter((p) => !PROVINCES_63.includes(p));
  expect(renamed).toEqual(['Huế']);
});
