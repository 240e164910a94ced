// Nhập tệp của cơ quan / Import agency files (in the progress view's lazy chunk): pick the .xlsx
// files the agencies sent back, see what they would bring (refused files with the reason,
// conflicts side by side, counts), decide each conflict (the master's value is kept unless the
// officer takes the agency's), then write. The file reading (exceljs) loads only when files are
// picked. After writing: what was imported, and the source of every imported figure as the
// import log sheet records it.
import '../../messages/pane-more'; // this lazy chunk's texts
import { useCallback, useEffect, useState, type ChangeEvent } from 'react';
import { Button, Radio, RadioGroup, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { Catalog } from '../../catalog';
import {
  decideConflicts,
  figureSources,
  figureSubject,
  importPlan,
  recordKey,
  type ConflictChoice,
  type ImportLogEntry,
  type ImportPlan,
} from '../../collect/import';
import type { MergeRecord, MergeResult } from '../../collect/merge';
import type { WorkbookPort } from '../../excel/port';
import { Busy } from '../Busy';
import { dateTimeText, figureText } from '../figure-text';
import { useI18n } from '../i18n';
import { Notice } from '../Notice';
import { errorText } from '../workbook';
import type { AgencyFile, ImportPreview } from '../import-files';

const useStyles = makeStyles({
  section: { margin: '12px 0', paddingTop: '8px', borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  heading: { display: 'block', margin: '4px 0' },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, margin: '4px 0 8px' },
  tableWrap: { overflowX: 'auto', margin: '8px 0' },
  table: { borderCollapse: 'collapse', width: '100%', fontSize: tokens.fontSizeBase200 },
  th: { textAlign: 'left', borderBottom: `2px solid ${tokens.colorNeutralStroke1}`, padding: '4px' },
  td: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, padding: '4px', verticalAlign: 'top' },
});

/** A picked file's bytes (FileReader where Blob.arrayBuffer is missing: older webviews, jsdom). */
function fileBytes(file: File): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}

const applied = (r: MergeRecord) => r.outcome === 'imported' || r.outcome === 'agencyWins';

type Provenance = Pick<ImportLogEntry, 'name' | 'before' | 'incoming' | 'file' | 'importedAt'>;

