// `pii split`: one workbook per lead agency, from the master workbook (or a data file), each
// holding only the components that agency supplies plus the shared denominators its indicators
// use, pre-filled with the figures at hand. The layout is the plan's (buildAgencyPlan).
import { mkdirSync } from 'fs';
import { join } from 'path';
import type { Catalog, Lang, ProvinceInput } from '../catalog';
import { agencyShares } from '../collect';
import { agencyWorkbook } from '../collect/agency-workbook';
import { limitProblems } from '../plan';
import { AtomicWriteError, writeFailedText, writeFileAtomic } from './atomic-write';
import { parseFlags, type Flags } from './args';
import type { Command } from './command';
import { resolveCatalog } from './files';
import { dataOptions, loadDataFile, printWarnings } from './data';
import { bi, CliError, EXIT, line, type Io } from './io';
import type { DataFile } from './data-file';
import { message } from './messages';
import { parseLang, parseYear, pickInput, provinceFlag } from './template';
import { figuresOf, metaText, readMaster } from './workbook-names';

/** What a split starts from: the catalog, the identity, the figures and the cover's fields. */
interface SplitSource {
  catalog: Catalog;
  province: string;
  year: number;
  lang: Lang;
  input: ProvinceInput;
  deadline: string;
  contact: string;
}

export const splitCommand: Command = {
  name: 'split',
  usage:
    'pii split (--workbook MASTER.xlsx | --data D.json [--edition 2025 | --catalog C.json] [--province NAME] [--year N] [--lang vi|en]) --out-dir DIR [--agency ID ...] [--deadline TEXT] [--contact TEXT]',
  summary: message('summarySplit'),
  async run(argv, io) {
    const flags = parseFlags(argv, {
      workbook: 'string',
      data: 'string',
      'out-dir': 'string',
      edition: 'string',
      catalog: 'string',
      province: 'string',
      year: 'string',
      lang: 'string',
      agency: 'strings',
      deadline: 'string',
      contact: 'string',
    });
    const outDir = flags['out-dir'];
    if (typeof outDir !== 'string')
      throw new CliError(message('flagRequired', { flag: '--out-dir DIR' }), EXIT.usage);
    if ((typeof flags.workbook === 'string') === (typeof flags.data === 'string'))
      throw new CliError(message('workbookOrData'), EXIT.usage);

    let source: SplitSource;
    if (typeof flags.workbook === 'string') {
      // The master says its edition; --catalog overrides it for a master built from a catalog file.
      const { named, catalog } = await readMaster(flags.workbook, flags);
      source = {
        catalog,
        province: metaText(named, 'province'),
        year: parseYear(metaText(named, 'year') || undefined),
        lang: parseLang(flags.lang ?? (metaText(named, 'lang') || undefined)),
        input: figuresOf(named),
        deadline: metaText(named, 'deadline'),
        contact: metaText(named, 'contact'),
      };
    } else {
      const catalog = resolveCatalog(flags);
      const province = provinceFlag(flags, catalog);
      const path = flags.data as string;
      source = {
        catalog,
        province,
        year: parseYear(flags.year),
        lang: parseLang(flags.lang),
        input: pickInput(readSplitData(path, catalog, flags, io), path, province || undefined),
        deadline: '',
        contact: '',
      };
    }
    const { catalog, lang } = source;
    const collection = {
      deadline: typeof flags.deadline === 'string' ? flags.deadline : source.deadline,
      contact: typeof flags.contact === 'string' ? flags.contact : source.contact,
    };

    let shares = agencyShares(catalog);
    const wanted = flags.agency as string[] | undefined;
    if (wanted) {
      for (const id of wanted)
        if (!shares.some((s) => s.agency === id))
          throw new CliError(
            message('agencyNotLead', {
              agency: id,
              edition: catalog.edition,
              known: shares.map((s) => s.agency).join(', '),
            }),
            EXIT.usage,
          );
      shares = shares.filter((s) => wanted.includes(s.agency));
    }

    const { writeXlsx } = await import('../xlsx');
    try {
      mkdirSync(outDir, { recursive: true });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
      throw new CliError(writeFailedText(outDir, code));
    }
    const used = new Set<string>();
    for (const share of shares) {
      const made = agencyWorkbook(catalog, share.agency, source.input, {
        province: source.province,
        year: source.year,
        lang,
        collection,
      });
      let base = made.baseName;
      if (used.has(base.toLowerCase())) base = `${base} (${share.agency})`;
      used.add(base.toLowerCase());
      const file = join(outDir, `${base}.xlsx`);
      const { plan, filled } = made;
      const over = limitProblems(plan);
      if (over.length > 0)
        throw new CliError(message('templateOverLimits', { count: over.length }), EXIT.failure);
      try {
        await writeFileAtomic(file, await writeXlsx(plan));
      } catch (e) {
        if (e instanceof AtomicWriteError) throw new CliError(e.text);
        throw e;
      }
      const summary = message('splitWritten', {
        // The agency by its name; its id only when the catalog names none.
        agency: catalog.agencies.find((x) => x.id === share.agency)?.name ?? share.agency,
        indicators: share.indicators.length,
        owned: share.owned.length,
        shared: share.shared.length,
        filled,
      });
      line(io.stdout, `${file}: ${bi(summary)}`);
    }
    line(io.stdout, bi(message('splitDone', { count: shares.length, dir: outDir })));
    return EXIT.ok;
  },
};

/** The data file through the one reader every command uses; its warnings go to stderr. */
function readSplitData(path: string, catalog: Catalog, flags: Flags, io: Io): DataFile {
  const { data, warnings } = loadDataFile(path, catalog, dataOptions(catalog, flags));
  printWarnings(io.stderr, 'split', path, warnings);
  return data;
}
