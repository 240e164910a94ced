// The palette: cell styles the writers apply by key, and the fills of the conditional formats.
// The cover's legend swatches repeat the conditional-format colours so the key matches the sheets.
import type { CellStyle, StyleKey } from './types';

export const STYLES: Record<StyleKey, CellStyle> = {
  title: { bold: true, fontSize: 14, fontColor: '#1F4E79' },
  subtitle: { italic: true, fontColor: '#595959' },
  header: { bold: true, fill: '#1F4E79', fontColor: '#FFFFFF', wrap: true, vertical: 'center' },
  section: { bold: true, fill: '#D9E1F2' },
  blockHeader: { bold: true, fill: '#DDEBF7' },
  label: {},
  input: { fill: '#E8F1FB', border: true },
  inputOptional: { fill: '#F3F8FD', border: true },
  evidence: { fill: '#F3F8FD', border: true },
  computed: { fill: '#F2F2F2', border: true },
  status: { fontColor: '#404040' },
  note: { italic: true, fontColor: '#595959' },
  legendInput: { fill: '#E8F1FB', border: true },
  legendComputed: { fill: '#F2F2F2', border: true },
  legendError: { fill: '#FFC7CE', fontColor: '#9C0006', border: true },
  legendWarning: { fill: '#FFEB9C', fontColor: '#9C5700', border: true },
  legendMissing: { fill: '#FCE4D6', border: true },
  legendOk: { fill: '#E2EFDA', fontColor: '#375623', border: true },
};

export const CF_COLORS = {
  error: { fill: '#FFC7CE', fontColor: '#9C0006' },
  warning: { fill: '#FFEB9C', fontColor: '#9C5700' },
  missing: { fill: '#FCE4D6' },
  computed: { fill: '#E2EFDA', fontColor: '#375623' },
} as const;
