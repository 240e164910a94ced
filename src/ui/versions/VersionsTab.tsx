// Phiên bản / Versions (a lazily loaded chunk): "Chốt số liệu / Lock a version" records every
// figure under a label on a hidden sheet; any earlier version compares with the workbook now:
// figure, old value, new value, and where the new value was first recorded. Versions are made
// when the officer asks, never on each keystroke (that would clear Excel's undo stack).
import { dateTimeText } from '../figure-text';
import '../../messages/pane-more'; // this lazy chunk's texts
import { useCallback, useEffect, useState } from 'react';
import { Button, Field, Input, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { Catalog, CellValue } from '../../catalog';
import {
  changeSubject,
  diffFigures,
  figureOrder,
  figuresOf,
  type FigureChange,
  type FigureVersion,
} from '../../collect/versions';
import type { TemplateState, WorkbookPort } from '../../excel/port';
import { showValue } from '../../validation/format';
import { Busy } from '../Busy';
import { useI18n } from '../i18n';
import { Notice } from '../Notice';
import { errorText } from '../workbook';
import { PackageSection } from './PackageSection';
import { useAction } from './use-action';

const useStyles = makeStyles({
  heading: { display: 'block', margin: '4px 0 8px' },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, margin: '4px 0 8px' },
  row: { display: 'flex', flexWrap: 'wrap', gap: '8px', alignItems: 'end', margin: '8px 0' },
  tableWrap: { overflowX: 'auto', margin: '8px 0' },
  table: { borderCollapse: 'collapse', width: '100%', fontSize: tokens.fontSizeBase200 },
  th: { textAlign: 'left', borderBottom: `2px solid ${tokens.colorNeutralStroke1}`, padding: '4px' },
  td: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, padding: '4px', verticalAlign: 'top' },
});

/** Where a changed figure's new value was first recorded after `since`: a later version, or none. */
function firstRecorded(versions: FigureVersion[], since: FigureVersion, change: FigureChange) {
  return versions.find((v) => v.id > since.id && (v.figures.get(change.name) ?? null) === change.after);
}

export default function VersionsTab({
  port,
  catalog,
  state,
}: {
  port: WorkbookPort | null;
  catalog: Catalog | null;
  /** The template in the workbook: its stamp (province, year, version) goes to the package. */
  state: TemplateState | null;
}) {
  const styles = useStyles();
  const { t, tx, lang } = useI18n();
  const [versions, setVersions] = useState<FigureVersion[] | null>(null);
  const [label, setLabel] = useState('');
  const { busy, error, setError, run } = useAction(lang);
  const [done, setDone] = useState<string | null>(null);
  const [compare, setCompare] = useState<{ since: FigureVersion; changes: FigureChange[] } | null>(null);

  const refresh = useCallback(async () => {
    if (!port) return;
    setVersions(await port.readVersions());
  }, [port]);

  useEffect(() => {
    refresh().catch((e: unknown) => setError(errorText(e, lang)));
  }, [refresh]);

  if (!port) return null;
  if (!catalog) return <Notice intent="info">{t('versionsNoTemplate')}</Notice>;

  const act = (work: () => Promise<void>) =>
    run(async () => {
      setDone(null);
      await work();
    });

  const lock = () =>
    act(async () => {
      const name = label.trim() || t('versionDefaultLabel', { n: (versions?.length ?? 0) + 1 });
      const v = await port.lockVersion(catalog, name);
      setLabel('');
      setDone(t('versionLocked', { label: v.label, count: v.figures.size }));
      await refresh();
    });

  const compareWith = (since: FigureVersion) =>
    act(async () => {
      const now: Map<string, CellValue> = figuresOf(catalog, await port.readInput(catalog));
      setCompare({ since, changes: diffFigures(since.figures, now, figureOrder(catalog)) });
    });

  const when = (iso: string) => dateTimeText(iso, lang);

  return (
    <div>
      <Subtitle2 as="h2" className={styles.heading}>
        {t('versionsHeading')}
      </Subtitle2>
      <p className={styles.hint}>{t('versionsHint')}</p>
      <div className={styles.row}>
        <Field label={t('versionLabel')}>
          <Input value={label} onChange={(_, d) => setLabel(d.value)} data-testid="version-label" />
        </Field>
        <Button appearance="primary" disabled={busy} onClick={() => void lock()} data-testid="lock-version">
          {t('lockVersion')}
        </Button>
      </div>
      <div aria-live="polite" role="status">
        {busy && <Busy label={t('working')} />}
        {error && <Notice intent="error">{t('errorPrefix', { message: error })}</Notice>}
        {done && (
          <Notice intent="success" testId="version-done">
            {done}
          </Notice>
        )}
      </div>
      {versions && versions.length === 0 && <p className={styles.hint}>{t('versionsNone')}</p>}
      {versions && versions.length > 0 && (
        <div className={styles.tableWrap}>
          <table className={styles.table} data-testid="versions">
            <thead>
              <tr>
                <th className={styles.th}>#</th>
                <th className={styles.th}>{t('versionLabel')}</th>
                <th className={styles.th}>{t('versionTime')}</th>
                <th className={styles.th}>{t('versionFigures')}</th>
                <th className={styles.th} />
              </tr>
            </thead>
            <tbody>
              {[...versions].reverse().map((v) => (
                <tr key={v.id}>
                  <td className={styles.td}>{v.id}</td>
                  <td className={styles.td}>{v.label}</td>
                  <td className={styles.td}>{when(v.lockedAt)}</td>
                  <td className={styles.td}>{v.figures.size}</td>
                  <td className={styles.td}>
                    <Button
                      size="small"
                      disabled={busy}
                      onClick={() => void compareWith(v)}
                      data-testid={`compare-${v.id}`}
                    >
                      {t('compareNow')}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {compare && (
        <section data-testid="version-diff">
          <p>
            {compare.changes.length === 0
              ? t('versionNoChange', { label: compare.since.label })
              : t('versionChanges', { label: compare.since.label, count: compare.changes.length })}
          </p>
          {compare.changes.length > 0 && (
            <div className={styles.tableWrap}>
              <table className={styles.table}>
                <thead>
                  <tr>
                    <th className={styles.th}>{t('diffFigure')}</th>
                    <th className={styles.th}>{t('diffOld')}</th>
                    <th className={styles.th}>{t('diffNew')}</th>
                    <th className={styles.th}>{t('diffSource')}</th>
                  </tr>
                </thead>
                <tbody>
                  {compare.changes.map((c) => {
                    const at = firstRecorded(versions ?? [], compare.since, c);
                    return (
                      <tr key={c.name}>
                        <td className={styles.td}>{tx(changeSubject(catalog, c))}</td>
                        <td className={styles.td}>{tx(showValue(c.before))}</td>
                        <td className={styles.td}>{tx(showValue(c.after))}</td>
                        <td className={styles.td}>
                          {at
                            ? t('diffRecordedIn', { label: at.label, source: at.source || t('diffTyped') })
                            : t('diffNotLocked')}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
        </section>
      )}
      {state && state.kind !== 'none' && <PackageSection port={port} catalog={catalog} stamp={state.stamp} />}
    </div>
  );
}
