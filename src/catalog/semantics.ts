// Cross-reference checks on a decoded catalog: every id a formula, rule or indicator names must
// exist, ids must be unique and well-formed. Formulas reference only components (never other
// indicators), so cycles cannot occur; see SCHEMA.md.
import { maxIdLength, type IdKind } from '../plan/names';
import { MAX_NAME_LENGTH } from '../plan/limits';
import { count, type Reader } from './json-reader';
import type { Catalog } from './types';

/**
 * An id longer than its defined names allow (Excel: 255 characters, see maxIdLength): refused
 * here, with its path, rather than by the template writer with "invalid defined name".
 */
function idLength(r: Reader, id: string, kind: IdKind, path: string): void {
  const { max, longestPrefix } = maxIdLength(kind);
  if (id.length <= max) return;
  const name = `${longestPrefix}${id.slice(0, 12)}…`;
  r.problem(
    path,
    `dài ${count(id.length, 'vi')} ký tự; tên định danh ${name} sẽ vượt giới hạn ${count(MAX_NAME_LENGTH, 'vi')} ký tự của Excel. Tối đa ${count(max, 'vi')} ký tự`,
    `${count(id.length, 'en')} characters long; the defined name ${name} would pass Excel's limit of ${count(MAX_NAME_LENGTH, 'en')} characters. At most ${count(max, 'en')} characters`,
  );
}

const COMPONENT_ID = /^[a-z][a-z0-9_]*$/;
const INDICATOR_CODE = /^\d+(\.\d+)*$/;

function unique(
  r: Reader,
  items: { key: string; path: string }[],
  what: { vi: string; en: string },
): Set<string> {
  const seen = new Set<string>();
  for (const { key, path } of items) {
    if (key === '') continue; // already reported as an empty string
    if (seen.has(key)) r.problem(path, `${what.vi} "${key}" bị trùng`, `duplicate ${what.en} "${key}"`);
    seen.add(key);
  }
  return seen;
}

function refs(
  r: Reader,
  ids: string[],
  known: Set<string>,
  path: string,
  what: { vi: string; en: string },
): void {
  ids.forEach((id, i) => {
    if (id !== '' && !known.has(id)) {
      r.problem(`${path}[${i}]`, `${what.vi} "${id}" không tồn tại`, `unknown ${what.en} "${id}"`);
    }
  });
}

