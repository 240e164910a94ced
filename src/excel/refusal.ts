// A bilingual, typed reason why an operation on the workbook stopped, for the pane to show as is.
// Thrown before anything is written (a protected workbook, names Excel did not describe), or when a
// load was interrupted after its backup was saved (nothing is lost then either: see backup.ts).
import type { Text } from '../catalog/types';
import { EXCEL_TEXT, loadInterruptedText } from '../messages/excel';
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

export const NAMES_UNANSWERED: Text = EXCEL_TEXT.namesUnanswered;

export const STRUCTURE_PROTECTED: Text = EXCEL_TEXT.structureProtected;

export const SHEET_PASSWORD: Text = EXCEL_TEXT.sheetPassword;

/** Why a load stopped half-way, and that nothing is lost: the pane shows it as is. */
export function loadInterrupted(detail: string): Text {
  return loadInterruptedText(detail, BACKUP_SHEET);
}
