// The texts of the "Điểm" sheet the pane writes (Write results to the workbook). Vietnamese first.
import { T } from './sheet';

export const SCORES_SHEET_TEXT = {
  sheet: { vi: 'Điểm', en: 'Scores' },
  title: { vi: 'Kết quả PII', en: 'PII results' },
  code: { vi: 'Mã', en: 'Code' },
  pillar: { vi: 'Trụ cột', en: 'Pillar' },
  indicator: { vi: 'Chỉ số', en: 'Indicator' },
  value: { vi: 'Giá trị', en: 'Value' },
  score: T.colScore,
  present: { vi: 'Có điểm', en: 'Scored' },
  defined: { vi: 'Tổng số', en: 'Defined' },
  chart: { vi: 'Điểm theo trụ cột', en: 'Score by pillar' },
  input: { vi: 'Đầu vào', en: 'Input' },
  output: { vi: 'Đầu ra', en: 'Output' },
} as const;
