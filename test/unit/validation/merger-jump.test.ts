// The jump warning says when a change comes from a merger rather than a slip: the 2025 commune
// merger (catalog data), and an additive figure of a province formed in 2025 from several.
import { builtinCatalog } from '../../../src/catalog';
import { validate } from '../../../src/validation';

const c2025 = builtinCatalog('2025');
const jumps = (
  catalog = c2025,
  values: Record<string, number>,
  previous: Record<string, number>,
  province?: string,
) => validate(catalog, { values, previous }, { province }).filter((f) => f.ruleId === 'jump');

describe('jump warnings that a merger explains', () => {
  test('communes in 2025: the commune merger, whatever the province', () => {
    const [f] = jumps(c2025, { communes: 40 }, { communes: 120 }, 'Hà Nội');
    expect(f.severity).toBe('warning');
    expect(f.message.en).toContain('Communes were merged in 2025');
    expect(f.message.vi).toContain('do sáp nhập');
    expect(f.message.en).not.toContain('Check the unit');
  });

  test('an additive figure of a province formed from several names the former provinces', () => {
    const [f] = jumps(c2025, { population: 3800 }, { population: 1500 }, 'Bắc Ninh');
    expect(f.message.en).toContain('Bắc Ninh was formed in 2025 from Bắc Ninh, Bắc Giang');
    expect(f.message.vi).toContain('nhập tổng của các tỉnh cũ');
  });

  test('a slip is still a slip: no merger, not additive, or another edition', () => {
    const slip = (catalog = c2025, province = 'Hà Nội') =>
      jumps(catalog, { population: 38000 }, { population: 1500 }, province)[0].message.en;
    expect(slip()).toContain('Check the unit and the figure'); // Hà Nội kept its borders
    expect(slip(builtinCatalog('2024'), 'Bắc Ninh')).toContain('Check the unit'); // before the mergers
    const points = c2025.components.find((c) => !c.additive && c.kind !== 'percent' && !c.jumpReason)!;
    const [f] = jumps(c2025, { [points.id]: 90 }, { [points.id]: 10 }, 'Bắc Ninh');
    expect(f.message.en).toContain('Check the unit');
    // Without a province (a data file without one), nothing is assumed.
    expect(jumps(c2025, { population: 3800 }, { population: 1500 })[0].message.en).toContain(
      'Check the unit',
    );
  });
});
