// `pii template`: write the PII workbook template (.xlsx), optionally pre-filled from the same
// JSON that `pii score` reads (this year's values, last year's, evidence, benchmarks).
import { FIRST_YEAR, latestYear } from '../catalog/years';
import { readFileSync } from 'fs';
import { basename } from 'path';
import {
  combinePrevious,
  formedFrom,
  provinceProblem,
  type Catalog,
  type CellValue,
  type Lang,
  type PreviousSource,
  type ProvinceInput,
} from '../catalog';
import { buildPlan, fillPlanInputs, limitProblems } from '../plan';
import { AtomicWriteError, writeFileAtomic } from './atomic-write';
import { parseFlags, type Flags } from './args';
import type { Command } from './command';
import { dataOptions, loadDataFile, printWarnings, unusedInProvinces } from './data';
import type { DataFile } from './data-file';
import { resolveCatalog } from './files';
import { closest } from './suggest';
import { bi, CliError, EXIT, line, type Sink } from './io';
import { message } from './messages';

/** How many province names a message lists before "… and N more". */
const SHOWN_PROVINCES = 10;

/**
 * The province of `data` a template (or `pii split --data`) is filled from: the file's only province, or, in a
 * multi-province file, the one --province names, with the file's shared benchmarks under its own. Throws
 * CliError when a multi-province file is given without --province, or without that province.
 */
export function pickInput(data: DataFile, path: string, province: string | undefined): ProvinceInput {
  if (data.kind === 'one') return data.input;
  const input = province === undefined ? undefined : data.provinces[province];
  if (input === undefined) {
    const names = Object.keys(data.provinces);
    const shown = names.slice(0, SHOWN_PROVINCES).join(', ');
    const more =
      names.length > SHOWN_PROVINCES
        ? message('andMore', { count: names.length - SHOWN_PROVINCES })
        : undefined;
    const list = more ? { vi: `${shown} ${more.vi}`, en: `${shown} ${more.en}` } : shown;
    if (province === undefined) {
      throw new CliError(message('severalProvinces', { where: path, count: names.length, names: list }));
    }
    const near = closest(province, names);
    const hint = near === undefined ? '' : message('didYouMean', { key: near });
    throw new CliError(
      message('provinceNotInFile', { where: path, province, count: names.length, names: list, hint }),
    );
  }
  // The file's shared benchmarks, then the province's own (its published profile) over them.
  if (data.benchmarks === undefined) return input;
  return { ...input, benchmarks: { ...data.benchmarks, ...(input.benchmarks ?? {}) } };
}

/**
 * Last year's figures of one workbook file: its PII_in_<id> cells by component id, read by
 * defined names (a file re-saved by another program keeps its names and cells, not always its
 * custom XML). Warns (stderr) when the file is of a province that is not part of `province`.
 * Throws CliError when the file is not an .xlsx workbook or not a PII template.
 */
async function previousSource(
  file: string,
  catalog: Catalog,
  province: string,
  stderr: Sink,
): Promise<PreviousSource> {
  let named: Map<string, CellValue>;
  try {
    const { readNamedValues } = await import('../xlsx');
    named = await readNamedValues(readFileSync(file));
  } catch (e) {
    throw new CliError(
      message('previousNotWorkbook', { file, detail: e instanceof Error ? e.message : String(e) }),
    );
  }
  const values: Record<string, CellValue> = {};
  for (const [name, value] of named)
    if (name.startsWith('PII_IN_')) values[name.slice(7).toLowerCase()] = value;
  if (Object.keys(values).length === 0) throw new CliError(message('previousNoTemplate', { file }));
  const from = String(named.get('PII_META_PROVINCE') ?? '')
    .normalize('NFC')
    .trim();
  const parts = Number.parseInt(catalog.edition, 10) >= 2025 ? formedFrom(province) : [province];
  if (province !== '' && from !== '' && !parts.includes(from) && from !== province) {
    const warning = message('previousOtherProvince', { file: basename(file), from, province });
    line(stderr, `pii template: ${warning.vi}`);
    line(stderr, `pii template: ${warning.en}`);
  }
  return { label: from || basename(file), values };
}

/** --lang: vi (default) or en. Throws CliError (usage) otherwise. */
export function parseLang(raw: Flags[string]): Lang {
  const lang = (raw ?? 'vi') as string;
  if (lang !== 'vi' && lang !== 'en') throw new CliError(message('langInvalid', { lang }), EXIT.usage);
  return lang;
}

/**
 * --year: decimal digits for a year FIRST_YEAR to next year (src/catalog/years.ts), by default this one. Number() alone would
 * read "0x7E7" as 2023 and "2e3" as 2000. Throws CliError (usage) naming the range otherwise.
 */
