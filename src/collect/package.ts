// "Xuất hồ sơ nộp Bộ / Export the submission": what the Sở hands the Ministry, as a model. Pure:
// from the catalog, the master's figures (by defined name), its locked versions and the engine's
// result. The printable layout is package-layout.ts's; the file, src/xlsx's.
//
// A package is complete when no error is left on its figures and every figure that needs
// evidence has some; otherwise it lists what is missing, and the shells refuse to write it (or
// mark it INCOMPLETE when the officer insists).
import { asShown, EVIDENCE_PARTS } from '../catalog/evidence';
import { formulaComponents } from '../catalog/lookup';
import type { CellValue, ProvinceInput } from '../catalog/input';
import type { Catalog, Component, Indicator, Text } from '../catalog/types';
import { NAMES, refName } from '../plan/names';
import { scoreProvince } from '../scoring/score';
import type { ScoreResult } from '../scoring/types';
import { EVIDENCE_RULES, RECORD_RULES, type Finding } from '../validation/types';

const isRule = (rules: readonly string[], f: Finding): boolean => rules.includes(f.ruleId);
import { isBlank, sameFigure } from './merge';
import type { FigureVersion } from './versions';

/**
 * Where a figure stands against the locked versions: `locked` in version `version` (the latest
 * one holding the same value); `changed` since version `since` (the latest that recorded the
 * figure, with another value or none); `notLocked` when no version ever recorded it.
 */
export type VersionState =
  | { state: 'locked'; version: number; label: string; lockedAt: string }
  | { state: 'changed'; since: number; label: string }
  | { state: 'notLocked' };

/** A component as its role in one indicator. */
export type ComponentRole = 'value' | 'numerator' | 'denominator';

export interface PackageFigure {
  id: string;
  /** PII_in_<id>: the master's cell. */
  name: string;
  label: Text;
  unit: Text;
  kind: Component['kind'];
  role: ComponentRole;
  /** A shared denominator: supplied by the Sở, not by the indicator's lead agency. */
  shared: boolean;
  /** As the master holds it (text stays text, blank is null). */
  value: CellValue;
  /** The evidence record's parts given, "12/QĐ-UBND · 15/03/2025 · UBND tỉnh · qd12.pdf" ("" when none). */
  evidence: string;
  evidenceRequired: boolean;
  /** The record is started but has a part missing or a date that is no day (its findings). */
  evidenceIncomplete: boolean;
  version: VersionState;
}

export interface PackageIndicator {
  code: string;
  name: Text;
  unit: Text;
  pillar: string;
  subPillar: string;
  /** Lead and coordinating agencies, by name (an id the catalog does not list stays the id). */
  lead: Text[];
  coordinating: Text[];
  figures: PackageFigure[];
  /** The engine's value and 0-100 score; null when not computable (see the findings). */
  value: number | null;
  score: number | null;
}

/** One thing that keeps the package from being complete. */
export interface PackageProblem {
  kind: 'error' | 'missingEvidence';
  /** The defined name of the cell concerned (PII_in_<id>, PII_ev_<id>, PII_max_<code>...). */
  name: string;
  component?: string;
  indicator?: string;
  message: Text;
}

export interface SubmissionPackage {
  edition: string;
  province: string;
  year: number;
  /** Pillars holding at least one package indicator, in catalog order (page breaks go between). */
  pillars: { code: string; name: Text; indicators: PackageIndicator[] }[];
  /** The latest locked version, or null when none was ever locked. */
  latestVersion: { id: number; label: string; lockedAt: string } | null;
  /** Figures whose value is in no locked version (changed since, or never locked), by PII_in_ name. */
  unlocked: string[];
  errors: PackageProblem[];
  missingEvidence: PackageProblem[];
  /** No error and no missing evidence. */
  complete: boolean;
}

export interface PackageSource {
  catalog: Catalog;
  /** The master's figures (values, evidence, benchmarks), as figuresOf / readInput read them. */
  input: ProvinceInput;
  province: string;
  year: number;
  /** The versions sheet's records, any order (parseVersions). */
  versions: FigureVersion[];
  /** The engine's result for `input`; computed (scoreProvince) when not given. */
  result?: ScoreResult;
}

const agencyName = (catalog: Catalog, id: string): Text =>
  catalog.agencies.find((a) => a.id === id)?.name ?? { vi: id, en: id };

/** The figure's state against `versions` (oldest first). */
export function versionOf(versions: FigureVersion[], name: string, value: CellValue): VersionState {
  const recorded = versions.filter((v) => v.figures.has(name));
  for (let i = versions.length - 1; i >= 0; i--) {
    const v = versions[i];
    if (!isBlank(value) && sameFigure(v.figures.get(name) ?? null, value))
      return { state: 'locked', version: v.id, label: v.label, lockedAt: v.lockedAt };
  }
  const last = recorded.at(-1);
  return last ? { state: 'changed', since: last.id, label: last.label } : { state: 'notLocked' };
}

