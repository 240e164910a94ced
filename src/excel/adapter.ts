// The WorkbookPort over a BatchRunner (Excel.run in Excel; the workbook double in tests and the
// preview). Each method is one batch with a fixed number of syncs, whatever the catalog's size:
//   templateState 2 (1 without a template) · loadTemplate 3 (2 without a template) · checkIntegrity 2
//   repair 3 · readInput 1 (2-3 when a name is missing) · readFramework 1 · select 1 · onEdit 1 (2 below ExcelApi 1.9; +1 to
//   unsubscribe) · writeSnapshot 2 · lockVersion 3 · readVersions 1 · writeProgress 3 · openWorkbook 0 (Excel.createWorkbook)
//   readNamedFigures 1 · importFigures 3 · readImportLog 1
//   (a load's write phase takes more than 1 only for a catalog whose write would exceed the 4 MB
//   request budget: eight times the 2023 catalog fits in one, ten times takes two; see write-chunks)
// A load that fails half-way loses nothing (see backup.ts and apply-plan.ts) and costs one more
// sync, to switch events back on.
import { catalogJsonOf, componentInputNames, FRAMEWORK_SHEET_NAMES, NAMES, type WorkbookPlan } from '../plan';
import { writePlan, type Supports } from './apply-plan';
import { planCarryOver } from './carry-over';
import { subscribeEdits } from './events';
import {
  nameValue,
  queueContents,
  queueListing,
  readInventory,
  readNamed,
  valuesFromA1,
  type Inventory,
} from './inventory';
import { findNotCarriedSheet, queueNotCarried } from './not-carried';
import type {
  BatchRunner,
  ContextBatchRunner,
  FrameworkSheetValues,
  IntegrityReport,
  LoadReport,
  OpenWorkbookResult,
  RenamedSheet,
  TemplateOptions,
  TemplateState,
  WorkbookInput,
  WorkbookPort,
} from './port';
import { inputFromNames } from './read-input';
import { loadInterrupted, SHEET_PASSWORD, STRUCTURE_PROTECTED, WorkbookRefusal } from './refusal';
import { ASIDE_REASON, EDITED_FRAMEWORK_REASON, resolveSheets } from './sheets';
import { editedFrameworkSheet } from './framework-edits';
import { selectNamed } from './select';
import { compareVersions, stampFromNames, templateStateOf } from './stamp';

/** The writes made on request, loaded on first use (on-request.ts): not in the initial JS. */
const onRequest = () => import(/* webpackChunkName: "on-request" */ './on-request');

export interface PortOptions {
  /** Office.context.requirements.isSetSupported, or a stand-in (tests, the preview). */
  isSetSupported?(set: string, version: string): boolean;
  /** Today's date for the "not carried" sheet (tests pin it). */
  today?(): string;
  /** The time a backup is taken, ISO 8601 (tests pin it). */
  now?(): string;
  /**
   * Excel.run(context, batch): runs a batch on an earlier batch's context. onEdit's unsubscribe
   * removes its handlers through it, as Office requires. Give it whenever the runner can.
   */
  runWith?: ContextBatchRunner;
  /** Estimated bytes per write request (default MAX_REQUEST_BYTES); tests give less to split. */
  maxRequestBytes?: number;
  /** Excel.createWorkbook, or a stand-in (the double's); default: the global one when present. */
  createWorkbook?: (base64: string) => Promise<void>;
}

/** Excel.createWorkbook when this host has it (ExcelApi 1.8); undefined in the preview without one. */
function hostCreateWorkbook(): ((base64: string) => Promise<void>) | undefined {
  const excel = (globalThis as { Excel?: { createWorkbook?: (base64: string) => Promise<void> } }).Excel;
  return excel?.createWorkbook ? (base64) => excel.createWorkbook!(base64) : undefined;
}

