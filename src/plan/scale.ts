// A catalog n times the size of another (for benches and for the Office writer's sync-count test):
// every indicator and its own (non-shared) components are copied n-1 times under new ids/codes,
// with the catalog's part-of-whole rules copied alongside; shared denominators stay shared.
import type { Catalog, Indicator } from '../catalog/types';
import { formulaComponents } from '../catalog/lookup';

export function scaleCatalog(catalog: Catalog, factor: number): Catalog {
  const out: Catalog = structuredClone(catalog);
  const shared = new Set(catalog.components.filter((c) => c.shared).map((c) => c.id));
  for (let k = 1; k < factor; k++) {
    const id = (x: string) => (shared.has(x) ? x : `${x}_x${k}`);
    const owned = new Set<string>();
    for (const ind of catalog.indicators) {
      formulaComponents(ind.formula).forEach((c) => shared.has(c) || owned.add(c));
      const f = ind.formula;
      const copy: Indicator = {
        ...structuredClone(ind),
        code: `${ind.code}.${k}`,
        formula:
          f.kind === 'direct'
            ? { kind: 'direct', value: id(f.value) }
            : {
                kind: 'ratio',
                numerator: f.numerator.map(id),
                denominator: f.denominator.map(id),
                scale: f.scale,
              },
      };
      out.indicators.push(copy);
    }
    for (const c of catalog.components)
      if (owned.has(c.id)) out.components.push({ ...structuredClone(c), id: id(c.id) });
    for (const r of catalog.rules) {
      if ([...r.part, ...r.whole].every((x) => shared.has(x))) continue;
      out.rules.push({
        ...structuredClone(r),
        id: `${r.id}_x${k}`,
        part: r.part.map(id),
        whole: r.whole.map(id),
      });
    }
  }
  if (catalog.frameworkIndicatorCount !== undefined)
    out.frameworkIndicatorCount = catalog.frameworkIndicatorCount * factor;
  return out;
}
