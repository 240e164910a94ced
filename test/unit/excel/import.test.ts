// The pane's "Import agency files" through the Office JS adapter on the workbook double: create
// (the agency's workbook from the master), import (its figures into the master with their
// provenance on the import log sheet, the sheet `pii merge` writes), conflict (listed, kept
// unless the officer takes the agency's side), and the data-safety walk: every command and every
// whole request of the write fails once, nothing is lost, a retry completes the import and logs
// it once.
import type { CellValue } from '../../../src/catalog';
import {
  COLLECT_TEXT,
  decideConflicts,
  figureSources,
  importLogRows,
  importPlan,
  parseImportLog,
  recordKey,
  type ImportPlan,
} from '../../../src/collect';
import type { WorkbookDouble } from '../../../src/dev/workbook-double';
import { NAMES } from '../../../src/plan';
import { previewImport } from '../../../src/ui/import-files';
import { updateWorkbook } from '../../../src/xlsx';
import { readNamedValues } from '../../../src/xlsx';
import ExcelJS from 'exceljs';
import {
  AGENCY_FIGURES,
  agencyFile,
  catalog2025 as catalog,
  masterBook,
  MASTER_FIGURES,
  portOf,
  type,
  valueOf,
} from './import-support';

const LOG = COLLECT_TEXT.logSheet.vi;
const AT = '2025-03-02T09:00:00.000Z';

/** The log sheet's values from A1 (rows x 9 columns), as the double holds them. */
function logValues(book: WorkbookDouble): unknown[][] {
  if (!book.sheetNames().includes(LOG)) return [];
  const sheet = book.state.sheets.find((s) => s.name === LOG)!;
  let rows = 0;
  for (const [key, cell] of sheet.cells)
    if (cell.value !== '') rows = Math.max(rows, Math.floor(key / 16384) + 1);
  return Array.from({ length: rows }, (_r, r) =>
    Array.from({ length: 9 }, (_c, c) => book.getCell(LOG, `${String.fromCharCode(65 + c)}${r + 1}`).value),
  );
}

/**
 * The master given a complete evidence record for `id`, and an agency file (with `figures`) whose
 * record replaces it: a new number and date, the same issuer, and no file named yet (blank link).
 */
async function replacedRecord(
  book: WorkbookDouble,
  id: string,
  figures: Record<string, CellValue> = {},
): Promise<Uint8Array> {
  const old = {
    evidence: 'QĐ 1/QĐ-UBND',
    evidenceDate: 45107,
    evidenceIssuer: 'UBND tỉnh',
    evidenceLink: 'qd1.pdf',
  };
  for (const [part, v] of Object.entries(old)) await type(book, NAMES[part as keyof typeof old](id), v);
  return agencyFile(book, {
    ...figures,
    [NAMES.evidence(id)]: 'QĐ 15/QĐ-SNN',
    [NAMES.evidenceDate(id)]: 45748,
    [NAMES.evidenceLink(id)]: null,
  });
}

async function started() {
  const { book, port } = await masterBook();
  const dard = await agencyFile(book, AGENCY_FIGURES);
  const foreign = await agencyFile(book, AGENCY_FIGURES, 'dard', 'Hà Nội');
  return { book, port, dard, foreign };
}

