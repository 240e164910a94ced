import { parseFlags } from './args';
import type { Command } from './command';
import { resolveCatalog } from './files';
import { formatCatalog } from './format-catalog';
import { EXIT, line } from './io';
import { message } from './messages';

export const catalogCommand: Command = {
  name: 'catalog',
  usage: 'pii catalog [--edition 2023 | --catalog C.json] [--json]',
  summary: message('summaryCatalog'),
  async run(argv, io) {
    const flags = parseFlags(argv, { edition: 'string', catalog: 'string', json: 'boolean' });
    const catalog = resolveCatalog(flags);
    const text = flags.json ? [JSON.stringify(catalog, null, 2)] : formatCatalog(catalog);
    text.forEach((s) => line(io.stdout, s));
    return EXIT.ok;
  },
};
