// Mẫu biểu / Template: pick edition, province and year; load, upgrade, check and repair the
// template. Every step that rewrites sheets asks first; loading keeps every value already entered.
import { FIRST_YEAR, latestYear } from '../catalog/years';
import { useEffect, useRef, useState } from 'react';
import { Button, Field, Select, Subtitle2, makeStyles } from '@fluentui/react-components';
import {
  builtinCatalog,
  builtinEditions,
  frameworkProblemLine,
  provincesFor,
  type Catalog,
} from '../catalog';
import type { CoverValues, IntegrityReport, LoadReport, TemplateOptions, WorkbookPort } from '../excel/port';
import { frameworkEditCount, frameworkFromGrid, frameworkHolds } from '../plan/framework-sheet';
import { coverProblems, coverText, countFigures } from '../validation';
import { showCell } from '../validation/format';
import { Busy } from './Busy';
import { useI18n } from './i18n';
import { NewYear } from './NewYear';
import { Notice, type NoticeIntent } from './Notice';
import { errorText, type TemplateModel } from './workbook';

const useStyles = makeStyles({
  form: { display: 'grid', gap: '8px', marginBottom: '12px' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: '8px', margin: '8px 0' },
  heading: { display: 'block', margin: '4px 0 8px' },
  list: { margin: '4px 0 0', paddingLeft: '20px', wordBreak: 'break-word' },
  confirm: {
    border: '1px solid #8a8886',
    borderRadius: '4px',
    padding: '8px',
    margin: '8px 0',
  },
});

type Confirming = 'reload' | 'upgrade' | 'repair' | 'framework' | null;
/**
 * What the workbook held when the officer asked to reload: its cover, its non-blank figures, and
 * the rows of the framework sheet edited but not applied (the reload keeps that sheet aside).
 */
type Holding = { cover?: CoverValues; figures: number; framework?: { sheet: string; edits: number } } | null;
type Outcome = { intent: NoticeIntent; text: string; items?: string[] } | null;

const MAX_LISTED = 8;
/** The first year the picker lists (older ones stay valid when a template holds one). */
const FIRST_LISTED_YEAR = 2020;

/** Reporting years offered: 2020 to next year, plus the template's own year if outside. */
function years(current: string): string[] {
  const last = latestYear();
  const list = Array.from({ length: last - FIRST_LISTED_YEAR + 1 }, (_, i) => String(last - i));
  return list.includes(current) ? list : [current, ...list];
}

