// Read-only helpers over a Catalog. Linear scans are fine at 52 indicators; callers on hot paths
// (scoring many provinces) build their own maps once.
import type { Catalog, Component, Formula, Indicator, SubPillar, Text } from './types';

export function componentById(catalog: Catalog, id: string): Component | undefined {
  return catalog.components.find((c) => c.id === id);
}

export function indicatorByCode(catalog: Catalog, code: string): Indicator | undefined {
  return catalog.indicators.find((i) => i.code === code);
}

/**
 * An indicator's value by its catalog formula (pii-domain §3.1): the component itself, or
 * SUM(numerator) / SUM(denominator) × scale, summed in catalog order, exactly as the sheet's
 * formula. `valueOf` gives each component as a number; the caller has checked the figures (a
 * denominator of 0 gives ±Infinity or NaN here, never an exception).
 */
export function formulaValue(f: Formula, valueOf: (id: string) => number): number {
  if (f.kind === 'direct') return valueOf(f.value);
  const sum = (ids: string[]) => ids.reduce((s, id) => s + valueOf(id), 0);
  return (sum(f.numerator) / sum(f.denominator)) * f.scale;
}

/** Component ids a formula reads, numerator first, without duplicates. */
export function formulaComponents(f: Formula): string[] {
  return f.kind === 'direct' ? [f.value] : [...new Set([...f.numerator, ...f.denominator])];
}

export function indicatorComponents(catalog: Catalog, code: string): Component[] {
  const ind = indicatorByCode(catalog, code);
  if (!ind) return [];
  return formulaComponents(ind.formula)
    .map((id) => componentById(catalog, id))
    .filter((c): c is Component => c !== undefined);
}

/** Indicators whose formula reads a component (a shared denominator has several). */
export function indicatorsUsing(catalog: Catalog, componentId: string): Indicator[] {
  return catalog.indicators.filter((i) => formulaComponents(i.formula).includes(componentId));
}

export function subPillarsOf(catalog: Catalog, pillarCode: string): SubPillar[] {
  return catalog.subPillars.filter((s) => s.pillar === pillarCode);
}

export function indicatorsOf(catalog: Catalog, subPillarCode: string): Indicator[] {
  return catalog.indicators.filter((i) => i.subPillar === subPillarCode);
}

export function shortNameOf(ind: Indicator): Text {
  return ind.shortName ?? ind.name;
}
