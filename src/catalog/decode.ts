// JSON shape -> Catalog, filling documented defaults (SCHEMA.md). Cross-references are checked
// separately (semantics.ts); this file only knows shapes.
import { CATALOG_TEXT } from '../messages/catalog';
import { Reader, type Obj } from './json-reader';
import type {
  Agency,
  Catalog,
  CatalogRule,
  Component,
  Formula,
  Indicator,
  Pillar,
  PlausibleRange,
  SubPillar,
  Text,
} from './types';

const KINDS = ['integer', 'decimal', 'percent'] as const;
const SIDES = ['input', 'output'] as const;
const DIRECTIONS = ['higher', 'lower'] as const;
const SOURCES = ['local', 'central'] as const;
const SEVERITIES = ['error', 'warning', 'info'] as const;
const EMPTY: Text = { vi: '', en: '' };

// Keys beginning with "$" or "_" are free for comments and $schema.
const keys = (r: Reader, o: Obj, path: string, known: string[]) =>
  r.knownKeys(
    Object.fromEntries(Object.entries(o).filter(([k]) => !k.startsWith('$') && !k.startsWith('_'))),
    path,
    known,
  );

function list<T>(
  r: Reader,
  root: Obj,
  key: string,
  decode: (o: Obj, path: string) => T,
  required = true,
): T[] {
  if (root[key] === undefined && !required) return [];
  const out: T[] = [];
  r.array(root[key], key).forEach((v, i) => {
    const o = r.obj(v, `${key}[${i}]`);
    if (o) out.push(decode(o, `${key}[${i}]`));
  });
  return out;
}

const withOptional = <T extends object>(base: T, extra: Record<string, unknown>): T => {
  for (const [k, v] of Object.entries(extra)) if (v !== undefined) (base as Record<string, unknown>)[k] = v;
  return base;
};

function pillar(r: Reader, o: Obj, path: string): Pillar {
  keys(r, o, path, ['code', 'side', 'name']);
  return {
    code: r.str(o.code, `${path}.code`),
    side: r.oneOf(o, 'side', path, SIDES),
    name: r.text(o.name, `${path}.name`),
  };
}

function subPillar(r: Reader, o: Obj, path: string): SubPillar {
  keys(r, o, path, ['code', 'pillar', 'name', 'assumption']);
  return withOptional(
    {
      code: r.str(o.code, `${path}.code`),
      pillar: r.str(o.pillar, `${path}.pillar`),
      name: r.text(o.name, `${path}.name`),
    },
    { assumption: r.optText(o, 'assumption', path) },
  );
}

function agency(r: Reader, o: Obj, path: string): Agency {
  keys(r, o, path, ['id', 'name']);
  return { id: r.str(o.id, `${path}.id`), name: r.text(o.name, `${path}.name`) };
}

function plausible(r: Reader, v: unknown, path: string): PlausibleRange | undefined {
  const o = r.obj(v, path);
  if (!o) return undefined;
  keys(r, o, path, ['min', 'max', 'message']);
  const range = withOptional<PlausibleRange>(
    { message: r.text(o.message, `${path}.message`) },
    { min: r.optNum(o, 'min', path), max: r.optNum(o, 'max', path) },
  );
  if (range.min === undefined && range.max === undefined) {
    r.problem(path, CATALOG_TEXT.text('minOrMax'));
  }
  return range;
}

function component(r: Reader, o: Obj, path: string): Component {
  keys(r, o, path, [
    'id',
    'name',
    'unit',
    'kind',
    'min',
    'max',
    'plausible',
    'shared',
    'evidenceRequired',
    'required',
    'additive',
    'jumpFactor',
    'jumpReason',
    'assumption',
    'note',
  ]);
  const kind = r.oneOf(o, 'kind', path, KINDS, 'decimal');
  const jumpFactor = r.optNum(o, 'jumpFactor', path);
  if (jumpFactor !== undefined && jumpFactor <= 1)
    r.problem(`${path}.jumpFactor`, CATALOG_TEXT.text('aboveOne'));
  return withOptional<Component>(
    {
      id: r.str(o.id, `${path}.id`),
      name: r.text(o.name, `${path}.name`),
      unit: r.optText(o, 'unit', path, true) ?? (kind === 'percent' ? { vi: '%', en: '%' } : EMPTY),
      kind,
      shared: r.bool(o, 'shared', path, false),
      evidenceRequired: r.bool(o, 'evidenceRequired', path, false),
      required: r.bool(o, 'required', path, true),
      additive: r.bool(o, 'additive', path, false),
    },
    {
      min: r.optNum(o, 'min', path),
      max: r.optNum(o, 'max', path),
      plausible: o.plausible === undefined ? undefined : plausible(r, o.plausible, `${path}.plausible`),
      jumpFactor,
      jumpReason: r.optText(o, 'jumpReason', path),
      assumption: r.optText(o, 'assumption', path),
      note: r.optText(o, 'note', path),
    },
  );
}

