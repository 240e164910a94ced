// A busy indicator in words (a spinner component would cost ~3 KB gzip of the pane's budget).
import { tokens } from '@fluentui/react-components';

export function Busy({ label }: { label: string }) {
  return (
    <p
      aria-busy="true"
      style={{ margin: '6px 0', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 }}
      data-testid="busy"
    >
      <span aria-hidden="true">⏳ </span>
      {label}
    </p>
  );
}
