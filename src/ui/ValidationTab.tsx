// Kiểm tra / Validation: the live findings, grouped by severity then indicator, with counts, a
// filter by lead agency, and a click (or Enter) on a finding selects its cell in the sheet.
import { latestYear } from '../catalog/years';
import { lazy, Suspense, useMemo, useState } from 'react';
import { Button, Field, Select, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { Catalog, Severity } from '../catalog/types';
import { indicatorByCode, indicatorsUsing, shortNameOf } from '../catalog/lookup';
import type { WorkbookPort } from '../excel/port';
import type { Finding } from '../validation';
import { srOnly } from './a11y';
import { Busy } from './Busy';
import { useI18n } from './i18n';
import { Notice } from './Notice';
import { formatTime, type StringKey } from '../messages/pane';
import { errorText, type FindingsModel, type TemplateModel } from './workbook';
import { provincesFor } from '../catalog/provinces';
import { FIRST_COVER_YEAR, type CoverProblem } from '../validation';
import { findingButton } from './finding-button';

// The progress view is its own chunk, loaded when the officer opens it.
const ProgressPanel = lazy(() => import(/* webpackChunkName: "progress" */ './progress/ProgressPanel'));

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
export const SEVERITY_WORD: Record<Severity, StringKey> = {
  error: 'severityError',
  warning: 'severityWarning',
  info: 'severityInfo',
};
export const SEVERITY_SYMBOL: Record<Severity, string> = { error: '✖', warning: '⚠', info: 'ℹ' };

const useStyles = makeStyles({
  heading: { display: 'block', margin: '4px 0 8px' },
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: '8px', margin: '0 0 8px' },
  // The agency names are long (95 px wider than a 320 px pane in English): the picker takes the
  // width it is given, never its longest option's, and cuts the shown name with an ellipsis.
  agencyField: { flexGrow: 1, flexShrink: 1, flexBasis: '12em', minWidth: '0', maxWidth: '100%' },
  picker: { minWidth: '0', maxWidth: '100%' },
  pickerSelect: {
    minWidth: '0',
    maxWidth: '100%',
    width: '100%',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  counts: { margin: '4px 0', fontWeight: tokens.fontWeightSemibold },
  meta: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, margin: '2px 0 8px' },
  severityHeading: { fontSize: tokens.fontSizeBase300, margin: '12px 0 4px' },
  groupHeading: {
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    margin: '8px 0 2px',
  },
  list: { listStyleType: 'none', margin: '0', padding: '0' },
  item: {
    ...findingButton,
    display: 'flex',
    gap: '6px',
    alignItems: 'flex-start',
    lineHeight: tokens.lineHeightBase200,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  tag: {
    flexShrink: 0,
    fontWeight: tokens.fontWeightSemibold,
    padding: '0 4px',
    borderRadius: '2px',
    border: '1px solid',
  },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorNeutralForeground2 },
});

/** Does a finding concern an agency's indicators (as lead)? Shared denominators concern all their users. */
function findingConcerns(catalog: Catalog, finding: Finding, agency: string): boolean {
  const codes = finding.indicator
    ? [finding.indicator]
    : finding.component
      ? indicatorsUsing(catalog, finding.component).map((i) => i.code)
      : [];
  if (codes.length === 0) return true;
  return codes.some((code) => indicatorByCode(catalog, code)?.lead.includes(agency));
}

interface Group {
  key: string;
  findings: Finding[];
}

/** Severity order, then indicator code order (shared/general groups first, in catalog order). */
function groupFindings(
  catalog: Catalog,
  findings: Finding[],
): { severity: Severity; groups: Group[]; count: number }[] {
  const order = new Map(catalog.indicators.map((ind, i) => [ind.code, i]));
  return SEVERITIES.map((severity) => {
    const mine = findings.filter((f) => f.severity === severity);
    const byKey = new Map<string, Finding[]>();
    for (const f of mine) {
      const key = f.indicator ?? (f.component ? ':shared' : ':general');
      byKey.set(key, [...(byKey.get(key) ?? []), f]);
    }
    const rank = (k: string) => (k === ':shared' ? -2 : k === ':general' ? -1 : (order.get(k) ?? 1e6));
    const groups = [...byKey.entries()]
      .sort(([a], [b]) => rank(a) - rank(b))
      .map(([key, list]) => ({ key, findings: list }));
    return { severity, groups, count: mine.length };
  }).filter((s) => s.count > 0);
}

