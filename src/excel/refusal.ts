// A bilingual, typed reason why an operation on the workbook stopped, for the pane to show as is.
// Thrown before anything is written (a protected workbook, names Excel did not describe), or when a
// load was interrupted after its backup was saved (nothing is lost then either: see backup.ts).
import type { Text } from '../catalog/types';

export type RefusalKind = 'namesUnanswered' | 'structureProtected' | 'sheetPassword' | 'loadInterrupted';

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
