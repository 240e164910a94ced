// Test support for the pane's component tests: a scriptable WorkbookPort (the pane's contract
// with the workbook) and a valid 2023 input. Test-only; the preview and Excel use the real port.
import type { Catalog, CellValue, ProvinceInput } from '../../../src/catalog';
import type { EvidencePart } from '../../../src/catalog/evidence';
import { COMPONENT_FIELDS, fieldName, inputSection } from '../../../src/plan/names';
import { figuresOf, nextVersionId, type FigureVersion } from '../../../src/collect/versions';
import type { ImportLogEntry, ImportPlan } from '../../../src/collect/import';
import type { NamedValues } from '../../../src/collect/merge';
import type {
  FrameworkSheetValues,
  IntegrityReport,
  LoadReport,
  OpenWorkbookResult,
  RenamedSheet,
  ScoreSnapshot,
  TemplateOptions,
  TemplateStamp,
  TemplateState,
  CoverValues,
  ImportOutcome,
  WorkbookInput,
  WorkbookPort,
} from '../../../src/excel/port';
import type { Ref } from '../../../src/expr/types';
import type { ProgressSheet } from '../../../src/collect/progress-sheet';

export const VALID_VALUES: Record<string, CellValue> = {
  grdp: 150000,
  population: 1300000,
  active_enterprises: 12000,
  new_enterprises: 1500,
  local_budget: 30000,
  communes: 160,
  policy_points: 40,
  contest_students: 500,
  secondary_students: 120000,
  education_spending: 5000,
  st_spending: 300,
  st_orgs: 40,
  ip_land_built: 3000,
  ip_land_planned: 5000,
  microfinance_loans: 2000,
  research_collabs: 12,
  ip_projects: 800,
  cluster_projects: 150,
  st_enterprises: 30,
  st_eligible_enterprises: 10,
  innovative_startups: 50,
  ocop_products: 250,
};

export const BENCHMARKS: Record<string, { min: number; max: number }> = {
  '1.1.1': { min: 28.2, max: 55.64 },
  '2.1.3': { min: 0.05, max: 2 },
  '2.1.4': { min: 1, max: 8 },
  '2.2.2': { min: 0.2, max: 3 },
  '2.2.4': { min: 0.05, max: 2 },
  '3.2.2': { min: 10, max: 100 },
  '4.1.2': { min: 0.1, max: 5 },
  '5.2.1': { min: 0, max: 50 },
  '5.2.2': { min: 5, max: 120 },
  '5.2.3': { min: 1, max: 40 },
  '6.3.2': { min: 0.5, max: 10 },
  '6.3.3': { min: 0.1, max: 8 },
  '7.1.2': { min: 0.2, max: 3 },
};

/** A complete evidence record (its four parts) for each of `ids`; the date is 30/06/2023. */
export function evidenceOf(ids: string[]): Pick<ProvinceInput, EvidencePart> {
  const each = (v: CellValue) => Object.fromEntries(ids.map((id) => [id, v]));
  return {
    evidence: each('QĐ 123/QĐ-UBND'),
    evidenceDate: each(45107),
    evidenceIssuer: each('UBND tỉnh'),
    evidenceLink: each('qd123.pdf'),
  };
}

export function validInput(overrides: Partial<ProvinceInput> = {}): ProvinceInput {
  return {
    values: { ...VALID_VALUES },
    previous: {},
    ...evidenceOf(Object.keys(VALID_VALUES)),
    benchmarks: { ...BENCHMARKS },
    ...overrides,
  };
}

export const STAMP: TemplateStamp = {
  templateVersion: '1.0.0',
  edition: '2023',
  province: 'Hưng Yên',
  year: 2023,
  lang: 'vi',
};

/** A WorkbookPort whose answers a test sets, recording what the pane asked. */
export class FakePort implements WorkbookPort {
  state: TemplateState = { kind: 'none' };
  input: WorkbookInput = validInput();
  integrity: IntegrityReport = { missingSheets: [], tampered: [] };
  /** The officer's sheets the next load reports as renamed out of the way. */
  renamedSheets: RenamedSheet[] = [];
  loads: TemplateOptions[] = [];
  integrityChecks: TemplateOptions[] = [];
  repairs = 0;
  selected: Ref[] = [];
  snapshots: ScoreSnapshot[] = [];
  reads = 0;
  /** Thrown by the next loadTemplate (a refusal, a failure half-way), then cleared. */
  loadFailure: unknown = undefined;
  /** What the next load reports about an interrupted load it completed. */
  recovered: LoadReport['recovered'] = undefined;
  /** How many times the pane subscribed to edits. */
  subscriptions = 0;
  private listeners = new Set<() => void>();