export function ValidationTab({
  port,
  template,
  findings: model,
}: {
  port: WorkbookPort | null;
  template: TemplateModel;
  findings: FindingsModel;
}) {
  const styles = useStyles();
  const { t, tx, lang } = useI18n();
  const [agency, setAgency] = useState('');
  const [selectError, setSelectError] = useState<string | undefined>();
  const [showProgress, setShowProgress] = useState(false);
  const catalog = template.catalog;
  const stamp = template.state && template.state.kind !== 'none' ? template.state.stamp : null;
  const all = model.findings;
  const agencyName = agency ? tx(catalog?.agencies.find((a) => a.id === agency)?.name) : t('allAgencies');

  const shown = useMemo(
    () => (all && catalog && agency ? all.filter((f) => findingConcerns(catalog, f, agency)) : (all ?? [])),
    [all, catalog, agency],
  );
  const grouped = useMemo(() => (catalog ? groupFindings(catalog, shown) : []), [catalog, shown]);

  if (!port) return null;
  if (template.status === 'loading') return <Busy label={t('loading')} />;
  if (!catalog || template.state?.kind === 'none') return <Notice intent="info">{t('needsTemplate')}</Notice>;

  // Cover problems are errors that concern every agency: counted with the findings' errors.
  const cover = model.cover;
  const count = (s: Severity) =>
    shown.filter((f) => f.severity === s).length + (s === 'error' ? cover.length : 0);
  const coverText = (p: CoverProblem): string => {
    if (p.field === 'province')
      return p.problem === 'missing'
        ? t('coverProvinceMissing')
        : t('coverProvinceUnknown', {
            value: p.value,
            edition: catalog.edition,
            count: provincesFor(catalog.edition).length,
          });
    if (p.problem === 'missing') return t('coverYearMissing');
    if (p.problem === 'notYear') return t('coverYearNotYear', { value: p.value });
    return t('coverYearOutOfRange', {
      value: p.value,
      first: String(FIRST_COVER_YEAR),
      last: String(latestYear()),
    });
  };
  const groupTitle = (key: string) => {
    if (key === ':shared') return t('groupShared');
    if (key === ':general') return t('groupGeneral');
    const ind = indicatorByCode(catalog, key);
    return `${t('indicatorLabel', { code: key })}${ind ? `: ${tx(shortNameOf(ind))}` : ''}`;
  };
  const select = async (f: Finding) => {
    try {
      await port.select(f.target);
      setSelectError(undefined);
    } catch (e) {
      setSelectError(errorText(e, lang));
    }
  };

  return (
    <div>
      <Subtitle2 as="h2" className={styles.heading}>
        {t('validationHeading')}
      </Subtitle2>
      <div className={styles.bar}>
        <Field label={t('agencyFilter')} className={styles.agencyField}>
          <Select
            value={agency}
            onChange={(_, d) => setAgency(d.value)}
            className={styles.picker}
            select={{ className: styles.pickerSelect, title: agencyName }}
            data-testid="agency-filter"
          >
            <option value="">{t('allAgencies')}</option>
            {catalog.agencies
              .filter((a) => catalog.indicators.some((i) => i.lead.includes(a.id)))
              .map((a) => (
                <option key={a.id} value={a.id}>
                  {tx(a.name)}
                </option>
              ))}
          </Select>
        </Field>
        <Button onClick={model.refresh} disabled={model.busy} data-testid="refresh-findings">
          {t('refresh')}
        </Button>
        <Button onClick={() => setShowProgress(!showProgress)} data-testid="toggle-progress">
          {showProgress ? t('hideProgress') : t('showProgress')}
        </Button>
      </div>
      {showProgress && (
        <Suspense fallback={<Busy label={t('loading')} />}>
          <ProgressPanel
            port={port}
            catalog={catalog}
            province={stamp?.province ?? ''}
            year={stamp?.year ?? new Date().getFullYear()}
            findings={all}
            updatedAt={model.updatedAt}
            onImported={model.refresh}
          />
        </Suspense>
      )}

      <div role="status" aria-live="polite" aria-atomic="true" data-testid="finding-counts">
        {all && (
          <p className={styles.counts}>
            {t('findingCounts', { errors: count('error'), warnings: count('warning'), infos: count('info') })}
            {agency ? ` · ${t('filteredCounts', { shown: shown.length, total: all.length })}` : ''}
          </p>
        )}
      </div>
      {model.updatedAt && (
        <p className={styles.meta}>
          {t('updatedAt', { time: formatTime(lang, model.updatedAt) })}
          {model.busy ? ` · ${t('working')}` : ''}
        </p>
      )}
      {!all && !model.error && <Busy label={t('loading')} />}
      {model.error && <Notice intent="error">{t('errorPrefix', { message: model.error })}</Notice>}
      {selectError && <Notice intent="error">{t('errorPrefix', { message: selectError })}</Notice>}
      {cover.length > 0 && (
        <Notice intent="error" testId="cover-problems">
          <ul style={{ margin: 0, paddingLeft: '16px' }}>
            {cover.map((p) => (
              <li key={p.field} data-field={p.field}>
                {coverText(p)}
              </li>
            ))}
          </ul>
        </Notice>
      )}
      {all && shown.length === 0 && cover.length === 0 && (
        <Notice intent="success" testId="no-findings">
          {agency ? t('noFindingsForAgency') : t('noFindings')}
        </Notice>
      )}

      <span id="pii-finding-hint" style={srOnly}>
        {t('goToCell')}
      </span>
      <div data-testid="findings">
        {grouped.map(({ severity, groups, count: n }) => (
          <section key={severity} aria-label={`${t(SEVERITY_WORD[severity])} (${n})`}>
            <h3 className={styles.severityHeading}>
              <span aria-hidden="true" className={styles[severity]}>
                {SEVERITY_SYMBOL[severity]}{' '}
              </span>
              {t(SEVERITY_WORD[severity])} ({n})
            </h3>
            {groups.map((g) => (
              <div key={g.key}>
                <h4 className={styles.groupHeading}>{groupTitle(g.key)}</h4>
                <ul className={styles.list}>
                  {g.findings.map((f) => (
                    <li key={f.checkId}>
                      <button
                        type="button"
                        className={styles.item}
                        onClick={() => void select(f)}
                        aria-describedby="pii-finding-hint"
                        data-testid="finding"
                        data-check={f.checkId}
                        data-severity={severity}
                      >
                        <span className={`${styles.tag} ${styles[severity]}`}>
                          <span aria-hidden="true">{SEVERITY_SYMBOL[severity]} </span>
                          {t(SEVERITY_WORD[severity])}
                          <span style={srOnly}>: </span>
                        </span>
                        <span>{tx(f.message)}</span>
                      </button>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </section>
        ))}
      </div>
    </div>
  );
}
