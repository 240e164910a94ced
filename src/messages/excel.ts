// Texts the Office JS adapter writes into the workbook or reports to the pane: the sheets it sets
// aside, the backup's explanation, why a load stopped. Vietnamese first. The buttons they name
// are the pane's own labels (src/messages/pane.ts), filled in, so the two never drift apart.
import type { Lang, Text } from '../catalog/types';
import { fillText, messageTable } from './format';
import { STRINGS } from './pane';

/** The suffix a sheet set aside gets: the officer's own sheet, or an edited Framework sheet. */
export const ASIDE_SUFFIX: Record<'name' | 'edited', Record<Lang, string>> = {
  name: { vi: ' (của bạn)', en: ' (yours)' },
  edited: { vi: ' (đã sửa)', en: ' (edited)' },
};

export const NOT_CARRIED_SHEET: Record<Lang, string> = {
  vi: 'Giá trị không chuyển được',
  en: 'Values not carried',
};

export const EXCEL_TABLE = {
  asideReason: {
    vi: 'Sheet của bạn trùng tên với một sheet của mẫu PII nên đã được đổi tên; mọi ô được giữ nguyên',
    en: 'Your sheet had the name of a PII template sheet, so it was renamed; every cell is kept',
  },
  editedFrameworkReason: {
    vi: 'Sheet Danh mục có sửa đổi chưa được áp dụng nên được giữ nguyên dưới tên mới; để dùng chúng, chép sang sheet Danh mục mới rồi bấm "{button}"',
    en: 'The Framework sheet had edits not yet applied, so it was kept whole under a new name; to use them, copy them to the new Framework sheet and press "{button}"',
  },
  backupExplanation: {
    vi: 'Bổ trợ PII lưu mọi số liệu ở đây trước khi tải lại mẫu biểu và xóa sheet này khi tải xong. Nếu sheet này còn, lần tải trước đã bị gián đoạn: hãy bấm "{button}" lần nữa để đưa mọi số liệu về ô của nó. Đừng sửa sheet này.',
    en: 'The PII add-in keeps every figure here before it reloads the template and deletes this sheet once the load is done. If this sheet is still here, the last load was interrupted: press "{button}" again to put every figure back in its cell. Do not edit this sheet.',
  },
  notInTemplate: {
    vi: 'Mẫu mới không còn ô cho tên này; giá trị được giữ ở sheet này',
    en: 'The new template has no cell for this name; the value is kept on this sheet',
  },
  namesUnanswered: {
    vi: 'Excel chưa trả lời về các tên xác định của sổ tính (có thể một cửa sổ Excel khác đang được chọn). Hãy bấm vào sổ tính này rồi thử lại; chưa có gì bị thay đổi.',
    en: "Excel did not describe the workbook's defined names (another Excel window may have the focus). Click in this workbook and try again; nothing was changed.",
  },
  structureProtected: {
    vi: 'Sổ tính đang được bảo vệ cấu trúc (Xem lại > Bảo vệ sổ làm việc), nên không thể thêm hay đổi tên sheet. Hãy bỏ bảo vệ rồi thử lại; chưa có gì bị thay đổi.',
    en: 'The workbook structure is protected (Review > Protect Workbook), so no sheet can be added or renamed. Unprotect it and try again; nothing was changed.',
  },
  sheetPassword: {
    vi: 'Một sheet của mẫu biểu được khóa bằng mật khẩu. Hãy bỏ bảo vệ sheet (Xem lại > Bỏ bảo vệ trang tính) rồi thử lại; không mất số liệu nào.',
    en: 'A template sheet is protected with a password. Unprotect it (Review > Unprotect Sheet) and try again; no figure was lost.',
  },
  loadInterrupted: {
    vi: 'Tải mẫu biểu chưa xong vì Excel báo lỗi ({detail}). Không mất số liệu nào: mọi số liệu đã được lưu ở sheet "{sheet}" trước khi thay đổi. Hãy bấm "{button}" lần nữa để hoàn tất.',
    en: 'The template load did not finish because Excel reported an error ({detail}). No figure is lost: every figure was saved on the sheet "{sheet}" before anything changed. Press "{button}" again to finish.',
  },
} satisfies Record<string, Text>;

const EXCEL = messageTable<keyof typeof EXCEL_TABLE>(EXCEL_TABLE);

/** The adapter's texts, with the pane's button labels filled in. */
export const EXCEL_TEXT = {
  asideReason: EXCEL.text('asideReason'),
  editedFrameworkReason: EXCEL.text('editedFrameworkReason', { button: STRINGS.applyFramework }),
  backupExplanation: EXCEL.text('backupExplanation', { button: STRINGS.loadTemplate }),
  notInTemplate: EXCEL.text('notInTemplate'),
  namesUnanswered: EXCEL.text('namesUnanswered'),
  structureProtected: EXCEL.text('structureProtected'),
  sheetPassword: EXCEL.text('sheetPassword'),
};

/** Why a load stopped half-way (`detail`: Excel's error), and that nothing is lost. */
export function loadInterruptedText(detail: string, backupSheet: string): Text {
  return fillText(EXCEL_TABLE.loadInterrupted, { detail, sheet: backupSheet, button: STRINGS.loadTemplate });
}
