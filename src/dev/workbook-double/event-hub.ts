/// <reference types="office-js" />

/** One cell edit waiting to be reported to onChanged handlers. */
export interface ChangeRecord {
  sheetId: string;
  address: string;
  triggerSource: 'ThisLocalAddin' | 'Unknown';
  details?: Excel.ChangedEventDetail;
}

export type Handler = (args: never) => unknown;

interface Registration {
  owner: object; // the EventHandlers proxy that added it; remove() only affects its own entries
  sheetId: string | null; // null: workbook-wide (worksheets.onChanged)
  handler: Handler;
}

/**
 * Delivers WorksheetChanged events. Office raises events from the host after the
 * batch completes, so dispatch happens on a later macrotask, never inside sync().
 */
export class EventHub {
  /** Mirrors context.runtime.enableEvents. */
  enabled = true;
  readonly handlerErrors: unknown[] = [];
  private registrations: Registration[] = [];
  private pending: ChangeRecord[] = [];
  private readonly inFlight = new Set<Promise<void>>();

  register(owner: object, sheetId: string | null, handler: Handler): void {
    this.registrations.push({ owner, sheetId, handler });
  }

  unregister(owner: object, handler: Handler | null): void {
    const index = this.registrations.findIndex(
      (r) => r.owner === owner && (handler === null || r.handler === handler),
    );
    if (index >= 0) this.registrations.splice(index, 1);
  }

  unregisterAll(owner: object): void {
    this.registrations = this.registrations.filter((r) => r.owner !== owner);
  }

  handlerCount(): number {
    return this.registrations.length;
  }

  record(change: ChangeRecord): void {
    if (this.enabled) this.pending.push(change);
  }

  /**
   * Schedules delivery of everything recorded so far to the handlers registered now:
   * a handler added by a later sync must not hear about earlier edits.
   */
  flush(): void {
    if (this.pending.length === 0) return;
    const changes = this.pending;
    const recipients = [...this.registrations];
    this.pending = [];
    const delivery = new Promise<void>((resolve) => setTimeout(resolve, 0)).then(() =>
      this.dispatch(changes, recipients),
    );
    this.inFlight.add(delivery);
    void delivery.finally(() => this.inFlight.delete(delivery));
  }

  /** Resolves once every scheduled handler, and any events those handlers caused, has finished. */
  async settle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.all([...this.inFlight]);
  }

  private async dispatch(changes: ChangeRecord[], recipients: Registration[]): Promise<void> {
    const calls: Array<Promise<void>> = [];
    // Handlers removed before delivery stay silent.
    const live = recipients.filter((reg) => this.registrations.includes(reg));
    for (const change of changes) {
      const args = changedEventArgs(change);
      for (const reg of live) {
        if (reg.sheetId !== null && reg.sheetId !== change.sheetId) continue;
        const handler = reg.handler as (a: Excel.WorksheetChangedEventArgs) => unknown;
        calls.push(
          Promise.resolve()
            .then(() => handler(args))
            .then(
              () => undefined,
              (error: unknown) => {
                this.handlerErrors.push(error);
              },
            ),
        );
      }
    }
    await Promise.all(calls);
  }
}

function changedEventArgs(change: ChangeRecord): Excel.WorksheetChangedEventArgs {
  const args = {
    type: 'WorksheetChanged' as const,
    changeType: 'RangeEdited' as const,
    source: 'Local' as const,
    worksheetId: change.sheetId,
    address: change.address,
    triggerSource: change.triggerSource,
    details: change.details as Excel.ChangedEventDetail,
    changeDirectionState: undefined as unknown as Excel.ChangeDirectionState,
    getRange: (ctx: Excel.RequestContext): Excel.Range =>
      ctx.workbook.worksheets.getItem(change.sheetId).getRange(change.address),
    getRangeOrNullObject: (ctx: Excel.RequestContext): Excel.Range =>
      ctx.workbook.worksheets.getItemOrNullObject(change.sheetId).getRange(change.address),
  };
  return args;
}
