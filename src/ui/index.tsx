import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from './App';

function mount(host: Office.HostType | null): void {
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} />
    </FluentProvider>,
  );
}

// Outside Office (a plain browser, or office.js unreachable) the pane still renders and says so.
if (typeof Office !== 'undefined') {
  Office.onReady((info) => mount(info.host ?? null));
} else {
  mount(null);
}