function formula(r: Reader, v: unknown, path: string): Formula {
  const o = r.obj(v, path);
  if (!o) return { kind: 'direct', value: '' };
  // Both the short forms of the issue and the normalised form (kind: ...) are accepted, so a
  // catalog printed by `pii catalog --json` loads back unchanged.
  const isDirect = o.kind === 'direct' || (o.kind === undefined && 'value' in o);
  if (isDirect) {
    keys(r, o, path, ['kind', 'value']);
    return { kind: 'direct', value: r.str(o.value, `${path}.value`) };
  }
  keys(r, o, path, ['kind', 'numerator', 'denominator', 'scale']);
  if (o.kind !== undefined && o.kind !== 'ratio') {
    r.problem(`${path}.kind`, CATALOG_TEXT.text('ratioOrDirect'));
  }
  const parts = (key: string) => {
    const ids = r.array(o[key], `${path}.${key}`).map((x, i) => r.str(x, `${path}.${key}[${i}]`));
    if (Array.isArray(o[key]) && ids.length === 0) r.problem(`${path}.${key}`, CATALOG_TEXT.text('notEmpty'));
    return ids;
  };
  const scale = o.scale === undefined ? 1 : r.num(o.scale, `${path}.scale`);
  if (scale === 0) r.problem(`${path}.scale`, CATALOG_TEXT.text('notZero'));
  return { kind: 'ratio', numerator: parts('numerator'), denominator: parts('denominator'), scale };
}

function defaultUnit(f: Formula, components: Component[]): Text {
  if (f.kind === 'direct') return components.find((c) => c.id === f.value)?.unit ?? EMPTY;
  return f.scale === 100 ? { vi: '%', en: '%' } : EMPTY;
}

function indicator(r: Reader, o: Obj, path: string, components: Component[]): Indicator {
  keys(r, o, path, [
    'code',
    'subPillar',
    'name',
    'shortName',
    'unit',
    'direction',
    'source',
    'lead',
    'coordinating',
    'formula',
    'plausible',
    'assumption',
    'note',
  ]);
  const f = formula(r, o.formula, `${path}.formula`);
  return withOptional<Indicator>(
    {
      code: r.str(o.code, `${path}.code`),
      subPillar: r.str(o.subPillar, `${path}.subPillar`),
      name: r.text(o.name, `${path}.name`),
      unit: r.optText(o, 'unit', path, true) ?? defaultUnit(f, components),
      direction: r.oneOf(o, 'direction', path, DIRECTIONS, 'higher'),
      source: r.oneOf(o, 'source', path, SOURCES, 'local'),
      lead: r.strings(o, 'lead', path),
      coordinating: r.strings(o, 'coordinating', path),
      formula: f,
    },
    {
      shortName: r.optText(o, 'shortName', path),
      plausible: o.plausible === undefined ? undefined : plausible(r, o.plausible, `${path}.plausible`),
      assumption: r.optText(o, 'assumption', path),
      note: r.optText(o, 'note', path),
    },
  );
}

function rule(r: Reader, o: Obj, path: string): CatalogRule {
  keys(r, o, path, ['id', 'kind', 'part', 'whole', 'severity', 'message']);
  r.oneOf(o, 'kind', path, ['partOfWhole'] as const);
  return {
    id: r.str(o.id, `${path}.id`),
    kind: 'partOfWhole',
    part: r.strings(o, 'part', path),
    whole: r.strings(o, 'whole', path),
    severity: r.oneOf(o, 'severity', path, SEVERITIES, 'error'),
    message: r.text(o.message, `${path}.message`),
  };
}

export function decodeCatalog(json: unknown, r: Reader): Catalog | undefined {
  const root = r.obj(json, '');
  if (!root) return undefined;
  keys(r, root, '', [
    'edition',
    'name',
    'frameworkIndicatorCount',
    'assumption',
    'settings',
    'pillars',
    'subPillars',
    'agencies',
    'components',
    'indicators',
    'rules',
  ]);
  const edition = r.str(root.edition, 'edition');
  const settings = root.settings === undefined ? undefined : r.obj(root.settings, 'settings');
  if (settings) keys(r, settings, 'settings', ['jumpFactor']);
  const jumpFactor =
    settings?.jumpFactor === undefined ? 2 : r.num(settings.jumpFactor, 'settings.jumpFactor');
  if (jumpFactor <= 1) r.problem('settings.jumpFactor', CATALOG_TEXT.text('aboveOne'));
  const components = list(r, root, 'components', (o, p) => component(r, o, p));
  return withOptional<Catalog>(
    {
      edition,
      name: r.optText(root, 'name', '') ?? CATALOG_TEXT.text('catalogName', { edition }),
      settings: { jumpFactor },
      pillars: list(r, root, 'pillars', (o, p) => pillar(r, o, p)),
      subPillars: list(r, root, 'subPillars', (o, p) => subPillar(r, o, p)),
      agencies: list(r, root, 'agencies', (o, p) => agency(r, o, p), false),
      components,
      indicators: list(r, root, 'indicators', (o, p) => indicator(r, o, p, components)),
      rules: list(r, root, 'rules', (o, p) => rule(r, o, p), false),
    },
    {
      frameworkIndicatorCount: r.optNum(root, 'frameworkIndicatorCount', ''),
      assumption: r.optText(root, 'assumption', ''),
    },
  );
}
