// Typed access to src/messages/cli.json, the table of every message the command-line tool prints
// (the dev server and the production build read the same table through scripts/messages.js).
import TABLE from '../messages/cli.json';
import { fillText, type MessageParam, type MessageParams, type Text } from '../messages/format';

export type MessageKey = Exclude<keyof typeof TABLE, `$${string}`>;
export type { MessageParam, MessageParams };

/**
 * The message `key` in both languages with its {placeholders} filled (numbers per language,
 * plural forms by Intl.PluralRules: src/messages/format.ts).
 */
export function message(key: MessageKey, params?: MessageParams): Text {
  return fillText(TABLE[key], params);
}
