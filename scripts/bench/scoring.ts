// Scoring benchmark: every province of an edition scored together (validation, derived
// benchmarks, aggregates, ranks, strengths/weaknesses) on a synthetic 52-indicator catalog.
// Figures only; no thresholds (target: < 10 ms for 63 provinces).
import { scoreProvince, scoreProvinces } from '../../src/scoring';
import { syntheticCatalog, syntheticProvinces } from './support/synthetic';

export interface BenchFigure {
  label: string;
  medianMs: number;
  runs: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function time(label: string, runs: number, f: () => unknown): BenchFigure {
  for (let i = 0; i < 5; i++) f(); // warm-up: let the JIT settle before measuring
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    f();
    ms.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return { label, medianMs: median(ms), runs };
}

export function scoringFigures(runs = 50): BenchFigure[] {
  const catalog = syntheticCatalog();
  const p63 = syntheticProvinces(catalog, 63);
  const p34 = syntheticProvinces(catalog, 34);
  const one = Object.values(p63)[0];
  const benchmarks = scoreProvinces(catalog, p63).benchmarks; // a lone province uses published ones
  return [
    time(`scoreProvinces: 63 provinces x ${catalog.indicators.length} indicators`, runs, () =>
      scoreProvinces(catalog, p63),
    ),
    time(`scoreProvinces: 34 provinces x ${catalog.indicators.length} indicators`, runs, () =>
      scoreProvinces(catalog, p34),
    ),
    time(`scoreProvince: 1 province x ${catalog.indicators.length} indicators`, runs, () =>
      scoreProvince(catalog, one, { benchmarks }),
    ),
  ];
}

export function formatFigures(rows: BenchFigure[]): string {
  return [
    'Scoring (synthetic 52-indicator catalog): median over runs',
    ...rows.map((r) => `  ${r.label}: ${r.medianMs.toFixed(2)} ms (median of ${r.runs})`),
  ].join('\n');
}

export async function run(): Promise<BenchFigure[]> {
  const rows = scoringFigures();
  console.log(formatFigures(rows));
  return rows;
}

if (require.main === module) {
  run().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
