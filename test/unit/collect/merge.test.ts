// The merge decisions (pure): imports into blank cells, conflicts listed and not overwritten unless
// a side is preferred, figures of components the agency does not own ignored, files of another
// edition, province, year or template refused with the reason, provenance on every record.
import { builtinCatalog, type CellValue } from '../../../src/catalog';
import { importLogRows, mergeReturns, sameFigure, type ReturnedFile } from '../../../src/collect';
import { named, stamp } from './named';

const catalog = builtinCatalog('2025');
const AT = '2025-03-01T08:00:00.000Z';

const master = named({
  ...stamp,
  PII_in_cluster_projects: null,
  PII_prev_cluster_projects: 150,
  PII_ev_cluster_projects: null,
  PII_in_active_enterprises: 7200,
  PII_in_ip_projects: 600,
});

function agencyFile(
  file: string,
  agency: string,
  figures: Record<string, CellValue>,
  meta = {},
): ReturnedFile {
  return { file, named: named({ ...stamp, PII_meta_agency: agency, ...meta, ...figures }) };
}

describe('mergeReturns', () => {
  it('imports into blank cells with provenance, leaves equal figures alone', () => {
    const r = mergeReturns(
      catalog,
      master,
      [
        agencyFile('doit.xlsx', 'doit', {
          PII_in_cluster_projects: 210,
          PII_prev_cluster_projects: 150,
          PII_ev_cluster_projects: 'QĐ 12/2025',
          PII_in_active_enterprises: 7200,
        }),
      ],
      { importedAt: AT },
    );
    expect(r.refused).toEqual([]);
    expect([...r.assignments]).toEqual([
      ['PII_in_cluster_projects', 210],
      ['PII_ev_cluster_projects', 'QĐ 12/2025'],
    ]);
    expect(r.records).toEqual([
      expect.objectContaining({
        file: 'doit.xlsx',
        agency: 'doit',
        component: 'cluster_projects',
        field: 'value',
        master: null,
        incoming: 210,
        outcome: 'imported',
        importedAt: AT,
      }),
      expect.objectContaining({ field: 'evidence', outcome: 'imported' }),
    ]);
    expect(r.accepted).toEqual([{ file: 'doit.xlsx', agency: 'doit', unchanged: 1 }]);
  });

  it('lists a differing figure as a conflict and does not overwrite it', () => {
    const r = mergeReturns(
      catalog,
      master,
      [agencyFile('kcn.xlsx', 'ip_board', { PII_in_ip_projects: 640 })],
      { importedAt: AT },
    );
    expect(r.assignments.size).toBe(0);
    expect(r.records).toEqual([
      expect.objectContaining({
        name: 'PII_in_ip_projects',
        master: 600,
        incoming: 640,
        outcome: 'conflict',
      }),
    ]);
  });

  it.each([
    ['agency', 'agencyWins', [['PII_in_ip_projects', 640]]],
    ['master', 'masterKept', []],
  ] as const)('--prefer %s decides a conflict (%s)', (prefer, outcome, assignments) => {
    const r = mergeReturns(
      catalog,
      master,
      [agencyFile('kcn.xlsx', 'ip_board', { PII_in_ip_projects: 640 })],
      {
        importedAt: AT,
        prefer,
      },
    );
    expect(r.records.map((x) => x.outcome)).toEqual([outcome]);
    expect([...r.assignments]).toEqual(assignments);
  });

  it('ignores and reports figures of components the agency does not own', () => {
    const r = mergeReturns(
      catalog,
      master,
      [
        agencyFile('doit.xlsx', 'doit', {
          PII_in_active_enterprises: 7300, // shared: the Sở's
          PII_in_grdp: 1, // another agency's / the Sở's
          PII_in_no_such_component: 5,
        }),
      ],
      { importedAt: AT },
    );
    expect(r.assignments.size).toBe(0);
    expect(r.records.map((x) => [x.component, x.outcome])).toEqual([
      ['grdp', 'notOwned'],
      ['active_enterprises', 'notOwned'],
      ['no_such_component', 'notOwned'],
    ]);
  });

  it.each([
    [{ PII_meta_province: 'Bắc Giang' }, /Bắc Giang/],
    [{ PII_meta_year: 2024 }, /2024/],
    [{ PII_meta_edition: '2023' }, /2023/],
    [{ PII_meta_version: '2.0.0' }, /2\.0\.0/],
    // Newer than the master (1.3.0): it may hold cells the master lacks, so the master is upgraded first.
    [{ PII_meta_version: '1.4.0' }, /1\.4\.0.*(newer|mới hơn).*Upgrade|Cập nhật mẫu/],
    [{ PII_meta_agency: null }, /PII_meta_agency/],
    [{ PII_meta_agency: 'statistics' }, /statistics/],
  ])('refuses a file with %j', (meta, reason) => {
    const r = mergeReturns(
      catalog,
      master,
      [agencyFile('x.xlsx', 'doit', { PII_in_cluster_projects: 1 }, meta)],
      { importedAt: AT },
    );
    expect(r.assignments.size).toBe(0);
    expect(r.refused).toHaveLength(1);
    expect(r.refused[0].reason.en).toMatch(reason);
    expect(r.refused[0].reason.vi).toMatch(reason);
  });

  it('refuses something that is not a PII workbook', () => {
    const r = mergeReturns(catalog, master, [{ file: 'x.xlsx', named: named({ Foo: 1 }) }], {
      importedAt: AT,
    });
    expect(r.refused[0].reason.en).toMatch(/not a PII workbook/);
  });

  it('applies files in order: a second file of the same component meets the first one as the master', () => {
    const r = mergeReturns(
      catalog,
      named({ ...stamp, PII_in_education_spending: null }),
      [
        agencyFile('doet.xlsx', 'doet', { PII_in_education_spending: 4300 }),
        agencyFile('dolisa.xlsx', 'dolisa', { PII_in_education_spending: 4350 }),
      ],
      { importedAt: AT },
    );
    expect(r.records.map((x) => [x.file, x.master, x.incoming, x.outcome])).toEqual([
      ['doet.xlsx', null, 4300, 'imported'],
      ['dolisa.xlsx', 4300, 4350, 'conflict'],
    ]);
    expect(r.assignments.get('PII_in_education_spending')).toBe(4300);
  });

  it('lists an owned figure whose cell the master lacks (an older template) instead of importing it', () => {
    const r = mergeReturns(
      catalog,
      named({ ...stamp }),
      [agencyFile('doit.xlsx', 'doit', { PII_in_cluster_projects: 5 })],
      {
        importedAt: AT,
      },
    );
    expect(r.assignments.size).toBe(0);
    expect(r.records.map((x) => x.outcome)).toEqual(['notInMaster']);
  });

  it('never blanks the master: a blank in the file is no figure', () => {
    const r = mergeReturns(
      catalog,
      master,
      [agencyFile('kcn.xlsx', 'ip_board', { PII_in_ip_projects: '  ' })],
      {
        importedAt: AT,
      },
    );
    expect(r.records).toEqual([]);
  });

  describe('the evidence record travels as one document', () => {
    // With the figure itself, as in every agency file (equal to the master's: unchanged).
    const record = (n: string, date: number | null, issuer: string, link: string | null) => ({
      PII_in_ip_projects: 600,
      PII_ev_ip_projects: n,
      PII_evdate_ip_projects: date,
      PII_evissuer_ip_projects: issuer,
      PII_evlink_ip_projects: link,
    });
    const masterWith = named({
      ...stamp,
      ...record('12/QĐ-UBND', 45107, 'UBND tỉnh', 'qd12.pdf'),
    });

    it('a new record replacing the master’s is one conflict of its differing parts, a cleared part included', () => {
      const file = agencyFile('kcn.xlsx', 'ip_board', record('99/QĐ-BQL', 45748, 'UBND tỉnh', null));
      const r = mergeReturns(catalog, masterWith, [file], { importedAt: AT });
      expect(r.assignments.size).toBe(0);
      expect(r.records.map((x) => [x.field, x.master, x.incoming, x.outcome])).toEqual([
        ['evidence', '12/QĐ-UBND', '99/QĐ-BQL', 'conflict'],
        ['evidenceDate', 45107, 45748, 'conflict'],
        ['evidenceLink', 'qd12.pdf', null, 'conflict'],
      ]);
      expect(r.accepted[0].unchanged).toBe(2); // the figure and the issuer
    });

    it('the agency winning takes its whole record: the old link is blanked, never kept beside the new document', () => {
      const file = agencyFile('kcn.xlsx', 'ip_board', record('99/QĐ-BQL', 45748, 'UBND tỉnh', '  '));
      const r = mergeReturns(catalog, masterWith, [file], { importedAt: AT, prefer: 'agency' });
      expect(Object.fromEntries(r.assignments)).toEqual({
        PII_ev_ip_projects: '99/QĐ-BQL',
        PII_evdate_ip_projects: 45748,
        PII_evlink_ip_projects: null,
      });
      expect(r.records.every((x) => x.outcome === 'agencyWins')).toBe(true);
    });

    it('into a blank master record: its given parts imported; a record the file leaves blank brings nothing', () => {
      const blankMaster = named({
        ...stamp,
        ...record('', null, '', null),
      });
      const r = mergeReturns(
        catalog,
        blankMaster,
        [agencyFile('kcn.xlsx', 'ip_board', record('99/QĐ-BQL', 45748, ' ', null))],
        { importedAt: AT },
      );
      expect(r.records.map((x) => [x.field, x.outcome])).toEqual([
        ['evidence', 'imported'],
        ['evidenceDate', 'imported'],
      ]);
      const none = mergeReturns(
        catalog,
        masterWith,
        [agencyFile('kcn.xlsx', 'ip_board', record('', null, ' ', null))],
        {
          importedAt: AT,
        },
      );
      expect(none.records).toEqual([]);
      expect(none.assignments.size).toBe(0);
    });
  });
});

