// Tiến độ / Progress (a lazily loaded chunk, opened from the Validation tab): per lead agency and
// per indicator, figures filled of required, errors, warnings, evidence given of needed, and the
// days left to the deadline the master's cover sets; below, the import of the agencies' files. Reads the workbook once per opening and
// again whenever the findings are re-validated.
import { formatDateTime } from '../../messages/format';
import '../../messages/pane-more'; // this lazy chunk's texts
import { useEffect, useState } from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { Catalog } from '../../catalog';
import { progressOf, type Progress, type ProgressCounts } from '../../collect/progress';
import { progressSheet } from '../../collect/progress-sheet';
import { PROGRESS_SHEET_TEXT } from '../../messages/collect';
import { fill } from '../../messages/format';
import type { WorkbookPort } from '../../excel/port';
import type { Finding } from '../../validation';
import { useI18n } from '../i18n';
import { Notice } from '../Notice';
import { errorText } from '../workbook';
import type { AgencyWorkbookResult } from '../agencies';
import { openedText } from '../opened-text';
import ImportPanel from './ImportPanel';

const useStyles = makeStyles({
  tableWrap: { overflowX: 'auto', margin: '8px 0' },
  table: { borderCollapse: 'collapse', width: '100%', fontSize: tokens.fontSizeBase200 },
  th: { textAlign: 'left', borderBottom: `2px solid ${tokens.colorNeutralStroke1}`, padding: '4px' },
  td: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, padding: '4px', verticalAlign: 'top' },
  num: { textAlign: 'right', whiteSpace: 'nowrap' },
  bad: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

export interface ProgressPanelProps {
  port: WorkbookPort;
  catalog: Catalog;
  /** The template's province and year (its stamp), for the agencies' workbooks. */
  province: string;
  year: number;
  findings: Finding[] | null;
  /** When the findings were last computed: the panel re-reads the workbook after each run. */
  updatedAt: Date | null;
  /** Called after an import wrote figures: the findings are stale (the import wrote with events off). */
  onImported?: () => void;
}

export default function ProgressPanel({
  port,
  catalog,
  province,
  year,
  findings,
  updatedAt,
  onImported,
}: ProgressPanelProps) {
  const styles = useStyles();
  const { t, tx, lang } = useI18n();
  const [progress, setProgress] = useState<Progress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [made, setMade] = useState<{ agency: string; result: AgencyWorkbookResult } | null>(null);
  const [making, setMaking] = useState<string | null>(null);
  const [written, setWritten] = useState<string | null>(null);
  const [writing, setWriting] = useState(false);
  // Shown beside the button: a failed write leaves the table (and the workbook's figures) as they were.
  const [writeError, setWriteError] = useState<string | null>(null);

  // "Ghi tiến độ vào sổ": the table as shown, on a sheet of its own; only when the officer asks.
  const writeSheet = async (shown: Progress) => {
    setWriting(true);
    setWriteError(null);
    setWritten(null);
    try {
      const at = formatDateTime(lang, new Date());
      setWritten(await port.writeProgress(progressSheet(shown, lang, at)));
    } catch (e) {
      setWriteError(errorText(e, lang));
    } finally {
      setWriting(false);
    }
  };

  // One agency's workbook, opened as a new workbook (and kept for a download): on request only.
  const makeWorkbook = async (agency: string) => {
    setMaking(agency);
    setError(null);
    try {
      const { openAgencyWorkbook } = await import(/* webpackChunkName: "agencies" */ '../agencies');
      setMade({ agency, result: await openAgencyWorkbook(port, { catalog, agency, province, year, lang }) });
    } catch (e) {
      setError(errorText(e, lang));
    } finally {
      setMaking(null);
    }
  };
  const download = async (r: AgencyWorkbookResult) => {
    const { downloadFile } = await import(/* webpackChunkName: "new-year" */ '../new-year');
    downloadFile(r.xlsx, r.fileName);
  };

  useEffect(() => {
    if (!findings) return;
    let live = true;
    port
      .readInput(catalog)
      .then((input) => {
        if (live) setProgress(progressOf(catalog, input, findings, input.cover?.deadline, new Date()));
      })
      .catch((e: unknown) => live && setError(errorText(e, lang)));
    return () => {
      live = false;
    };
  }, [port, catalog, findings, updatedAt]);

  if (error) return <Notice intent="error">{t('errorPrefix', { message: error })}</Notice>;
  if (!progress) return null;

  const cells = (c: ProgressCounts) => (
    <>
      <td className={`${styles.td} ${styles.num}`}>
        {c.filled}/{c.required}
      </td>
      <td className={`${styles.td} ${styles.num} ${c.errors > 0 ? styles.bad : ''}`}>{c.errors}</td>
      <td className={`${styles.td} ${styles.num}`}>{c.warnings}</td>
      <td className={`${styles.td} ${styles.num}`}>
        {c.evidenceComplete}/{c.evidenceNeeded}
      </td>
    </>
  );
  const head = (first: string) => (
    <thead>
      <tr>
        <th className={styles.th}>{first}</th>
        <th className={styles.th}>{t('progressFilled')}</th>
        <th className={styles.th}>{t('progressErrors')}</th>
        <th className={styles.th}>{t('progressWarnings')}</th>
        <th className={styles.th}>{t('progressEvidence')}</th>
      </tr>
    </thead>
  );
  const d = progress.deadline;
  const deadlineText = !d
    ? t('progressNoDeadline')
    : d.daysLeft === null
      ? t('progressDeadlineText', { text: d.text })
      : d.daysLeft >= 0
        ? t('progressDaysLeft', { date: d.text, days: d.daysLeft })
        : t('progressLate', { date: d.text, days: -d.daysLeft });

  return (
    <section data-testid="progress">
      {made && (
        <Notice
          intent={made.result.opened.outcome === 'opened' ? 'success' : 'info'}
          testId="agency-workbook-outcome"
        >
          {t('agencyWorkbookMade', { file: made.result.fileName, count: made.result.filled })}{' '}
          {openedText(t, made.result.opened)}{' '}
          <Button
            size="small"
            onClick={() => void download(made.result)}
            data-testid="agency-workbook-download"
          >
            {t('newYearDownloadButton', { file: made.result.fileName })}
          </Button>
        </Notice>
      )}
      {writeError && (
        <Notice intent="error" testId="progress-write-error">
          {t('errorPrefix', { message: writeError })}
        </Notice>
      )}
      {written && (
        <Notice intent="success" testId="progress-written">
          {fill(lang, PROGRESS_SHEET_TEXT.written[lang], { sheet: written })}
        </Notice>
      )}
      <p
        data-testid="progress-deadline"
        className={d && d.daysLeft !== null && d.daysLeft < 0 ? styles.bad : ''}
      >
        {deadlineText}
      </p>
      <Button
        size="small"
        disabled={writing}
        onClick={() => void writeSheet(progress)}
        data-testid="write-progress"
      >
        {PROGRESS_SHEET_TEXT.write[lang]}
      </Button>
      <div className={styles.tableWrap}>
        <table className={styles.table} data-testid="progress-agencies">
          {head(t('progressAgency'))}
          <tbody>
            {progress.agencies.map((a) => (
              <tr key={a.agency} data-agency={a.agency}>
                <td className={styles.td}>
                  {tx(a.name)} ({a.indicators.join(', ')})
                  {a.agency && (
                    <div>
                      <Button
                        size="small"
                        disabled={making !== null}
                        onClick={() => void makeWorkbook(a.agency)}
                        data-testid={`agency-workbook-${a.agency}`}
                      >
                        {t('agencyWorkbook')}
                      </Button>
                    </div>
                  )}
                </td>
                {cells(a)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <details>
        <summary>{t('progressByIndicator')}</summary>
        <div className={styles.tableWrap}>
          <table className={styles.table} data-testid="progress-indicators">
            {head(t('progressIndicator'))}
            <tbody>
              {progress.indicators.map((i) => (
                <tr key={i.code}>
                  <td className={styles.td}>
                    {i.code} {tx(i.name)}
                  </td>
                  {cells(i)}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
      <ImportPanel port={port} catalog={catalog} onImported={onImported} />
    </section>
  );
}
