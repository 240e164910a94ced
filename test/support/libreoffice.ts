// Recalculate .xlsx files with headless LibreOffice Calc and read every sheet back as CSV.
//
// Facts this relies on (design.md §3, re-verified on LibreOffice 7.4):
// - LibreOffice trusts cached formula results and ignores fullCalcOnLoad; a fresh profile with
//   OOXMLRecalcMode = 0 ("always recalculate") in user/registrymodifications.xcu forces it.
// - One `--convert-to csv` call with sheet token -1 writes `<base>-<Sheet name>.csv` for every
//   sheet of every input file; many files go in one call (the start-up cost is paid once).
// - soffice exits 0 even when a conversion failed: the output files are checked, not the code.
// - Token 9 of the filter string ("save cell contents as shown") is `false` here, unlike the
//   design.md string: with `true` a display format such as 0.00 on a score rounds the CSV to two
//   decimals; with `false` numbers come out with 15 significant digits whatever their format
//   (percent formats excepted, which the template does not use on computed cells).
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export const CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

/** Per file: sheet name -> rows of cells, exactly as LibreOffice wrote them (strings). */
export type SheetGrid = Map<string, string[][]>;
export type RecalcResult = Map<string, SheetGrid>;

/** Excel error values as LibreOffice writes them into CSV. */
export const EXCEL_ERRORS = ['#DIV/0!', '#VALUE!', '#NAME?', '#REF!', '#N/A', '#NUM!', '#NULL!', 'Err:'];

export function isExcelError(text: string): boolean {
  return EXCEL_ERRORS.some((e) => text.startsWith(e));
}

const REGISTRY = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

let profileDir: string | undefined;
let queue: Promise<unknown> = Promise.resolve();

/** A fresh LibreOffice profile for this process (two Jest workers must not share one). */
function profile(): string {
  if (!profileDir) {
    profileDir = fs.mkdtempSync(path.join(os.tmpdir(), `pii-lo-profile-${process.pid}-`));
    fs.mkdirSync(path.join(profileDir, 'user'), { recursive: true });
    fs.writeFileSync(path.join(profileDir, 'user', 'registrymodifications.xcu'), REGISTRY);
    const dir = profileDir;
    process.once('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  }
  return profileDir;
}

function soffice(args: string[], timeoutMs: number): Promise<{ stdout: string; stderr: string }> {
  const bin = process.env.PII_SOFFICE || 'soffice';
  return new Promise((resolve, reject) => {
    execFile(bin, args, { timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`soffice failed: ${error.message}\n${stderr}`));
      else resolve({ stdout: String(stdout), stderr: String(stderr) });
    });
  });
}

/** RFC 4180 CSV (quotes doubled, newlines allowed inside quotes), as LibreOffice writes it. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  if (text.charCodeAt(0) === 0xfeff) i = 1;
  for (; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export interface RecalculateOptions {
  /** Sheet names every file must have come back with (a missing one is an error). */
  expectSheets?: string[];
  /** Files per soffice call (default: all in one call). */
  batchSize?: number;
  timeoutMs?: number;
}

/**
 * Recalculate every file with LibreOffice and return, per input path, each sheet's computed
 * cells. Basenames must be unique (LibreOffice names its output after them).
 */
export function recalculate(files: string[], options: RecalculateOptions = {}): Promise<RecalcResult> {
  const run = queue.then(() => recalculateNow(files, options));
  queue = run.catch(() => undefined);
  return run;
}

