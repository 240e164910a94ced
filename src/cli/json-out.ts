// Large JSON output without one giant string. V8 caps a string at about 2^29 characters, and
// `pii score --json` over tens of thousands of provinces produces more than that in one
// JSON.stringify call ("Invalid string length"), after holding gigabytes. Writing the top
// levels key by key keeps every piece to one province's result.

/**
 * An object whose values are computed when written, one at a time (each province's full result):
 * jsonPieces writes it exactly as it would write the plain object, without ever holding it whole.
 */
export class LazyObject {
  constructor(
    readonly keys: string[],
    readonly valueOf: (key: string) => unknown,
  ) {}
}

const omitted = (v: unknown): boolean => v === undefined || typeof v === 'function' || typeof v === 'symbol';

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' &&
  v !== null &&
  !Array.isArray(v) &&
  typeof (v as { toJSON?: unknown }).toJSON !== 'function';

/**
 * The text of JSON.stringify(value, null, 2), as a sequence of pieces: plain objects in the top
 * `depth` levels are written one key at a time; everything below is stringified whole. Joining the
 * pieces gives exactly JSON.stringify(value, null, 2) (tested), so readers see no difference.
 */
export function* jsonPieces(value: unknown, depth: number, indent = ''): Generator<string> {
  if (value instanceof LazyObject) {
    yield* entries(value.keys, (k) => value.valueOf(k), depth, indent);
    return;
  }
  if (depth <= 0 || !isPlainObject(value)) {
    const text = JSON.stringify(value, null, 2);
    yield indent === '' ? text : text.replace(/\n/g, `\n${indent}`);
    return;
  }
  const o = value;
  yield* entries(
    Object.keys(o).filter((k) => !omitted(o[k])),
    (k) => o[k],
    depth,
    indent,
  );
}

function* entries(
  keys: string[],
  valueOf: (key: string) => unknown,
  depth: number,
  indent: string,
): Generator<string> {
  if (keys.length === 0) {
    yield '{}';
    return;
  }
  const inner = `${indent}  `;
  yield '{\n';
  for (let i = 0; i < keys.length; i++) {
    yield `${inner}${JSON.stringify(keys[i])}: `;
    yield* jsonPieces(valueOf(keys[i]), depth - 1, inner);
    yield i < keys.length - 1 ? ',\n' : '\n';
  }
  yield `${indent}}`;
}
