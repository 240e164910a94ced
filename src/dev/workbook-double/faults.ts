// Opt-in failures, as real Excel produces them: a command that fails leaves the commands before
// it applied and drops the rest (no rollback); a whole request can be refused before anything is
// applied (too large, a sheet deleted meanwhile). Tests arm a fault, run the add-in, and check that
// nothing the officer typed was lost. Source: Office JS docs, "Error handling" and "Batching".
import { officeError, type OfficeErrorCode } from './errors';

/** The `occurrence`-th run of `op` ("Worksheet.add", "Range.formulas") from arming fails. */
export interface CommandFault {
  kind: 'command';
  op: string;
  occurrence: number;
  code: OfficeErrorCode;
}

/** The `occurrence`-th sync from arming is refused whole: no command of it applies. */
export interface SyncFault {
  kind: 'sync';
  occurrence: number;
  code: OfficeErrorCode;
}

export type Fault = CommandFault | SyncFault;

/** Counts commands and syncs from arming; throws where an armed fault says. */
export class FaultInjector {
  private faults: Fault[] = [];
  private readonly counts = new Map<string, number>();
  private syncs = 0;
  private log: string[] | null = null;

  /** Arms a fault; its occurrence counts from now. */
  arm(fault: Fault): void {
    const base = fault.kind === 'sync' ? this.syncs : (this.counts.get(fault.op) ?? 0);
    this.faults.push({ ...fault, occurrence: base + fault.occurrence });
  }

  /** Disarms every fault and restarts the counts. */
  clear(): void {
    this.faults = [];
    this.counts.clear();
    this.syncs = 0;
  }

  /** Starts recording the ops that run (not those dropped after a failure); returns the log. */
  record(): string[] {
    this.log = [];
    return this.log;
  }

  stopRecording(): void {
    this.log = null;
  }

  /** Called before a sync applies anything. */
  beforeSync(): void {
    this.syncs += 1;
    const fault = this.faults.find((f) => f.kind === 'sync' && f.occurrence === this.syncs);
    if (fault) throw officeError(fault.code);
  }

  /** Called before each command runs. */
  beforeCommand(op: string): void {
    const count = (this.counts.get(op) ?? 0) + 1;
    this.counts.set(op, count);
    const fault = this.faults.find((f) => f.kind === 'command' && f.op === op && f.occurrence === count);
    if (fault) throw officeError(fault.code);
    this.log?.push(op);
  }
}

/**
 * How this simulated Excel differs by build and situation. Defaults are the documented behaviour
 * of a current Excel; each option turns on a reported one (see shared excel-failure-modes.md).
 */
export interface ExcelBehaviour {
  /** Windows Microsoft 365 build 2605 (office-js #6784): unprotect() of an unprotected sheet throws AccessDenied. */
  unprotectFailsWhenUnprotected: boolean;
  /** Old builds (office-js #1463): unfreeze() throws on a hidden sheet. */
  unfreezeFailsOnHiddenSheet: boolean;
  /** Excel on the web refuses a request above about 5 MB (RequestPayloadSizeLimitExceeded); null: no limit. */
  maxRequestBytes: number | null;
  /**
   * Another workbook has the focus (Windows, Mac): worksheets.add, freeze panes, activate and
   * select throw GeneralException ("Troubleshoot Excel add-ins"); NamedItem.type reads null (office-js #5504).
   */
  focusElsewhere: boolean;
  /**
   * Excel.createWorkbook(base64) fails: 'before' nothing opens (Excel on the web's internal error,
   * office-js #3646; Mac with some files, #2537); 'after' the workbook opens and the call still
   * rejects (iOS "Not implemented", #1562). null: it opens and resolves.
   */
  createWorkbookFails: 'before' | 'after' | null;
}

export const CURRENT_EXCEL: ExcelBehaviour = Object.freeze({
  unprotectFailsWhenUnprotected: false,
  unfreezeFailsOnHiddenSheet: false,
  maxRequestBytes: null,
  focusElsewhere: false,
  createWorkbookFails: null,
});

/** Excel on the web's request limit, as reported (about 5 MB). */
export const WEB_REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;

/** Throws GeneralException when another workbook has the focus: for commands documented to. */
export function requireFocus(behaviour: ExcelBehaviour, what: string): void {
  if (behaviour.focusElsewhere)
    throw officeError('GeneralException', `${what} failed: another workbook has the focus.`);
}

export type { OfficeErrorCode };
