// "Năm báo cáo mới / New reporting year": next year's template in a new workbook, this year's
// figures as its previous-year column. Asks first, naming both years; this workbook is never
// written. Where Excel cannot open a new workbook, or may not have, the file is offered as a
// download. The work (and exceljs) loads only when asked (./new-year).
import { useState } from 'react';
import { Button } from '@fluentui/react-components';
import { provinceProblem, type Catalog } from '../catalog';
import type { WorkbookPort } from '../excel/port';
import { useI18n } from './i18n';
import { Notice, type NoticeIntent } from './Notice';
import type { NewYearResult } from './new-year';
import { openedText } from './opened-text';
import { errorText } from './workbook';

export interface NewYearProps {
  port: WorkbookPort;
  /** This workbook's catalog and what its cover says. */
  own: Catalog;
  province: string;
  year: number;
  /** The edition chosen in the form for the new year. */
  catalog: Catalog;
  disabled: boolean;
}

type Outcome = { intent: NoticeIntent; text: string; items?: string[]; result?: NewYearResult } | null;

export function NewYear({ port, own, province, year, catalog, disabled }: NewYearProps) {
  const { t, tx, lang } = useI18n();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const next = year + 1;

  const ask = () => {
    setOutcome(null);
    const problem = provinceProblem(catalog.edition, province);
    if (problem) return setOutcome({ intent: 'error', text: t('newYearProvince', { problem: tx(problem) }) });
    setAsking(true);
  };

  const run = async () => {
    setAsking(false);
    setBusy(true);
    try {
      const { startNewYear } = await import(/* webpackChunkName: "new-year" */ './new-year');
      const result = await startNewYear(port, { own, catalog, province, year: next, lang });
      const items = result.notes.map((n) => `${n.component}: ${tx(n.reason)}`);
      const done = t('newYearBuilt', { count: result.carried, year: String(year), next: String(next) });
      const text = `${done} ${openedText(t, result.opened)}`;
      setOutcome({ intent: result.opened.outcome === 'opened' ? 'success' : 'info', text, items, result });
    } catch (e) {
      setOutcome({ intent: 'error', text: t('errorPrefix', { message: errorText(e, lang) }) });
    } finally {
      setBusy(false);
    }
  };

  const download = async (result: NewYearResult) => {
    const { downloadFile } = await import(/* webpackChunkName: "new-year" */ './new-year');
    downloadFile(result.xlsx, result.fileName);
  };

  return (
    <div>
      <Button disabled={disabled || busy} onClick={ask} data-testid="new-year">
        {t('newYear')}
      </Button>
      {asking && (
        <div
          role="alertdialog"
          aria-label={t('newYearConfirm', {
            year: String(year),
            next: String(next),
            edition: catalog.edition,
          })}
        >
          <p>{t('newYearConfirm', { year: String(year), next: String(next), edition: catalog.edition })}</p>
          <Button appearance="primary" onClick={() => void run()} data-testid="new-year-yes">
            {t('confirm')}
          </Button>{' '}
          <Button onClick={() => setAsking(false)}>{t('cancel')}</Button>
        </div>
      )}
      <div aria-live="polite" role="status">
        {busy && <span>{t('working')}</span>}
        {outcome && (
          <Notice intent={outcome.intent} testId="new-year-outcome">
            {outcome.text}
            {outcome.items && outcome.items.length > 0 && (
              <ul>
                {outcome.items.map((item, i) => (
                  <li key={i}>{item}</li>
                ))}
              </ul>
            )}
            {outcome.result && (
              <Button
                size="small"
                onClick={() => void download(outcome.result!)}
                data-testid="new-year-download"
              >
                {t('newYearDownloadButton', { file: outcome.result.fileName })}
              </Button>
            )}
          </Notice>
        )}
      </div>
    </div>
  );
}
