// `pii` as a process: the real streams (buffered, quiet when the reader goes away), main, and the
// exit code. bin/pii.js calls runCli; tests call main with fake streams, or spawn bin/pii.js.
import { EXIT, line } from './io';
import { main } from './main';
import { message } from './messages';
import { processIo, type ProcessIo } from './process-io';

/**
 * Runs `pii <argv>` and resolves to the exit code (0, 1 or 2; see main). When the reader closes
 * stdout early (`pii catalog | head -1`) the rest of the output is dropped and the command's own
 * code is kept, 0 for a command that worked; any other failure to write stdout (a full disk behind
 * `> file`) is reported on stderr with exit code 1.
 */
export async function runCli(argv: string[], io: ProcessIo = processIo()): Promise<number> {
  const code = await main(argv, io);
  io.flush();
  // Stream errors are emitted on a later tick: wait one, so a failed last write is seen.
  await new Promise((resolve) => setImmediate(resolve));
  const failure = io.stdout.failure;
  if (failure === undefined) return code;
  const text = message('outputFailed', { code: failure });
  line(io.stderr, `pii: ${text.vi}`);
  line(io.stderr, `pii: ${text.en}`);
  return EXIT.failure;
}
