// `pii merge`: the agencies' returned workbooks into the master. A thin shell: files are read by
// defined names, the decisions are src/collect/merge.ts's, the merged master is the master's own
// file with the imported cells set and the import log appended (src/xlsx/update.ts), written
// atomically. Exit code 1 when a conflict is left unresolved or a file is refused (the merged
// file is still written with everything else, so nothing already imported has to be redone).
import { asShown } from '../catalog/evidence';
import { basename } from 'path';
import type { CellValue, Lang } from '../catalog';
import {
  COLLECT_TEXT,
  importLogRows,
  mergeReturns,
  type MergeRecord,
  type Refusal,
  type ReturnedFile,
} from '../collect';
import { AtomicWriteError, writeFileAtomic } from './atomic-write';
import { parseFlags } from './args';
import type { Command } from './command';
import { bi, CliError, EXIT, line } from './io';
import { message } from './messages';
import { metaText, readMaster, readNamedWorkbook } from './workbook-names';

/** A figure as the officer reads it: blank in words, an evidence date as dd/mm/yyyy, else JSON. */
const shown = (v: CellValue, field = ''): string =>
  v === null ? bi(message('blankValue')) : JSON.stringify(asShown(field, v));

/** A record as the --json output lists it: the two sides next to each other. */
const jsonRecord = (r: MergeRecord) => ({
  file: r.file,
  agency: r.agency,
  component: r.component,
  field: r.field,
  name: r.name,
  master: r.master,
  agencyValue: r.incoming,
  outcome: r.outcome,
  importedAt: r.importedAt,
});

