// A bilingual, typed reason why an operation on the workbook stopped, for the pane to show as is.
// Thrown before anything is written (a protected workbook, names Excel did not describe), or when a
// load was interrupted after its backup was saved (nothing is lost then either: see backup.ts).
import type { Text } from '../catalog/types';
import { BACKUP_SHEET } from './backup';

export type RefusalKind =
  'namesUnanswered' | 'structureProtected' | 'sheetPassword' | 'loadInterrupted' | 'changedSinceRead';

export class WorkbookRefusal extends Error {
  readonly kind: RefusalKind;
  readonly text: Text;
  /** The host's own error, when Excel raised one (its message is English only). */
  readonly cause?: unknown;

  constructor(kind: RefusalKind, text: Text, cause?: unknown) {
    super(text.en);
    this.name = 'WorkbookRefusal';
    this.kind = kind;
    this.text = text;
    if (cause !== undefined) this.cause = cause;
  }
}

export const NAMES_UNANSWERED: Text = {
  vi: 'Excel chưa trả lời về các tên xác định của sổ tính (có thể một cửa sổ Excel khác đang được chọn). Hãy bấm vào sổ tính này rồi thử lại; chưa có gì bị thay đổi.',
  en: "Excel did not describe the workbook's defined names (another Excel window may have the focus). Click in this workbook and try again; nothing was changed.",
};

export const STRUCTURE_PROTECTED: Text = {
  vi: 'Sổ tính đang được bảo vệ cấu trúc (Xem lại > Bảo vệ sổ làm việc), nên không thể thêm hay đổi tên sheet. Hãy bỏ bảo vệ rồi thử lại; chưa có gì bị thay đổi.',
  en: 'The workbook structure is protected (Review > Protect Workbook), so no sheet can be added or renamed. Unprotect it and try again; nothing was changed.',
};

export const SHEET_PASSWORD: Text = {
  vi: 'Một sheet của mẫu biểu được khóa bằng mật khẩu. Hãy bỏ bảo vệ sheet (Xem lại > Bỏ bảo vệ trang tính) rồi thử lại; không mất số liệu nào.',
  en: 'A template sheet is protected with a password. Unprotect it (Review > Unprotect Sheet) and try again; no figure was lost.',
};

/** Why a load stopped half-way, and that nothing is lost: the pane shows it as is. */
export function loadInterrupted(detail: string): Text {
  return {
    vi: `Tải mẫu biểu chưa xong vì Excel báo lỗi (${detail}). Không mất số liệu nào: mọi số liệu đã được lưu ở sheet "${BACKUP_SHEET}" trước khi thay đổi. Hãy bấm "Tải mẫu biểu" lần nữa để hoàn tất.`,
    en: `The template load did not finish because Excel reported an error (${detail}). No figure is lost: every figure was saved on the sheet "${BACKUP_SHEET}" before anything changed. Press "Load template" again to finish.`,
  };
}
