// The pane's import decisions (pure): the officer's choice per conflict (default: keep the
// master), the write plan with each figure's value before, the log rows shared with pii merge,
// the guard against figures typed since the files were read, and the log read back as provenance.
import { builtinCatalog, type CellValue } from '../../../src/catalog';
import {
  changedSince,
  COLLECT_TEXT,
  decideConflicts,
  figureSources,
  figureSubject,
  importLogRows,
  importPlan,
  masterFigureNames,
  mergeReturns,
  parseImportLog,
  recordKey,
} from '../../../src/collect';
import { named, stamp } from './named';

const catalog = builtinCatalog('2025');
const AT = '2025-03-01T08:00:00.000Z';

const master = named({
  ...stamp,
  PII_in_cluster_projects: 200,
  PII_prev_cluster_projects: null,
  PII_ev_cluster_projects: null,
  PII_in_ip_projects: 600,
});

const file = (name: string, figures: Record<string, CellValue>) => ({
  file: name,
  named: named({ ...stamp, PII_meta_agency: 'doit', ...figures }),
});

/** Two files of the Sở Công Thương: both differ from the master's 200 cluster projects. */
const merged = () =>
  mergeReturns(
    catalog,
    master,
    [
      file('a.xlsx', { PII_in_cluster_projects: 210, PII_prev_cluster_projects: 190 }),
      file('b.xlsx', { PII_in_cluster_projects: 220, PII_ev_cluster_projects: 'QĐ 7' }),
    ],
    { importedAt: AT },
  );

describe('decideConflicts', () => {
  it('keeps the master for every conflict not decided, marked as the officer s choice', () => {
    const d = decideConflicts(merged(), new Map());
    expect(d.records.map((r) => [r.file, r.name, r.outcome, r.decidedBy])).toEqual([
      ['a.xlsx', 'PII_in_cluster_projects', 'masterKept', 'officer'],
      ['a.xlsx', 'PII_prev_cluster_projects', 'imported', undefined],
      ['b.xlsx', 'PII_in_cluster_projects', 'masterKept', 'officer'],
      ['b.xlsx', 'PII_ev_cluster_projects', 'imported', undefined],
    ]);
    expect([...d.assignments]).toEqual([
      ['PII_prev_cluster_projects', 190],
      ['PII_ev_cluster_projects', 'QĐ 7'],
    ]);
  });

  it("takes the agency's side where chosen; when two files are taken, the later one wins", () => {
    const r = merged();
    const [a, , b] = r.records;
    expect(
      decideConflicts(r, new Map([[recordKey(a), 'agency']])).assignments.get('PII_in_cluster_projects'),
    ).toBe(210);
    const both = decideConflicts(
      r,
      new Map([
        [recordKey(a), 'agency'],
        [recordKey(b), 'agency'],
      ]),
    );
    expect(both.assignments.get('PII_in_cluster_projects')).toBe(220);
    expect(both.records.filter((x) => x.outcome === 'agencyWins')).toHaveLength(2);
    // The input is not changed: the pane can decide again.
    expect(r.records[0].outcome).toBe('conflict');
  });
});

describe('importPlan', () => {
  it('each figure with its value before; the log rows of importLogRows, with the officer s choice in words', () => {
    const r = merged();
    const d = decideConflicts(r, new Map([[recordKey(r.records[0]), 'agency']]));
    const plan = importPlan(master, d, 'en', AT);
    expect(plan.id).toBe(AT);
    expect(plan.figures).toEqual([
      { name: 'PII_in_cluster_projects', before: 200, after: 210 },
      { name: 'PII_prev_cluster_projects', before: null, after: 190 },
      { name: 'PII_ev_cluster_projects', before: null, after: 'QĐ 7' },
    ]);
    expect(plan.log.sheetNames[0]).toBe(COLLECT_TEXT.logSheet.en);
    expect(plan.log.rows).toEqual(importLogRows(d, 'en', AT).rows);
    expect(plan.log.rows[0][8]).toBe(
      `${COLLECT_TEXT.officerChose.agencyWins.vi} / ${COLLECT_TEXT.officerChose.agencyWins.en}`,
    );
    expect(plan.log.rows[2][8]).toBe(
      `${COLLECT_TEXT.officerChose.masterKept.vi} / ${COLLECT_TEXT.officerChose.masterKept.en}`,
    );
  });

  it('changedSince names a figure that is neither its value before nor the new one, or gone', () => {
    const plan = importPlan(master, decideConflicts(merged(), new Map()), 'vi', AT);
    const now: Record<string, CellValue> = { PII_prev_cluster_projects: 190, PII_ev_cluster_projects: null };
    expect(changedSince(plan, (n) => now[n])).toEqual([]);
    now.PII_prev_cluster_projects = 191;
    expect(changedSince(plan, (n) => now[n])).toEqual(['PII_prev_cluster_projects']);
    delete now.PII_ev_cluster_projects;
    expect(changedSince(plan, (n) => now[n])).toEqual([
      'PII_prev_cluster_projects',
      'PII_ev_cluster_projects',
    ]);
  });
});

