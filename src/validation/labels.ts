// Short static status texts, one per rule kind (the sheet's status cell shows the first one
// violated). Full messages with names and values are built in messages.ts.
import type { Text } from '../catalog';
import type { CheckRule } from './types';

export const LABELS: Record<CheckRule, Text> = {
  missing: { vi: 'Chưa nhập', en: 'Missing' },
  notNumber: { vi: 'Không phải số', en: 'Not a number' },
  notInteger: { vi: 'Không phải số nguyên', en: 'Not a whole number' },
  negative: { vi: 'Số âm', en: 'Negative' },
  outOfRange: { vi: 'Ngoài khoảng cho phép', en: 'Out of range' },
  fractionPercent: { vi: 'Có vẻ là phân số: nhập theo %', en: 'Looks like a fraction: enter percent' },
  unitSlip: { vi: 'Kiểm tra đơn vị', en: 'Check the unit' },
  partOfWhole: { vi: 'Phần lớn hơn tổng', en: 'Part exceeds whole' },
  zeroDenominator: { vi: 'Mẫu số bằng 0 hoặc trống', en: 'Denominator zero or blank' },
  indicatorPlausible: { vi: 'Chỉ số ngoài khoảng hợp lý', en: 'Indicator value implausible' },
  jump: { vi: 'Thay đổi bất thường so với năm trước', en: 'Implausible change from last year' },
  missingEvidence: { vi: 'Thiếu minh chứng', en: 'Evidence missing' },
  benchmarkMissing: { vi: 'Thiếu mốc min/max', en: 'Benchmark missing' },
  benchmarkOrder: { vi: 'Mốc max không lớn hơn min', en: 'Benchmark max not above min' },
};
