import {
  builtinCatalog,
  builtinEditions,
  CatalogError,
  indicatorComponents,
  indicatorsUsing,
  type Catalog,
} from '../../../src/catalog';

const c: Catalog = builtinCatalog('2023');
const agency = (id: string) => c.agencies.find((a) => a.id === id)!.name.vi;

describe('PII 2023 built-in edition', () => {
  test('is listed and loads through the same loader; unknown editions are refused', () => {
    expect(builtinEditions()).toContain('2023');
    expect(() => builtinCatalog('1999')).toThrow(CatalogError);
  });

  test('each call returns an independent copy', () => {
    const a = builtinCatalog('2023');
    a.indicators[0].code = 'changed';
    expect(builtinCatalog('2023').indicators[0].code).toBe('1.1.1');
  });

  test('7 pillars with the domain names and sides', () => {
    expect(c.pillars.map((p) => [p.code, p.side, p.name.vi])).toEqual([
      ['1', 'input', 'Thể chế'],
      ['2', 'input', 'Vốn con người và nghiên cứu và phát triển'],
      ['3', 'input', 'Cơ sở hạ tầng'],
      ['4', 'input', 'Trình độ phát triển của thị trường'],
      ['5', 'input', 'Trình độ phát triển của doanh nghiệp'],
      ['6', 'output', 'Sản phẩm tri thức, sáng tạo và công nghệ'],
      ['7', 'output', 'Tác động'],
    ]);
    expect(c.frameworkIndicatorCount).toBe(52);
  });

  test('known sub-pillar names are used; the others carry an assumption note', () => {
    const sub = (code: string) => c.subPillars.find((s) => s.code === code)!;
    expect(sub('1.1').name.vi).toBe('Môi trường chính sách');
    expect(sub('1.2').name.vi).toBe('Môi trường kinh doanh');
    expect(sub('2.1').name.vi).toBe('Giáo dục');
    expect(sub('2.2').name.vi).toBe('Nghiên cứu và phát triển');
    for (const code of ['3.2', '4.1', '5.2', '6.3', '7.1']) expect(sub(code).assumption?.vi).toBeTruthy();
    for (const code of ['1.1', '1.2', '2.1', '2.2']) expect(sub(code).assumption).toBeUndefined();
  });

  // Lead agencies exactly as in seed 004 (Hưng Yên's task table).
  const LEADS: Record<string, string[]> = {
    '1.1.1': ['Sở Khoa học và Công nghệ'],
    '2.1.3': ['Sở Giáo dục và Đào tạo'],
    '2.1.4': ['Sở Giáo dục và Đào tạo', 'Sở Lao động - Thương binh và Xã hội'],
    '2.2.2': ['Sở Khoa học và Công nghệ'],
    '2.2.4': ['Sở Khoa học và Công nghệ'],
    '3.2.2': ['Ban Quản lý các khu công nghiệp tỉnh'],
    '4.1.2': ['Ngân hàng Nhà nước chi nhánh tỉnh'],
    '5.2.1': ['Sở Khoa học và Công nghệ'],
    '5.2.2': ['Ban Quản lý các khu công nghiệp tỉnh'],
    '5.2.3': ['Sở Công Thương'],
    '6.3.2': ['Sở Khoa học và Công nghệ'],
    '6.3.3': ['Sở Khoa học và Công nghệ'],
    '7.1.2': ['Sở Nông nghiệp và Phát triển nông thôn'],
  };
  test('the 13 local indicators with their lead agencies', () => {
    expect(c.indicators.map((i) => i.code)).toEqual(Object.keys(LEADS));
    for (const i of c.indicators) {
      expect(i.lead.map(agency)).toEqual(LEADS[i.code]);
      expect(i.coordinating.length).toBeGreaterThan(0);
      expect(i.source).toBe('local');
      expect(i.direction).toBe('higher');
      expect(i.shortName?.vi && i.shortName.en).toBeTruthy();
    }
    expect(c.indicators.find((i) => i.code === '5.2.3')!.coordinating.map(agency)).toEqual([
      'Sở Kế hoạch và Đầu tư',
      'Sở Nông nghiệp và Phát triển nông thôn',
      'Cục Thống kê tỉnh',
      'UBND các huyện, thị xã, thành phố',
    ]);
  });

  test('formulas read the natural components with the domain scales', () => {
    const f = (code: string) => c.indicators.find((i) => i.code === code)!.formula;
    expect(f('1.1.1')).toEqual({ kind: 'direct', value: 'policy_points' });
    expect(f('2.2.4')).toMatchObject({ denominator: ['population'], scale: 10000 });
    expect(f('6.3.2')).toMatchObject({
      numerator: ['st_enterprises', 'st_eligible_enterprises'],
      denominator: ['active_enterprises'],
      scale: 1000,
    });
    expect(f('6.3.3')).toMatchObject({ denominator: ['new_enterprises'], scale: 100 });
    expect(f('7.1.2')).toMatchObject({ denominator: ['communes'], scale: 1 });
    expect(indicatorComponents(c, '2.1.4').map((x) => x.id)).toEqual(['education_spending', 'grdp']);
  });

  test('shared denominators are declared once and used by every indicator that needs them', () => {
    const shared = c.components.filter((x) => x.shared).map((x) => x.id);
    expect(shared.sort()).toEqual([
      'active_enterprises',
      'communes',
      'grdp',
      'local_budget',
      'new_enterprises',
      'population',
    ]);
    expect(indicatorsUsing(c, 'grdp').map((i) => i.code)).toEqual(['2.1.4', '4.1.2']);
    expect(indicatorsUsing(c, 'active_enterprises').map((i) => i.code)).toEqual(['5.2.2', '5.2.3', '6.3.2']);
    const units = (id: string) => c.components.find((x) => x.id === id)!.unit.en;
    expect(units('grdp')).toBe('billion VND');
    expect(units('local_budget')).toBe('billion VND');
    expect(units('population')).toBe('persons');
  });

  test('assumptions where the definition is unknown, a note on 7.1.2', () => {
    const ind = (code: string) => c.indicators.find((i) => i.code === code)!;
    for (const code of ['1.1.1', '5.2.1', '2.2.2', '5.2.2', '5.2.3'])
      expect(ind(code).assumption?.en).toBeTruthy();
    expect(ind('2.2.2').assumption!.en).toMatch(/GRDP/);
    expect(ind('7.1.2').note!.en).toMatch(/2025/);
  });

  test('part <= whole rules and unit-slip ranges', () => {
    const pairs = c.rules.map((r) => `${r.part.join('+')}<=${r.whole.join('+')}`);
    expect(pairs).toEqual(
      expect.arrayContaining([
        'contest_students<=secondary_students',
        'ip_land_built<=ip_land_planned',
        'innovative_startups<=new_enterprises',
        'st_spending<=local_budget',
        'education_spending<=grdp',
      ]),
    );
    const pop = c.components.find((x) => x.id === 'population')!.plausible!;
    expect([pop.min, pop.max]).toEqual([100000, 20000000]);
    expect(pop.message.en).toMatch(/thousands/);
    expect(c.components.find((x) => x.id === 'grdp')!.plausible!.message.en).toMatch(/million VND/);
    expect(c.components.find((x) => x.id === 'ip_land_built')!.plausible!.message.en).toMatch(/m²/);
  });

  test('every figure a province supplies needs evidence', () => {
    expect(c.components.every((x) => x.evidenceRequired)).toBe(true);
  });
});
