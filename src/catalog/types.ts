// The PII framework of one edition as plain data. Everything else (template plan, sheet formulas,
// scoring, validation, the task pane) derives from a Catalog; nothing else spells an indicator.

export type Lang = 'vi' | 'en';

/** Every user-visible string exists in Vietnamese (first) and English. */
export interface Text {
  vi: string;
  en: string;
}

export type Side = 'input' | 'output';
export type Direction = 'higher' | 'lower';
export type Severity = 'error' | 'warning' | 'info';

export interface Pillar {
  code: string; // "1".."7"
  side: Side;
  name: Text;
}

export interface SubPillar {
  code: string; // "2.1"
  pillar: string;
  name: Text;
  /** Set where the name is our description, not the official one. */
  assumption?: Text;
}

export interface Agency {
  id: string; // "dost"
  name: Text;
}

/** integer: whole number; decimal: any number; percent: a number already in percent (35 means 35 %). */
export type ComponentKind = 'integer' | 'decimal' | 'percent';

/**
 * A plausible range outside which a value is probably a unit slip (population typed in thousands,
 * GRDP in million VND). Breaking it is a warning, never an error: the value is kept.
 */
export interface PlausibleRange {
  min?: number;
  max?: number;
  message: Text;
}

/** A raw figure an officer enters (one input cell). */
export interface Component {
  id: string; // lower_snake_case; the defined name is PII_in_<id>
  name: Text;
  unit: Text;
  kind: ComponentKind;
  /** Hard bounds: a value outside can never be right (error). */
  min?: number;
  max?: number;
  plausible?: PlausibleRange;
  /** Shared denominators are entered once and referenced by every indicator using them. */
  shared: boolean;
  evidenceRequired: boolean;
  required: boolean;
  /**
   * Counts, amounts, areas, population: the figures of provinces that merged add up (2025 mergers).
   * Points and percentages do not (default false: never summed unless the catalog says so).
   */
  additive: boolean;
  /** Year-on-year factor above which a change is implausible; falls back to settings.jumpFactor. */
  jumpFactor?: number;
  /**
   * A known reason this figure changes sharply from last year in this edition, not a slip (the
   * 2025 commune merger for the number of communes): the jump warning says it.
   */
  jumpReason?: Text;
  /** Set where the definition is our reading of the indicator's name, not an official one. */
  assumption?: Text;
  note?: Text;
}

/** value = (sum of numerator) / (sum of denominator) * scale */
export interface RatioFormula {
  kind: 'ratio';
  numerator: string[];
  denominator: string[];
  scale: number;
}

/** One component is the indicator value (e.g. assessed policy points of 1.1.1). */
export interface DirectFormula {
  kind: 'direct';
  value: string;
}

export type Formula = RatioFormula | DirectFormula;

export interface Indicator {
  code: string; // "7.1.2"; the defined names use 7_1_2
  subPillar: string;
  name: Text;
  /** A few words for messages and narrow columns; falls back to name. */
  shortName?: Text;
  unit: Text;
  direction: Direction;
  source: 'local' | 'central';
  lead: string[]; // agency ids
  coordinating: string[];
  formula: Formula;
  /**
   * Where the indicator's value can plausibly lie, in its unit (a share 0-100, OCOP products per
   * commune 0-20): a value outside is a warning on its first numerator's cell (or its value's).
   */
  plausible?: PlausibleRange;
  assumption?: Text;
  note?: Text;
}

/** sum(part) must not exceed sum(whole): participants <= students, built land <= planned land. */
export interface PartOfWholeRule {
  id: string;
  kind: 'partOfWhole';
  part: string[];
  whole: string[];
  severity: Severity;
  message: Text;
}

export type CatalogRule = PartOfWholeRule;

export interface CatalogSettings {
  /** Default year-on-year factor for the implausible-jump check (2 = halving or doubling). */
  jumpFactor: number;
}

export interface Catalog {
  edition: string;
  name: Text;
  /** Indicators in the full framework of the edition (52 for PII), for coverage notes. */
  frameworkIndicatorCount?: number;
  /**
   * What the whole catalog assumes (an edition whose official list is not public): shown on the
   * template's cover and in the pane, so the officer checks it against the Ministry's guidance.
   */
  assumption?: Text;
  settings: CatalogSettings;
  pillars: Pillar[];
  subPillars: SubPillar[];
  agencies: Agency[];
  components: Component[];
  indicators: Indicator[];
  rules: CatalogRule[];
}
