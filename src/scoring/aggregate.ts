// Step 3, aggregate: equal-weight arithmetic means over what is present, level by level
// (pii-domain §3.3): sub-pillar <- indicators, pillar <- sub-pillars, Input/Output <- pillars,
// PII <- (Input + Output) / 2. present/defined count indicators at every level.
import type { Catalog, Side } from '../catalog';
import { meanOfPresent } from './mean';
import type { Aggregate } from './types';

export interface Structure {
  indicatorsBySub: Map<string, string[]>;
  subsByPillar: Map<string, string[]>;
  pillarsBySide: Record<Side, string[]>;
}

export function structure(catalog: Catalog): Structure {
  const indicatorsBySub = new Map(catalog.subPillars.map((s) => [s.code, [] as string[]]));
  for (const i of catalog.indicators) indicatorsBySub.get(i.subPillar)?.push(i.code);
  const subsByPillar = new Map(catalog.pillars.map((p) => [p.code, [] as string[]]));
  for (const s of catalog.subPillars) subsByPillar.get(s.pillar)?.push(s.code);
  return {
    indicatorsBySub,
    subsByPillar,
    pillarsBySide: {
      input: catalog.pillars.filter((p) => p.side === 'input').map((p) => p.code),
      output: catalog.pillars.filter((p) => p.side === 'output').map((p) => p.code),
    },
  };
}

function combine(parts: Aggregate[]): Aggregate {
  const scores: (number | null)[] = [];
  let present = 0;
  let defined = 0;
  for (const p of parts) {
    scores.push(p.score);
    present += p.present;
    defined += p.defined;
  }
  return { score: meanOfPresent(scores), present, defined };
}

export interface Aggregates {
  subPillars: Record<string, Aggregate>;
  pillars: Record<string, Aggregate>;
  input: Aggregate;
  output: Aggregate;
  pii: Aggregate;
}

export function aggregate(s: Structure, scores: Record<string, number | null>): Aggregates {
  const subPillars: Record<string, Aggregate> = {};
  for (const [code, inds] of s.indicatorsBySub) {
    const xs: (number | null)[] = [];
    let present = 0;
    for (const c of inds) {
      const x = scores[c] ?? null;
      xs.push(x);
      if (x !== null) present++;
    }
    subPillars[code] = { score: meanOfPresent(xs), present, defined: xs.length };
  }
  const pillars: Record<string, Aggregate> = {};
  for (const [code, subs] of s.subsByPillar) pillars[code] = combine(subs.map((c) => subPillars[c]));
  const input = combine(s.pillarsBySide.input.map((c) => pillars[c]));
  const output = combine(s.pillarsBySide.output.map((c) => pillars[c]));
  return { subPillars, pillars, input, output, pii: combine([input, output]) };
}
