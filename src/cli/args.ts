// A tiny flag parser with bilingual errors: `--name value`, `--name=value`, boolean `--json`.
import { CliError, EXIT } from './io';

export type FlagSpec = Record<string, 'string' | 'boolean'>;
export type Flags = Record<string, string | boolean | undefined>;

export function parseFlags(argv: string[], spec: FlagSpec, command: string): Flags {
  const out: Flags = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const m = /^--([a-z][a-z-]*)(?:=(.*))?$/.exec(arg);
    if (!m) {
      throw new CliError(
        {
          vi: `pii ${command}: đối số không hợp lệ "${arg}"`,
          en: `pii ${command}: unexpected argument "${arg}"`,
        },
        EXIT.usage,
      );
    }
    const [, name, inline] = m;
    const kind = spec[name];
    if (kind === undefined) {
      const known = Object.keys(spec)
        .map((k) => `--${k}`)
        .join(', ');
      throw new CliError(
        {
          vi: `pii ${command}: không có tùy chọn --${name} (có: ${known})`,
          en: `pii ${command}: unknown option --${name} (known: ${known})`,
        },
        EXIT.usage,
      );
    }
    if (kind === 'boolean') {
      if (inline !== undefined) {
        throw new CliError(
          { vi: `--${name} không nhận giá trị`, en: `--${name} takes no value` },
          EXIT.usage,
        );
      }
      out[name] = true;
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined || value === '' || (inline === undefined && value.startsWith('--'))) {
      throw new CliError({ vi: `--${name} cần một giá trị`, en: `--${name} needs a value` }, EXIT.usage);
    }
    out[name] = value;
  }
  return out;
}
