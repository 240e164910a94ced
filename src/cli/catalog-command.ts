import { parseFlags } from './args';
import type { Command } from './command';
import { resolveCatalog } from './files';
import { formatCatalog } from './format-catalog';
import { EXIT, line } from './io';

export const catalogCommand: Command = {
  name: 'catalog',
  usage: 'pii catalog [--edition 2023 | --catalog C.json] [--json]',
  summary: { vi: 'In danh mục chỉ số của một ấn bản', en: "Print an edition's indicator catalog" },
  async run(argv, io) {
    const flags = parseFlags(argv, { edition: 'string', catalog: 'string', json: 'boolean' }, 'catalog');
    const catalog = resolveCatalog(flags);
    const text = flags.json ? [JSON.stringify(catalog, null, 2)] : formatCatalog(catalog);
    text.forEach((s) => line(io.stdout, s));
    return EXIT.ok;
  },
};