describe('import agency files on the double', () => {
  test('create, import, conflict: the figures, the log (as pii merge writes it) and the sources', async () => {
    const { book, port, dard, foreign } = await started();
    book.resetCounters();
    const preview = await previewImport(
      port,
      catalog,
      [
        { name: 'So NN.xlsx', bytes: dard },
        { name: 'Ha Noi.xlsx', bytes: foreign },
        { name: 'notes.xlsx', bytes: new TextEncoder().encode('not a workbook') },
      ],
      AT,
    );
    expect(book.syncCount).toBe(1); // the master's figures, in one read
    const { result } = preview;
    expect(result.refused.map((r) => r.file)).toEqual(['Ha Noi.xlsx', 'notes.xlsx']);
    expect(result.refused[0].reason).toEqual(COLLECT_TEXT.otherProvince('Hà Nội', 'Bắc Ninh'));
    expect(result.refused[1].reason.vi).toMatch(/^không đọc được như một tệp \.xlsx \(.+\)$/);
    expect(result.records.map((r) => [r.name, r.outcome, r.master, r.incoming])).toEqual([
      [NAMES.input('communes'), 'notOwned', 99, 100],
      [NAMES.input('ocop_products_4star'), 'conflict', 250, 260],
      [NAMES.previous('ocop_products_4star'), 'imported', null, 240],
      [NAMES.evidence('ocop_products_4star'), 'imported', null, 'QĐ 15/QĐ-UBND'],
    ]);
    // Not decided yet: nothing is written, the master keeps 250.
    expect(valueOf(book, NAMES.input('ocop_products_4star'))).toBe(250);

    const conflict = result.records.find((r) => r.outcome === 'conflict')!;
    const decided = decideConflicts(result, new Map([[recordKey(conflict), 'agency']]));
    const plan = importPlan(preview.master, decided, preview.lang, preview.importedAt);
    book.resetCounters();
    const outcome = await port.importFigures(plan);
    expect(book.syncCount).toBe(3);
    expect(outcome).toEqual({ written: 3, logRows: 6 });
    expect(valueOf(book, NAMES.input('ocop_products_4star'))).toBe(260);
    expect(valueOf(book, NAMES.previous('ocop_products_4star'))).toBe(240);
    expect(valueOf(book, NAMES.evidence('ocop_products_4star'))).toBe('QĐ 15/QĐ-UBND');
    expect(valueOf(book, NAMES.input('communes'))).toBe(99); // not the agency's: never written
    expect(valueOf(book, NAMES.input('grdp'))).toBe(250000);
    expect(book.state.events.enabled).toBe(true);

    // The log: title, header, one row per record and per refused file, in the master's language.
    const values = logValues(book);
    const expected = importLogRows(decided, 'vi', AT);
    expect(values[0][0]).toBe(COLLECT_TEXT.logTitle.vi);
    expect(values[2]).toEqual(expected.header);
    expect(values.slice(3)).toEqual(expected.rows.map((r) => r.map((v) => v ?? '')));
    expect(String(values[4][8])).toContain('người dùng chọn');

    // The same rows as `pii merge` writes on its log sheet (exceljs), read back alike.
    const cli = await updateWorkbook(dard, { set: new Map(), log: { ...plan.log } });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(cli.bytes as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet(LOG)!;
    const cliValues = Array.from({ length: sheet.rowCount }, (_r, r) =>
      Array.from({ length: 9 }, (_c, c) => sheet.getCell(r + 1, c + 1).value ?? ''),
    );
    expect(parseImportLog(cliValues)).toEqual(parseImportLog(values));

    // Provenance read back in 1 sync: each figure's source file, time and previous value.
    book.resetCounters();
    const sources = figureSources(await port.readImportLog());
    expect(book.syncCount).toBe(1);
    expect(sources.get(NAMES.input('ocop_products_4star').toUpperCase())).toMatchObject({
      file: 'So NN.xlsx',
      importedAt: AT,
      before: 250,
      incoming: 260,
    });
    expect([...sources.keys()].sort()).toEqual(
      [
        NAMES.input('ocop_products_4star'),
        NAMES.previous('ocop_products_4star'),
        NAMES.evidence('ocop_products_4star'),
      ]
        .map((n) => n.toUpperCase())
        .sort(),
    );
    // The agency file still reads as it was made (the import never writes it).
    expect((await readNamedValues(Buffer.from(dard))).get('PII_META_AGENCY')).toBe('dard');
  }, 60000);

  test('a conflict left undecided keeps the master; a second import appends below the first', async () => {
    const { book, port, dard } = await started();
    const first = await previewImport(port, catalog, [{ name: 'a.xlsx', bytes: dard }], AT);
    await port.importFigures(importPlan(first.master, decideConflicts(first.result, new Map()), 'vi', AT));
    expect(valueOf(book, NAMES.input('ocop_products_4star'))).toBe(250);
    expect(String(logValues(book)[4][8])).toBe(
      `${COLLECT_TEXT.officerChose.masterKept.vi} / ${COLLECT_TEXT.officerChose.masterKept.en}`,
    );
    // The same file again: imported figures are now equal, only the conflict remains.
    const later = '2025-03-03T10:00:00.000Z';
    const again = await previewImport(port, catalog, [{ name: 'a.xlsx', bytes: dard }], later);
    expect(again.result.records.map((r) => r.outcome)).toEqual(['notOwned', 'conflict']);
    const plan = importPlan(again.master, decideConflicts(again.result, new Map()), 'vi', later);
    await port.importFigures(plan);
    const entries = await port.readImportLog();
    expect(entries.map((e) => e.importedAt)).toEqual([AT, AT, AT, AT, later, later]);
  }, 60000);

  test('an evidence record replaced by the agency’s: the officer takes it, the old link is blanked, not kept', async () => {
    const { book, port } = await masterBook();
    const id = 'ocop_products_4star';
    const file = await replacedRecord(book, id);
    const preview = await previewImport(port, catalog, [{ name: 'a.xlsx', bytes: file }], AT);
    const record = preview.result.records.filter((r) => r.component === id);
    expect(record.map((r) => [r.field, r.outcome])).toEqual([
      ['evidence', 'conflict'],
      ['evidenceDate', 'conflict'],
      ['evidenceLink', 'conflict'],
    ]);
    const choices = new Map(record.map((r) => [recordKey(r), 'agency' as const]));
    await port.importFigures(importPlan(preview.master, decideConflicts(preview.result, choices), 'vi', AT));
    expect(valueOf(book, NAMES.evidence(id))).toBe('QĐ 15/QĐ-SNN');
    expect(valueOf(book, NAMES.evidenceDate(id))).toBe(45748);
    expect(valueOf(book, NAMES.evidenceIssuer(id))).toBe('UBND tỉnh'); // the same in both records
    expect(valueOf(book, NAMES.evidenceLink(id))).toBe('');
  }, 60000);

  test('a figure typed after the files were read is not overwritten: refused, nothing written', async () => {
    const { book, port, dard } = await started();
    const preview = await previewImport(port, catalog, [{ name: 'a.xlsx', bytes: dard }], AT);
    await type(book, NAMES.previous('ocop_products_4star'), 241);
    const plan = importPlan(preview.master, decideConflicts(preview.result, new Map()), 'vi', AT);
    await expect(port.importFigures(plan)).rejects.toMatchObject({
      kind: 'changedSinceRead',
      text: { vi: expect.stringContaining(NAMES.previous('ocop_products_4star')) },
    });
    expect(valueOf(book, NAMES.previous('ocop_products_4star'))).toBe(241);
    expect(valueOf(book, NAMES.evidence('ocop_products_4star'))).toBe('');
    expect(book.sheetNames()).not.toContain(LOG);
  }, 60000);
});

describe('import agency files: every failure point', () => {
  /** Each figure the plan writes holds its old or its new value, and nothing else changed. */
  function expectOldOrNew(book: WorkbookDouble, plan: ImportPlan, when: string) {
    for (const f of plan.figures) {
      const now = valueOf(book, f.name) as CellValue;
      // A blank (before, or after: a record's part the agency left blank) reads as ''.
      expect({ when, name: f.name, ok: now === (f.before ?? '') || now === (f.after ?? '') }).toEqual({
        when,
        name: f.name,
        ok: true,
      });
    }
    for (const [name, v] of Object.entries(MASTER_FIGURES))
      if (!plan.figures.some((f) => f.name === name))
        expect({ when, name, v: valueOf(book, name) }).toEqual({ when, name, v });
    expect({ when, events: book.state.events.enabled }).toEqual({ when, events: true });
  }

  /** The log holds this import's rows once each, or (none written yet) not at all. */
  function logCount(book: WorkbookDouble, plan: ImportPlan): number {
    const mine = parseImportLog(logValues(book)).filter((e) => e.importedAt === plan.id);
    return mine.length;
  }

  test.each([
    ['the first import (the log sheet is made)', false, false],
    ['a later import (rows appended to the log)', true, false],
    ['an evidence record replaced, its link blanked (a cell cleared)', false, true],
  ])(
    '%s',
    async (_label, earlier, record) => {
      const start = await started();
      const { book, port } = start;
      let dard = start.dard;
      const id = 'ocop_products_4star';
      if (record) {
        dard = await replacedRecord(book, id, AGENCY_FIGURES);
      }
      if (earlier) {
        const other = await agencyFile(book, { [NAMES.input('ocop_products_4star')]: 250 }, 'dard');
        const p = await previewImport(
          port,
          catalog,
          [{ name: 'earlier.xlsx', bytes: other }],
          '2025-03-01T08:00:00.000Z',
        );
        // An earlier import that only logged a refusal-free no-op still makes the sheet: use a refused file.
        p.result.refused.push({ file: 'old.xlsx', reason: { vi: 'cũ', en: 'old' } });
        await port.importFigures(
          importPlan(p.master, decideConflicts(p.result, new Map()), 'vi', p.importedAt),
        );
        expect(logValues(book).length).toBeGreaterThan(3);
      }
      const preview = await previewImport(port, catalog, [{ name: 'dard.xlsx', bytes: dard }], AT);
      // The officer takes the agency's side of every conflict (the figure, and the record if any).
      const decided = decideConflicts(
        preview.result,
        new Map(
          preview.result.records.filter((r) => r.outcome === 'conflict').map((r) => [recordKey(r), 'agency']),
        ),
      );
      const plan = importPlan(preview.master, decided, 'vi', AT);
      expect(plan.figures.length).toBe(record ? 5 : 3);
      if (record)
        expect(plan.figures.find((f) => f.name === NAMES.evidenceLink(id))).toMatchObject({ after: null });
      const rowsBefore = logValues(book).length;

      // The commands of a clean run, from a copy.
      const probe = book.clone();
      const ops = probe.recordCommands();
      probe.resetCounters();
      await portOf(probe).importFigures(plan);
      probe.stopRecording();
      const syncs = probe.syncCount;
      expect(syncs).toBe(3);
      const writes = ops.filter((op) => !op.endsWith('.load'));
      expect(writes.length).toBeGreaterThan(plan.figures.length);
      const points: Array<{ op: string; occurrence: number } | { sync: number }> = [];
      const seen = new Map<string, number>();
      for (const op of ops) {
        const n = (seen.get(op) ?? 0) + 1;
        seen.set(op, n);
        points.push({ op, occurrence: n });
      }
      for (let sync = 1; sync <= syncs; sync++) points.push({ sync });

      let failures = 0;
      for (const point of points) {
        const copy = book.clone();
        const when =
          'sync' in point ? `request ${point.sync} refused` : `${point.op} #${point.occurrence} fails`;
        if ('sync' in point) copy.failSync(point.sync, 'GeneralException');
        else copy.failCommand(point.op, point.occurrence, 'GeneralException');
        const p = portOf(copy);
        // A failed read of the log may be answered by readNamed's fallback: then it completes.
        const failed = await p.importFigures(plan).then(
          () => false,
          () => true,
        );
        if (!failed)
          expect({ when, read: 'op' in point && point.op.endsWith('.load') }).toEqual({ when, read: true });
        failures += failed ? 1 : 0;
        copy.clearFaults();
        expectOldOrNew(copy, plan, when);
        const logged = logCount(copy, plan);
        expect({ when, logged: logged === 0 || logged === plan.log.rows.length }).toEqual({
          when,
          logged: true,
        });
        // Rows before this import are untouched.
        expect({ when, earlier: logValues(copy).slice(0, rowsBefore) }).toEqual({
          when,
          earlier: logValues(book).slice(0, rowsBefore),
        });

        await p.importFigures(plan);
        for (const f of plan.figures)
          expect({ when, name: f.name, v: valueOf(copy, f.name) }).toEqual({
            when,
            name: f.name,
            v: f.after ?? '',
          });
        expect({ when, logged: logCount(copy, plan) }).toEqual({ when, logged: plan.log.rows.length });
        expect({ when, rows: logValues(copy).length }).toEqual({
          when,
          rows: Math.max(rowsBefore, 3) + plan.log.rows.length,
        });
        expect({ when, header: logValues(copy)[2] }).toEqual({ when, header: plan.log.header });
        expectOldOrNew(copy, plan, `${when}, after the retry`);
      }
      // Every write command and every request failed the import (only a read may be retried inside).
      expect(failures).toBeGreaterThanOrEqual(writes.length + syncs);
    },
    120000,
  );
});
