// Connecting to Excel: Office.onReady, Excel.run and the roaming settings, so that the task
// pane's entry point holds no Office JS of its own.
import { createWorkbookPort } from './adapter';
import type { SettingsStore, WorkbookPort } from './port';

export interface ExcelConnection {
  port: WorkbookPort;
  settings: SettingsStore;
}

/**
 * Calls `ready` once Office has initialised: with the workbook port and the officer's roaming
 * settings inside Excel, with null anywhere else (a plain browser, another host, or office.js
 * unreachable), so the pane can still render and say where to open it.
 */
export function connectToExcel(
  fallback: SettingsStore,
  ready: (excel: ExcelConnection | null) => void,
): void {
  if (typeof Office === 'undefined') {
    ready(null);
    return;
  }
  Office.onReady((info) => {
    if (info.host !== Office.HostType.Excel) {
      ready(null);
      return;
    }
    ready({ port: createWorkbookPort((batch) => Excel.run(batch)), settings: roamingSettings(fallback) });
  });
}

/** Office's roaming settings follow the officer across workbooks; localStorage keeps a copy. */
function roamingSettings(fallback: SettingsStore): SettingsStore {
  const roaming = Office.context.roamingSettings as Office.RoamingSettings | undefined;
  if (!roaming) return fallback;
  return {
    get: (key) => {
      const v: unknown = roaming.get(key);
      return typeof v === 'string' ? v : fallback.get(key);
    },
    set: (key, value) => {
      fallback.set(key, value);
      roaming.set(key, value);
      roaming.saveAsync(() => undefined);
    },
  };
}
