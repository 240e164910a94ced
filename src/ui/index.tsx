// Entry of taskpane.html. Inside Excel: the Office JS port over Excel.run and Office's roaming
// settings (the language follows the officer across workbooks). Outside Office (a plain browser,
// or office.js unreachable) the pane still renders and says where to open it.
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createWorkbookPort } from '../excel';
import type { WorkbookPort } from '../excel/port';
import { App } from './App';
import { browserSettings, type SettingsStore } from './settings';

function officeSettings(): SettingsStore {
  const roaming = Office.context.roamingSettings as Office.RoamingSettings | undefined;
  const fallback = browserSettings();
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

function mount(port: WorkbookPort | null, settings: SettingsStore): void {
  const root = document.getElementById('root');
  if (!root) return;
  const action = new URLSearchParams(window.location.search).get('action');
  createRoot(root).render(
    <FluentProvider theme={webLightTheme}>
      <App port={port} settings={settings} action={action} />
    </FluentProvider>,
  );
}

if (typeof Office !== 'undefined') {
  Office.onReady((info) => {
    if (info.host === Office.HostType.Excel) {
      mount(
        createWorkbookPort((batch) => Excel.run(batch)),
        officeSettings(),
      );
    } else {
      mount(null, browserSettings());
    }
  });
} else {
  mount(null, browserSettings());
}
