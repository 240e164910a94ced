// The command table. A new command (e.g. `pii template`) is one new file exporting a Command and
// one line here.
// Every built-in edition's data, registered at once (the pane loads them lazily instead).
import '../catalog/editions';
import { catalogCommand } from './catalog-command';
import type { Command } from './command';
import { mergeCommand } from './merge';
import { packageCommand } from './package';
import { scoreCommand } from './score-command';
import { splitCommand } from './split';
import { templateCommand } from './template';

export const COMMANDS: Command[] = [
  catalogCommand,
  scoreCommand,
  templateCommand,
  splitCommand,
  mergeCommand,
  packageCommand,
];
