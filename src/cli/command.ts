import type { Text } from '../catalog';
import type { Io } from './io';

/** One `pii <name>` subcommand. Add a command: a new file exporting one, plus a line in commands.ts. */
export interface Command {
  name: string;
  usage: string;
  summary: Text;
  run(argv: string[], io: Io): Promise<number>;
}
