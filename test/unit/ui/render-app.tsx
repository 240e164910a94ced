// Test support: the whole pane (App in its Fluent theme) on a fake port, settings kept nowhere.
import { render } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from '../../../src/ui/App';
import type { FakePort } from './fixtures';

export function renderApp(port: FakePort) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App
        port={port}
        settings={{ get: () => undefined, set: () => undefined }}
        action={null}
        debounceMs={5}
      />
    </FluentProvider>,
  );
}
