// From a file's bytes to JSON values an officer can trust: the encoding is recognised (UTF-8 with or
// without a BOM is read; UTF-16, as Notepad's "Unicode" saves, and legacy code pages are refused
// with a clear reason), syntax errors are located by line and column, and every string and key is
// put in Unicode NFC, so "Hưng Yên" typed with Unikey's "Unicode tổ hợp" (decomposed: e + U+0302
// + U+0301...) equals the same name typed precomposed.
import type { Text } from '../catalog';
import { message, type MessageKey } from './messages';

export type Decoded =
  | { ok: true; text: string }
  | { ok: false; kind: 'utf16' }
  | { ok: false; kind: 'notUtf8'; offset: number; line: number };

const UTF8 = new TextDecoder('utf-8', { fatal: true }); // strips a leading BOM

/**
 * Bytes -> text. UTF-8, with or without a BOM (EF BB BF), is decoded; a UTF-16 file (BOM FF FE or
 * FE FF, or a NUL in either of the first two bytes, which JSON text never has) and bytes that are
 * not UTF-8 are reported, the latter with the offset and line of the first bad byte.
 */
export function decodeJsonBytes(bytes: Uint8Array): Decoded {
  const [b0, b1] = bytes;
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) return { ok: false, kind: 'utf16' };
  if (bytes.length >= 2 && (b0 === 0) !== (b1 === 0)) return { ok: false, kind: 'utf16' };
  try {
    return { ok: true, text: UTF8.decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    let line = 1;
    for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
    return { ok: false, kind: 'notUtf8', offset, line };
  }
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    const need =
      c < 0x80
        ? 0
        : c >= 0xc2 && c <= 0xdf
          ? 1
          : c >= 0xe0 && c <= 0xef
            ? 2
            : c >= 0xf0 && c <= 0xf4
              ? 3
              : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      if (i + k >= b.length || (b[i + k] & 0xc0) !== 0x80) return i;
    }
    // Overlong, surrogate and beyond-U+10FFFF forms.
    if ((c === 0xe0 && b[i + 1] < 0xa0) || (c === 0xed && b[i + 1] >= 0xa0)) return i;
    if ((c === 0xf0 && b[i + 1] < 0x90) || (c === 0xf4 && b[i + 1] >= 0x90)) return i;
    i += need + 1;
  }
  return b.length;
}

export interface JsonSyntaxError {
  /** Offset in the text (UTF-16 code units), line and column counted from 1. */
  offset: number;
  line: number;
  column: number;
  problem: Text;
}

