// Entry of taskpane.html: the pane over the Excel port inside Excel; outside Office (a plain
// browser, or office.js unreachable) the pane still renders and says where to open it.
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { connectToExcel } from '../excel/host';
import type { WorkbookPort } from '../excel/port';
import { App } from './App';
import { browserSettings, type SettingsStore } from './settings';

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

connectToExcel((port) => mount(port, browserSettings()));
