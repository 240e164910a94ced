// connectToExcel without office.js (a network that blocks Microsoft's address, or a plain browser
// without it): it must hand the pane a null port, not throw and leave the pane blank.
import { connectToExcel } from '../../../src/excel/host';

test('without office.js, connectToExcel calls back with no port and does not throw', () => {
  expect(typeof (globalThis as { Office?: unknown }).Office).toBe('undefined');
  const ready = jest.fn();
  expect(() => connectToExcel(ready)).not.toThrow();
  expect(ready).toHaveBeenCalledWith(null);
});

test('with office.js outside Excel (host null), it calls back with no port', () => {
  const g = globalThis as { Office?: unknown };
  g.Office = {
    HostType: { Excel: 'Excel' },
    onReady: (callback: (info: { host: null }) => void) => callback({ host: null }),
  };
  try {
    const ready = jest.fn();
    connectToExcel(ready);
    expect(ready).toHaveBeenCalledWith(null);
  } finally {
    delete g.Office;
  }
});

test.each([
  ['1.11', [{ delayForCellEdit: true }]],
  ['1.10', []],
])('ExcelApi %s: batches wait for cell edit where the host can (else fail whole)', async (api, expected) => {
  const g = globalThis as { Office?: unknown; Excel?: unknown };
  const calls: unknown[][] = [];
  g.Office = { context: { requirements: { isSetSupported: (_s: string, v: string) => v <= api } } };
  g.Excel = {
    run: (...args: unknown[]) => {
      calls.push(args.slice(0, -1));
      return Promise.resolve('ran');
    },
  };
  try {
    const { excelRunner } = await import('../../../src/excel/host');
    await expect(excelRunner()(async () => 'x')).resolves.toBe('ran');
    expect(calls).toEqual([expected]);
  } finally {
    delete g.Office;
    delete g.Excel;
  }
});
