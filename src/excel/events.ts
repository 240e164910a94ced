// Edit notifications. Nothing is written on an edit: the caller debounces, reads and shows.
// ExcelApi 1.9: one workbook-wide onChanged, so a template loaded later is still watched; edits on
// sheets known at subscription time not to be template sheets (a snapshot, the officer's own) are
// ignored. ExcelApi 1.7/1.8: one onChanged per template sheet present now (a second sync).
import { SHEET_NAMES } from '../plan';
import type { Supports } from './apply-plan';
import type { ContextBatchRunner } from './port';

const TEMPLATE_SHEETS = new Set(
  Object.values(SHEET_NAMES).flatMap((t) => [t.vi.toLowerCase(), t.en.toLowerCase()]),
);

const isTemplateSheet = (name: string): boolean => TEMPLATE_SHEETS.has(name.toLowerCase());

export async function subscribeEdits(
  context: Excel.RequestContext,
  listener: () => void,
  supports: Supports,
  /** Excel.run(context, batch); without it (a runner that cannot reuse a context) syncs it directly. */
  runWith?: ContextBatchRunner,
): Promise<() => Promise<void>> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/id,items/name');
  const ignored = new Set<string>();
  const subscriptions: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>[] = [];
  const handler = async (event: Excel.WorksheetChangedEventArgs) => {
    if (!ignored.has(event.worksheetId)) listener();
  };
  const workbookWide = supports('ExcelApi', '1.9');
  if (workbookWide) subscriptions.push(worksheets.onChanged.add(handler));
  await context.sync();
  const templateSheets = worksheets.items.filter((s) => isTemplateSheet(s.name));
  for (const sheet of worksheets.items) if (!isTemplateSheet(sheet.name)) ignored.add(sheet.id);
  if (!workbookWide && templateSheets.length > 0) {
    for (const sheet of templateSheets) subscriptions.push(sheet.onChanged.add(handler));
    await context.sync();
  }
  let active = true;
  // Office removes a handler only through the context that added it, inside a run of that context
  // (Excel.run(eventResult.context, ...)): this batch has finished by the time the pane unsubscribes.
  return async () => {
    if (!active || subscriptions.length === 0) return;
    active = false;
    const remove = async (ctx: Excel.RequestContext) => {
      for (const s of subscriptions) s.remove();
      await ctx.sync();
    };
    const original = subscriptions[0].context as Excel.RequestContext;
    await (runWith ? runWith(original, remove) : remove(original));
  };
}
