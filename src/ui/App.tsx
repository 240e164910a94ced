// The task pane: header with the language switch, four sections (Template, Validation, Scores,
// Versions).
// It talks to the workbook only through a WorkbookPort (src/excel/port.ts): Excel in Office, the
// workbook double in the browser preview, a fake in component tests.
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { Button, Title3, makeStyles, tokens } from '@fluentui/react-components';
import type { WorkbookPort } from '../excel/port';
import { Busy } from './Busy';
import { I18nProvider, useI18n } from './i18n';
import type { SettingsStore } from './settings';
import { Notice } from './Notice';
import { TabPanel, Tabs } from './Tabs';
import { TemplateTab } from './TemplateTab';
import { ValidationTab } from './ValidationTab';
import { useFindings, useTemplate } from './workbook';

// The scores section (engine scoring, chart, snapshot) is a separate chunk, loaded on first visit.
const ScoresTab = lazy(() => import(/* webpackChunkName: "scores" */ './scores/ScoresTab'));
// So is the versions section (lock a version, compare with now).
const VersionsTab = lazy(() => import(/* webpackChunkName: "versions" */ './versions/VersionsTab'));

export type TabId = 'template' | 'validation' | 'scores' | 'versions';

export interface AppProps {
  /** Null outside Excel (a plain browser): the pane renders and says where to open it. */
  port: WorkbookPort | null;
  settings: SettingsStore;
  /** "score" when the ribbon's Tính điểm button opened the pane (taskpane.html?action=score). */
  action?: string | null;
  /** Milliseconds to wait after an edit before reading the workbook again. */
  debounceMs?: number;
}

const useStyles = makeStyles({
  main: {
    boxSizing: 'border-box',
    minWidth: '0',
    maxWidth: '720px',
    padding: '8px 12px 24px',
    fontFamily: tokens.fontFamilyBase,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: '8px',
    flexWrap: 'wrap',
  },
  title: { margin: '4px 0', fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
  panel: { minWidth: '0' },
});

export function App(props: AppProps) {
  return (
    <I18nProvider settings={props.settings}>
      <Pane {...props} />
    </I18nProvider>
  );
}

function Pane({ port, action, debounceMs = 400 }: AppProps) {
  const styles = useStyles();
  const { t, lang, setLang } = useI18n();
  const scoreOnOpen = action === 'score';
  const [tab, setTab] = useState<TabId>(scoreOnOpen ? 'scores' : 'template');
  const [scoresVisited, setScoresVisited] = useState(scoreOnOpen);
  const [versionsVisited, setVersionsVisited] = useState(false);
  const template = useTemplate(port);
  const findings = useFindings(port, template.catalog, debounceMs, template.state);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  // Marks the moment the pane can be used (the benchmark reads it).
  useEffect(() => {
    const w = window as unknown as { __piiInteractive?: number };
    if (w.__piiInteractive === undefined) w.__piiInteractive = performance.now();
  }, []);

  const select = useCallback((next: TabId) => {
    setTab(next);
    if (next === 'scores') setScoresVisited(true);
    if (next === 'versions') setVersionsVisited(true);
  }, []);

  const errors =
    (findings.findings?.filter((f) => f.severity === 'error').length ?? 0) + findings.cover.length;

  return (
    <main className={styles.main} data-testid="pii-pane" data-ready="true" lang={lang}>
      <header className={styles.header}>
        <Title3 as="h1" className={styles.title}>
          {t('appTitle')}
        </Title3>
        <Button
          size="small"
          appearance="secondary"
          lang={lang === 'vi' ? 'en' : 'vi'}
          aria-label={t('switchLanguageLabel')}
          onClick={() => setLang(lang === 'vi' ? 'en' : 'vi')}
          data-testid="lang-switch"
        >
          {t('switchLanguage')}
        </Button>
      </header>
      {!port && <Notice intent="info">{t('outsideExcel')}</Notice>}
      {template.catalogProblem && (
        <Notice intent="warning" testId="catalog-problem">
          {t(template.catalogProblem.fallback ? 'embeddedCatalogFallback' : 'embeddedCatalogInvalid', {
            edition: template.catalogProblem.edition,
            message: template.catalogProblem.message,
          })}
        </Notice>
      )}
      <Tabs<TabId>
        idPrefix="pii"
        label={t('sections')}
        selected={tab}
        onSelect={select}
        items={[
          { value: 'template', label: t('tabTemplate') },
          {
            value: 'validation',
            label: errors > 0 ? t('tabValidationCount', { count: errors }) : t('tabValidation'),
          },
          { value: 'scores', label: t('tabScores') },
          { value: 'versions', label: t('tabVersions') },
        ]}
      />

      <TabPanel value="template" selected={tab} idPrefix="pii" className={styles.panel}>
        <TemplateTab port={port} template={template} />
      </TabPanel>
      <TabPanel value="validation" selected={tab} idPrefix="pii" className={styles.panel}>
        <ValidationTab port={port} template={template} findings={findings} />
      </TabPanel>
      <TabPanel value="scores" selected={tab} idPrefix="pii" className={styles.panel}>
        {scoresVisited && (
          <Suspense fallback={<Busy label={t('loading')} />}>
            <ScoresTab port={port} template={template} autoRun={scoreOnOpen} edits={findings.edits} />
          </Suspense>
        )}
      </TabPanel>
      <TabPanel value="versions" selected={tab} idPrefix="pii" className={styles.panel}>
        {versionsVisited && (
          <Suspense fallback={<Busy label={t('loading')} />}>
            <VersionsTab port={port} catalog={template.catalog} state={template.state} />
          </Suspense>
        )}
      </TabPanel>
    </main>
  );
}
