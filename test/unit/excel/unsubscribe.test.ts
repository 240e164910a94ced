// onEdit's unsubscribe removes the handlers as Office documents it: inside a run of the context that
// added them, Excel.run(eventResult.context, async (ctx) => { eventResult.remove(); await ctx.sync(); }),
// not by syncing the context of a batch that has already finished.
import { WorkbookDouble } from '../../../src/dev/workbook-double';
import { createWorkbookPort, type BatchRunner, type ContextBatchRunner } from '../../../src/excel';
import { NAMES } from '../../../src/plan';
import { catalog2023, options, whereIs } from './helpers';

function setupWithContexts(apiVersion: string) {
  const book = new WorkbookDouble({ apiVersion });
  /** The context each batch ran on, in order, and which runs reused an earlier one. */
  const batches: Excel.RequestContext[] = [];
  const reused: Excel.RequestContext[] = [];
  const run: BatchRunner = (batch) =>
    book.run((context) => {
      batches.push(context);
      return batch(context);
    });
  const runWith: ContextBatchRunner = (previous, batch) => {
    reused.push(previous);
    return book.run(previous, (context) => {
      batches.push(context);
      return batch(context);
    });
  };
  const port = createWorkbookPort(run, {
    isSetSupported: (set, version) => book.isSetSupported(set, version),
    runWith,
  });
  return { book, port, batches, reused };
}

describe('onEdit: unsubscribe', () => {
  it.each(['1.8', '1.9'])(
    'ExcelApi %s: removes the handlers in a run of the subscribing context; later edits are silent',
    async (api) => {
      const { book, port, batches, reused } = setupWithContexts(api);
      await port.loadTemplate(options());
      await book.settle();
      const cell = whereIs(book, NAMES.input(catalog2023().components[0].id));
      const calls: number[] = [];
      const stop = await port.onEdit(() => calls.push(1));
      const subscribing = batches[batches.length - 1];
      await book.userEdit(cell.sheet, cell.address, [[5]]);
      expect(calls).toHaveLength(1);
      const handlers = book.state.events.handlerCount();
      expect(handlers).toBeGreaterThan(0);

      await stop();
      expect(reused).toHaveLength(1);
      expect(reused[0]).toBe(subscribing);
      expect(batches[batches.length - 1]).toBe(subscribing);
      expect(book.runsOn(subscribing)).toBe(2);
      expect(book.state.events.handlerCount()).toBe(0);

      await book.userEdit(cell.sheet, cell.address, [[6]]);
      expect(calls).toHaveLength(1);

      await stop(); // a second call does nothing
      expect(reused).toHaveLength(1);
    },
  );
});
