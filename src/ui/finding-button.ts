import { tokens, type GriffelStyle } from '@fluentui/react-components';

/**
 * A finding shown as a full-width button that selects its cell: the look the Validation list and
 * the Scores tab's "why scores are missing" list share. Each adds its own layout.
 */
export const findingButton: GriffelStyle = {
  width: '100%',
  textAlign: 'left',
  padding: '6px',
  margin: '2px 0',
  border: `1px solid ${tokens.colorNeutralStroke2}`,
  borderRadius: tokens.borderRadiusMedium,
  backgroundColor: tokens.colorNeutralBackground1,
  color: tokens.colorNeutralForeground1,
  fontFamily: 'inherit',
  fontSize: tokens.fontSizeBase200,
  cursor: 'pointer',
  wordBreak: 'break-word',
  ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
};