  async templateState(): Promise<TemplateState> {
    return this.state;
  }
  async loadTemplate(options: TemplateOptions): Promise<LoadReport> {
    if (this.loadFailure !== undefined) {
      const failure = this.loadFailure;
      this.loadFailure = undefined;
      throw failure;
    }
    this.loads.push(options);
    this.state = {
      kind: 'current',
      stamp: { ...STAMP, province: options.province, year: options.year, lang: options.lang },
    };
    // The cover follows the load's options, as the real load writes them.
    if (this.input.cover)
      this.input = { ...this.input, cover: { province: options.province, year: options.year } };
    return {
      carried: [],
      notCarried: [],
      syncs: 3,
      ...(this.renamedSheets.length > 0 ? { renamedSheets: this.renamedSheets } : {}),
      ...(this.recovered ? { recovered: this.recovered } : {}),
    };
  }
  async checkIntegrity(options: TemplateOptions): Promise<IntegrityReport> {
    this.integrityChecks.push(options);
    return this.integrity;
  }
  async repair(): Promise<IntegrityReport> {
    this.repairs++;
    this.integrity = { missingSheets: [], tampered: [] };
    return this.integrity;
  }
  async readInput(): Promise<WorkbookInput> {
    this.reads++;
    return JSON.parse(JSON.stringify(this.input)) as WorkbookInput;
  }
  /** The versions locked so far (lockVersion records the current input's figures). */
  versions: FigureVersion[] = [];
  async lockVersion(catalog: Catalog, label: string): Promise<FigureVersion> {
    const version: FigureVersion = {
      id: nextVersionId(this.versions),
      label,
      lockedAt: '2025-03-01T08:00:00.000Z',
      source: '',
      figures: figuresOf(catalog, this.input),
    };
    this.versions.push(version);
    return version;
  }
  async readVersions(): Promise<FigureVersion[]> {
    return [...this.versions];
  }
  /** The .xlsx files openWorkbook was given, and what it answers. */
  opened: Uint8Array[] = [];
  openAnswer: OpenWorkbookResult = { outcome: 'opened' };
  async openWorkbook(xlsx: Uint8Array): Promise<OpenWorkbookResult> {
    this.opened.push(xlsx);
    return this.openAnswer;
  }
  /** The master's named figures an import reads: the stamp's fields and the input's figures. */
  async readNamedFigures(catalog: Catalog): Promise<NamedValues> {
    const out = new Map<string, CellValue>([
      ['PII_META_EDITION', STAMP.edition],
      ['PII_META_PROVINCE', STAMP.province],
      ['PII_META_YEAR', STAMP.year],
      ['PII_META_VERSION', STAMP.templateVersion],
      ['PII_META_LANG', STAMP.lang],
    ]);
    for (const c of catalog.components)
      for (const field of COMPONENT_FIELDS)
        out.set(fieldName(field, c.id).toUpperCase(), this.input[inputSection(field)]?.[c.id] ?? null);
    return out;
  }
  /** The import plans applied, in order; their figures go into the input. */
  imports: ImportPlan[] = [];
  async importFigures(plan: ImportPlan): Promise<ImportOutcome> {
    this.imports.push(plan);
    const values = { ...this.input.values };
    for (const f of plan.figures) {
      const m = /^PII_in_(.+)$/i.exec(f.name);
      if (m) values[m[1]] = f.after;
    }
    this.input = { ...this.input, values };
    return { written: plan.figures.length, logRows: plan.log.rows.length };
  }
  importLog: ImportLogEntry[] = [];
  async readImportLog(): Promise<ImportLogEntry[]> {
    return [...this.importLog];
  }
  async select(target: Ref): Promise<void> {
    this.selected.push(target);
  }
  async onEdit(listener: () => void): Promise<() => Promise<void>> {
    this.subscriptions++;
    this.listeners.add(listener);
    return async () => {
      this.listeners.delete(listener);
    };
  }
  /** What the next readFramework returns (the framework sheet's values), and how often it was read. */
  framework: FrameworkSheetValues | null = null;
  frameworkReads = 0;
  async readFramework(): Promise<FrameworkSheetValues | null> {
    this.frameworkReads++;
    return this.framework;
  }
  async writeSnapshot(snapshot: ScoreSnapshot): Promise<string> {
    this.snapshots.push(snapshot);
    return snapshot.sheetName;
  }
  /** The progress sheets written, in order (each replaces the last in the workbook). */
  progressSheets: ProgressSheet[] = [];
  async writeProgress(sheet: ProgressSheet): Promise<string> {
    this.progressSheets.push(sheet);
    return sheet.sheetName;
  }
  /** An officer types: the input changes and the edit listeners fire. */
  edit(values: Record<string, CellValue>): void {
    this.input = { ...this.input, values: { ...this.input.values, ...values } };
    for (const l of this.listeners) l();
  }
  /** An officer types on the cover: its province and year change and the edit listeners fire. */
  editCover(cover: CoverValues): void {
    this.input = { ...this.input, cover };
    for (const l of this.listeners) l();
  }
  get listenerCount(): number {
    return this.listeners.size;
  }
}