export function parseYear(raw: Flags[string]): number {
  const text = typeof raw === 'string' ? raw.trim() : undefined;
  const year = text === undefined ? new Date().getFullYear() : Number(text);
  if (
    (text !== undefined && !/^\d{1,5}$/.test(text)) ||
    !Number.isInteger(year) ||
    year < FIRST_YEAR ||
    year > latestYear()
  )
    throw new CliError(
      message('yearInvalid', { year: String(raw), min: String(FIRST_YEAR), max: String(latestYear()) }),
      EXIT.usage,
    );
  return year;
}

/**
 * --province, NFC and trimmed ("" when not given): a name typed with decomposed accents (Unikey's
 * "Unicode tổ hợp") matches the file's. A built-in edition knows its provinces: Bắc Giang in 2025
 * is refused naming Bắc Ninh (CliError, usage).
 */
export function provinceFlag(flags: Flags, catalog: Catalog): string {
  const province = typeof flags.province === 'string' ? flags.province.normalize('NFC').trim() : '';
  if (province !== '' && typeof flags.catalog !== 'string') {
    const problem = provinceProblem(catalog.edition, province);
    if (problem) throw new CliError(problem, EXIT.usage);
  }
  return province;
}

export const templateCommand: Command = {
  name: 'template',
  usage:
    'pii template --out FILE.xlsx [--edition 2025 | --catalog C.json] [--data D.json] [--province NAME] [--year N] [--lang vi|en] [--previous LAST.xlsx ...] [--deadline TEXT] [--contact TEXT]',
  summary: message('summaryTemplate'),
  async run(argv, io) {
    const flags = parseFlags(argv, {
      out: 'string',
      edition: 'string',
      catalog: 'string',
      data: 'string',
      province: 'string',
      year: 'string',
      lang: 'string',
      previous: 'strings',
      deadline: 'string',
      contact: 'string',
    });
    if (typeof flags.out !== 'string') {
      throw new CliError(message('flagRequired', { flag: '--out FILE.xlsx' }), EXIT.usage);
    }
    const lang = parseLang(flags.lang);
    const year = parseYear(flags.year);
    const catalog = resolveCatalog(flags);
    const province = provinceFlag(flags, catalog);
    const collection = {
      deadline: typeof flags.deadline === 'string' ? flags.deadline : '',
      contact: typeof flags.contact === 'string' ? flags.contact : '',
    };
    let plan = buildPlan(catalog, { province, year, lang, collection });
    const files = (flags.previous as string[] | undefined) ?? [];
    if (files.length > 0) {
      const sources = await Promise.all(
        files.map((file) => previousSource(file, catalog, province, io.stderr)),
      );
      const { previous, notes } = combinePrevious(catalog, sources);
      for (const note of notes) {
        const value = note.value === undefined ? '' : ` = ${String(note.value)}`;
        line(io.stderr, `pii template: ${note.component}${value}: ${note.reason.vi}`);
        line(io.stderr, `pii template: ${note.component}${value}: ${note.reason.en}`);
      }
      plan = fillPlanInputs(plan, { values: {}, previous });
      const carried = message('previousCarried', {
        count: Object.keys(previous).length,
        files: files.map((f) => basename(f)).join(', '),
      });
      line(io.stdout, bi(carried));
    }
    if (typeof flags.data === 'string') {
      // The same reader as pii score: what one refuses, the other refuses; every key the template
      // has no place for (unknown ids, "peers") is named with its path.
      const { data, warnings } = loadDataFile(flags.data, catalog, dataOptions(catalog, flags));
      const input = pickInput(data, flags.data, province || undefined);
      if (data.kind === 'one' && data.peers !== undefined) {
        warnings.push({ path: 'peers', message: message('templatePeersIgnored') });
      }
      warnings.push(...unusedInProvinces(data, 'template'));
      printWarnings(io.stderr, 'template', flags.data, warnings);
      plan = fillPlanInputs(plan, input);
    }
    const over = limitProblems(plan);
    if (over.length > 0) {
      const key = {
        name: 'limitName',
        sheet: 'limitSheet',
        cell: 'limitCell',
        formula: 'limitFormula',
      } as const;
      throw new CliError(
        message('templateOverLimits', { count: over.length }),
        EXIT.failure,
        over
          .slice(0, 10)
          .map((p) => `${p.where}: ${bi(message(key[p.limit], { length: p.length, max: p.max }))}`),
      );
    }
    try {
      // exceljs is loaded here, not at startup: the other commands do not pay for it.
      const { writeXlsx } = await import('../xlsx');
      await writeFileAtomic(flags.out, await writeXlsx(plan));
    } catch (e) {
      if (e instanceof AtomicWriteError) throw new CliError(e.text);
      throw e;
    }
    const summary = message('templateWritten', {
      edition: catalog.edition,
      sheets: plan.sheets.length,
      names: plan.names.length,
      version: plan.templateVersion,
    });
    line(io.stdout, `${flags.out}: ${bi(summary)}`);
    return EXIT.ok;
  },
};