/** What a character is called in a message: "}" in quotes, or U+0009 for an invisible one. */
function shown(ch: string | undefined): string {
  if (ch === undefined) return '';
  const code = ch.codePointAt(0) ?? 0;
  return code < 0x20 || code === 0x7f || code === 0xfeff
    ? `U+${code.toString(16).toUpperCase().padStart(4, '0')}`
    : `"${ch}"`;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX4 = /^[0-9a-fA-F]{4}$/;

/**
 * Where and why `text` is not JSON (RFC 8259), or undefined if it is. Called only after
 * JSON.parse failed, to say it in both languages with a line and column; iterative, so deeply
 * nested input cannot overflow the stack.
 */
export function locateJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const stack: ('object' | 'array')[] = [];
  type Mode = 'value' | 'valueOrClose' | 'keyOrClose' | 'key' | 'after';
  let mode: Mode = 'value';
  let afterComma = false;
  const fail = (offset: number, key: MessageKey, ch?: string): JsonSyntaxError => {
    let line = 1;
    let lineStart = 0;
    for (let k = 0; k < offset; k++) {
      if (text.charCodeAt(k) === 10) {
        line++;
        lineStart = k + 1;
      }
    }
    return { offset, line, column: offset - lineStart + 1, problem: message(key, { char: shown(ch) }) };
  };
  const skipSpace = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) break;
      i++;
    }
  };
  /** i at the opening quote; moves past the closing one, or returns the problem. */
  const scanString = (): JsonSyntaxError | undefined => {
    const start = i;
    for (let j = i + 1; j < n; j++) {
      const c = text.charCodeAt(j);
      if (c === 0x22) {
        i = j + 1;
        return undefined;
      }
      if (c < 0x20) return fail(j, c === 0x0a || c === 0x0d ? 'jsonUnterminatedString' : 'jsonBadString');
      if (c === 0x5c) {
        const e = text[j + 1];
        if (e === 'u' ? !HEX4.test(text.slice(j + 2, j + 6)) : !ESCAPES.has(e))
          return fail(j, 'jsonBadString');
        j += e === 'u' ? 5 : 1;
      }
    }
    return fail(start, 'jsonUnterminatedString');
  };

  skipSpace();
  if (i >= n) return fail(i, 'jsonEmpty');
  for (;;) {
    skipSpace();
    const ch = text[i];
    if (i >= n) {
      return stack.length === 0 && mode === 'after' ? undefined : fail(n, 'jsonUnexpectedEnd');
    }
    switch (mode) {
      case 'valueOrClose':
        if (ch === ']') {
          stack.pop();
          i++;
          mode = 'after';
        } else mode = 'value';
        continue;
      case 'keyOrClose':
        if (ch === '}') {
          stack.pop();
          i++;
          mode = 'after';
        } else mode = 'key';
        continue;
      case 'key': {
        if (ch !== '"')
          return fail(i, afterComma && ch === '}' ? 'jsonTrailingComma' : 'jsonExpectedKey', ch);
        const bad = scanString();
        if (bad) return bad;
        skipSpace();
        if (text[i] !== ':')
          return i >= n ? fail(n, 'jsonUnexpectedEnd') : fail(i, 'jsonExpectedColon', text[i]);
        i++;
        mode = 'value';
        afterComma = false;
        continue;
      }
      case 'value': {
        if (ch === '{' || ch === '[') {
          stack.push(ch === '{' ? 'object' : 'array');
          i++;
          mode = ch === '{' ? 'keyOrClose' : 'valueOrClose';
        } else if (ch === '"') {
          const bad = scanString();
          if (bad) return bad;
          mode = 'after';
        } else if (ch === '-' || (ch >= '0' && ch <= '9')) {
          NUMBER.lastIndex = i;
          const m = NUMBER.exec(text);
          const end = m ? i + m[0].length : i;
          if (!m || /[0-9.eE+-]/.test(text[end] ?? '')) return fail(i, 'jsonBadNumber');
          i = end;
          mode = 'after';
        } else if (text.startsWith('true', i) || text.startsWith('null', i)) {
          i += 4;
          mode = 'after';
        } else if (text.startsWith('false', i)) {
          i += 5;
          mode = 'after';
        } else if (afterComma && (ch === ']' || ch === '}')) {
          return fail(i, 'jsonTrailingComma', ch);
        } else if (/[A-Za-z]/.test(ch)) {
          return fail(i, 'jsonBadLiteral');
        } else {
          return fail(i, 'jsonUnexpectedChar', ch);
        }
        afterComma = false;
        continue;
      }
      case 'after': {
        const top = stack[stack.length - 1];
        if (top === undefined) return fail(i, 'jsonTrailingContent');
        if (ch === ',') {
          i++;
          mode = top === 'object' ? 'key' : 'value';
          afterComma = true;
        } else if (ch === (top === 'object' ? '}' : ']')) {
          stack.pop();
          i++;
        } else {
          return fail(i, top === 'object' ? 'jsonExpectedCommaObject' : 'jsonExpectedCommaArray', ch);
        }
        continue;
      }
    }
  }
}

/**
 * Characters that NFC leaves alone, alone or after any other of them: ASCII, Latin-1, Latin
 * Extended-A/B and Latin Extended Additional (all of Vietnamese, precomposed). A text made only of
 * these, with no \u escape, needs no normalising walk (tested over every pair).
 */
// eslint-disable-next-line no-control-regex -- the range starts at U+0000 on purpose
export const NFC_STABLE = /^[\u0000-\u007f\u00a0-\u024f\u1e00-\u1eff]*$/;
const ESCAPE_U = /\\u/;

export interface Normalised {
  value: unknown;
  /** Keys that became equal to a sibling once normalised: two entries for one province. */
  duplicates: { path: string; key: string }[];
}

/**
 * Every string and object key of a parsed JSON value in NFC. `text` is the JSON it was parsed
 * from: when it holds only NFC-stable characters (the common case) the value is returned as is.
 * Key order is kept. Iterative: any depth.
 */
