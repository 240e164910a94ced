// "Xuất hồ sơ nộp Bộ / Export the submission", in the Versions tab (the package names the version
// each figure comes from). The work itself is a lazy chunk (src/ui/package.ts, with exceljs): it
// loads on the first press. A package with errors or missing evidence is refused with the list of
// problems; the officer may still export it, then it is marked INCOMPLETE on every page.
import { useState } from 'react';
import { Button, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { Catalog } from '../../catalog';
import type { SubmissionPackage } from '../../collect/package';
import type { TemplateStamp, WorkbookPort } from '../../excel/port';
import { messageTable } from '../../messages/format';
import { PACKAGE_PANE_TEXT } from '../../messages/collect';
import { Busy } from '../Busy';
import { useI18n } from '../i18n';
import { Notice } from '../Notice';
import type { PackageFile } from '../package';
import { useAction } from './use-action';

const useStyles = makeStyles({
  heading: { display: 'block', margin: '16px 0 8px' },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, margin: '4px 0 8px' },
  problems: { margin: '4px 0 8px', paddingLeft: '20px', fontSize: tokens.fontSizeBase200 },
});

const texts = messageTable(PACKAGE_PANE_TEXT);

const loadChunk = () => import(/* webpackChunkName: "package" */ '../package');

export function PackageSection({
  port,
  catalog,
  stamp,
}: {
  port: WorkbookPort;
  catalog: Catalog;
  stamp: TemplateStamp;
}) {
  const styles = useStyles();
  const { t, tx, lang } = useI18n();
  const p = (key: keyof typeof PACKAGE_PANE_TEXT, params?: Parameters<typeof texts.t>[2]) =>
    texts.t(lang, key, params);
  const { busy, error, run } = useAction(lang);
  // The last refused package: its problems stay listed until an export or a new attempt.
  const [refused, setRefused] = useState<SubmissionPackage | null>(null);
  const [made, setMade] = useState<{ file: PackageFile; complete: boolean } | null>(null);

  const write = async (pkg: SubmissionPackage, force: boolean) => {
    const { packageFile } = await loadChunk();
    const file = await packageFile(pkg, { lang, templateVersion: stamp.templateVersion, force });
    setMade({ file, complete: pkg.complete });
    setRefused(null);
  };

  // The workbook is read again on each press: the officer may have fixed things since.
  const exportPackage = () =>
    run(async () => {
      setMade(null);
      setRefused(null);
      const { preparePackage } = await loadChunk();
      const pkg = await preparePackage(port, { catalog, stamp });
      if (pkg.complete) await write(pkg, false);
      else setRefused(pkg);
    });

  const download = async (file: PackageFile) => {
    const { downloadFile } = await import(/* webpackChunkName: "new-year" */ '../new-year');
    downloadFile(file.xlsx, file.fileName);
  };

  return (
    <section data-testid="package">
      <Subtitle2 as="h2" className={styles.heading}>
        {p('heading')}
      </Subtitle2>
      <p className={styles.hint}>{p('hint')}</p>
      <Button disabled={busy} onClick={() => void exportPackage()} data-testid="export-package">
        {p('export')}
      </Button>
      <div aria-live="polite" role="status">
        {busy && <Busy label={t('working')} />}
        {error && <Notice intent="error">{t('errorPrefix', { message: error })}</Notice>}
        {refused && (
          <Notice intent="warning" testId="package-refused">
            {p('refused', {
              errors: refused.errors.length,
              evidence: refused.missingEvidence.length,
            })}
            <ul className={styles.problems} data-testid="package-problems">
              {refused.errors.map((x, i) => (
                <li key={`e${i}`}>{p('problemError', { name: x.name, message: tx(x.message) })}</li>
              ))}
              {refused.missingEvidence.map((x, i) => (
                <li key={`m${i}`}>{p('problemEvidence', { name: x.name, message: tx(x.message) })}</li>
              ))}
            </ul>
            <Button
              size="small"
              disabled={busy}
              onClick={() => void run(() => write(refused, true))}
              data-testid="export-package-force"
            >
              {p('force')}
            </Button>
          </Notice>
        )}
        {made && (
          <Notice intent={made.complete ? 'success' : 'warning'} testId="package-made">
            {p('made', { file: made.file.fileName, indicators: made.file.indicators })}{' '}
            {!made.complete && p('madeIncomplete')}{' '}
            <Button size="small" onClick={() => void download(made.file)} data-testid="package-download">
              {t('newYearDownloadButton', { file: made.file.fileName })}
            </Button>
          </Notice>
        )}
      </div>
    </section>
  );
}
