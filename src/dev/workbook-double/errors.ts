/**
 * Errors shaped like OfficeExtension.Error ("RichApi.Error"), so add-in code that
 * inspects `error.code` / `error.debugInfo` behaves as it would against Excel.
 */
export type OfficeErrorCode =
  | 'AccessDenied'
  | 'ApiNotFound'
  | 'GeneralException'
  | 'InvalidArgument'
  | 'InvalidOperation'
  | 'InvalidReference'
  | 'InvalidRequestContext'
  | 'ItemAlreadyExists'
  | 'ItemNotFound'
  | 'NotImplemented'
  | 'PropertyNotLoaded'
  | 'RequestPayloadSizeLimitExceeded'
  | 'RunMustReturnPromise'
  | 'ValueNotLoaded';

const DEFAULT_MESSAGES: Record<OfficeErrorCode, string> = {
  AccessDenied: 'You cannot perform the requested operation.',
  ApiNotFound:
    'The API you are trying to use could not be found. It may be available in a newer version of Excel.',
  GeneralException: 'There was an internal error while processing the request.',
  InvalidArgument: 'The argument is invalid or missing or has an incorrect format.',
  InvalidOperation: 'The operation attempted is invalid on the object.',
  InvalidReference: "This reference isn't valid for the current operation.",
  InvalidRequestContext: 'Cannot use the object across different request contexts.',
  ItemAlreadyExists: 'A resource with the same name or identifier already exists.',
  ItemNotFound: "The requested resource doesn't exist.",
  NotImplemented: "The requested feature isn't implemented.",
  PropertyNotLoaded: 'The property is not available.',
  RequestPayloadSizeLimitExceeded: 'The request payload size has exceeded the limit.',
  RunMustReturnPromise:
    'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation. Typically, you return a promise by returning the response from "context.sync()".',
  ValueNotLoaded:
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
};

export interface OfficeErrorDebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
  statement?: string;
}

export class OfficeErrorDouble extends Error {
  readonly code: OfficeErrorCode;
  readonly debugInfo: OfficeErrorDebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError: null = null;

  constructor(code: OfficeErrorCode, message?: string, errorLocation?: string) {
    const text = message ?? DEFAULT_MESSAGES[code];
    super(text);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message: text };
    if (errorLocation !== undefined) this.debugInfo.errorLocation = errorLocation;
  }
}

export function officeError(code: OfficeErrorCode, message?: string): OfficeErrorDouble {
  return new OfficeErrorDouble(code, message);
}

export function propertyNotLoaded(property: string): OfficeErrorDouble {
  return new OfficeErrorDouble(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

/** Used where the real API exists but this double deliberately does not model it. */
export function notSupported(what: string): OfficeErrorDouble {
  return new OfficeErrorDouble('NotImplemented', `WorkbookDouble does not support ${what}.`);
}
