// Điểm / Scores (a lazily loaded chunk): one click reads inputs and benchmarks in one sync, scores
// them with the engine, and shows PII, Input, Output, coverage, the pillar chart, the indicator
// table with strengths and weaknesses, and the findings that left a score missing. Writes to the
// workbook only when the officer asks ("Ghi kết quả vào sổ").
import '../../messages/pane-more'; // this lazy chunk's texts
import { useCallback, useEffect, useRef, useState } from 'react';
import { Button, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { shortNameOf } from '../../catalog/lookup';
import type { WorkbookPort } from '../../excel/port';
import { buildScoreSnapshot } from '../../plan/snapshot';
import { scoreProvince, type Aggregate, type ScoreResult } from '../../scoring';
import { coverText, unfixedErrorsText, type Finding } from '../../validation';
import { srOnly } from '../a11y';
import { Busy } from '../Busy';
import { useI18n } from '../i18n';
import { Notice } from '../Notice';
import { formatTime } from '../../messages/pane';
import { SEVERITY_SYMBOL, SEVERITY_WORD } from '../ValidationTab';
import { errorText, type TemplateModel } from '../workbook';
import { PillarChart, type PillarBar } from './PillarChart';
import { findingButton } from '../finding-button';

/** Provincial profiles list 5 strengths and 5 weaknesses. */
const STRENGTHS_SHOWN = 5;
const WHY_MISSING = new Set(['noValue', 'withheld', 'noScore', 'overflow']);

const useStyles = makeStyles({
  heading: { display: 'block', margin: '4px 0 8px' },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, margin: '4px 0 8px' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: '8px', margin: '8px 0' },
  summary: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(130px, 1fr))',
    gap: '6px',
    margin: '8px 0',
  },
  tile: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: '6px 8px',
    margin: '0',
  },
  tileLabel: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  tileValue: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: '0' },
  tileSub: { fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground3, margin: '0' },
  tileErrors: { fontSize: tokens.fontSizeBase100, color: tokens.colorPaletteRedForeground1, margin: '0' },
  tableWrap: { overflowX: 'auto', margin: '8px 0' },
  table: { borderCollapse: 'collapse', width: '100%', fontSize: tokens.fontSizeBase200 },
  th: {
    textAlign: 'left',
    borderBottom: `2px solid ${tokens.colorNeutralStroke1}`,
    padding: '4px',
    fontWeight: tokens.fontWeightSemibold,
  },
  td: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, padding: '4px', verticalAlign: 'top' },
  num: { textAlign: 'right', whiteSpace: 'nowrap' },
  note: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, margin: '4px 0' },
  sub: { fontSize: tokens.fontSizeBase300, margin: '12px 0 4px' },
  list: { margin: '0', paddingLeft: '0', listStyleType: 'none' },
  item: { ...findingButton, display: 'block' },
});

/** Local calendar date, "2024-05-31". */
function isoDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export interface ScoresTabProps {
  port: WorkbookPort | null;
  template: TemplateModel;
  /** Score as soon as the template is known (the ribbon's Tính điểm button). */
  autoRun?: boolean;
  /** The pane's count of edits so far (FindingsModel.edits): a result scored at a lower count is stale. */
  edits?: number;
}

