// The WorkbookPort over a BatchRunner (Excel.run in Excel; the workbook double in tests and the
// preview). Each method is one batch with a fixed number of syncs, whatever the catalog's size
// (+2 for the read phase's fallback, only if the host refuses to evaluate a broken name):
//   templateState 1 (2 in a workbook without a template: see readInventoryWithTemplateXml)
//   loadTemplate 2 · checkIntegrity 2 · repair 3
//   (a load's write phase takes more than 1 only for a catalog whose write would exceed the 4 MB
//   request budget, about 11 times the 2023 catalog: see write-chunks)
//   readInput 1 · select 1 · onEdit 1 (2 below ExcelApi 1.9; +1 to unsubscribe) · writeSnapshot 2
import { buildPlan, catalogJsonOf, type WorkbookPlan } from '../plan';
import { writePlan, type Supports } from './apply-plan';
import { planCarryOver } from './carry-over';
import { subscribeEdits } from './events';
import { compareWithPlan, queueFormulaRead, queueRestore } from './integrity';
import { nameValue, readInventory, readInventoryWithTemplateXml, type Inventory } from './inventory';
import { queueNotCarried } from './not-carried';
import type {
  BatchRunner,
  ContextBatchRunner,
  IntegrityReport,
  LoadReport,
  RenamedSheet,
  TemplateOptions,
  WorkbookPort,
} from './port';
import { inputFromInventory } from './read-input';
import { ASIDE_REASON, resolveSheets } from './sheets';
import { selectNamed } from './select';
import { writeSnapshotSheet } from './snapshot';
import { compareVersions, stampFromNames, templateStateOf } from './stamp';

export interface PortOptions {
  /** Office.context.requirements.isSetSupported, or a stand-in (tests, the preview). */
  isSetSupported?(set: string, version: string): boolean;
  /** Today's date for the "not carried" sheet (tests pin it). */
  today?(): string;
  /**
   * Excel.run(context, batch): runs a batch on an earlier batch's context. onEdit's unsubscribe
   * removes its handlers through it, as Office requires. Give it whenever the runner can.
   */
  runWith?: ContextBatchRunner;
  /** Estimated bytes per write request (default MAX_REQUEST_BYTES); tests give less to split. */
  maxRequestBytes?: number;
}

/** Inside Office: ask Office. Outside (no global Office): the minimum this add-in requires. */
export function defaultSupports(set: string, version: string): boolean {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const requirements = office?.context?.requirements;
  if (requirements) return requirements.isSetSupported(set, version);
  return set === 'ExcelApi' && compareVersions(version, '1.8') <= 0;
}

const planOf = (o: TemplateOptions): WorkbookPlan =>
  buildPlan(o.catalog, { province: o.province, year: o.year, lang: o.lang });

const stampOf = (inventory: Inventory) => stampFromNames((name) => nameValue(inventory, name));

export function createWorkbookPort(run: BatchRunner, options: PortOptions = {}): WorkbookPort {
  const supports: Supports = options.isSetSupported ?? defaultSupports;
  const today = options.today ?? (() => new Date().toISOString().slice(0, 10));

  /** Writes a full (re)load of the plan over what `inventory` describes (1 sync, more if huge). */
  const writeLoad = async (context: Excel.RequestContext, plan: WorkbookPlan, inventory: Inventory) => {
    const carry = planCarryOver(plan, inventory);
    const from = stampOf(inventory)?.templateVersion ?? '';
    let notCarriedSheet: string | undefined;
    const { asides, syncs } = await writePlan(context, {
      plan,
      inventory,
      carry,
      supports,
      maxRequestBytes: options.maxRequestBytes,
      beforeClear: (ctx) => {
        notCarriedSheet = queueNotCarried(ctx, inventory, carry.notCarried, from, plan.lang, today());
      },
    });
    const renamedSheets: RenamedSheet[] = asides.map((a) => ({ ...a, reason: ASIDE_REASON }));
    return { carry, notCarriedSheet, renamedSheets, syncs };
  };

  return {
    templateState: () =>
      run(async (context) => {
        const { inventory, xml } = await readInventoryWithTemplateXml(context);
        const state = templateStateOf(stampOf(inventory));
        const catalogJson = xml.map(catalogJsonOf).find((json) => json !== null);
        return state.kind !== 'none' && catalogJson ? { ...state, catalogJson } : state;
      }),

    loadTemplate: (o) =>
      run(async (context): Promise<LoadReport> => {
        const { inventory, syncs } = await readInventory(context);
        const written = await writeLoad(context, planOf(o), inventory);
        const { carry, notCarriedSheet, renamedSheets } = written;
        return {
          carried: carry.carried,
          notCarried: carry.notCarried,
          syncs: syncs + written.syncs,
          ...(notCarriedSheet ? { notCarriedSheet } : {}),
          ...(renamedSheets.length ? { renamedSheets } : {}),
        };
      }),

    checkIntegrity: (o) =>
      run(async (context): Promise<IntegrityReport> => {
        const plan = planOf(o);
        const { inventory } = await readInventory(context);
        const readFormulas = queueFormulaRead(context, resolveSheets(plan, inventory));
        await context.sync();
        return compareWithPlan(plan, inventory, readFormulas()).report;
      }),

    repair: (o) =>
      run(async (context): Promise<IntegrityReport> => {
        const plan = planOf(o);
        const { inventory } = await readInventory(context);
        const readFormulas = queueFormulaRead(context, resolveSheets(plan, inventory));
        await context.sync();
        const contents = readFormulas();
        const findings = compareWithPlan(plan, inventory, contents);
        // A deleted sheet or row moved cells away from where the plan has them: the lossless reload
        // (values carried by name) rebuilds the layout; otherwise only formula cells are written.
        if (findings.structural) await writeLoad(context, plan, inventory);
        else {
          queueRestore(context, findings, contents);
          await context.sync();
        }
        return findings.report;
      }),

    readInput: (catalog) =>
      run(async (context) => {
        const { inventory } = await readInventory(context);
        return inputFromInventory(inventory, catalog);
      }),

    select: (target) => run((context) => selectNamed(context, target)),

    onEdit: (listener) => run((context) => subscribeEdits(context, listener, supports, options.runWith)),

    writeSnapshot: (snapshot) => run((context) => writeSnapshotSheet(context, snapshot)),
  };
}