/** Bytes as base64, in slices (String.fromCharCode of a whole file overflows the call stack). */
export function base64Of(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Inside Office: ask Office. Outside (no global Office): the minimum this add-in requires. */
export function defaultSupports(set: string, version: string): boolean {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const requirements = office?.context?.requirements;
  if (requirements) return requirements.isSetSupported(set, version);
  return set === 'ExcelApi' && compareVersions(version, '1.8') <= 0;
}

/** The template's plan; its builder (every sheet's layout and texts) loads on the first load. */
async function planOf(o: TemplateOptions): Promise<WorkbookPlan> {
  const { buildPlan } = await import(/* webpackChunkName: "plan" */ '../plan/build');
  return buildPlan(o.catalog, { province: o.province, year: o.year, lang: o.lang });
}

const stampOf = (inventory: Inventory) => stampFromNames((name) => nameValue(inventory, name));

/** The host's error as a short English detail ("GeneralException at Worksheet.add"). */
function errorDetail(error: unknown): string {
  const e = error as { code?: string; debugInfo?: { errorLocation?: string }; message?: string };
  const where = e?.debugInfo?.errorLocation;
  return [e?.code ?? e?.message ?? String(error), where ? `(${where})` : ''].filter(Boolean).join(' ');
}

function refuseStructure(inventory: Inventory): void {
  if (inventory.structureProtected) throw new WorkbookRefusal('structureProtected', STRUCTURE_PROTECTED);
}

export function createWorkbookPort(run: BatchRunner, options: PortOptions = {}): WorkbookPort {
  const supports: Supports = options.isSetSupported ?? defaultSupports;
  const today = options.today ?? (() => new Date().toISOString().slice(0, 10));
  const now = options.now ?? (() => new Date().toISOString());

  /**
   * Writes a full (re)load of the plan over what `inventory` describes (1 sync, more if huge).
   * On failure: events back on (one more sync), then a WorkbookRefusal that says nothing is lost.
   */
  const writeLoad = async (
    context: Excel.RequestContext,
    o: TemplateOptions,
    plan: WorkbookPlan,
    inventory: Inventory,
  ) => {
    refuseStructure(inventory);
    const edited = editedFrameworkSheet(inventory, o.catalog);
    const carry = planCarryOver(plan, inventory);
    const from = stampOf(inventory)?.templateVersion ?? '';
    let notCarriedSheet: string | undefined;
    try {
      const { asides, leftovers, syncs } = await writePlan(context, {
        plan,
        inventory,
        carry,
        supports,
        keepAside: edited ? [edited] : [],
        backup: { entries: carry.figures, takenAt: now() },
        maxRequestBytes: options.maxRequestBytes,
        beforeClear: (ctx) => {
          notCarriedSheet = queueNotCarried(ctx, inventory, carry.toKeep, from, plan.lang, today());
          if (!notCarriedSheet && carry.notCarried.length > 0)
            notCarriedSheet = findNotCarriedSheet(inventory);
        },
      });
      const renamedSheets: RenamedSheet[] = asides.map(({ from, to, kind }) => ({
        from,
        to,
        reason: kind === 'edited' ? EDITED_FRAMEWORK_REASON : ASIDE_REASON,
        ...(kind === 'edited' ? { editedFramework: true } : {}),
      }));
      return { carry, notCarriedSheet, renamedSheets, leftovers, syncs };
    } catch (error) {
      context.runtime.enableEvents = true;
      await context.sync().catch(() => undefined);
      const e = error as { code?: string; debugInfo?: { errorLocation?: string } };
      if (e?.code === 'AccessDenied' && /unprotect/i.test(e.debugInfo?.errorLocation ?? ''))
        throw new WorkbookRefusal('sheetPassword', SHEET_PASSWORD, error);
      throw new WorkbookRefusal('loadInterrupted', loadInterrupted(errorDetail(error)), error);
    }
  };

  return {
    templateState: () =>
      run(async (context): Promise<TemplateState> => {
        const { inventory } = await readInventory(context);
        const xml = inventory.templateXml;
        const state = templateStateOf(stampOf(inventory));
        const catalogJson = xml.map(catalogJsonOf).find((json) => json !== null);
        const interrupted =
          inventory.leftoverSheets.length > 0
            ? {
                interrupted: {
                  sheets: inventory.leftoverSheets,
                  figures: inventory.backup?.entries.length ?? 0,
                },
              }
            : {};
        return state.kind !== 'none' && catalogJson
          ? { ...state, catalogJson, ...interrupted }
          : { ...state, ...interrupted };
      }),

    loadTemplate: (o) =>
      run(async (context): Promise<LoadReport> => {
        const { inventory, syncs } = await readInventory(context);
        const written = await writeLoad(context, o, await planOf(o), inventory);
        const { carry, notCarriedSheet, renamedSheets, leftovers } = written;
        return {
          carried: carry.carried,
          notCarried: carry.notCarried,
          syncs: syncs + written.syncs,
          ...(notCarriedSheet ? { notCarriedSheet } : {}),
          ...(renamedSheets.length ? { renamedSheets } : {}),
          ...(leftovers.length ? { recovered: { restored: carry.restored, sheets: leftovers } } : {}),
        };
      }),

    checkIntegrity: (o) =>
      run(async (context): Promise<IntegrityReport> => {
        const { compareWithPlan, queueFormulaRead } = await onRequest();
        const plan = await planOf(o);
        const { inventory } = await readInventory(context, false);
        const readFormulas = queueFormulaRead(context, resolveSheets(plan, inventory));
        await context.sync();
        return compareWithPlan(plan, inventory, readFormulas()).report;
      }),

    repair: (o) =>
      run(async (context): Promise<IntegrityReport> => {
        const { compareWithPlan, queueFormulaRead, queueRestore } = await onRequest();
        const plan = await planOf(o);
        const list = queueListing(context);
        await context.sync();
        const inventory = list();
        // The cells behind the names come with the formulas: a structural repair reloads with them.
        const { fill } = queueContents(context, inventory);
        const readFormulas = queueFormulaRead(context, resolveSheets(plan, inventory));
        await context.sync();
        fill();
        const contents = readFormulas();
        const findings = compareWithPlan(plan, inventory, contents);
        // A deleted sheet or row moved cells away from where the plan has them, or a load was
        // interrupted (its backup holds figures its cells may have lost): the lossless reload
        // (values carried by name) rebuilds; otherwise only formula cells are written.
        if (findings.structural || inventory.leftoverSheets.length > 0)
          await writeLoad(context, o, plan, inventory);
        else {
          queueRestore(context, findings, contents, inventory);
          await context.sync();
        }
        return findings.report;
      }),

    readInput: (catalog) =>
      run(async (context): Promise<WorkbookInput> => {
        // The deadline cell exists from template 1.2.0 on: an older one reads its names in the
        // full read phase (readNamed), until the pane's upgrade adds it.
        const cover = [
          NAMES.meta('province'),
          NAMES.meta('year'),
          NAMES.meta('deadline'),
          NAMES.meta('contact'),
        ] as const;
        const get = await readNamed(context, [...inputNames(catalog), ...cover]);
        const [province, year, deadline, contact] = cover.map(get);
        // No cover name (no template): no cover, rather than a blank one to complain about.
        return province === undefined && year === undefined
          ? inputFromNames(get, catalog)
          : {
              ...inputFromNames(get, catalog),
              cover: {
                province: province ?? null,
                year: year ?? null,
                ...(deadline !== undefined ? { deadline } : {}),
                ...(contact !== undefined ? { contact } : {}),
              },
            };
      }),

    readFramework: () =>
      run(async (context): Promise<FrameworkSheetValues | null> => {
        // Both languages' sheet names, each with its used range, in one sync.
        const tries = [FRAMEWORK_SHEET_NAMES.vi, FRAMEWORK_SHEET_NAMES.en].map((name) => {
          const sheet = context.workbook.worksheets.getItemOrNullObject(name).load('name');
          const used = sheet.getUsedRangeOrNullObject(true).load(['values', 'address']);
          return { sheet, used };
        });
        await context.sync();
        const found = tries.find((t) => !t.sheet.isNullObject);
        if (!found) return null;
        if (found.used.isNullObject) return { sheet: found.sheet.name, values: [] };
        return { sheet: found.sheet.name, values: valuesFromA1(found.used.address, found.used.values) };
      }),

    select: (target) => run((context) => selectNamed(context, target)),

    onEdit: (listener) => run((context) => subscribeEdits(context, listener, supports, options.runWith)),

    writeSnapshot: async (snapshot) => {
      const { writeSnapshotSheet } = await onRequest();
      return run((context) => writeSnapshotSheet(context, snapshot));
    },

    lockVersion: async (catalog, label) => {
      const { writeVersion, figuresOf } = await onRequest();
      return run(async (context) => {
        const get = await readNamed(context, inputNames(catalog));
        const figures = figuresOf(catalog, inputFromNames(get, catalog));
        return writeVersion(context, { label, lockedAt: now(), source: '', figures });
      });
    },

    readVersions: async () => {
      const { readVersions } = await onRequest();
      return run((context) => readVersions(context));
    },

    writeProgress: async (sheet) => {
      const { writeProgressSheet } = await onRequest();
      return run((context) => writeProgressSheet(context, sheet));
    },

    // The import's code (and the collection texts it brings) loads when first used: it is not
    // part of the pane's initial JavaScript.
    readNamedFigures: async (catalog) => {
      const { readNamedFigures } = await importSheet();
      return run((context) => readNamedFigures(context, catalog));
    },

    importFigures: async (plan) => {
      const { importFigures } = await importSheet();
      return run((context) => importFigures(context, plan));
    },

    readImportLog: async () => {
      const { readImportLog } = await importSheet();
      return run((context) => readImportLog(context));
    },

    openWorkbook: async (xlsx): Promise<OpenWorkbookResult> => {
      const create = options.createWorkbook ?? hostCreateWorkbook();
      if (!create || !supports('ExcelApi', '1.8')) return { outcome: 'unsupported' };
      try {
        await create(base64Of(xlsx));
        return { outcome: 'opened' };
      } catch (error) {
        return { outcome: 'failed', detail: errorDetail(error) };
      }
    },
  };
}

const importSheet = () => import(/* webpackChunkName: "import-sheet" */ './import-sheet');

/** Every input name a catalog's template has, for the pane's one-sync read. */
function inputNames(catalog: Parameters<typeof inputFromNames>[1]): string[] {
  return [
    ...catalog.components.flatMap((c) => componentInputNames(c.id)),
    ...catalog.indicators.flatMap((i) => [NAMES.benchmarkMin(i.code), NAMES.benchmarkMax(i.code)]),
  ];
}