export function normaliseJson(value: unknown, text: string): Normalised {
  const duplicates: Normalised['duplicates'] = [];
  if (NFC_STABLE.test(text) && !ESCAPE_U.test(text)) return { value, duplicates };
  const nfc = (s: string) => s.normalize('NFC');
  const root = { v: value };
  const work: { holder: Record<string, unknown> | unknown[]; key: string | number; path: string }[] = [
    { holder: root as Record<string, unknown>, key: 'v', path: '' },
  ];
  while (work.length > 0) {
    const { holder, key, path } = work.pop()!;
    const v = (holder as Record<string | number, unknown>)[key];
    if (typeof v === 'string') {
      (holder as Record<string | number, unknown>)[key] = nfc(v);
    } else if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) work.push({ holder: v, key: i, path: `${path}[${i}]` });
    } else if (typeof v === 'object' && v !== null) {
      const o = v as Record<string, unknown>;
      const keys = Object.keys(o);
      let target = o;
      if (keys.some((k) => nfc(k) !== k)) {
        target = {};
        for (const k of keys) {
          const nk = nfc(k);
          if (Object.prototype.hasOwnProperty.call(target, nk)) {
            duplicates.push({ path: path || '(root)', key: nk });
            continue;
          }
          target[nk] = o[k];
        }
        (holder as Record<string | number, unknown>)[key] = target;
      }
      for (const k of Object.keys(target)) {
        work.push({ holder: target, key: k, path: path ? `${path}.${k}` : k });
      }
    }
  }
  return { value: root.v, duplicates };
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * A JSON path as an officer reads it: `provinces["Huế"].values.population`, `benchmarks["7.1.2"].min`,
 * `items[3]`. Keys that are plain identifiers are joined with a dot, others quoted in brackets;
 * numbers are array indices. The root is "".
 */
export function jsonPath(parts: readonly (string | number)[]): string {
  let out = '';
  for (const p of parts) {
    if (typeof p === 'number') out += `[${p}]`;
    else if (IDENTIFIER.test(p)) out += out === '' ? p : `.${p}`;
    else out += `[${JSON.stringify(p)}]`;
  }
  return out;
}

/** One key written twice in the same JSON object. */
export interface DuplicateKey {
  /** The object's path (see jsonPath; "" for the root). */
  path: string;
  key: string;
}

/**
 * Every key written more than once in one object of `text`, at any depth (JSON.parse keeps the
 * last silently). `text` must be valid JSON (call after JSON.parse succeeded). Keys are compared
 * as decoded strings (`"a"` and `"\u0061"` are the same key). At most `limit` are returned, in
 * document order. One pass, iterative: any size and depth.
 */
export function duplicateKeys(text: string, limit = 100): DuplicateKey[] {
  const out: DuplicateKey[] = [];
  // One frame per open object or array: its path parts, and for an object the keys seen so far.
  interface Frame {
    keys: Set<string> | null;
    index: number;
    key: string | number | null;
  }
  const stack: Frame[] = [];
  const n = text.length;
  let pendingKey: string | null = null;
  const parts = (): (string | number)[] => {
    const ps: (string | number)[] = [];
    for (let k = 1; k < stack.length; k++) {
      const key = stack[k].key;
      if (key !== null) ps.push(key);
    }
    return ps;
  };
  /** The key of the value that starts now, in its parent. */
  const childKey = (): string | number | null => {
    const top = stack[stack.length - 1];
    if (top === undefined) return null;
    if (top.keys === null) return top.index;
    return pendingKey;
  };
  let i = 0;
  while (i < n && out.length < limit) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // A string: find its end, skipping escapes.
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        let bs = 0;
        for (let k = q - 1; text.charCodeAt(k) === 0x5c; k--) bs++;
        if (bs % 2 === 0) {
          j = q;
          break;
        }
        j = q + 1;
      }
      const top = stack[stack.length - 1];
      // Is it a key? In an object, a string followed by a colon.
      let k = j + 1;
      while (k < n && (text[k] === ' ' || text[k] === '\n' || text[k] === '\r' || text[k] === '\t')) k++;
      if (top !== undefined && top.keys !== null && text[k] === ':') {
        const raw = text.slice(i + 1, j);
        const key = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
        if (top.keys.has(key)) out.push({ path: jsonPath(parts()), key });
        else top.keys.add(key);
        pendingKey = key;
        i = k + 1;
        continue;
      }
      i = j + 1;
      continue;
    }
    if (c === 0x7b || c === 0x5b) {
      stack.push({ keys: c === 0x7b ? new Set() : null, index: 0, key: childKey() });
    } else if (c === 0x7d || c === 0x5d) {
      stack.pop();
    } else if (c === 0x2c) {
      const top = stack[stack.length - 1];
      if (top !== undefined && top.keys === null) top.index++;
    }
    i++;
  }
  return out;
}
