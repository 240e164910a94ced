// `pii template`: write the PII workbook template (.xlsx), optionally pre-filled from the same
// JSON that `pii score` reads (this year's values, last year's, evidence, benchmarks).
import type { ProvinceInput } from '../catalog';
import { buildPlan, fillPlanInputs, inputAssignments } from '../plan';
import { writeXlsxFile } from '../xlsx';
import { parseFlags } from './args';
import type { Command } from './command';
import { readJsonFile, resolveCatalog } from './files';
import { CliError, EXIT, line } from './io';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function pickInput(data: unknown, path: string, province: string | undefined): ProvinceInput {
  let v = data;
  if (isObject(data) && isObject(data.provinces)) {
    if (!province || !isObject(data.provinces[province])) {
      throw new CliError({
        vi: `${path} có nhiều tỉnh: chọn một bằng --province (có: ${Object.keys(data.provinces).join(', ')})`,
        en: `${path} holds several provinces: pick one with --province (have: ${Object.keys(data.provinces).join(', ')})`,
      });
    }
    v = data.provinces[province];
  }
  if (!isObject(v)) {
    throw new CliError({
      vi: `${path}: cần một đối tượng {"values": {...}, ...}`,
      en: `${path}: expected an object {"values": {...}, ...}`,
    });
  }
  return { values: {}, ...(v as object) } as ProvinceInput;
}

export const templateCommand: Command = {
  name: 'template',
  usage:
    'pii template --out FILE.xlsx [--edition 2023 | --catalog C.json] [--data D.json] [--province NAME] [--year N] [--lang vi|en]',
  summary: {
    vi: 'Ghi mẫu nhập liệu Excel (.xlsx) có công thức, kiểm tra và tên định danh; có thể điền sẵn số liệu',
    en: 'Write the Excel template (.xlsx) with formulas, checks and defined names; optionally pre-filled',
  },
  async run(argv, io) {
    const flags = parseFlags(
      argv,
      {
        out: 'string',
        edition: 'string',
        catalog: 'string',
        data: 'string',
        province: 'string',
        year: 'string',
        lang: 'string',
      },
      'template',
    );
    if (typeof flags.out !== 'string') {
      throw new CliError(
        { vi: 'pii template: thiếu --out FILE.xlsx', en: 'pii template: --out FILE.xlsx is required' },
        EXIT.usage,
      );
    }
    const lang = (flags.lang ?? 'vi') as string;
    if (lang !== 'vi' && lang !== 'en') {
      throw new CliError(
        {
          vi: `--lang phải là vi hoặc en, không phải "${lang}"`,
          en: `--lang must be vi or en, not "${lang}"`,
        },
        EXIT.usage,
      );
    }
    const year = flags.year === undefined ? new Date().getFullYear() : Number(flags.year);
    if (!Number.isInteger(year) || year < 1900 || year > 2200) {
      throw new CliError(
        {
          vi: `--year phải là một năm, không phải "${flags.year}"`,
          en: `--year must be a year, not "${flags.year}"`,
        },
        EXIT.usage,
      );
    }
    const catalog = resolveCatalog(flags);
    const province = typeof flags.province === 'string' ? flags.province : '';
    let plan = buildPlan(catalog, { province, year, lang });
    if (typeof flags.data === 'string') {
      const input = pickInput(
        readJsonFile(flags.data, { vi: 'số liệu', en: 'data' }),
        flags.data,
        province || undefined,
      );
      const { unknown } = inputAssignments(plan, input);
      if (unknown.length > 0) {
        line(
          io.stderr,
          `pii template: bỏ qua mã không có trong mẫu / ignored keys the template does not have: ${unknown.join(', ')}`,
        );
      }
      plan = fillPlanInputs(plan, input);
    }
    try {
      await writeXlsxFile(plan, flags.out);
    } catch (e) {
      throw new CliError({
        vi: `không ghi được ${flags.out}: ${e instanceof Error ? e.message : String(e)}`,
        en: `cannot write ${flags.out}: ${e instanceof Error ? e.message : String(e)}`,
      });
    }
    line(
      io.stdout,
      `${flags.out}: PII ${catalog.edition}, ${plan.sheets.length} sheets, ${plan.names.length} defined names, template ${plan.templateVersion}`,
    );
    return EXIT.ok;
  },
};
