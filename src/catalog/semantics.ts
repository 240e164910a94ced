// Cross-reference checks on a decoded catalog: every id a formula, rule or indicator names must
// exist, ids must be unique and well-formed. Formulas reference only components (never other
// indicators), so cycles cannot occur; see SCHEMA.md.
import { maxIdLength, type IdKind } from '../plan/names';
import { MAX_NAME_LENGTH } from '../plan/limits';
import { CATALOG_TEXT } from '../messages/catalog';
import type { Reader } from './json-reader';
import type { Catalog, Text } from './types';

/**
 * An id longer than its defined names allow (Excel: 255 characters, see maxIdLength): refused
 * here, with its path, rather than by the template writer with "invalid defined name".
 */
function idLength(r: Reader, id: string, kind: IdKind, path: string): void {
  const { max, longestPrefix } = maxIdLength(kind);
  if (id.length <= max) return;
  const name = `${longestPrefix}${id.slice(0, 12)}…`;
  r.problem(path, CATALOG_TEXT.text('idTooLong', { length: id.length, name, limit: MAX_NAME_LENGTH, max }));
}

const COMPONENT_ID = /^[a-z][a-z0-9_]*$/;
const INDICATOR_CODE = /^\d+(\.\d+)*$/;

function unique(r: Reader, items: { key: string; path: string }[], what: Text): Set<string> {
  const seen = new Set<string>();
  for (const { key, path } of items) {
    if (key === '') continue; // already reported as an empty string
    if (seen.has(key)) r.problem(path, CATALOG_TEXT.text('duplicate', { what, key }));
    seen.add(key);
  }
  return seen;
}

function refs(r: Reader, ids: string[], known: Set<string>, path: string, what: Text): void {
  ids.forEach((id, i) => {
    if (id !== '' && !known.has(id)) {
      r.problem(`${path}[${i}]`, CATALOG_TEXT.text('unknownRef', { what, id }));
    }
  });
}

export function checkSemantics(c: Catalog, r: Reader): void {
  const pillars = unique(
    r,
    c.pillars.map((p, i) => ({ key: p.code, path: `pillars[${i}].code` })),
    CATALOG_TEXT.text('wordPillarCode'),
  );
  const subs = unique(
    r,
    c.subPillars.map((s, i) => ({ key: s.code, path: `subPillars[${i}].code` })),
    CATALOG_TEXT.text('wordSubPillarCode'),
  );
  const agencies = unique(
    r,
    c.agencies.map((a, i) => ({ key: a.id, path: `agencies[${i}].id` })),
    CATALOG_TEXT.text('wordAgencyId'),
  );
  const comps = unique(
    r,
    c.components.map((x, i) => ({ key: x.id, path: `components[${i}].id` })),
    CATALOG_TEXT.text('wordComponentId'),
  );
  unique(
    r,
    c.indicators.map((x, i) => ({ key: x.code, path: `indicators[${i}].code` })),
    CATALOG_TEXT.text('wordIndicatorCode'),
  );
  unique(
    r,
    c.rules.map((x, i) => ({ key: x.id, path: `rules[${i}].id` })),
    CATALOG_TEXT.text('wordRuleId'),
  );

  c.components.forEach((x, i) => idLength(r, x.id, 'component', `components[${i}].id`));
  c.indicators.forEach((x, i) => idLength(r, x.code, 'indicator', `indicators[${i}].code`));
  c.subPillars.forEach((x, i) => idLength(r, x.code, 'subPillar', `subPillars[${i}].code`));
  c.pillars.forEach((x, i) => idLength(r, x.code, 'pillar', `pillars[${i}].code`));
  c.rules.forEach((x, i) => idLength(r, x.id, 'rule', `rules[${i}].id`));

  const pattern = (key: string, re: RegExp, path: string, example: string) => {
    if (key !== '' && !re.test(key)) r.problem(path, CATALOG_TEXT.text('malformed', { key, example }));
  };
  c.pillars.forEach((p, i) => pattern(p.code, INDICATOR_CODE, `pillars[${i}].code`, '1'));
  c.subPillars.forEach((s, i) => {
    pattern(s.code, INDICATOR_CODE, `subPillars[${i}].code`, '2.1');
    if (s.pillar !== '' && !pillars.has(s.pillar)) {
      r.problem(
        `subPillars[${i}].pillar`,
        CATALOG_TEXT.text('unknownRef', { what: CATALOG_TEXT.text('wordPillar'), id: s.pillar }),
      );
    }
  });
  c.components.forEach((x, i) => {
    pattern(x.id, COMPONENT_ID, `components[${i}].id`, 'population, grdp, st_orgs');
    if (x.min !== undefined && x.max !== undefined && x.min > x.max) {
      r.problem(`components[${i}].min`, CATALOG_TEXT.text('minAboveMax'));
    }
  });
  c.agencies.forEach((a, i) => pattern(a.id, COMPONENT_ID, `agencies[${i}].id`, 'dost'));
  c.rules.forEach((x, i) => {
    pattern(x.id, COMPONENT_ID, `rules[${i}].id`, 'participants_le_students');
    refs(r, x.part, comps, `rules[${i}].part`, CATALOG_TEXT.text('wordComponent'));
    refs(r, x.whole, comps, `rules[${i}].whole`, CATALOG_TEXT.text('wordComponent'));
    if (x.part.length === 0) r.problem(`rules[${i}].part`, CATALOG_TEXT.text('notEmpty'));
    if (x.whole.length === 0) r.problem(`rules[${i}].whole`, CATALOG_TEXT.text('notEmpty'));
    x.part.forEach((id, j) => {
      if (x.whole.includes(id))
        r.problem(`rules[${i}].part[${j}]`, CATALOG_TEXT.text('partAndWhole', { id }));
    });
  });
  c.indicators.forEach((ind, i) => {
    const path = `indicators[${i}]`;
    pattern(ind.code, INDICATOR_CODE, `${path}.code`, '7.1.2');
    if (ind.subPillar !== '' && !subs.has(ind.subPillar)) {
      r.problem(
        `${path}.subPillar`,
        CATALOG_TEXT.text('unknownRef', { what: CATALOG_TEXT.text('wordSubPillar'), id: ind.subPillar }),
      );
    }
    refs(r, ind.lead, agencies, `${path}.lead`, CATALOG_TEXT.text('wordAgency'));
    refs(r, ind.coordinating, agencies, `${path}.coordinating`, CATALOG_TEXT.text('wordAgency'));
    const f = ind.formula;
    if (f.kind === 'direct') {
      if (f.value !== '' && !comps.has(f.value)) {
        r.problem(
          `${path}.formula.value`,
          CATALOG_TEXT.text('unknownRef', { what: CATALOG_TEXT.text('wordComponent'), id: f.value }),
        );
      }
      return;
    }
    refs(r, f.numerator, comps, `${path}.formula.numerator`, CATALOG_TEXT.text('wordComponent'));
    refs(r, f.denominator, comps, `${path}.formula.denominator`, CATALOG_TEXT.text('wordComponent'));
    f.denominator.forEach((id, j) => {
      if (f.numerator.includes(id)) {
        r.problem(`${path}.formula.denominator[${j}]`, CATALOG_TEXT.text('numeratorAndDenominator', { id }));
      }
    });
  });
}
