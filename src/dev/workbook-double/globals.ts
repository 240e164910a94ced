/// <reference types="office-js" />
import { EXCEL_ENUMS } from './enums';
import { OfficeErrorDouble } from './errors';
import { ClientResultDouble } from './proxy';
import type { RunPrevious, WorkbookDouble } from './workbook-double';

type Batch = (context: Excel.RequestContext) => Promise<unknown>;

/**
 * Installs minimal `Excel`, `Office` and `OfficeExtension` globals bound to a workbook
 * double, so code that calls Excel.run / Office.context.requirements or reads Excel
 * enums runs unchanged. Returns a function restoring the previous globals.
 */
export function installOfficeGlobals(workbook: WorkbookDouble, target: object = globalThis): () => void {
  const scope = target as { [key: string]: unknown };
  const previous = {
    Excel: scope['Excel'],
    Office: scope['Office'],
    OfficeExtension: scope['OfficeExtension'],
  };
  const info = { host: 'Excel', platform: 'PC' };

  scope['Excel'] = {
    ...EXCEL_ENUMS,
    // Excel.run(batch), Excel.run(object, batch) and Excel.run(options, batch).
    run: (...args: unknown[]) =>
      args.length > 1
        ? workbook.run(args[0] as RunPrevious, args[args.length - 1] as Batch)
        : workbook.run(args[0] as Batch),
    createWorkbook: (base64?: string) => workbook.createWorkbook(base64),
    RequestContext: function RequestContext() {
      return workbook.requestContext();
    },
  };
  scope['Office'] = {
    context: {
      host: 'Excel',
      platform: 'PC',
      requirements: {
        isSetSupported: (name: string, minVersion?: string | number) =>
          workbook.isSetSupported(name, minVersion === undefined ? undefined : String(minVersion)),
      },
    },
    HostType: { Excel: 'Excel' },
    PlatformType: { PC: 'PC', OfficeOnline: 'OfficeOnline', Mac: 'Mac' },
    onReady: (callback?: (i: typeof info) => void) => {
      callback?.(info);
      return Promise.resolve(info);
    },
  };
  scope['OfficeExtension'] = {
    Error: OfficeErrorDouble,
    ClientResult: ClientResultDouble,
    ErrorCodes: {
      accessDenied: 'AccessDenied',
      apiNotFound: 'ApiNotFound',
      generalException: 'GeneralException',
      invalidArgument: 'InvalidArgument',
      invalidRequestContext: 'InvalidRequestContext',
      propertyNotLoaded: 'PropertyNotLoaded',
      runMustReturnPromise: 'RunMustReturnPromise',
      valueNotLoaded: 'ValueNotLoaded',
    },
  };

  return () => {
    for (const [key, value] of Object.entries(previous)) {
      if (value === undefined) delete scope[key];
      else scope[key] = value;
    }
  };
}