describe('the import log read back', () => {
  it('parses the rows it writes (title and header skipped, notes ignored) and finds each figure s source', () => {
    const r = merged();
    r.refused.push({ file: 'x.xlsx', reason: { vi: 'không phải', en: 'not one' } });
    const d = decideConflicts(r, new Map([[recordKey(r.records[2]), 'agency']]));
    const { header, rows } = importLogRows(d, 'vi', AT);
    const sheet: unknown[][] = [
      [COLLECT_TEXT.logTitle.vi],
      [],
      header,
      ...rows.map((row) => row.map((v) => v ?? '')),
      ['', 'a note by the officer'],
    ];
    const entries = parseImportLog(sheet);
    expect(entries).toHaveLength(5);
    expect(entries.map((e) => [e.file, e.name, e.applied])).toEqual([
      ['a.xlsx', 'PII_in_cluster_projects', false],
      ['a.xlsx', 'PII_prev_cluster_projects', true],
      ['b.xlsx', 'PII_in_cluster_projects', true],
      ['b.xlsx', 'PII_ev_cluster_projects', true],
      ['x.xlsx', '', false],
    ]);
    expect(entries[2]).toMatchObject({ importedAt: AT, agency: 'doit', before: 200, incoming: 220 });
    const sources = figureSources(entries);
    expect(sources.get('PII_IN_CLUSTER_PROJECTS')?.file).toBe('b.xlsx');
    expect([...sources.keys()].sort()).toEqual([
      'PII_EV_CLUSTER_PROJECTS',
      'PII_IN_CLUSTER_PROJECTS',
      'PII_PREV_CLUSTER_PROJECTS',
    ]);
  });

  it('a later import of the same figure is its source', () => {
    const row = (time: string, file: string) => [
      time,
      file,
      'doit',
      'grdp',
      'Năm nay',
      'PII_in_grdp',
      null,
      1,
      `${COLLECT_TEXT.outcome.imported.vi} / ${COLLECT_TEXT.outcome.imported.en}`,
    ];
    const entries = parseImportLog([
      [],
      [],
      [],
      row(AT, 'a.xlsx'),
      row('2025-03-02T08:00:00.000Z', 'b.xlsx'),
    ]);
    expect(figureSources(entries).get('PII_IN_GRDP')?.file).toBe('b.xlsx');
  });
});

describe('names in words', () => {
  it('masterFigureNames: the stamp fields and the six input cells of each component', () => {
    const names = masterFigureNames(catalog);
    expect(names.slice(0, 5)).toEqual([
      'PII_meta_edition',
      'PII_meta_province',
      'PII_meta_year',
      'PII_meta_version',
      'PII_meta_lang',
    ]);
    expect(names).toHaveLength(5 + 6 * catalog.components.length);
  });

  it('figureSubject names the component and the cell; an unknown name stays as it is', () => {
    const c = catalog.components.find((x) => x.id === 'cluster_projects')!;
    expect(figureSubject(catalog, 'PII_prev_cluster_projects')).toEqual({
      vi: `${c.name.vi} (năm trước)`,
      en: `${c.name.en} (last year)`,
    });
    expect(figureSubject(catalog, 'PII_in_nothing')).toEqual({ vi: 'PII_in_nothing', en: 'PII_in_nothing' });
  });
});