export function checkSemantics(c: Catalog, r: Reader): void {
  const pillars = unique(
    r,
    c.pillars.map((p, i) => ({ key: p.code, path: `pillars[${i}].code` })),
    { vi: 'mã trụ cột', en: 'pillar code' },
  );
  const subs = unique(
    r,
    c.subPillars.map((s, i) => ({ key: s.code, path: `subPillars[${i}].code` })),
    { vi: 'mã nhóm chỉ số', en: 'sub-pillar code' },
  );
  const agencies = unique(
    r,
    c.agencies.map((a, i) => ({ key: a.id, path: `agencies[${i}].id` })),
    { vi: 'mã cơ quan', en: 'agency id' },
  );
  const comps = unique(
    r,
    c.components.map((x, i) => ({ key: x.id, path: `components[${i}].id` })),
    { vi: 'mã thành phần', en: 'component id' },
  );
  unique(
    r,
    c.indicators.map((x, i) => ({ key: x.code, path: `indicators[${i}].code` })),
    { vi: 'mã chỉ số', en: 'indicator code' },
  );
  unique(
    r,
    c.rules.map((x, i) => ({ key: x.id, path: `rules[${i}].id` })),
    { vi: 'mã quy tắc', en: 'rule id' },
  );

  c.components.forEach((x, i) => idLength(r, x.id, 'component', `components[${i}].id`));
  c.indicators.forEach((x, i) => idLength(r, x.code, 'indicator', `indicators[${i}].code`));
  c.subPillars.forEach((x, i) => idLength(r, x.code, 'subPillar', `subPillars[${i}].code`));
  c.pillars.forEach((x, i) => idLength(r, x.code, 'pillar', `pillars[${i}].code`));
  c.rules.forEach((x, i) => idLength(r, x.id, 'rule', `rules[${i}].id`));

  const pattern = (key: string, re: RegExp, path: string, example: string) => {
    if (key !== '' && !re.test(key))
      r.problem(
        path,
        `"${key}" sai dạng, ví dụ đúng: ${example}`,
        `"${key}" is malformed; expected e.g. ${example}`,
      );
  };
  c.pillars.forEach((p, i) => pattern(p.code, INDICATOR_CODE, `pillars[${i}].code`, '1'));
  c.subPillars.forEach((s, i) => {
    pattern(s.code, INDICATOR_CODE, `subPillars[${i}].code`, '2.1');
    if (s.pillar !== '' && !pillars.has(s.pillar)) {
      r.problem(
        `subPillars[${i}].pillar`,
        `trụ cột "${s.pillar}" không tồn tại`,
        `unknown pillar "${s.pillar}"`,
      );
    }
  });
  c.components.forEach((x, i) => {
    pattern(x.id, COMPONENT_ID, `components[${i}].id`, 'population, grdp, st_orgs');
    if (x.min !== undefined && x.max !== undefined && x.min > x.max) {
      r.problem(`components[${i}].min`, 'min lớn hơn max', 'min is greater than max');
    }
  });
  c.agencies.forEach((a, i) => pattern(a.id, COMPONENT_ID, `agencies[${i}].id`, 'dost'));
  c.rules.forEach((x, i) => {
    pattern(x.id, COMPONENT_ID, `rules[${i}].id`, 'participants_le_students');
    refs(r, x.part, comps, `rules[${i}].part`, { vi: 'thành phần', en: 'component' });
    refs(r, x.whole, comps, `rules[${i}].whole`, { vi: 'thành phần', en: 'component' });
    if (x.part.length === 0) r.problem(`rules[${i}].part`, 'không được rỗng', 'must not be empty');
    if (x.whole.length === 0) r.problem(`rules[${i}].whole`, 'không được rỗng', 'must not be empty');
    x.part.forEach((id, j) => {
      if (x.whole.includes(id))
        r.problem(
          `rules[${i}].part[${j}]`,
          `"${id}" vừa là phần vừa là tổng`,
          `"${id}" is both part and whole`,
        );
    });
  });
  c.indicators.forEach((ind, i) => {
    const path = `indicators[${i}]`;
    pattern(ind.code, INDICATOR_CODE, `${path}.code`, '7.1.2');
    if (ind.subPillar !== '' && !subs.has(ind.subPillar)) {
      r.problem(
        `${path}.subPillar`,
        `nhóm chỉ số "${ind.subPillar}" không tồn tại`,
        `unknown sub-pillar "${ind.subPillar}"`,
      );
    }
    refs(r, ind.lead, agencies, `${path}.lead`, { vi: 'cơ quan', en: 'agency' });
    refs(r, ind.coordinating, agencies, `${path}.coordinating`, { vi: 'cơ quan', en: 'agency' });
    const f = ind.formula;
    if (f.kind === 'direct') {
      if (f.value !== '' && !comps.has(f.value)) {
        r.problem(
          `${path}.formula.value`,
          `thành phần "${f.value}" không tồn tại`,
          `unknown component "${f.value}"`,
        );
      }
      return;
    }
    refs(r, f.numerator, comps, `${path}.formula.numerator`, { vi: 'thành phần', en: 'component' });
    refs(r, f.denominator, comps, `${path}.formula.denominator`, { vi: 'thành phần', en: 'component' });
    f.denominator.forEach((id, j) => {
      if (f.numerator.includes(id)) {
        r.problem(
          `${path}.formula.denominator[${j}]`,
          `"${id}" nằm cả ở tử số và mẫu số`,
          `"${id}" is in both numerator and denominator`,
        );
      }
    });
  });
}
