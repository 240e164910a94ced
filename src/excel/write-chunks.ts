// Splitting the write phase of a load into as few requests as Excel on the web accepts. A load is
// a list of steps (the steps that must come first, then each block, each sheet's formats, the
// stamp), each with an estimate of the bytes it adds to the request; steps are packed in order.

/**
 * Excel on the web rejects a request or response over 5 MB ("Excel on the web has a payload size
 * limit of 5 MB for requests and responses", Office add-ins resource limits). The estimate below
 * is close to, not equal to, Office's wire format: 4 MB keeps a margin for the difference.
 */
export const MAX_REQUEST_BYTES = 4 * 1000 * 1000;

/** What a step queues on: the context, and the plan's sheets in plan order (after the first step). */
export interface WriteRun {
  context: Excel.RequestContext;
  sheets: Excel.Worksheet[];
}

export interface WriteStep {
  bytes: number;
  queue(run: WriteRun): void;
}

/**
 * Packs the steps, in order, into chunks of at most `budget` estimated bytes. A step larger than
 * the budget gets a chunk of its own (it cannot be split without splitting what must stay atomic).
 */
export function chunkSteps(steps: WriteStep[], budget: number): WriteStep[][] {
  const chunks: WriteStep[][] = [];
  let size = Infinity;
  for (const step of steps) {
    if (size + step.bytes > budget) {
      chunks.push([]);
      size = 0;
    }
    chunks[chunks.length - 1].push(step);
    size += step.bytes;
  }
  return chunks;
}

const encoder = new TextEncoder();

/**
 * A request names each member with its object type ("RangeBorder.style"); the stand-in cannot.
 * With this, the estimate is within 1% above the workbook double's count (2023 catalog, x10).
 */
const TYPE_NAME_BYTES = 20;

/**
 * The request bytes of what `queue` queues, measured on a stand-in context that records every
 * property set and method call (path, name, arguments) instead of sending it. Used for the steps
 * whose commands are many and small (formats, rules, names), where counting is the only estimate
 * that follows the code; blocks are one array each and use the plan's blockBytes.
 */
export function queuedBytes(queue: (run: WriteRun) => void, sheetNames: string[]): number {
  // A call whose result is used further (getRange, getItem) only navigates: it travels inside the
  // path of the commands after it, so it counts only if nothing hangs off it (clear, protect, add).
  const calls: { bytes: number; navigates: boolean }[] = [];
  let bytes = 0;
  const size = (path: string, op: string, args: unknown[]) =>
    encoder.encode(JSON.stringify({ path, op, args })).length + TYPE_NAME_BYTES;
  const node = (path: string, from?: { navigates: boolean }): unknown =>
    new Proxy(() => undefined, {
      get: (_target, key) => {
        if (from) from.navigates = true;
        return node(`${path}.${String(key)}`);
      },
      set: (_target, key, value) => {
        if (from) from.navigates = true;
        bytes += size(path, String(key), [value]);
        return true;
      },
      apply: (_target, _this, args: unknown[]) => {
        const call = { bytes: size(path, 'call', args), navigates: false };
        calls.push(call);
        return node(`${path}(${args.map((a) => JSON.stringify(a)).join(',')})`, call);
      },
    });
  const context = node('workbook') as Excel.RequestContext;
  const sheets = sheetNames.map((name) => node(`workbook.worksheets.getItem(${JSON.stringify(name)})`));
  queue({ context, sheets: sheets as Excel.Worksheet[] });
  for (const call of calls) if (!call.navigates) bytes += call.bytes;
  return bytes;
}