/** Imported figures: the figure in words, before → after, the agency's file, when. */
function ProvenanceTable({
  catalog,
  rows,
  testId,
}: {
  catalog: Catalog;
  rows: Provenance[];
  testId?: string;
}) {
  const styles = useStyles();
  const { t, tx, lang } = useI18n();
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table} data-testid={testId}>
        <thead>
          <tr>
            <th className={styles.th}>{t('importColFigure')}</th>
            <th className={styles.th}>{t('importColChange')}</th>
            <th className={styles.th}>{t('importColFile')}</th>
            <th className={styles.th}>{t('importColTime')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.file}\n${r.name}`} data-name={r.name}>
              <td className={styles.td}>{tx(figureSubject(catalog, r.name))}</td>
              <td className={styles.td}>
                {figureText(r.before, lang, r.name)} → {figureText(r.incoming, lang, r.name)}
              </td>
              <td className={styles.td}>{r.file}</td>
              <td className={styles.td}>{dateTimeText(r.importedAt, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export interface ImportPanelProps {
  port: WorkbookPort;
  catalog: Catalog;
  /** Called after figures were written (events were off: the pane's edit listener heard nothing). */
  onImported?: () => void;
  /** The import's time (tests pin it); default: now. */
  now?: () => Date;
}

export default function ImportPanel({ port, catalog, onImported, now = () => new Date() }: ImportPanelProps) {
  const styles = useStyles();
  const { t, tx, lang } = useI18n();
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [choices, setChoices] = useState<Map<string, ConflictChoice>>(new Map());
  // The plan of an Apply that failed: the retry sends the very same one (same id, same choices),
  // so that the log is not written twice; the choices are locked meanwhile.
  const [pending, setPending] = useState<{ plan: ImportPlan; decided: MergeResult } | null>(null);
  const [done, setDone] = useState<{ plan: ImportPlan; decided: MergeResult } | null>(null);
  const [sources, setSources] = useState<Map<string, ImportLogEntry> | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const readSources = useCallback(async () => {
    setSources(figureSources(await port.readImportLog()));
  }, [port]);

  useEffect(() => {
    readSources().catch((e: unknown) => setError(errorText(e, lang)));
  }, [readSources]);

  const pick = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.target;
    const picked = [...(input.files ?? [])];
    if (picked.length === 0) return;
    setBusy(true);
    setError(null);
    setDone(null);
    setPending(null);
    setPreview(null);
    try {
      const files: AgencyFile[] = await Promise.all(
        picked.map(async (f) => ({ name: f.name, bytes: await fileBytes(f) })),
      );
      const { previewImport } = await import(/* webpackChunkName: "import-files" */ '../import-files');
      setPreview(await previewImport(port, catalog, files, now().toISOString()));
      setChoices(new Map());
    } catch (e) {
      setError(errorText(e, lang));
    } finally {
      setBusy(false);
      // The same files picked again are read again.
      input.value = '';
    }
  };

  const apply = async () => {
    if (!preview) return;
    const attempt =
      pending ??
      (() => {
        const decided = decideConflicts(preview.result, choices);
        return { decided, plan: importPlan(preview.master, decided, preview.lang, preview.importedAt) };
      })();
    setBusy(true);
    setError(null);
    try {
      await port.importFigures(attempt.plan);
      setPending(null);
      setPreview(null);
      setDone(attempt);
      onImported?.();
      await readSources();
    } catch (e) {
      setPending(attempt);
      setError(errorText(e, lang));
    } finally {
      setBusy(false);
    }
  };

  const result = preview?.result;
  const conflicts = result?.records.filter((r) => r.outcome === 'conflict') ?? [];
  const count = (pred: (r: MergeRecord) => boolean) => result?.records.filter(pred).length ?? 0;
  const toWrite = result ? result.assignments.size + conflicts.length + result.refused.length : 0;
  const subject = (name: string) => tx(figureSubject(catalog, name));

  return (
    <section className={styles.section} data-testid="import">
      <Subtitle2 as="h3" className={styles.heading}>
        {t('importHeading')}
      </Subtitle2>
      <p className={styles.hint}>{t('importHint')}</p>
      <label>
        {t('importPick')}{' '}
        <input
          type="file"
          multiple
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          disabled={busy}
          onChange={(e) => void pick(e)}
          data-testid="import-files"
        />
      </label>
      <div aria-live="polite" role="status">
        {busy && <Busy label={t('working')} />}
        {error && (
          <Notice intent="error" testId="import-error">
            {pending ? t('importFailed', { message: error }) : t('errorPrefix', { message: error })}
          </Notice>
        )}
        {done && (
          <Notice intent="success" testId="import-done">
            {t('importDone', { count: done.plan.figures.length, sheet: done.plan.log.sheetNames[0] })}
          </Notice>
        )}
      </div>

      {result && (
        <div data-testid="import-preview">
          {result.refused.map((r) => (
            <Notice key={r.file} intent="warning" testId="import-refused">
              {t('importRefused', { file: r.file, reason: tx(r.reason) })}
            </Notice>
          ))}
          <p data-testid="import-summary">
            {t('importSummary', {
              files: result.accepted.length,
              imported: count((r) => r.outcome === 'imported'),
              conflicts: conflicts.length,
              ignored: count((r) => r.outcome === 'notOwned' || r.outcome === 'notInMaster'),
              unchanged: result.accepted.reduce((n, a) => n + a.unchanged, 0),
            })}
          </p>
          {conflicts.length > 0 && (
            <>
              <p>{t('importConflicts')}</p>
              <div className={styles.tableWrap}>
                <table className={styles.table} data-testid="import-conflicts">
                  <thead>
                    <tr>
                      <th className={styles.th}>{t('importColFigure')}</th>
                      <th className={styles.th}>{t('importColMaster')}</th>
                      <th className={styles.th}>{t('importColAgency')}</th>
                      <th className={styles.th}>{t('importColFile')}</th>
                      <th className={styles.th}>{t('importColChoice')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {conflicts.map((r) => {
                      const key = recordKey(r);
                      return (
                        <tr key={key} data-name={r.name}>
                          <td className={styles.td}>{subject(r.name)}</td>
                          <td className={styles.td}>{figureText(r.master, lang, r.name)}</td>
                          <td className={styles.td}>{figureText(r.incoming, lang, r.name)}</td>
                          <td className={styles.td}>{r.file}</td>
                          <td className={styles.td}>
                            <RadioGroup
                              value={choices.get(key) ?? 'master'}
                              disabled={busy || pending !== null}
                              aria-label={`${t('importColChoice')}: ${subject(r.name)}`}
                              onChange={(_, d) =>
                                setChoices(new Map(choices).set(key, d.value as ConflictChoice))
                              }
                            >
                              <Radio value="master" label={t('importKeepMaster')} />
                              <Radio value="agency" label={t('importTakeAgency')} />
                            </RadioGroup>
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            </>
          )}
          {toWrite === 0 ? (
            <p>{t('importNothing')}</p>
          ) : (
            <Button
              appearance="primary"
              disabled={busy}
              onClick={() => void apply()}
              data-testid="import-apply"
            >
              {t('importApply')}
            </Button>
          )}
        </div>
      )}

      {done && (
        <ProvenanceTable
          testId="import-imported"
          catalog={catalog}
          rows={done.decided.records.filter(applied).map((r) => ({ ...r, before: r.master }))}
        />
      )}

      {sources && (
        <details data-testid="import-sources">
          <summary>
            {t('importSources')} ({sources.size})
          </summary>
          {sources.size === 0 ? (
            <p className={styles.hint}>{t('importSourcesNone')}</p>
          ) : (
            <ProvenanceTable catalog={catalog} rows={[...sources.values()]} />
          )}
        </details>
      )}
    </section>
  );
}
