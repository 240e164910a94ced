// A write the officer asked for that is not an edit of the figures (a snapshot sheet, a locked
// version): with events on, Excel would report its cells to the pane's edit listener.
/**
 * Queues `write` with events off and sends it in one sync, events back on in the same request.
 * On failure (Office keeps the commands before a failed one): events back on in one more sync,
 * then the error is rethrown.
 */
export async function writeQuietly(context: Excel.RequestContext, write: () => void): Promise<void> {
  context.runtime.enableEvents = false;
  try {
    write();
    context.runtime.enableEvents = true;
    await context.sync();
  } catch (error) {
    context.runtime.enableEvents = true;
    await context.sync().catch(() => undefined);
    throw error;
  }
}
