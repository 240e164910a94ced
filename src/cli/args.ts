// A tiny flag parser with bilingual errors: `--name value`, `--name=value`, boolean `--json`.
import { CliError, EXIT } from './io';
import { message } from './messages';

/** 'strings': a flag that may be given several times (`--previous A.xlsx --previous B.xlsx`). */
export type FlagSpec = Record<string, 'string' | 'strings' | 'boolean'>;
export type Flags = Record<string, string | string[] | boolean | undefined>;

/**
 * Parses `argv` against `spec`; values are returned as typed (file paths must not be re-encoded:
 * a name's Unicode form is part of a file name on Linux). Throws CliError (exit code 2) for a
 * stray argument, an unknown flag or a missing value.
 */
export function parseFlags(argv: string[], spec: FlagSpec): Flags {
  const out: Flags = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const m = /^--([a-z][a-z-]*)(?:=(.*))?$/s.exec(arg);
    if (!m) throw new CliError(message('unexpectedArgument', { arg }), EXIT.usage);
    const [, name, inline] = m;
    const kind = spec[name];
    if (kind === undefined) {
      const known = Object.keys(spec)
        .map((k) => `--${k}`)
        .join(', ');
      throw new CliError(message('unknownOption', { name, known }), EXIT.usage);
    }
    if (kind === 'boolean') {
      if (inline !== undefined) throw new CliError(message('flagTakesNoValue', { name }), EXIT.usage);
      out[name] = true;
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined || value === '' || (inline === undefined && value.startsWith('--'))) {
      throw new CliError(message('flagNeedsValue', { name }), EXIT.usage);
    }
    if (kind === 'strings') out[name] = [...((out[name] as string[] | undefined) ?? []), value];
    else out[name] = value;
  }
  return out;
}
