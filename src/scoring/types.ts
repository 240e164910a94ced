import type { Text } from '../catalog';
import type { Finding } from '../validation';
import type { FigureSource } from '../validation/hints';

export interface Benchmark {
  min: number;
  max: number;
}

/** Benchmarks by indicator code; null where none is known. */
export type Benchmarks = Record<string, Benchmark | null>;

export interface IndicatorResult {
  value: number | null;
  score: number | null;
  /** The value fell outside the benchmarks and the score was clamped to 0..100. */
  clamped: boolean;
}

/** A mean over the present items; present/defined count indicators below it. */
export interface Aggregate {
  score: number | null;
  present: number;
  defined: number;
}

export interface RankedIndicator {
  indicator: string;
  score: number;
  rank: number; // 1 = best
  of: number;
  percentile: number; // 1 = best, 0 = worst
}

export interface StrengthsBasis {
  basis: 'peers' | 'own';
  note: Text;
}

export interface Rank {
  position: number; // 1 = best; ties share a position
  of: number;
}

/** One named pipeline step and its parameters (COINr style), so a result can be regenerated. */
export interface Step {
  name: string;
  params: Record<string, unknown>;
}

export interface ScoreResult {
  edition: string;
  indicators: Record<string, IndicatorResult>;
  subPillars: Record<string, Aggregate>;
  pillars: Record<string, Aggregate>;
  input: Aggregate;
  output: Aggregate;
  pii: Aggregate;
  coverage: { present: number; defined: number; framework?: number; note: Text };
  benchmarks: Benchmarks;
  findings: Finding[];
  /**
   * Error-severity findings still standing: the aggregates above were built while they remain
   * (their figures left out), and every view says "N errors not fixed" beside them.
   */
  unfixedErrors: number;
  strengths: RankedIndicator[];
  weaknesses: RankedIndicator[];
  strengthsBasis: StrengthsBasis;
  rank: Rank | null;
  steps: Step[];
}

export interface ScoreOptions {
  /** Benchmarks to use instead of the input's own (scoreProvinces passes the derived set). */
  benchmarks?: Benchmarks;
  /** How many strengths/weaknesses (GII rule: 10; profiles print 5). */
  strengthsCount?: number;
  /** Published PII scores of other provinces, to rank this one among them. */
  peers?: Record<string, number>;
  /** The province scored (see ValidateOptions.province); scoreProvinces uses each input's key. */
  province?: string;
  /** Where the figures were typed (see ValidateOptions.source): 'file' for a data file. */
  source?: FigureSource;
}

export interface ProvincesResult {
  provinces: Record<string, ScoreResult>;
  benchmarks: Benchmarks;
  ranking: { province: string; pii: number | null; rank: Rank | null }[];
  steps: Step[];
}

export interface WhatIfResult {
  component: string;
  before: ScoreResult;
  after: ScoreResult;
  delta: {
    indicators: Record<string, number | null>;
    subPillars: Record<string, number | null>;
    pillars: Record<string, number | null>;
    input: number | null;
    output: number | null;
    pii: number | null;
  };
}
