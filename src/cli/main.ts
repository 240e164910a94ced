// Entry point of `pii`: dispatches to a command, turns expected failures into a bilingual message
// and an exit code. Pure of process globals so tests call it in-process with fake streams.
import type { Command } from './command';
import { COMMANDS } from './commands';
import { bi, CliError, EXIT, line, type Io } from './io';

function usage(io: Io, commands: Command[], sink = io.stdout): void {
  line(sink, 'pii - Bộ chỉ số ĐMST cấp địa phương / Provincial Innovation Index');
  line(sink);
  line(sink, 'Cách dùng / Usage:');
  for (const c of commands) {
    line(sink, `  ${c.usage}`);
    line(sink, `      ${bi(c.summary)}`);
  }
}

export async function main(argv: string[], io: Io, commands: Command[] = COMMANDS): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    usage(io, commands);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    line(io.stderr, `pii: không có lệnh "${name}" / unknown command "${name}"`);
    usage(io, commands, io.stderr);
    return EXIT.usage;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (!(e instanceof CliError)) {
      // A bug, not a user mistake: still a message and an exit code, with the detail for a report.
      line(
        io.stderr,
        `pii ${name}: lỗi nội bộ / internal error: ${e instanceof Error ? e.message : String(e)}`,
      );
      return EXIT.failure;
    }
    line(io.stderr, `pii ${name}: ${e.text.vi}`);
    line(io.stderr, `pii ${name}: ${e.text.en}`);
    e.details.forEach((d) => line(io.stderr, `  ${d}`));
    if (e.exitCode === EXIT.usage) line(io.stderr, `  ${command.usage}`);
    return e.exitCode;
  }
}
