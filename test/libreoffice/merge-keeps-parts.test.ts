// A merged master opens in LibreOffice with the figures in place and the master's formulas
// computing: the same figures set by updateWorkbook (pii merge's writer) into a master that holds
// an officer's chart give every computed name the same text as a master written with them
// directly. Twice: into the project's own master, and into that master after LibreOffice saved
// it (its own XML, cached results, the chart as LibreOffice re-exports it). The chart survives
// both, byte for byte through the merge; the import log sheet is there with its rows.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { builtinCatalog, type CellValue } from '../../src/catalog';
import { COLLECT_TEXT } from '../../src/collect';
import { buildPlan, fillPlanInputs, NAMES } from '../../src/plan';
import { updateWorkbook, writeXlsx } from '../../src/xlsx';
import { withChart } from '../support/chart-part';
import { cellText, convert, namedText, recalculate, type NameTarget } from '../support/libreoffice';
import { computedDiffs, generateCase, inputAssignments } from './harness';

const catalog = builtinCatalog('2025');
const plan = buildPlan(catalog, { province: 'Bắc Ninh', year: 2025, lang: 'vi' });
const LOG = COLLECT_TEXT.logSheet.vi;

async function charts(file: string): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const out = new Map<string, string>();
  for (const p of Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f)))
    out.set(p, await zip.file(p)!.async('string'));
  return out;
}

test("merged masters (the project's, and one LibreOffice saved) compute as a master written with the figures", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pii-merge-keep-'));
  try {
    const grdp = plan.names.find((n) => n.name === NAMES.input('grdp'))!;
    const range = `'${grdp.sheetName}'!${grdp.address}:${grdp.address.replace(/\d+$/, (r) => String(Number(r) + 3))}`;
    const pairs: [string, string][] = [];
    const inputs = [generateCase(catalog, 81001, 'valid'), generateCase(catalog, 81002, 'mixed')];
    // Each case's blank master, with the chart; then the same master saved by LibreOffice.
    const blanks: string[] = [];
    for (const c of inputs) {
      const blank = path.join(dir, `${c.id}-blank.xlsx`);
      const bytes = await writeXlsx(fillPlanInputs(plan, { values: {}, benchmarks: c.input.benchmarks }));
      fs.writeFileSync(blank, await withChart(bytes, grdp.sheetName, range));
      blanks.push(blank);
    }
    const loDir = path.join(dir, 'lo');
    fs.mkdirSync(loDir);
    const saved = await convert(blanks, 'xlsx:Calc MS Excel 2007 XML', loDir);
    for (const [i, c] of inputs.entries()) {
      const direct = path.join(dir, `${c.id}-direct.xlsx`);
      fs.writeFileSync(direct, await writeXlsx(fillPlanInputs(plan, c.input)));
      const set = inputAssignments(c.input);
      const log = {
        sheetNames: [LOG, COLLECT_TEXT.logSheet.en],
        title: COLLECT_TEXT.logTitle.vi,
        header: ['Thời điểm', 'Tệp'],
        rows: [['2025-03-01T08:00:00Z', `sở <${i}> & "ban".xlsx`]] as CellValue[][],
      };
      for (const [tag, master] of [
        ['own', blanks[i]],
        ['lo', saved.get(blanks[i])!],
      ]) {
        const merged = path.join(dir, `${c.id}-${tag}-merged.xlsx`);
        const out = await updateWorkbook(fs.readFileSync(master), { set, log });
        expect(out.lost).toEqual([]);
        fs.writeFileSync(merged, out.bytes);
        // LibreOffice read the chart (it wrote it back); the merge kept its part as it was.
        const before = await charts(master);
        expect(before.size).toBe(1);
        expect(await charts(merged)).toEqual(before);
        pairs.push([direct, merged]);
      }
    }
    const files = [...new Set(pairs.flat())];
    const recalc = await recalculate(files, { expectSheets: [grdp.sheetName] });
    const diffs = computedDiffs(recalc, pairs, plan);
    const names = new Map<string, NameTarget>(
      plan.names.map((n) => [n.name, { name: n.name, sheet: n.sheetName, address: n.address }]),
    );
    const computed = plan.names.filter((n) => !n.isInput);
    expect(diffs.slice(0, 20)).toEqual([]);
    for (const [, merged] of pairs) {
      const grid = recalc.get(merged)!;
      expect(namedText(grid, names, NAMES.input('grdp'))).not.toBe('');
      expect(cellText(grid, LOG, 'A1')).toBe(COLLECT_TEXT.logTitle.vi);
      expect(cellText(grid, LOG, 'B4')).toMatch(/^sở <\d> & "ban"\.xlsx$/);
    }
    // Enough computed names were compared for the equality to mean something.
    expect(computed.length * pairs.length).toBeGreaterThan(100);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