export const mergeCommand: Command = {
  name: 'merge',
  usage:
    'pii merge --workbook MASTER.xlsx --from A.xlsx [--from B.xlsx ...] --out MERGED.xlsx [--prefer master|agency] [--json] [--edition 2025 | --catalog C.json]',
  summary: message('summaryMerge'),
  async run(argv, io) {
    const flags = parseFlags(argv, {
      workbook: 'string',
      from: 'strings',
      out: 'string',
      prefer: 'string',
      json: 'boolean',
      edition: 'string',
      catalog: 'string',
    });
    if (typeof flags.workbook !== 'string')
      throw new CliError(message('flagRequired', { flag: '--workbook MASTER.xlsx' }), EXIT.usage);
    if (flags.from === undefined)
      throw new CliError(message('flagRequired', { flag: '--from AGENCY.xlsx' }), EXIT.usage);
    if (typeof flags.out !== 'string')
      throw new CliError(message('flagRequired', { flag: '--out MERGED.xlsx' }), EXIT.usage);
    const prefer = flags.prefer as string | undefined;
    if (prefer !== undefined && prefer !== 'master' && prefer !== 'agency')
      throw new CliError(message('preferInvalid', { prefer }), EXIT.usage);

    const master = await readMaster(flags.workbook, flags);
    const { catalog } = master;
    const lang: Lang = metaText(master.named, 'lang') === 'en' ? 'en' : 'vi';

    const files: ReturnedFile[] = [];
    const unreadable: Refusal[] = [];
    for (const path of flags.from as string[]) {
      try {
        files.push({ file: basename(path), named: (await readNamedWorkbook(path)).named });
      } catch (e) {
        // One unreadable file does not stop the others: it is refused like a foreign one.
        const reason = e instanceof CliError ? e.text : { vi: String(e), en: String(e) };
        unreadable.push({ file: basename(path), reason });
      }
    }
    const importedAt = new Date().toISOString();
    const result = mergeReturns(catalog, master.named, files, {
      prefer: prefer as 'master' | 'agency' | undefined,
      importedAt,
    });
    result.refused.push(...unreadable);

    const log = importLogRows(result, lang, importedAt);
    const { updateWorkbook, CellValueError, PackageError } = await import('../xlsx');
    let lost: string[];
    try {
      const { bytes, lost: notCarried } = await updateWorkbook(master.bytes, {
        set: result.assignments,
        log: {
          sheetNames: [COLLECT_TEXT.logSheet[lang], COLLECT_TEXT.logSheet.vi, COLLECT_TEXT.logSheet.en],
          title: COLLECT_TEXT.logTitle[lang],
          header: log.header,
          rows: log.rows,
        },
      });
      await writeFileAtomic(flags.out, bytes);
      lost = notCarried;
    } catch (e) {
      if (e instanceof AtomicWriteError) throw new CliError(e.text);
      // A master whose package lacks a part, or a value no cell can hold: said, not a stack trace.
      if (e instanceof CellValueError || e instanceof PackageError) {
        throw new CliError(
          message('mergeWriteFailed', { file: flags.workbook, detail: e.message }),
          EXIT.failure,
        );
      }
      throw e;
    }

    const of = (o: MergeRecord['outcome']) => result.records.filter((r) => r.outcome === o);
    const imported = result.records.filter((r) => r.outcome === 'imported' || r.outcome === 'agencyWins');
    const conflicts = of('conflict');
    if (flags.json === true) {
      const doc = {
        master: basename(flags.workbook),
        out: basename(flags.out),
        importedAt,
        prefer: prefer ?? null,
        edition: catalog.edition,
        province: metaText(master.named, 'province'),
        year: metaText(master.named, 'year'),
        files: [
          ...result.accepted.map((a) => ({
            file: a.file,
            agency: a.agency,
            status: 'merged',
            unchanged: a.unchanged,
          })),
          ...result.refused.map((r) => ({ file: r.file, status: 'refused', reason: r.reason })),
        ],
        imported: imported.map(jsonRecord),
        conflicts: [
          ...conflicts,
          ...of('masterKept'),
          ...result.records.filter((r) => r.outcome === 'agencyWins'),
        ].map(jsonRecord),
        ignored: [...of('notOwned'), ...of('notInMaster')].map(jsonRecord),
        lostParts: lost,
      };
      line(io.stdout, JSON.stringify(doc, null, 2));
    } else {
      for (const r of result.refused)
        line(io.stdout, bi(message('mergeRefused', { file: r.file, reason: r.reason })));
      for (const a of result.accepted) {
        const mine = result.records.filter((r) => r.file === a.file);
        const count = (pred: (r: MergeRecord) => boolean) => mine.filter(pred).length;
        line(
          io.stdout,
          bi(
            message('mergeAccepted', {
              file: a.file,
              agency: a.agency,
              imported: count((r) => r.outcome === 'imported' || r.outcome === 'agencyWins'),
              conflicts: count((r) => ['conflict', 'masterKept', 'agencyWins'].includes(r.outcome)),
              ignored: count((r) => r.outcome === 'notOwned' || r.outcome === 'notInMaster'),
              unchanged: a.unchanged,
            }),
          ),
        );
      }
      for (const r of result.records) {
        const params = {
          name: r.name,
          file: r.file,
          agency: r.agency,
          master: shown(r.master, r.field),
          incoming: shown(r.incoming, r.field),
          outcome: COLLECT_TEXT.outcome[r.outcome],
        };
        if (r.outcome === 'conflict') line(io.stdout, `  ${bi(message('mergeConflict', params))}`);
        else if (r.outcome === 'notOwned') line(io.stdout, `  ${bi(message('mergeIgnored', params))}`);
        else if (r.outcome !== 'imported') line(io.stdout, `  ${bi(message('mergeResolved', params))}`);
      }
      const written = message('mergeWritten', {
        out: flags.out,
        imported: imported.length,
        log: COLLECT_TEXT.logSheet[lang],
      });
      line(io.stdout, bi(written));
    }
    // A part of the master the merged copy lacks (none expected: the update is made at the XML
    // level and keeps every part) would be said, not hidden.
    if (lost.length > 0)
      line(
        io.stderr,
        `pii merge: ${bi(message('mergeLostParts', { out: flags.out, master: flags.workbook, parts: lost.join(', ') }))}`,
      );
    if (conflicts.length > 0)
      line(io.stderr, `pii merge: ${bi(message('mergeUnresolved', { count: conflicts.length }))}`);
    if (result.refused.length > 0)
      line(io.stderr, `pii merge: ${bi(message('mergeSomeRefused', { count: result.refused.length }))}`);
    return conflicts.length > 0 || result.refused.length > 0 ? EXIT.failure : EXIT.ok;
  },
};
