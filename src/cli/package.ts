// `pii package`: the submission for the Ministry from the master. A thin shell: the master is read
// by defined names (and its hidden versions sheet), the package is src/collect/package.ts's, the
// layout package-layout.ts's, the file src/xlsx/print.ts's, written atomically. Exit code 1 and
// no file when errors or missing evidence remain, unless --force (then the package says
// INCOMPLETE on its first page and in every page header).
import { PACKAGE_PANE_TEXT } from '../messages/collect';
import { fillText, formatStamp } from '../messages/format';
import { basename } from 'path';
import type { Lang } from '../catalog';
import { buildPackage, type SubmissionPackage } from '../collect/package';
import { packageLayout } from '../collect/package-layout';
import { parseVersions, VERSIONS_SHEET, type FigureVersion } from '../collect/versions';
import { TEMPLATE_VERSION } from '../plan';
import { AtomicWriteError, writeFileAtomic } from './atomic-write';
import { parseFlags } from './args';
import type { Command } from './command';
import { bi, CliError, EXIT, line, type Io } from './io';
import { message } from './messages';
import { parseYear } from './template';
import { benchmarksOf, figuresOf, metaText, readMaster } from './workbook-names';

/** The versions recorded on the master's hidden sheet; none when it has no such sheet. */
async function readVersionsSheet(bytes: Uint8Array): Promise<FigureVersion[]> {
  const { readSheetGrid } = await import('../xlsx');
  const sheet = await readSheetGrid(bytes, [VERSIONS_SHEET]);
  return sheet ? parseVersions(sheet.grid) : [];
}

/** The package as --json prints it: identity, status, every indicator and figure. */
const jsonPackage = (pkg: SubmissionPackage, lang: Lang) => ({
  edition: pkg.edition,
  province: pkg.province,
  year: pkg.year,
  complete: pkg.complete,
  latestVersion: pkg.latestVersion,
  unlocked: pkg.unlocked,
  errors: pkg.errors,
  missingEvidence: pkg.missingEvidence,
  indicators: pkg.pillars.flatMap((p) =>
    p.indicators.map((i) => ({
      code: i.code,
      pillar: i.pillar,
      name: i.name[lang],
      value: i.value,
      score: i.score,
      lead: i.lead.map((a) => a[lang]),
      coordinating: i.coordinating.map((a) => a[lang]),
      figures: i.figures.map((f) => ({
        id: f.id,
        name: f.name,
        role: f.role,
        shared: f.shared,
        value: f.value,
        evidence: f.evidence,
        version: f.version,
      })),
    })),
  ),
});

function printProblems(io: Io, pkg: SubmissionPackage): void {
  for (const e of pkg.errors)
    line(io.stdout, bi(fillText(PACKAGE_PANE_TEXT.problemError, { name: e.name, message: e.message })));
  for (const e of pkg.missingEvidence)
    line(io.stdout, bi(fillText(PACKAGE_PANE_TEXT.problemEvidence, { name: e.name, message: e.message })));
}

export const packageCommand: Command = {
  name: 'package',
  usage:
    'pii package --workbook MASTER.xlsx --out PACKAGE.xlsx [--force] [--json] [--edition 2025 | --catalog C.json]',
  summary: message('summaryPackage'),
  async run(argv, io) {
    const flags = parseFlags(argv, {
      workbook: 'string',
      out: 'string',
      force: 'boolean',
      json: 'boolean',
      edition: 'string',
      catalog: 'string',
    });
    if (typeof flags.workbook !== 'string')
      throw new CliError(message('flagRequired', { flag: '--workbook MASTER.xlsx' }), EXIT.usage);
    if (typeof flags.out !== 'string')
      throw new CliError(message('flagRequired', { flag: '--out PACKAGE.xlsx' }), EXIT.usage);

    const master = await readMaster(flags.workbook, flags);
    const { catalog } = master;
    const lang: Lang = metaText(master.named, 'lang') === 'en' ? 'en' : 'vi';
    const province = metaText(master.named, 'province');
    const year = parseYear(metaText(master.named, 'year') || undefined);
    let versions: FigureVersion[];
    try {
      versions = await readVersionsSheet(master.bytes);
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      throw new CliError(message('workbookUnreadable', { file: flags.workbook, detail }));
    }
    const pkg = buildPackage({
      catalog,
      input: { ...figuresOf(master.named), benchmarks: benchmarksOf(master.named, catalog) },
      province,
      year,
      versions,
    });
    const counts = { errors: pkg.errors.length, evidence: pkg.missingEvidence.length };
    const write = pkg.complete || flags.force === true;

    if (write) {
      const madeAt = formatStamp(lang, new Date());
      const doc = packageLayout(pkg, {
        lang,
        templateVersion: metaText(master.named, 'version') || TEMPLATE_VERSION,
        madeAt,
      });
      const { writePrintBytes } = await import('../xlsx');
      try {
        await writeFileAtomic(flags.out, await writePrintBytes(doc));
      } catch (e) {
        if (e instanceof AtomicWriteError) throw new CliError(e.text);
        throw e;
      }
    }

    if (flags.json === true) {
      const doc = {
        master: basename(flags.workbook),
        out: basename(flags.out),
        written: write,
        forced: write && !pkg.complete,
        ...jsonPackage(pkg, lang),
      };
      line(io.stdout, JSON.stringify(doc, null, 2));
    } else {
      printProblems(io, pkg);
      if (write) {
        const figures = new Set(
          pkg.pillars.flatMap((p) => p.indicators.flatMap((i) => i.figures.map((f) => f.id))),
        );
        const written = message('packageWritten', {
          out: flags.out,
          indicators: pkg.pillars.reduce((n, p) => n + p.indicators.length, 0),
          figures: figures.size,
          province,
          year: String(year),
          status: pkg.complete ? message('packageComplete') : message('packageIncomplete', counts),
        });
        line(io.stdout, bi(written));
      }
    }
    if (!pkg.latestVersion) line(io.stderr, `pii package: ${bi(message('packageNoVersion'))}`);
    else if (pkg.unlocked.length > 0)
      line(
        io.stderr,
        `pii package: ${bi(message('packageUnlocked', { count: pkg.unlocked.length, version: pkg.latestVersion.id }))}`,
      );
    if (!write) {
      line(io.stderr, `pii package: ${bi(message('packageRefused', counts))}`);
      return EXIT.failure;
    }
    if (!pkg.complete) line(io.stderr, `pii package: ${bi(message('packageForced'))}`);
    return EXIT.ok;
  },
};