function roles(ind: Indicator): [string, ComponentRole][] {
  const f = ind.formula;
  if (f.kind === 'direct') return [[f.value, 'value']];
  return [
    ...f.numerator.map((id): [string, ComponentRole] => [id, 'numerator']),
    ...f.denominator.map((id): [string, ComponentRole] => [id, 'denominator']),
  ];
}

const cellText = (v: CellValue | undefined): string => (isBlank(v) ? '' : String(v).normalize('NFC').trim());

/**
 * The submission of `source`: every locally supplied indicator (catalog `source: 'local'`; the
 * Ministry computes the others) grouped by pillar, each with its components' figures, evidence,
 * lead agencies, the version each figure comes from, and the engine's value and score; the
 * errors left on those figures and indicators (severity 'error' of the engine's findings, once
 * each), the figures whose evidence the catalog requires and that have none, an incomplete
 * record or a date that is no day (the EVIDENCE_RULES findings), and whether it is complete.
 */
export function buildPackage(source: PackageSource): SubmissionPackage {
  const { catalog, input } = source;
  const result = source.result ?? scoreProvince(catalog, input, { province: source.province });
  const versions = [...source.versions].sort((a, b) => a.id - b.id);
  const local = catalog.indicators.filter((i) => i.source === 'local');
  const codes = new Set(local.map((i) => i.code));
  const ids = new Set(local.flatMap((i) => formulaComponents(i.formula)));

  const evidenceText = (id: string): string =>
    EVIDENCE_PARTS.map((p) => cellText(asShown(p, input[p]?.[id] ?? null)))
      .filter((t) => t !== '')
      .join(' · ');

  const incomplete = new Set(
    result.findings
      .filter((f) => isRule(RECORD_RULES, f) && f.component !== undefined)
      .map((f) => f.component!),
  );

  const indicator = (ind: Indicator): PackageIndicator => {
    const figures = roles(ind).flatMap(([id, role]): PackageFigure[] => {
      const c = catalog.components.find((x) => x.id === id);
      if (!c) return [];
      const name = NAMES.input(id);
      const value = input.values[id] ?? null;
      return [
        {
          id,
          name,
          label: c.name,
          unit: c.unit,
          kind: c.kind,
          role,
          shared: c.shared,
          value,
          evidence: evidenceText(id),
          evidenceRequired: c.evidenceRequired,
          evidenceIncomplete: incomplete.has(id),
          version: versionOf(versions, name, value),
        },
      ];
    });
    const r = result.indicators[ind.code];
    return {
      code: ind.code,
      name: ind.name,
      unit: ind.unit,
      pillar: catalog.subPillars.find((s) => s.code === ind.subPillar)?.pillar ?? '',
      subPillar: ind.subPillar,
      lead: ind.lead.map((id) => agencyName(catalog, id)),
      coordinating: ind.coordinating.map((id) => agencyName(catalog, id)),
      figures,
      value: r?.value ?? null,
      score: r?.score ?? null,
    };
  };
  const indicators = local.map(indicator);
  const pillars = catalog.pillars
    .map((p) => ({ code: p.code, name: p.name, indicators: indicators.filter((i) => i.pillar === p.code) }))
    .filter((p) => p.indicators.length > 0);
  // Indicators whose sub-pillar the catalog lacks still go in, last, rather than vanish.
  const orphans = indicators.filter((i) => !pillars.some((p) => p.code === i.pillar));
  if (orphans.length > 0) pillars.push({ code: '', name: { vi: '', en: '' }, indicators: orphans });

  const ours = (f: Finding) =>
    (f.component !== undefined && ids.has(f.component)) ||
    (f.indicator !== undefined && codes.has(f.indicator));
  const problem = (kind: PackageProblem['kind'], f: Finding): PackageProblem => ({
    kind,
    name: refName(f.target),
    ...(f.component !== undefined ? { component: f.component } : {}),
    ...(f.indicator !== undefined ? { indicator: f.indicator } : {}),
    message: f.message,
  });
  const once = (list: Finding[]) => [...new Map(list.map((f) => [f.checkId, f])).values()];
  const errors = once(result.findings.filter((f) => f.severity === 'error' && ours(f))).map((f) =>
    problem('error', f),
  );
  const missingEvidence = once(result.findings.filter((f) => isRule(EVIDENCE_RULES, f) && ours(f))).map((f) =>
    problem('missingEvidence', f),
  );

  const unlocked = new Set<string>();
  for (const ind of indicators)
    for (const f of ind.figures) if (f.version.state !== 'locked' && !isBlank(f.value)) unlocked.add(f.name);
  const latest = versions.at(-1);
  return {
    edition: catalog.edition,
    province: source.province,
    year: source.year,
    pillars,
    latestVersion: latest ? { id: latest.id, label: latest.label, lockedAt: latest.lockedAt } : null,
    unlocked: [...unlocked],
    errors,
    missingEvidence,
    complete: errors.length === 0 && missingEvidence.length === 0,
  };
}
