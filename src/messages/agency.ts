// The agency workbook's own texts (pii split, the pane's agency workbook), kept out of the
// master's table (src/messages/sheet.ts), which the pane loads up front. Vietnamese first.
import type { Text } from '../catalog/types';
import { STRINGS } from './pane';
import { FRAMEWORK_TEXT } from './sheet';

export const AGENCY_TEXT = {
  agencyProduct: {
    vi: 'Bộ chỉ số PII — phiếu số liệu của cơ quan chủ trì',
    en: 'PII — figures to be supplied by the lead agency',
  },
  agency: STRINGS.agencyFilter,
  agencyIndicators: { vi: 'Chỉ số cơ quan chịu trách nhiệm', en: 'Indicators this agency answers for' },
  colCoordinating: FRAMEWORK_TEXT.columns.coordinating,
  agencySteps: [
    {
      vi: '1. Sheet "Nhập liệu": nhập số liệu năm nay, năm trước và minh chứng (4 cột: số hiệu văn bản, ngày ban hành, cơ quan ban hành, tệp hoặc đường dẫn) của các thành phần trong từng khối chỉ số.',
      en: `1. Sheet "Data entry": type this year's figure, last year's and the evidence (4 columns: document number, date issued, issuing body, file or link) of every component in each indicator block.`,
    },
    {
      vi: '2. Khối "Mẫu số dùng chung" do Sở KH&CN cung cấp (điền sẵn từ sổ tổng hợp); chỉ để tính giá trị chỉ số, không được nhập lại khi gộp. Cần sửa: báo đầu mối của Sở.',
      en: '2. The "Shared denominators" block is supplied by the Department of S&T (pre-filled from the master); it is there to compute the indicator values and is not taken back on merge. To correct one, tell the contact.',
    },
    {
      vi: '3. Cột "Trạng thái" và sheet "Kiểm tra" kiểm tra trực tiếp; sửa hết lỗi trước khi gửi. Không đổi tên sheet, không xóa dòng.',
      en: '3. The "Status" column and the "Checks" sheet check as you type; fix every error before sending. Do not rename sheets or delete rows.',
    },
    {
      vi: '4. Lưu tệp (giữ định dạng .xlsx) và gửi lại đầu mối của Sở KH&CN trước hạn, kèm tệp minh chứng.',
      en: '4. Save the file (keep the .xlsx format) and send it back to the contact at the Department of S&T before the deadline, with the evidence files.',
    },
  ] as Text[],
  sharedFromSo: {
    vi: 'Mẫu số dùng chung — do Sở KH&CN cung cấp (điền sẵn), không được nhập lại khi gộp',
    en: 'Shared denominators — supplied by the Department of S&T (pre-filled), not taken back on merge',
  },
  sharedFromSoNote: {
    vi: 'Do Sở KH&CN cung cấp',
    en: 'Supplied by the Department of S&T',
  },
} as const;
