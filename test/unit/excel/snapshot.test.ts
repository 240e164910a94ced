// The score snapshot: a pure builder (src/plan/snapshot.ts) and the sheet + native chart writer.
import { scoreProvince } from '../../../src/scoring';
import { buildScoreSnapshot } from '../../../src/plan/snapshot';
import { freeSheetName } from '../../../src/excel/sheet-name';
import { catalog2023, setup } from './helpers';

describe('buildScoreSnapshot', () => {
  it('lists the pillars (the chart range), the aggregates and every indicator', () => {
    const catalog = catalog2023();
    const result = scoreProvince(catalog, { values: {} });
    const snap = buildScoreSnapshot(catalog, result, {
      lang: 'vi',
      province: 'Bắc Ninh',
      date: '2024-05-31',
    });
    expect(snap.sheetName).toBe('Điểm 2024-05-31');
    expect(snap.chart.lastRow - snap.chart.firstRow + 1).toBe(catalog.pillars.length);
    expect(snap.rows[snap.chart.firstRow][0]).toBe(catalog.pillars[0].code);
    const codes = snap.rows.map((r) => r[0]);
    for (const ind of catalog.indicators) expect(codes).toContain(ind.code);
  });
});

describe('freeSheetName', () => {
  it('avoids taken names and illegal characters, within 31 characters', () => {
    expect(freeSheetName('Điểm 2024/05/31', [])).toBe('Điểm 2024-05-31');
    expect(freeSheetName('Điểm', ['điểm', 'Điểm (2)'])).toBe('Điểm (3)');
    expect(freeSheetName('x'.repeat(40), ['x'.repeat(31)])).toBe(`${'x'.repeat(27)} (2)`);
  });
});

describe('writeSnapshot', () => {
  it('writes a new sheet with the rows and a clustered bar chart, in two syncs', async () => {
    const { book, port } = setup();
    const catalog = catalog2023();
    const snap = buildScoreSnapshot(catalog, scoreProvince(catalog, { values: {} }), {
      lang: 'en',
      province: 'Bac Ninh',
      date: '2024-05-31',
    });
    const name = await port.writeSnapshot(snap);
    expect(name).toBe('Scores 2024-05-31');
    expect(book.syncCount).toBe(2);
    expect(book.getCell(name, 'A1').value).toBe(snap.rows[0][0]);
    expect(book.getCell(name, `B${snap.chart.firstRow + 1}`).value).toBe(catalog.pillars[0].name.en);
    const [chart] = book.getCharts(name);
    const first = snap.chart.firstRow + 1;
    const last = snap.chart.lastRow + 1;
    expect(chart).toMatchObject({ chartType: 'BarClustered', title: snap.chart.title, legendVisible: false });
    expect(chart.series[0]).toMatchObject({
      values: `C${first}:C${last}`,
      xAxisValues: `B${first}:B${last}`,
    });
    expect(await port.writeSnapshot(snap)).toBe('Scores 2024-05-31 (2)');
  });

  it('writes with events off (not an officer edit) and switches them back on, also when Excel fails half-way', async () => {
    const { book, port } = setup();
    const catalog = catalog2023();
    const snap = buildScoreSnapshot(catalog, scoreProvince(catalog, { values: {} }), {
      lang: 'vi',
      province: 'Hưng Yên',
      date: '2024-05-31',
    });
    const commands = book.recordCommands();
    await port.writeSnapshot(snap);
    book.stopRecording();
    const events = commands.map((c, i) => [c, i] as const).filter(([c]) => /enableEvents/.test(c));
    const add = commands.findIndex((c) => /Worksheet(Collection)?\.add/.test(c));
    expect(events).toHaveLength(2);
    expect(add).toBeGreaterThan(events[0][1]);
    expect(add).toBeLessThan(events[1][1]);
    expect(book.state.events.enabled).toBe(true);

    book.failCommand('Range.formulas', 1);
    await expect(port.writeSnapshot(snap)).rejects.toBeDefined();
    expect(book.state.events.enabled).toBe(true);
  });
});
