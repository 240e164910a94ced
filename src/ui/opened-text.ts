// What the pane says after it asked Excel to open a workbook it built (new reporting year, an
// agency's workbook): opened, cannot open here, or Excel reported an error (it may have opened).
import type { OpenWorkbookResult } from '../excel/port';
import type { I18n } from './i18n';

export function openedText(t: I18n['t'], opened: OpenWorkbookResult): string {
  if (opened.outcome === 'opened') return t('newYearOpened');
  if (opened.outcome === 'unsupported') return t('newYearDownload');
  return t('newYearMaybe', { detail: opened.detail });
}