async function recalculateNow(files: string[], options: RecalculateOptions): Promise<RecalcResult> {
  const bases = new Map<string, string>();
  for (const file of files) {
    if (!fs.existsSync(file)) throw new Error(`recalculate: no such file ${file}`);
    const base = path.basename(file).replace(/\.[^.]+$/, '');
    if (bases.has(base)) throw new Error(`recalculate: two inputs share the basename ${base}`);
    bases.set(base, file);
  }
  const result: RecalcResult = new Map();
  const batchSize = options.batchSize ?? (files.length || 1);
  for (let start = 0; start < files.length; start += batchSize) {
    const batch = files.slice(start, start + batchSize).map((f) => path.resolve(f));
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pii-lo-out-'));
    try {
      const args = [
        `-env:UserInstallation=file://${profile()}`,
        '--headless',
        '--norestore',
        '--nolockcheck',
        '--convert-to',
        CSV_FILTER,
        '--outdir',
        outDir,
        ...batch,
      ];
      const { stdout, stderr } = await soffice(args, options.timeoutMs ?? 10 * 60 * 1000);
      const outputs = fs.readdirSync(outDir).filter((f) => f.endsWith('.csv'));
      for (const file of batch) {
        const base = path.basename(file).replace(/\.[^.]+$/, '');
        const sheets: SheetGrid = new Map();
        for (const out of outputs) {
          if (!out.startsWith(`${base}-`)) continue;
          const sheet = out.slice(base.length + 1, -'.csv'.length);
          sheets.set(sheet, parseCsv(fs.readFileSync(path.join(outDir, out), 'utf8')));
        }
        if (sheets.size === 0) {
          throw new Error(
            `LibreOffice wrote no CSV for ${file} (soffice exits 0 on failure).\nstdout: ${stdout}\nstderr: ${stderr}`,
          );
        }
        for (const expected of options.expectSheets ?? []) {
          if (!sheets.has(expected)) {
            throw new Error(
              `LibreOffice output of ${file} has no sheet "${expected}" (got: ${[...sheets.keys()].join(', ')})`,
            );
          }
        }
        result.set(bases.get(base)!, sheets);
      }
    } finally {
      fs.rmSync(outDir, { recursive: true, force: true });
    }
  }
  return result;
}

/**
 * Convert files with LibreOffice to another format (e.g. 'xlsx' to see what LibreOffice keeps of a
 * workbook: its defined names, sheets). Returns input path -> output path in `outDir`.
 */
export function convert(files: string[], filter: string, outDir: string): Promise<Map<string, string>> {
  const run = queue.then(async () => {
    const ext = filter.split(':')[0];
    const { stdout, stderr } = await soffice(
      [
        `-env:UserInstallation=file://${profile()}`,
        '--headless',
        '--norestore',
        '--nolockcheck',
        '--convert-to',
        filter,
        '--outdir',
        outDir,
        ...files.map((f) => path.resolve(f)),
      ],
      10 * 60 * 1000,
    );
    const out = new Map<string, string>();
    for (const f of files) {
      const target = path.join(outDir, `${path.basename(f).replace(/\.[^.]+$/, '')}.${ext}`);
      if (!fs.existsSync(target))
        throw new Error(
          `LibreOffice did not convert ${f} to ${ext} (soffice exits 0 on failure).\n${stdout}\n${stderr}`,
        );
      out.set(f, target);
    }
    return out;
  });
  queue = run.catch(() => undefined);
  return run;
}

/** "C12" / "$C$12" -> zero-based row and column. */
export function parseAddress(address: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(address.trim());
  if (!m) throw new Error(`not a single-cell A1 address: ${address}`);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** The computed text of one cell ("" when LibreOffice left it out: an empty cell). */
export function cellText(sheets: SheetGrid, sheet: string, address: string): string {
  const grid = sheets.get(sheet);
  if (!grid) throw new Error(`no sheet "${sheet}" (have: ${[...sheets.keys()].join(', ')})`);
  const { row, col } = parseAddress(address);
  return grid[row]?.[col] ?? '';
}

/** Where a defined name points: the plan (or anything listing names) resolves it. */
export interface NameTarget {
  name: string;
  sheet: string;
  address: string;
}

/** The computed text of a workbook-level defined name, resolved through `names` (from the plan). */
export function namedText(
  sheets: SheetGrid,
  names: Map<string, NameTarget> | NameTarget[],
  name: string,
): string {
  const target = Array.isArray(names) ? names.find((n) => n.name === name) : names.get(name);
  if (!target) throw new Error(`unknown defined name ${name}`);
  return cellText(sheets, target.sheet, target.address);
}
