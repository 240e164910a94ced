/// <reference types="office-js" />
import type { RequestContextDouble } from './context';
import type { Handler } from './event-hub';

/**
 * Like OfficeExtension.EventHandlers: add() and remove() take effect at the next
 * sync, and a handler only hears about edits made after that sync.
 */
export class EventHandlersProxy {
  private readonly ctx: RequestContextDouble;
  private readonly path: string;
  private readonly minVersion: string;
  /** Resolves during sync: a sheet id, null for workbook-wide, undefined when the sheet is a null object. */
  private readonly scope: () => string | null | undefined;

  constructor(
    ctx: RequestContextDouble,
    path: string,
    minVersion: string,
    scope: () => string | null | undefined,
  ) {
    this.ctx = ctx;
    this.path = path;
    this.minVersion = minVersion;
    this.scope = scope;
  }

  add(
    handler: (args: Excel.WorksheetChangedEventArgs) => Promise<unknown> | unknown,
  ): EventHandlerResultDouble {
    this.ctx._enqueue({
      path: this.path,
      op: 'EventHandlers.add',
      minVersion: this.minVersion,
      run: () => {
        const sheetId = this.scope();
        if (sheetId !== undefined) this.ctx._model.events.register(this, sheetId, handler as Handler);
      },
    });
    return new EventHandlerResultDouble(this.ctx, this, handler as Handler);
  }

  remove(handler: (args: Excel.WorksheetChangedEventArgs) => Promise<unknown> | unknown): void {
    this.ctx._enqueue({
      path: this.path,
      op: 'EventHandlers.remove',
      minVersion: this.minVersion,
      run: () => this.ctx._model.events.unregister(this, handler as Handler),
    });
  }
}

export class EventHandlerResultDouble {
  readonly context: Excel.RequestContext;
  private handlers: EventHandlersProxy | null;
  private readonly handler: Handler;

  constructor(ctx: RequestContextDouble, handlers: EventHandlersProxy, handler: Handler) {
    this.context = ctx as unknown as Excel.RequestContext;
    this.handlers = handlers;
    this.handler = handler;
  }

  /** Queues the removal; call context.sync() afterwards, as with Office. */
  remove(): void {
    this.handlers?.remove(this.handler as never);
    this.handlers = null;
  }
}
