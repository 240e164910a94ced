// A message box: a symbol and a word say what kind of message it is, so colour is never the only
// signal. Lighter than Fluent's MessageBar, which the pane's size budget does not need.
import type { ReactNode } from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { srOnly } from './a11y';
import { useI18n } from './i18n';
import type { StringKey } from '../messages/pane';

export type NoticeIntent = 'error' | 'warning' | 'success' | 'info';

const useStyles = makeStyles({
  box: {
    display: 'flex',
    gap: '8px',
    alignItems: 'flex-start',
    padding: '6px 8px',
    margin: '6px 0',
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderLeftWidth: '4px',
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    wordBreak: 'break-word',
  },
  error: {
    borderLeftColor: tokens.colorPaletteRedBorder2,
    backgroundColor: tokens.colorPaletteRedBackground1,
  },
  warning: {
    borderLeftColor: tokens.colorPaletteDarkOrangeBorder2,
    backgroundColor: tokens.colorPaletteYellowBackground1,
  },
  success: {
    borderLeftColor: tokens.colorPaletteGreenBorder2,
    backgroundColor: tokens.colorPaletteGreenBackground1,
  },
  info: {
    borderLeftColor: tokens.colorNeutralStrokeAccessible,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  symbol: { fontWeight: tokens.fontWeightSemibold, flexShrink: 0 },
  body: { minWidth: '0', flexGrow: 1 },
});

const SYMBOL: Record<NoticeIntent, string> = { error: '✖', warning: '⚠', success: '✔', info: 'ℹ' };
const WORD: Record<NoticeIntent, StringKey> = {
  error: 'intentError',
  warning: 'intentWarning',
  success: 'intentSuccess',
  info: 'intentInfo',
};

export function Notice({
  intent,
  children,
  testId,
}: {
  intent: NoticeIntent;
  children: ReactNode;
  testId?: string;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <div className={mergeClasses(styles.box, styles[intent])} data-testid={testId} data-intent={intent}>
      <span className={styles.symbol} aria-hidden="true">
        {SYMBOL[intent]}
      </span>
      <div className={styles.body}>
        <span style={srOnly}>{t(WORD[intent])}: </span>
        {children}
      </div>
    </div>
  );
}
