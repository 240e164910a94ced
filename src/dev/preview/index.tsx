// Development only (webpack adds this entry in development mode; never in `npm run build`): the
// SAME task pane, over the SAME Office JS port, against the in-browser workbook double, with
// HyperFormula computing the formula cells and a grid where a visitor types into input cells.
import { StrictMode, useCallback, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createWorkbookPort, type BatchRunner } from '../../excel';
import '../../catalog/editions';
import { App } from '../../ui/App';
import { browserSettings } from '../../ui/settings';
import { WorkbookDouble } from '../workbook-double';
import type { WorkbookModel } from '../workbook-double/model';
import { FormulaMirror } from './formulas';
import { Grid } from './Grid';

const double = new WorkbookDouble({ sheets: ['Sheet1'] });
/** The preview draws the double's state directly, so the grid stays fast. */
const model = double.state as WorkbookModel;
const mirror = new FormulaMirror(model);
double.setFormulaEvaluator(mirror.evaluate);

const listeners = new Set<() => void>();
const changed = () => listeners.forEach((l) => l());
/** Every batch the pane runs may change the workbook: redraw the grid after it. */
const run: BatchRunner = async (batch) => {
  try {
    return await double.run(batch);
  } finally {
    changed();
  }
};
// userEdit resolves after the pane's onChanged handlers ran: redraw then.
const editListeners = new Set<() => void>();
const userEdit = double.userEdit.bind(double);
double.userEdit = async (...args: Parameters<WorkbookDouble['userEdit']>) => {
  editListeners.forEach((l) => l());
  try {
    return await userEdit(...args);
  } finally {
    changed();
  }
};
const port = createWorkbookPort(run, {
  isSetSupported: (set, version) => double.isSetSupported(set, version),
  runWith: (context, batch) => double.run(context, batch),
});

// For the end-to-end tests and the curious: the workbook behind the page.
(window as unknown as { __piiPreview: unknown }).__piiPreview = { double, mirror, port };

function Preview() {
  const [version, setVersion] = useState(0);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const bump = () => setVersion((v) => v + 1);
    listeners.add(bump);
    return () => void listeners.delete(bump);
  }, []);
  const onError = useCallback((message: string) => {
    setError(message);
    changed();
  }, []);
  useEffect(() => {
    const clear = () => setError(null);
    editListeners.add(clear);
    return () => void editListeners.delete(clear);
  }, []);
  const action = new URLSearchParams(window.location.search).get('action');
  return (
    <div className="layout">
      <aside className="pane" aria-label="Ngăn tác vụ PII / PII task pane">
        <FluentProvider theme={webLightTheme}>
          <App port={port} settings={browserSettings()} action={action} />
        </FluentProvider>
      </aside>
      <section className="sheet" aria-label="Workbook preview / Sổ tính xem thử">
        <p className="banner">
          Xem thử, không cần Excel: sổ tính trong trình duyệt, công thức do HyperFormula tính. Bấm vào ô trắng
          để nhập. / Preview without Excel: an in-browser workbook whose formulas HyperFormula computes. Click
          a white cell to type.
        </p>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <Grid double={double} model={model!} version={version} onError={onError} />
      </section>
    </div>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <Preview />
  </StrictMode>,
);
