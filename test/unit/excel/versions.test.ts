// Lock a version on the workbook double: the figures go to a hidden sheet in one write, a
// failure at any command records the whole version or nothing (and events come back on), a
// retry records it once, and template loads leave the sheet alone.
import type { WorkbookDouble } from '../../../src/dev/workbook-double';
import { createWorkbookPort } from '../../../src/excel';
import type { BatchRunner } from '../../../src/excel/port';
import { VERSIONS_SHEET } from '../../../src/excel/versions-sheet';
import { catalog2023, options, setup, whereIs } from './helpers';

async function started() {
  const s = setup();
  await s.port.loadTemplate(options());
  const type = async (name: string, value: unknown) => {
    const { sheet, address } = whereIs(s.book, name);
    await s.book.userEdit(sheet, address, [[value]]);
  };
  await type('PII_in_grdp', 120000);
  await type('PII_ev_grdp', 'QĐ 12/UBND');
  return { ...s, type };
}

describe('locking versions', () => {
  test('recorded on a hidden sheet in 3 syncs, read back in 1; a reload leaves them alone', async () => {
    const { book, port, type } = await started();
    book.resetCounters();
    const v1 = await port.lockVersion(catalog2023(), 'Bản nộp lần 1');
    expect(book.syncCount).toBe(3);
    expect(v1).toMatchObject({ id: 1, label: 'Bản nộp lần 1', source: '' });
    expect([...v1.figures]).toEqual([
      ['PII_in_grdp', 120000],
      ['PII_ev_grdp', 'QĐ 12/UBND'],
    ]);
    expect(book.getSheet(VERSIONS_SHEET).visibility).toBe('Hidden');

    await type('PII_in_grdp', 125000);
    const v2 = await port.lockVersion(catalog2023(), 'Sau khi sửa');
    expect(v2.id).toBe(2);
    await port.loadTemplate(options());
    book.resetCounters();
    const versions = await port.readVersions();
    expect(book.syncCount).toBe(1);
    expect(versions.map((v) => [v.id, v.label, v.figures.get('PII_in_grdp')])).toEqual([
      [1, 'Bản nộp lần 1', 120000],
      [2, 'Sau khi sửa', 125000],
    ]);
  });

  test('a workbook never locked has no versions, and no sheet is made by reading', async () => {
    const { book, port } = await started();
    expect(await port.readVersions()).toEqual([]);
    expect(book.sheetNames()).not.toContain(VERSIONS_SHEET);
  });

  test.each([
    ['the first lock (the sheet is made)', 0],
    ['a later lock (rows appended)', 1],
  ])(
    'every failure point of %s: the whole version or nothing, events on, a retry records it once',
    async (_label, earlier) => {
      const { book, port } = await started();
      for (let i = 1; i <= earlier; i++) await port.lockVersion(catalog2023(), `v${i}`);
      const before = (await port.readVersions()).map((v) => [v.id, v.label, v.figures.size]);
      const next = [earlier + 1, `v${earlier + 1}`, 2];
      const portOf = (b: WorkbookDouble) =>
        createWorkbookPort(((batch) => b.run(batch)) as BatchRunner, {
          isSetSupported: (s, v) => b.isSetSupported(s, v),
        });
      const probe = book.clone();
      const ops = probe.recordCommands();
      await portOf(probe).lockVersion(catalog2023(), String(next[1]));
      probe.stopRecording();
      const writes = [...new Set(ops.filter((op) => !op.endsWith('.load')))];
      expect(writes.length).toBeGreaterThan(0);
      const points = [
        ...writes.map((op) => ({ op, sync: 0 })),
        ...[1, 2, 3].map((sync) => ({ op: '', sync })),
      ];
      for (const { op, sync } of points) {
        const copy = book.clone();
        if (op) copy.failCommand(op, 1);
        else copy.failSync(sync, 'GeneralException');
        const when = op ? `${op} fails` : `request ${sync} refused`;
        const p = portOf(copy);
        const failed = await p.lockVersion(catalog2023(), String(next[1])).then(
          () => false,
          () => true,
        );
        copy.clearFaults();
        const after = (await p.readVersions()).map((v) => [v.id, v.label, v.figures.size]);
        expect({ when, events: copy.state.events.enabled }).toEqual({ when, events: true });
        expect({ when, after }).toEqual({ when, after: failed ? before : [...before, next] });
        if (failed) await p.lockVersion(catalog2023(), String(next[1]));
        const retried = (await p.readVersions()).map((v) => [v.id, v.label, v.figures.size]);
        expect({ when, retried }).toEqual({ when, retried: [...before, next] });
        expect({ when, hidden: copy.getSheet(VERSIONS_SHEET).visibility }).toEqual({
          when,
          hidden: 'Hidden',
        });
      }
    },
  );
});