describe('sameFigure', () => {
  it.each([
    [1, 1, true],
    [0.1 + 0.2, 0.3, true],
    [12, '12', false],
    ['Sở\u0020', 'Sở', true],
    ['So\u0302\u0309', 'Sổ', true],
    [null, '', true],
    [null, 0, false],
    [true, true, true],
  ] as const)('%j vs %j: %s', (a, b, same) => {
    expect(sameFigure(a, b)).toBe(same);
  });
});

test('importLogRows: one row per record and per refused file, bilingual outcome', () => {
  const r = mergeReturns(
    catalog,
    master,
    [
      agencyFile('kcn.xlsx', 'ip_board', { PII_in_ip_projects: 640, PII_in_ip_land_built: 3100 }),
      agencyFile('bg.xlsx', 'doit', { PII_in_cluster_projects: 3 }, { PII_meta_province: 'Bắc Giang' }),
    ],
    { importedAt: AT },
  );
  const { header, rows } = importLogRows(r, 'vi', AT);
  expect(header).toHaveLength(9);
  expect(rows).toHaveLength(3);
  expect(rows[0].slice(0, 4)).toEqual([AT, 'kcn.xlsx', 'ip_board', 'ip_land_built']);
  expect(String(rows[1][8])).toMatch(/XUNG ĐỘT.*CONFLICT/);
  expect(String(rows[2][8])).toMatch(/Bắc Giang/);
});
