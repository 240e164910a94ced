// Every visible string of the collection core (merge outcomes, refusals, the import log sheet),
// Vietnamese first. The pane and the command-line tool show them as they are.
import type { Text } from '../catalog/types';

export const COLLECT_TEXT = {
  logSheet: { vi: 'Nhật ký nhập', en: 'Import log' },
  logTitle: {
    vi: 'Nhật ký nhập số liệu từ các sở, ngành (mỗi lần gộp thêm dòng, không xóa)',
    en: 'Log of the figures imported from the agencies (each merge adds rows, none is removed)',
  },
  columns: {
    time: { vi: 'Thời điểm nhập', en: 'Imported at' },
    file: { vi: 'Tệp của cơ quan', en: 'Agency file' },
    agency: { vi: 'Cơ quan', en: 'Agency' },
    component: { vi: 'Thành phần', en: 'Component' },
    field: { vi: 'Ô', en: 'Cell' },
    name: { vi: 'Tên định danh', en: 'Defined name' },
    previous: { vi: 'Giá trị trước khi nhập', en: 'Value before the import' },
    incoming: { vi: 'Giá trị của cơ quan', en: "Agency's value" },
    outcome: { vi: 'Kết quả', en: 'Outcome' },
  } satisfies Record<string, Text>,
  field: {
    value: { vi: 'Năm nay', en: 'This year' },
    previous: { vi: 'Năm trước', en: 'Last year' },
    evidence: { vi: 'Minh chứng', en: 'Evidence' },
  } satisfies Record<string, Text>,
  outcome: {
    imported: { vi: 'Đã nhập (ô trống trước đó)', en: 'Imported (the cell was blank)' },
    agencyWins: {
      vi: 'Khác số liệu tổng hợp: lấy số của cơ quan (--prefer agency)',
      en: "Differed from the master: the agency's value taken (--prefer agency)",
    },
    masterKept: {
      vi: 'Khác số liệu tổng hợp: giữ số tổng hợp (--prefer master)',
      en: "Differed from the master: the master's value kept (--prefer master)",
    },
    conflict: {
      vi: 'XUNG ĐỘT: khác số liệu tổng hợp, chưa ghi đè; cần quyết định',
      en: 'CONFLICT: differs from the master, not overwritten; needs a decision',
    },
    notOwned: {
      vi: 'Bỏ qua: thành phần không do cơ quan này chủ trì',
      en: 'Ignored: not a component this agency leads',
    },
    notInMaster: {
      vi: 'Bỏ qua: sổ tổng hợp không có ô này (mẫu cũ hơn danh mục?)',
      en: 'Ignored: the master has no such cell (a template older than the catalog?)',
    },
  } satisfies Record<string, Text>,
  refused: { vi: 'TỪ CHỐI CẢ TỆP', en: 'WHOLE FILE REFUSED' },
  notPii: {
    vi: 'không phải sổ tính PII (không có tên định danh PII_meta_version và PII_in_…)',
    en: 'not a PII workbook (no PII_meta_version and PII_in_… defined names)',
  },
  notAgency: {
    vi: 'không phải sổ tính của một cơ quan (không có PII_meta_agency): có thể là sổ tổng hợp; hãy gửi tệp do pii split tạo ra',
    en: 'not an agency workbook (no PII_meta_agency): perhaps a master; use the files pii split makes',
  },
  unknownAgency: (agency: string, edition: string): Text => ({
    vi: `cơ quan "${agency}" không chủ trì chỉ số nào của ấn bản ${edition}`,
    en: `agency "${agency}" leads no indicator of edition ${edition}`,
  }),
  otherEdition: (file: string, master: string): Text => ({
    vi: `tệp thuộc ấn bản ${file}, sổ tổng hợp là ấn bản ${master}`,
    en: `the file is of edition ${file}, the master of edition ${master}`,
  }),
  otherProvince: (file: string, master: string): Text => ({
    vi: `tệp của tỉnh "${file}", sổ tổng hợp của tỉnh "${master}"`,
    en: `the file is for province "${file}", the master for "${master}"`,
  }),
  otherYear: (file: string, master: string): Text => ({
    vi: `tệp của năm ${file}, sổ tổng hợp của năm ${master}`,
    en: `the file is for year ${file}, the master for ${master}`,
  }),
  otherVersion: (file: string, master: string): Text => ({
    vi: `tệp theo mẫu phiên bản ${file}, không tương thích với sổ tổng hợp (phiên bản ${master})`,
    en: `the file follows template version ${file}, incompatible with the master (version ${master})`,
  }),
  officerChose: {
    agencyWins: {
      vi: 'Khác số liệu tổng hợp: lấy số của cơ quan (người dùng chọn)',
      en: "Differed from the master: the agency's value taken (the officer's choice)",
    },
    masterKept: {
      vi: 'Khác số liệu tổng hợp: giữ số tổng hợp (người dùng chọn)',
      en: "Differed from the master: the master's value kept (the officer's choice)",
    },
  } satisfies Record<'agencyWins' | 'masterKept', Text>,
  unreadable: (detail: string): Text => ({
    vi: `không đọc được như một tệp .xlsx (${detail})`,
    en: `could not be read as an .xlsx file (${detail})`,
  }),
  changedSinceRead: (names: string): Text => ({
    vi: `Số liệu đã thay đổi trong sổ từ lúc đọc các tệp (${names}), nên chưa ghi gì. Hãy chọn lại các tệp để xem lại các xung đột.`,
    en: `Figures changed in the workbook since the files were read (${names}), so nothing was written. Pick the files again to review the conflicts.`,
  }),
} as const;
