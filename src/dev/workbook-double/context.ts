/// <reference types="office-js" />
import { ApplicationProxy, RuntimeProxy } from './application';
import { OfficeErrorDouble, notSupported, officeError } from './errors';
import type { WorkbookModel } from './model';
import type { Command, Delivery, LoadInput, ProxyObject } from './proxy';
import { compareVersions } from './versions';
import { WorkbookProxy } from './workbook';

const encoder = new TextEncoder();

/**
 * Stand-in for Excel.RequestContext. Commands queue here and run, in order, against
 * the model when sync() is called; loaded values are published only if the whole
 * batch succeeds, and the first failing command rejects the sync (earlier commands
 * stay applied, later ones are dropped), as Excel does.
 */
export class RequestContextDouble {
  readonly workbook: WorkbookProxy;
  readonly application: ApplicationProxy;
  readonly runtime: RuntimeProxy;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  readonly requestHeaders: { [name: string]: string } = {};
  readonly debugInfo = {};
  /** @internal */
  readonly _model: WorkbookModel;
  private pending: Command[] = [];

  constructor(model: WorkbookModel) {
    this._model = model;
    this.workbook = new WorkbookProxy(this);
    this.application = this.workbook.application;
    this.runtime = new RuntimeProxy(this);
  }

  load(object: ProxyObject, option?: LoadInput): void {
    object.load(option);
  }

  loadRecursive(): void {
    throw notSupported('RequestContext.loadRecursive');
  }

  trace(): void {
    // Trace messages only matter for Office's own diagnostics.
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    const batch = this.pending;
    this.pending = [];
    const model = this._model;
    model.syncCount += 1;
    model.lastRequestBytes = requestBytes(batch);
    model.largestRequestBytes = Math.max(model.largestRequestBytes, model.lastRequestBytes);
    await Promise.resolve(); // the host answers asynchronously; nothing applies inside the sync() call itself
    if (batch.length > 0) {
      const limit = model.excel.maxRequestBytes;
      if (limit !== null && model.lastRequestBytes > limit)
        throw officeError('RequestPayloadSizeLimitExceeded');
      model.faults.beforeSync();
    }
    const deliveries: Delivery[] = [];
    try {
      for (const command of batch) {
        try {
          model.faults.beforeCommand(command.op);
          this._requireVersion(command.minVersion, command.op);
          const delivery = command.run();
          if (delivery) deliveries.push(delivery);
        } catch (error) {
          throw locate(error, command);
        }
      }
    } finally {
      model.events.flush(); // edits applied before a failure still happened
    }
    deliveries.forEach((deliver) => deliver());
    return passThroughValue as T;
  }

  /** @internal */
  _enqueue(command: Command): void {
    this.pending.push(command);
  }

  /** @internal */
  _hasPending(): boolean {
    return this.pending.length > 0;
  }

  /** @internal */
  _supports(minVersion: string): boolean {
    return compareVersions(this._model.apiVersion, minVersion) >= 0;
  }

  /** @internal Office rejects calls above the host's requirement set with ApiNotFound. */
  _requireVersion(minVersion: string, what: string): void {
    if (!this._supports(minVersion)) {
      throw officeError(
        'ApiNotFound',
        `The API you are trying to use could not be found (${what} needs ExcelApi ${minVersion}; this workbook double provides ${this._model.apiVersion}).`,
      );
    }
  }
}

function requestBytes(batch: Command[]): number {
  if (batch.length === 0) return 0;
  const wire = batch.map((c) => ({ path: c.path, op: c.op, args: c.args }));
  return encoder.encode(JSON.stringify(wire)).length;
}

function locate(error: unknown, command: Command): unknown {
  if (error instanceof OfficeErrorDouble && error.debugInfo.errorLocation === undefined) {
    error.debugInfo.errorLocation = command.op;
    error.debugInfo.statement = command.path;
  }
  return error;
}