export function TemplateTab({ port, template }: { port: WorkbookPort | null; template: TemplateModel }) {
  const styles = useStyles();
  const { t, lang, tx } = useI18n();
  const builtin = builtinEditions();
  const [edition, setEdition] = useState(builtin[builtin.length - 1]);
  const [province, setProvince] = useState('');
  const [year, setYear] = useState(String(new Date().getFullYear() - 1));
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [integrity, setIntegrity] = useState<IntegrityReport | null>(null);
  const [touched, setTouched] = useState(false);
  const [holding, setHolding] = useState<Holding>(null);
  /** The framework sheet's catalog, validated, waiting for the officer's confirmation. */
  const [edited, setEdited] = useState<Catalog | null>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const state = template.state;
  const stamp = state && state.kind !== 'none' ? state.stamp : null;
  // The workbook's own catalog (embedded in the template, possibly an edition we do not ship) is
  // what check, repair and upgrade must use; another edition chosen here means a built-in one.
  const ownEdition = stamp && template.catalog ? stamp.edition : null;
  const editions = ownEdition && !builtin.includes(ownEdition) ? [...builtin, ownEdition] : builtin;
  const catalogFor = (e: string): Catalog =>
    e === ownEdition && template.catalog ? template.catalog : builtinCatalog(e);

  // A template in the workbook fills the form with what it was built for.
  useEffect(() => {
    if (!stamp) return;
    if (editions.includes(stamp.edition)) setEdition(stamp.edition);
    setProvince(stamp.province);
    setYear(String(stamp.year));
  }, [stamp?.edition, stamp?.province, stamp?.year]);

  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  if (!port) return null;
  if (template.status === 'loading') return <Busy label={t('loading')} />;

  const provinces = provincesFor(edition);
  const chosenAssumption = catalogFor(edition).assumption;
  const yearNumber = Number(year);
  const yearValid = /^\d{4}$/.test(year.trim()) && yearNumber >= FIRST_YEAR && yearNumber <= latestYear();
  const provinceValid = province !== '';
  const formValid = yearValid && provinceValid;

  const options = (): TemplateOptions => ({
    catalog: catalogFor(edition),
    province,
    year: yearNumber,
    lang,
  });

  const step = async (work: () => Promise<Outcome>) => {
    setConfirming(null);
    setBusy(true);
    setOutcome(null);
    try {
      setOutcome(await work());
    } catch (e) {
      setOutcome({ intent: 'error', text: t('errorPrefix', { message: errorText(e, lang) }) });
    } finally {
      setBusy(false);
    }
  };

  const load = (catalog?: Catalog) =>
    step(async () => {
      const report: LoadReport = await port.loadTemplate(catalog ? { ...options(), catalog } : options());
      setIntegrity(null);
      await template.refresh();
      const lost = report.notCarried.map((n) => `${n.name}: ${tx(showCell(n.value))} (${tx(n.reason)})`);
      const moved = (report.renamedSheets ?? []).map((r) =>
        t(r.editedFramework ? 'frameworkKeptAside' : 'sheetMovedAside', { from: r.from, to: r.to }),
      );
      const recovered = report.recovered
        ? [
            t('recoveredLoad', {
              restored: report.recovered.restored,
              sheets: report.recovered.sheets.length,
            }),
          ]
        : [];
      return {
        intent: lost.length > 0 || moved.length > 0 ? 'warning' : 'success',
        text:
          [...recovered, t('loadDone', { carried: report.carried.length })].join(' ') +
          (lost.length > 0 ? ' ' + t('notCarried', { count: lost.length }) : ''),
        items: [...moved, ...lost],
      };
    });

  const integrityOutcome = (report: IntegrityReport, repaired: boolean): Outcome => {
    const count = report.tampered.length + report.missingSheets.length;
    const items = [
      ...report.missingSheets.map((sheet) => t('missingSheet', { sheet })),
      ...report.tampered.map((c) =>
        t('tamperedCell', { sheet: c.sheet, address: c.address, found: c.found, expected: c.expected }),
      ),
    ];
    if (repaired)
      return { intent: count === 0 ? 'success' : 'warning', text: t('repairDone', { left: count }), items };
    if (count === 0) return { intent: 'success', text: t('integrityOk') };
    return {
      intent: 'warning',
      text: t('integrityProblems', { tampered: report.tampered.length, sheets: report.missingSheets.length }),
      items,
    };
  };

  const check = () =>
    step(async () => {
      const report = await port.checkIntegrity(options());
      setIntegrity(report);
      return integrityOutcome(report, false);
    });

  const repair = () =>
    step(async () => {
      const report = await port.repair(options());
      setIntegrity(report);
      await template.refresh();
      return integrityOutcome(report, true);
    });

  // Apply framework: read the Danh mục sheet (1 sync), validate it with the catalog loader, and
  // only then offer the lossless reload with it. Nothing is written while a problem remains.
  const readFramework = () =>
    step(async () => {
      const read = await port.readFramework();
      if (!read) return { intent: 'error', text: t('frameworkMissing') };
      const result = frameworkFromGrid(read.values, read.sheet);
      if (!result.ok)
        return {
          intent: 'error',
          text: t('frameworkInvalid', { sheet: read.sheet, count: result.problems.length }),
          items: result.problems.map(frameworkProblemLine),
        };
      setEdited(result.catalog);
      setConfirming('framework');
      return null;
    });

  const onLoadClick = async () => {
    setTouched(true);
    if (!formValid) return;
    if (state?.kind === 'none') return void load();
    // Read the cover and count the figures now (the officer may have typed since): the confirm
    // names a different cover and a switch of province or year with what it carries.
    setBusy(true);
    setOutcome(null);
    let read: Holding = null;
    try {
      const own = template.catalog ?? catalogFor(edition);
      const input = await port.readInput(own);
      read = { cover: input.cover, figures: countFigures(input) };
      // The same test the load makes before it rewrites the framework sheet (framework-edits.ts).
      const sheet = await port.readFramework();
      if (
        sheet &&
        sheet.values.length > 0 &&
        !frameworkHolds(sheet.values, sheet.sheet, own) &&
        !frameworkHolds(sheet.values, sheet.sheet, catalogFor(edition))
      )
        read.framework = { sheet: sheet.sheet, edits: frameworkEditCount(sheet.values, sheet.sheet, own) };
    } catch {
      read = null; // the confirm then says what a reload always does
    } finally {
      setBusy(false);
    }
    setHolding(read);
    setConfirming(state?.kind === 'stale' ? 'upgrade' : 'reload');
  };

  // The cover as the workbook holds it, against the pane's options.
  const cover = confirming === 'reload' || confirming === 'upgrade' ? holding?.cover : undefined;
  const coverProvince = cover ? coverText(cover.province) : '';
  const coverYear = cover ? coverText(cover.year) : '';
  const provinceDiffers = cover !== undefined && coverProvince !== province;
  const yearDiffers = cover !== undefined && coverYear !== String(yearNumber);
  const differs = provinceDiffers || yearDiffers;
  const blank = t('blankValue');
  const label = (p: string, y: string) => (yearDiffers ? `${p || blank} ${y || blank}` : p || blank);
  const from = label(coverProvince, coverYear);
  const to = label(province, String(yearNumber));
  const figures = holding?.figures ?? 0;
  const switching = differs && figures > 0;
  // A valid cover can be taken as the pane's choice instead of being overwritten.
  const coverUsable =
    differs &&
    cover !== undefined &&
    provinces.includes(coverProvince) &&
    coverProblems(edition, cover, latestYear()).length === 0;

  const pending = confirming === 'reload' || confirming === 'upgrade' ? holding?.framework : undefined;
  const problems = integrity ? integrity.tampered.length + integrity.missingSheets.length : 0;
  const confirmText =
    confirming === 'repair'
      ? t('confirmRepair', { count: problems })
      : [
          ...(differs
            ? [
                t('coverDiffers', {
                  coverProvince: coverProvince || blank,
                  coverYear: coverYear || blank,
                  province,
                  year: String(yearNumber),
                }),
              ]
            : []),
          ...(pending ? [t('frameworkPending', { sheet: pending.sheet, count: pending.edits })] : []),
          switching
            ? t('switchKeep', { from, to, count: figures })
            : confirming === 'upgrade'
              ? t('confirmUpgrade')
              : confirming === 'framework' && edited
                ? t('confirmFramework', {
                    indicators: edited.indicators.length,
                    components: edited.components.length,
                  })
                : t('confirmReload'),
        ].join(' ');

  const blankInstead = () => {
    setConfirming(null);
    setOutcome({ intent: 'info', text: t('blankAdvice', { count: figures, from, to }) });
  };

  const takeCoverValues = () => {
    setProvince(coverProvince);
    setYear(coverYear);
    setConfirming(null);
  };

  return (
    <div>
      <Subtitle2 as="h2" className={styles.heading}>
        {t('templateHeading')}
      </Subtitle2>
      {template.status === 'error' && (
        <Notice intent="error">{t('errorPrefix', { message: template.error ?? '' })}</Notice>
      )}
      {state?.interrupted && (
        <Notice intent="warning" testId="interrupted-load">
          {t('interruptedLoad', {
            figures: state.interrupted.figures,
            sheet: state.interrupted.sheets[0] ?? '',
          })}
        </Notice>
      )}
      {state?.kind === 'none' && <Notice intent="info">{t('noTemplate')}</Notice>}
      {state?.kind === 'current' && (
        <Notice intent="success" testId="template-state">
          {t('templateCurrent', {
            edition: state.stamp.edition,
            version: state.stamp.templateVersion,
            province: state.stamp.province,
            year: state.stamp.year,
          })}
        </Notice>
      )}
      {state?.kind === 'stale' && (
        <Notice intent="warning" testId="template-state">
          {t('templateStale', { edition: state.stamp.edition, version: state.stamp.templateVersion })}
        </Notice>
      )}

      <div className={styles.form}>
        <Field label={t('edition')}>
          <Select value={edition} onChange={(_, d) => setEdition(d.value)} data-testid="edition">
            {[...editions].reverse().map((e) => (
              <option key={e} value={e}>
                {t('editionOption', { edition: e })}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          label={t('province')}
          hint={t('provinceHint', { count: provinces.length, edition })}
          validationState={touched && !provinceValid ? 'error' : 'none'}
          validationMessage={touched && !provinceValid ? t('provinceMissing') : undefined}
        >
          <Select value={province} onChange={(_, d) => setProvince(d.value)} data-testid="province">
            <option value="">{t('chooseProvince')}</option>
            {provinces.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('year')}>
          <Select value={year} onChange={(_, d) => setYear(d.value)} data-testid="year">
            {years(year).map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {chosenAssumption && (
        <Notice intent="warning" testId="edition-assumption">
          {t('editionAssumption', { edition, text: chosenAssumption[lang] })}
        </Notice>
      )}

      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={busy}
          onClick={() => void onLoadClick()}
          data-testid="load-template"
        >
          {state?.kind === 'stale'
            ? t('upgradeTemplate')
            : state?.kind === 'current'
              ? t('reloadTemplate')
              : t('loadTemplate')}
        </Button>
        {state && state.kind !== 'none' && (
          <Button disabled={busy || !formValid} onClick={() => void check()} data-testid="check-formulas">
            {t('checkFormulas')}
          </Button>
        )}
        {state && state.kind !== 'none' && (
          <Button
            disabled={busy || !formValid}
            onClick={() => void readFramework()}
            data-testid="apply-framework"
          >
            {t('applyFramework')}
          </Button>
        )}
        {state?.kind === 'current' && template.catalog && (
          <NewYear
            port={port}
            own={template.catalog}
            province={state.stamp.province}
            year={state.stamp.year}
            // The edition picked in the form, or else the newest: a new year is filled in the current one.
            catalog={catalogFor(edition !== state.stamp.edition ? edition : builtin[builtin.length - 1])}
            disabled={busy}
          />
        )}
        {problems > 0 && (
          <Button disabled={busy} onClick={() => setConfirming('repair')} data-testid="repair-formulas">
            {t('repairFormulas')}
          </Button>
        )}
      </div>

      {confirming && (
        <div className={styles.confirm} role="alertdialog" aria-label={confirmText} data-testid="confirm">
          <p style={{ margin: '0 0 8px' }}>{confirmText}</p>
          <div className={styles.actions}>
            <Button
              appearance="primary"
              ref={confirmButton}
              onClick={() =>
                void (confirming === 'repair'
                  ? repair()
                  : confirming === 'framework' && edited
                    ? load(edited)
                    : load())
              }
              data-testid="confirm-yes"
            >
              {switching ? t('keepFigures') : t('confirm')}
            </Button>
            {switching && (
              <Button onClick={blankInstead} data-testid="confirm-blank">
                {t('blankTemplate')}
              </Button>
            )}
            {pending && (
              <Button onClick={() => void readFramework()} data-testid="confirm-apply-framework">
                {t('applyFramework')}
              </Button>
            )}
            {coverUsable && (
              <Button onClick={takeCoverValues} data-testid="use-cover">
                {t('useCover', { province: coverProvince, year: coverYear })}
              </Button>
            )}
            <Button onClick={() => setConfirming(null)}>{t('cancel')}</Button>
          </div>
        </div>
      )}

      <div aria-live="polite" role="status">
        {busy && <Busy label={t('working')} />}
        {outcome && (
          <Notice intent={outcome.intent} testId="template-outcome">
            {outcome.text}
            {outcome.items && outcome.items.length > 0 && (
              <ul className={styles.list}>
                {outcome.items.slice(0, MAX_LISTED).map((item, i) => (
                  <li key={i}>{item}</li>
                ))}
                {outcome.items.length > MAX_LISTED && (
                  <li>{t('moreItems', { count: outcome.items.length - MAX_LISTED })}</li>
                )}
              </ul>
            )}
          </Notice>
        )}
      </div>
    </div>
  );
}
