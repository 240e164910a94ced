// Who supplies what: ownership, the agency sub-catalog (valid, same checks for what it holds),
// the agency plan (same defined names as the master for its rows), safe file names.
import { builtinCatalog, loadCatalog, type Catalog } from '../../../src/catalog';
import { agencyCatalog, agencyShare, agencyShares, safeFileName } from '../../../src/collect';
import { buildPlan, NAMES } from '../../../src/plan';
import { buildAgencyPlan } from '../../../src/plan/agency-plan';
import { cellChecks } from '../../../src/validation';

const catalog: Catalog = builtinCatalog('2025');

describe('agencyShares', () => {
  it('lists every lead agency once with the components it owns and the shared ones it uses', () => {
    const shares = agencyShares(catalog);
    expect(shares.map((s) => s.agency)).toEqual([
      'dost',
      'dard',
      'ip_board',
      'doit',
      'doet',
      'dolisa',
      'sbv_branch',
    ]);
    expect(agencyShare(catalog, 'ip_board')).toEqual({
      agency: 'ip_board',
      indicators: ['3.2.2', '5.2.2'],
      owned: ['ip_land_built', 'ip_land_planned', 'ip_projects'],
      shared: ['active_enterprises'],
    });
    // 2.1.4 has two leads: both own its spending figure.
    expect(agencyShare(catalog, 'doet')!.owned).toContain('education_spending');
    expect(agencyShare(catalog, 'dolisa')!.owned).toEqual(['education_spending']);
    expect(agencyShare(catalog, 'statistics')).toBeUndefined();
    // Every non-shared component of the catalog is owned by someone; shared ones by nobody.
    const owned = new Set(shares.flatMap((s) => s.owned));
    for (const c of catalog.components) expect(owned.has(c.id)).toBe(!c.shared);
  });
});

describe('agencyCatalog', () => {
  it('is a valid catalog holding only the agency indicators, their components and whole rules', () => {
    const sub = agencyCatalog(catalog, 'dost');
    expect(() => loadCatalog(JSON.parse(JSON.stringify(sub)))).not.toThrow();
    expect(sub.indicators.map((i) => i.code)).toEqual(['1.1.1', '2.2.2', '2.2.4', '5.2.1', '6.3.2', '6.3.3']);
    expect(sub.rules.map((r) => r.id).sort()).toEqual(
      ['new_le_active', 'st_enterprises_le_active', 'st_spending_le_budget', 'startups_le_new'].sort(),
    );
    expect(sub.agencies.map((a) => a.id)).toContain('dpi');
    expect(sub.agencies.map((a) => a.id)).not.toContain('sbv_branch');
  });

  it('keeps the checks of the rows it holds (ids and severities) as in the master', () => {
    for (const { agency } of agencyShares(catalog)) {
      const sub = agencyCatalog(catalog, agency);
      const mine = new Set(sub.components.map((c) => c.id));
      const master = cellChecks(catalog).filter(
        (c) => 'component' in c.target && mine.has(c.target.component),
      );
      const own = cellChecks(sub).filter((c) => 'component' in c.target);
      // The master may check a shared denominator for more indicators (zeroDenominator:<code>),
      // never the other way round.
      const masterIds = new Set(master.map((c) => c.id));
      for (const c of own) expect(masterIds.has(c.id)).toBe(true);
    }
  });

  it('refuses an agency that leads nothing', () => {
    expect(() => agencyCatalog(catalog, 'statistics')).toThrow(/leads no indicator/);
    expect(() => buildAgencyPlan(catalog, 'nobody', { province: '', year: 2025, lang: 'vi' })).toThrow(
      /not in the catalog/,
    );
  });
});

describe('the agency plan', () => {
  it('has the cover, entry and checks sheets and the master names for its rows', () => {
    const sub = agencyCatalog(catalog, 'doit');
    const plan = buildAgencyPlan(sub, 'doit', {
      province: 'Bắc Ninh',
      year: 2025,
      lang: 'vi',
      collection: { deadline: '2025-03-31', contact: 'Chị B' },
    });
    expect(plan.sheets.map((s) => s.key)).toEqual(['cover', 'entry', 'checks']);
    const names = new Set(plan.names.map((n) => n.name));
    for (const id of ['cluster_projects', 'active_enterprises'])
      for (const n of [NAMES.input(id), NAMES.previous(id), NAMES.evidence(id), NAMES.status(id)])
        expect(names.has(n)).toBe(true);
    expect(names.has(NAMES.input('grdp'))).toBe(false);
    expect(names.has(NAMES.value('5.2.3'))).toBe(true);
    for (const f of [
      'edition',
      'province',
      'year',
      'version',
      'lang',
      'agency',
      'deadline',
      'contact',
    ] as const)
      expect(names.has(NAMES.meta(f))).toBe(true);
    // The identity is the master's: nothing on the agency cover is an input.
    expect(plan.names.filter((n) => n.sheet === 'cover').every((n) => !n.isInput)).toBe(true);
    expect(plan.checks.every((c) => !c.targetName.startsWith('PII_min_'))).toBe(true);
    // The status formula of an owned component is the master's.
    const master = buildPlan(catalog, { province: 'Bắc Ninh', year: 2025, lang: 'vi' });
    const formulaOf = (p: typeof plan, name: string) => {
      const n = p.names.find((x) => x.name === name)!;
      const sheet = p.sheets.find((s) => s.key === n.sheet)!;
      const m = /^\$([A-Z]+)\$(\d+)$/.exec(n.address)!;
      const row = Number(m[2]) - 1;
      const col = m[1].charCodeAt(0) - 65;
      for (const b of sheet.blocks)
        if (row >= b.row && row < b.row + b.rowCount && col >= b.col && col < b.col + b.columnCount)
          return b.cells[row - b.row][col - b.col];
      return undefined;
    };
    expect(formulaOf(plan, NAMES.status('cluster_projects'))).toEqual(
      formulaOf(master, NAMES.status('cluster_projects')),
    );
  });

  it('the master cover carries the deadline and contact as inputs', () => {
    const plan = buildPlan(catalog, {
      province: 'Bắc Ninh',
      year: 2025,
      lang: 'en',
      collection: { deadline: '2025-03-31' },
    });
    const deadline = plan.names.find((n) => n.name === NAMES.meta('deadline'))!;
    const contact = plan.names.find((n) => n.name === NAMES.meta('contact'))!;
    expect(deadline.isInput && contact.isInput).toBe(true);
    // Below the legend: no cell of the 1.1.0 cover moved.
    expect(plan.names.find((n) => n.name === NAMES.meta('province'))!.address).toBe('$B$5');
  });
});

describe('safeFileName', () => {
  it.each([
    ['Sở Công Thương', 'Sở Công Thương'],
    ['Sở Lao động - Thương binh và Xã hội', 'Sở Lao động - Thương binh và Xã hội'],
    ['A/B: C*?"<>|', 'A-B- C-'],
    ['  ..hidden. ', 'hidden'],
    ['CON', 'CON_'],
    ['', 'agency'],
    ['So\u0302\u0309', 'Sổ'],
  ])('%j -> %j', (input, expected) => {
    expect(safeFileName(input)).toBe(expected);
  });
  it('cuts long names', () => {
    expect(safeFileName('x'.repeat(300)).length).toBe(120);
  });
});
