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
