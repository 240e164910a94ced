// Text inside en-US formulas. Excel rejects a string literal longer than 255 characters, so long
// texts become "..."&"..." chains; quotes are doubled.
import type { Severity, Text } from '../catalog/types';
import { SEVERITY_TEXT } from '../messages/sheet';

const MAX_LITERAL = 255;

export function excelString(text: string): string {
  if (text.length === 0) return '""';
  const parts: string[] = [];
  // Split on UTF-16 units but never inside a surrogate pair.
  let i = 0;
  while (i < text.length) {
    let end = Math.min(i + MAX_LITERAL, text.length);
    const code = text.charCodeAt(end - 1);
    if (end < text.length && code >= 0xd800 && code <= 0xdbff) end--;
    parts.push(`"${text.slice(i, end).replace(/"/g, '""')}"`);
    i = end;
  }
  return parts.length === 1 ? parts[0] : `(${parts.join('&')})`;
}

/** Vietnamese first, then English: "… / …" (the same text both ways when they are equal). */
export function bilingual(text: Text): string {
  return text.vi === text.en ? text.vi : `${text.vi} / ${text.en}`;
}

export const OK = 'OK';

/** The first character of every non-OK status: conditional formats key on it. */
export const SEVERITY_MARK: Record<Severity, string> = { error: '⛔', warning: '⚠', info: 'ℹ' };

export { SEVERITY_TEXT };

/** What a component/benchmark status cell shows for a check that fires: "⚠ <vi> / <en>". */
export function statusText(severity: Severity, label: Text): string {
  return `${SEVERITY_MARK[severity]} ${bilingual(label)}`;
}

/** What a Kiểm tra row's status cell shows when its check fires: "⛔ Lỗi / Error". */
export function checkStatusText(severity: Severity): string {
  return `${SEVERITY_MARK[severity]} ${bilingual(SEVERITY_TEXT[severity])}`;
}

/** Cut to Excel's limits for validation titles (32) and messages (255), with an ellipsis. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