export default function ScoresTab({ port, template, autoRun = false, edits = 0 }: ScoresTabProps) {
  const styles = useStyles();
  const { t, tx, num, lang } = useI18n();
  const [result, setResult] = useState<ScoreResult | null>(null);
  const [scoredAt, setScoredAt] = useState<Date | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [written, setWritten] = useState<string | null>(null);
  /** The edit count when the shown result's read began: any later edit makes it stale. */
  const [scoredEdits, setScoredEdits] = useState(0);
  const editsNow = useRef(edits);
  editsNow.current = edits;
  const autoDone = useRef(false);
  const catalog = template.catalog;

  const run = useCallback(async () => {
    if (!port || !catalog) return;
    setBusy(true);
    setWritten(null);
    const before = editsNow.current;
    try {
      const input = await port.readInput(catalog);
      setScoredEdits(before);
      const province = input.cover ? coverText(input.cover.province) : undefined;
      setResult(scoreProvince(catalog, input, { strengthsCount: STRENGTHS_SHOWN, province }));
      setScoredAt(new Date());
      setError(undefined);
    } catch (e) {
      setError(errorText(e, lang));
    } finally {
      setBusy(false);
    }
  }, [port, catalog]);

  useEffect(() => {
    if (autoRun && !autoDone.current && catalog && template.status === 'ready') {
      autoDone.current = true;
      void run();
    }
  }, [autoRun, catalog, template.status, run]);

  if (!port) return null;
  if (template.status === 'loading') return <Busy label={t('loading')} />;
  if (!catalog || template.state?.kind === 'none') return <Notice intent="info">{t('needsTemplate')}</Notice>;

  const write = async () => {
    if (!result) return;
    setBusy(true);
    try {
      const stamp = template.state && template.state.kind !== 'none' ? template.state.stamp : null;
      const snapshot = buildScoreSnapshot(catalog, result, {
        lang,
        province: stamp?.province ?? '',
        date: isoDate(scoredAt ?? new Date()),
      });
      setWritten(await port.writeSnapshot(snapshot));
      setError(undefined);
    } catch (e) {
      setError(errorText(e, lang));
    } finally {
      setBusy(false);
    }
  };

  const select = (f: Finding) => {
    port.select(f.target).catch((e: unknown) => setError(errorText(e, lang)));
  };

  // An aggregate built while errors remain says so beside it (their figures were left out).
  const errors = result ? result.unfixedErrors : 0;
  const tile = (id: string, label: string, a: Aggregate) => (
    <div className={styles.tile} data-testid={`score-${id}`} data-value={a.score ?? ''}>
      <div className={styles.tileLabel}>{label}</div>
      <p className={styles.tileValue}>{num(a.score)}</p>
      <p className={styles.tileSub}>{t('coverageValue', { present: a.present, total: a.defined })}</p>
      {a.score !== null && errors > 0 && (
        <p className={styles.tileErrors} data-testid={`score-${id}-errors`}>
          {SEVERITY_SYMBOL.error} {tx(unfixedErrorsText(errors))}
        </p>
      )}
    </div>
  );

  let body = null;
  if (result) {
    const bars: PillarBar[] = catalog.pillars.map((p) => ({
      code: p.code,
      name: tx(p.name),
      side: p.side,
      score: result.pillars[p.code]?.score ?? null,
    }));
    const strengths = new Set(result.strengths.map((s) => s.indicator));
    const weaknesses = new Set(result.weaknesses.map((s) => s.indicator));
    const noBenchmark = catalog.indicators
      .filter((i) => result.indicators[i.code]?.value !== null && !result.benchmarks[i.code])
      .map((i) => i.code);
    const why = result.findings.filter((f) => WHY_MISSING.has(f.ruleId));
    const cov = result.coverage;
    body = (
      <div data-testid="score-result">
        <div className={styles.summary}>
          {tile('pii', t('pii'), result.pii)}
          {tile('input', t('inputSide'), result.input)}
          {tile('output', t('outputSide'), result.output)}
          <div className={styles.tile} data-testid="score-coverage">
            <div className={styles.tileLabel}>{t('coverage')}</div>
            <p className={styles.tileValue}>
              {t('coverageValue', { present: cov.present, total: cov.framework ?? cov.defined })}
            </p>
          </div>
        </div>
        <p className={styles.note}>{tx(cov.note)}</p>
        {noBenchmark.length > 0 && (
          <Notice intent="warning" testId="missing-benchmarks">
            {t('missingBenchmarks', { count: noBenchmark.length, codes: noBenchmark.join(', ') })}
          </Notice>
        )}
        <PillarChart bars={bars} />

        <h3 className={styles.sub}>{t('indicatorsHeading')}</h3>
        <div className={styles.tableWrap}>
          <table className={styles.table} data-testid="indicator-table">
            <thead>
              <tr>
                <th scope="col" className={styles.th}>
                  {t('colCode')}
                </th>
                <th scope="col" className={styles.th}>
                  {t('colIndicator')}
                </th>
                <th scope="col" className={`${styles.th} ${styles.num}`}>
                  {t('colValue')}
                </th>
                <th scope="col" className={`${styles.th} ${styles.num}`}>
                  {t('colScore')}
                </th>
                <th scope="col" className={styles.th}>
                  {t('colMark')}
                </th>
              </tr>
            </thead>
            <tbody>
              {catalog.indicators.map((ind) => {
                const r = result.indicators[ind.code];
                const marks = [
                  ...(strengths.has(ind.code) ? [`▲ ${t('strength')}`] : []),
                  ...(weaknesses.has(ind.code) ? [`▼ ${t('weakness')}`] : []),
                ];
                return (
                  <tr key={ind.code} data-indicator={ind.code} data-score={r?.score ?? ''}>
                    <th scope="row" className={styles.td} style={{ fontWeight: 400, whiteSpace: 'nowrap' }}>
                      {ind.code}
                    </th>
                    <td className={styles.td}>{tx(shortNameOf(ind))}</td>
                    <td className={`${styles.td} ${styles.num}`}>{num(r?.value ?? null)}</td>
                    <td className={`${styles.td} ${styles.num}`}>{num(r?.score ?? null, 1)}</td>
                    <td className={styles.td}>{marks.join(', ')}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <p className={styles.note}>{tx(result.strengthsBasis.note)}</p>

        {why.length > 0 && (
          <section aria-labelledby="why-missing">
            <h3 className={styles.sub} id="why-missing">
              {t('missingScoresHeading')} ({why.length})
            </h3>
            <span id="pii-why-hint" style={srOnly}>
              {t('goToCell')}
            </span>
            <ul className={styles.list} data-testid="why-missing">
              {why.map((f) => (
                <li key={f.checkId}>
                  <button
                    type="button"
                    className={styles.item}
                    onClick={() => select(f)}
                    aria-describedby="pii-why-hint"
                  >
                    <span aria-hidden="true">{SEVERITY_SYMBOL[f.severity]} </span>
                    {t(SEVERITY_WORD[f.severity])}: {tx(f.message)}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        )}
        <div className={styles.actions}>
          <Button onClick={() => void write()} disabled={busy} data-testid="write-snapshot">
            {t('writeSnapshot')}
          </Button>
        </div>
      </div>
    );
  }

  return (
    <div>
      <Subtitle2 as="h2" className={styles.heading}>
        {t('scoresHeading')}
      </Subtitle2>
      <p className={styles.hint}>{t('scoreHint')}</p>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => void run()} disabled={busy} data-testid="score-button">
          {t('scoreButton')}
        </Button>
      </div>
      <div role="status" aria-live="polite">
        {busy && <Busy label={t('working')} />}
        {scoredAt && !busy && (
          <p className={styles.note}>{t('scoredAt', { time: formatTime(lang, scoredAt) })}</p>
        )}
        {result && !busy && edits > scoredEdits && (
          <Notice intent="warning" testId="scores-stale">
            {t('scoresStale')}
          </Notice>
        )}
        {written && (
          <Notice intent="success" testId="snapshot-done">
            {t('snapshotDone', { sheet: written })}
          </Notice>
        )}
      </div>
      {error && <Notice intent="error">{t('errorPrefix', { message: error })}</Notice>}
      {body}
    </div>
  );
}
