// A synthetic 52-indicator framework across 7 pillars and deterministic province data, for the
// scoring benchmark (and tests that need a full-size catalog). Not real PII data.
import { loadCatalog, type Catalog, type CellValue, type ProvinceInput } from '../../../src/catalog';
import { prng } from '../../../src/dev/prng';

const PILLAR_SIZES = [7, 7, 8, 8, 8, 7, 7]; // 52 in all, as in every PII edition
const SHARED = ['population', 'grdp', 'active_enterprises', 'new_enterprises', 'local_budget', 'communes'];

export function syntheticCatalog(): Catalog {
  const t = (s: string) => ({ vi: s, en: s });
  const pillars = PILLAR_SIZES.map((_, p) => ({
    code: `${p + 1}`,
    side: p < 5 ? 'input' : 'output',
    name: t(`Pillar ${p + 1}`),
  }));
  const subPillars = pillars.flatMap((p) =>
    [1, 2, 3].map((s) => ({ code: `${p.code}.${s}`, pillar: p.code, name: t(`Sub-pillar ${p.code}.${s}`) })),
  );
  const components: object[] = SHARED.map((id) => ({
    id,
    kind: 'integer',
    shared: true,
    evidenceRequired: true,
    name: t(id),
    plausible: { min: 10, max: 1e9, message: t('check the unit') },
  }));
  const indicators: object[] = [];
  const rules: object[] = [];
  let n = 0;
  PILLAR_SIZES.forEach((size, p) => {
    for (let k = 0; k < size; k++, n++) {
      const code = `${p + 1}.${(k % 3) + 1}.${Math.floor(k / 3) + 1}`;
      const num = `x${n}`;
      components.push({
        id: num,
        kind: n % 4 === 0 ? 'decimal' : 'integer',
        evidenceRequired: true,
        name: t(`Component ${n}`),
      });
      const direct = n % 3 === 0;
      indicators.push({
        code,
        subPillar: `${p + 1}.${(k % 3) + 1}`,
        direction: n % 7 === 0 ? 'lower' : 'higher',
        name: t(`Indicator ${code}`),
        formula: direct
          ? { value: num }
          : { numerator: [num], denominator: [SHARED[n % SHARED.length]], scale: [100, 1000, 10000][n % 3] },
      });
      if (!direct && n % 5 === 0) {
        rules.push({
          id: `r${n}`,
          kind: 'partOfWhole',
          part: [num],
          whole: [SHARED[n % SHARED.length]],
          severity: 'error',
          message: t('part <= whole'),
        });
      }
    }
  });
  return loadCatalog({
    edition: 'synthetic-52',
    frameworkIndicatorCount: 52,
    pillars,
    subPillars,
    components,
    indicators,
    rules,
  });
}

/** `count` provinces with plausible figures, last year's values, evidence, and a few bad cells. */
export function syntheticProvinces(
  catalog: Catalog,
  count: number,
  seed = 2025,
): Record<string, ProvinceInput> {
  const rnd = prng(seed);
  const out: Record<string, ProvinceInput> = {};
  for (let p = 0; p < count; p++) {
    const values: Record<string, CellValue> = {};
    const previous: Record<string, CellValue> = {};
    const evidence: Record<string, CellValue> = {};
    for (const c of catalog.components) {
      const base = c.shared ? 50000 + rnd() * 5e6 : rnd() * 5000;
      const v = c.kind === 'integer' ? Math.round(base) : base;
      const roll = rnd();
      values[c.id] = roll < 0.02 ? null : roll < 0.03 ? `${v}`.replace('.', ',') : v;
      previous[c.id] = c.kind === 'integer' ? Math.round(v * (0.8 + rnd() * 0.5)) : v * (0.8 + rnd() * 0.5);
      if (rnd() > 0.05) evidence[c.id] = `QĐ ${p}-${c.id}`;
    }
    out[`Province ${String(p + 1).padStart(2, '0')}`] = { values, previous, evidence };
  }
  return out;
}
