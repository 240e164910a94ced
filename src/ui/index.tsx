// Entry of taskpane.html: the pane over the Excel port inside Excel; outside Office (a plain
// browser with office.js loaded) the pane still renders and says where to open it. The page's boot
// script (src/boot/boot.js) speaks instead when this bundle cannot run, office.js did not load or
// the pane crashes: never a blank pane.
import { Component, useEffect, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { loadBuiltinEditions } from '../catalog/editions/lazy';
import { connectToExcel } from '../excel/host';
import type { WorkbookPort } from '../excel/port';
import { App } from './App';
import { bootSignal, type BootSignal } from './boot-signal';
import { browserSettings, type SettingsStore } from './settings';

const boot = bootSignal();

/** Tells the boot script the pane has rendered. */
function Rendered({ children }: { children: ReactNode }) {
  useEffect(() => boot.ready(), []);
  return children;
}

/** A crash while rendering would leave the pane blank: hand it to the boot script's message. */
class CrashGuard extends Component<{ boot: BootSignal; children: ReactNode }, { crashed: boolean }> {
  override state = { crashed: false };
  static getDerivedStateFromError() {
    return { crashed: true };
  }
  override componentDidCatch(error: unknown) {
    this.props.boot.fail(error);
  }
  override render() {
    return this.state.crashed ? null : this.props.children;
  }
}

function mount(port: WorkbookPort | null, settings: SettingsStore): void {
  const root = document.getElementById('root');
  if (!root) return;
  const action = new URLSearchParams(window.location.search).get('action');
  createRoot(root).render(
    <CrashGuard boot={boot}>
      <FluentProvider theme={webLightTheme}>
        <Rendered>
          <App port={port} settings={settings} action={action} />
        </Rendered>
      </FluentProvider>
    </CrashGuard>,
  );
}

// The editions arrive as lazy chunks, fetched while Office starts; a chunk that cannot be fetched
// is a failure to load the pane, which the boot script explains.
if (boot.started()) {
  const editions = loadBuiltinEditions();
  connectToExcel((port) =>
    editions.then(
      () => mount(port, browserSettings()),
      (error: unknown) => boot.fail(error),
    ),
  );
}
