// Why last year's figures of the provinces merged in 2025 could not be combined (pii template
// --previous, the pane's new reporting year): apart from the catalog core's texts, since only
// those lazily loaded paths need them. Vietnamese first.
import type { Text } from '../catalog/types';
import { messageTable } from './format';

export const PREVIOUS_TABLE = {
  previousNotAdditive: {
    vi: 'Không cộng được (điểm, tỉ lệ): nhập số năm trước của đơn vị sau sáp nhập ({labels}) bằng tay.',
    en: "Does not add up (points, percentages): enter last year's figure for the merged unit ({labels}) by hand.",
  },
  previousMissing: {
    vi: 'Không cộng được vì thiếu số hoặc không phải số ở: {labels}.',
    en: 'Not summed: missing or not a number in {labels}.',
  },
  previousNoComponent: {
    vi: 'Ấn bản {edition} không còn thành phần này ({label}); giá trị được giữ ở đây.',
    en: 'Edition {edition} has no such component ({label}); the value is kept here.',
  },
} satisfies Record<string, Text>;

export const PREVIOUS_TEXT = messageTable<keyof typeof PREVIOUS_TABLE>(PREVIOUS_TABLE);
