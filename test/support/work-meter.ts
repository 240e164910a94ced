// A deterministic measure of work, for growth tests without clocks: while `fn` runs, every
// element an array method visits is counted (map, filter, reduce, find, includes, indexOf,
// slice, join, for...of and spread through the array iterator, Object.keys/values/entries...),
// and every comparison a sort makes. A loop written as `for (let i = 0; ...)` is not seen, so the
// count is a lower bound of the real work; it is enough to tell n from n².

type AnyFn = (this: unknown, ...args: unknown[]) => unknown;

interface Patch {
  target: object;
  key: PropertyKey;
  original: unknown;
}

/** Runs `fn` and returns its result with the number of element visits and comparisons it made. */
export function countWork<T>(fn: () => T): { result: T; work: number } {
  const meter = install();
  try {
    const result = fn();
    return { result, work: meter.work() };
  } finally {
    meter.uninstall();
  }
}

/**
 * countWork for an async function (the CLI's main). The patches stay in place until it settles:
 * run nothing else meanwhile (tests in one file run one at a time).
 */
export async function countWorkAsync<T>(fn: () => Promise<T>): Promise<{ result: T; work: number }> {
  const meter = install();
  try {
    const result = await fn();
    return { result, work: meter.work() };
  } finally {
    meter.uninstall();
  }
}

function install(): { work: () => number; uninstall: () => void } {
  let work = 0;
  const patches: Patch[] = [];
  const patch = (target: object, key: PropertyKey, make: (original: AnyFn) => AnyFn) => {
    const original = (target as Record<PropertyKey, AnyFn>)[key];
    patches.push({ target, key, original });
    Object.defineProperty(target, key, { value: make(original), writable: true, configurable: true });
  };
  const lengthOf = (x: unknown): number =>
    x !== null && typeof x === 'object' && 'length' in x ? Number((x as { length: number }).length) : 0;

  const visiting = (original: AnyFn): AnyFn =>
    function (this: unknown, ...args: unknown[]) {
      work += lengthOf(this);
      return original.apply(this, args);
    };

  const sorting = (original: AnyFn): AnyFn =>
    function (this: unknown, ...args: unknown[]) {
      const compare = args[0] as ((a: unknown, b: unknown) => number) | undefined;
      const n = lengthOf(this);
      if (compare === undefined) {
        work += n > 1 ? Math.ceil(n * Math.log2(n)) : n; // a native sort: n log n comparisons
        return original.apply(this, args);
      }
      return original.call(this, (a: unknown, b: unknown) => {
        work++;
        return compare(a, b);
      });
    };

  const iterating = (original: AnyFn): AnyFn =>
    function (this: unknown) {
      const it = original.call(this) as Iterator<unknown>;
      const counted = {
        next() {
          work++;
          return it.next();
        },
        [Symbol.iterator]() {
          return counted;
        },
      };
      return counted;
    };

  const proto = Array.prototype as unknown as Record<PropertyKey, AnyFn>;
  const VISITING = [
    'map',
    'filter',
    'forEach',
    'reduce',
    'reduceRight',
    'some',
    'every',
    'find',
    'findIndex',
    'findLast',
    'findLastIndex',
    'indexOf',
    'lastIndexOf',
    'includes',
    'slice',
    'join',
    'flatMap',
    'flat',
    'concat',
    'fill',
    'splice',
    'reverse',
  ];
  for (const key of VISITING) if (typeof proto[key] === 'function') patch(proto, key, visiting);
  patch(proto, 'sort', sorting);
  for (const key of [Symbol.iterator, 'values', 'keys', 'entries'] as PropertyKey[])
    patch(proto, key, iterating);
  const typed = Object.getPrototypeOf(Float64Array.prototype) as object;
  patch(typed, 'sort', sorting);
  for (const key of ['keys', 'values', 'entries'] as const) {
    patch(
      Object,
      key,
      (original) =>
        function (this: unknown, ...args: unknown[]) {
          const out = original.apply(this, args) as unknown[];
          work += out.length;
          return out;
        },
    );
  }
  return {
    work: () => work,
    uninstall: () => {
      for (const p of patches.reverse()) {
        Object.defineProperty(p.target, p.key, { value: p.original, writable: true, configurable: true });
      }
    },
  };
}
