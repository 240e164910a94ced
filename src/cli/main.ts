// Entry point of `pii`: dispatches to a command, turns expected failures into a bilingual message
// and an exit code. Pure of process globals so tests call it in-process with fake streams.
import type { Command } from './command';
import { COMMANDS } from './commands';
import { bi, CliError, EXIT, line, type Io, type Sink } from './io';
import { message } from './messages';
import type { Text } from '../catalog';

function usage(io: Io, commands: Command[], sink = io.stdout): void {
  line(sink, bi(message('usageTitle')));
  line(sink);
  line(sink, `${bi(message('usageHeading'))}:`);
  for (const c of commands) {
    line(sink, `  ${c.usage}`);
    line(sink, `      ${bi(c.summary)}`);
  }
}

/** "pii score: ..." once per language, each line prefixed once (messages carry no prefix). */
function report(sink: Sink, prefix: string, text: Text): void {
  line(sink, `${prefix}: ${text.vi}`);
  line(sink, `${prefix}: ${text.en}`);
}

/**
 * Runs `pii <argv>` against `io` and resolves to the exit code: 0 done, 1 failure (bad file, bad
 * data, internal error), 2 usage error. Never rejects: every error becomes a message on stderr.
 */
export async function main(argv: string[], io: Io, commands: Command[] = COMMANDS): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    usage(io, commands);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    report(io.stderr, 'pii', message('unknownCommand', { name }));
    usage(io, commands, io.stderr);
    return EXIT.usage;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (!(e instanceof CliError)) {
      // A bug, not a user mistake: still a message and an exit code, with the detail for a report.
      const detail = e instanceof Error ? e.message : String(e);
      report(io.stderr, `pii ${name}`, message('internalError', { detail }));
      return EXIT.failure;
    }
    report(io.stderr, `pii ${name}`, e.text);
    e.details.forEach((d) => line(io.stderr, `  ${d}`));
    if (e.exitCode === EXIT.usage) line(io.stderr, `  ${command.usage}`);
    return e.exitCode;
  }
}
