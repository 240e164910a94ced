// The pane's view of the workbook: which template it holds (and so which catalog applies), and the
// live findings. Reads only: the add-in writes when the officer asks (TemplateTab, ScoresTab).
import { latestYear } from '../catalog/years';
import { useCallback, useEffect, useRef, useState } from 'react';
import { builtinCatalog, loadCatalog } from '../catalog';
import type { Catalog } from '../catalog/types';
import type { TemplateState, WorkbookPort } from '../excel/port';
import { WorkbookRefusal } from '../excel/refusal';
import { coverProblems, coverText, validate, type CoverProblem, type Finding } from '../validation';
import { useI18n } from './i18n';
import type { Lang } from '../messages/pane';

export interface TemplateModel {
  /** 'loading' until the first templateState() answer. */
  status: 'loading' | 'ready' | 'error';
  state: TemplateState | null;
  /**
   * The catalog of the template in the workbook: the one embedded in it (any edition, a user's
   * catalog too), else the built-in catalog of its edition; null when there is neither.
   */
  catalog: Catalog | null;
  /** Set when the embedded catalog was rejected (a bilingual CatalogError message). */
  catalogProblem?: CatalogNotice;
  error?: string;
  refresh(): Promise<void>;
}

/** Why the pane does not use the catalog embedded in the template, and what it uses instead. */
export interface CatalogNotice {
  edition: string;
  message: string;
  /** True when the built-in catalog of the same edition is used instead. */
  fallback: boolean;
}

/**
 * What went wrong, for the pane: a WorkbookRefusal says it in the officer's language (it also
 * says whether anything was lost); other errors keep the host's own message.
 */
export function errorText(error: unknown, lang: Lang): string {
  if (error instanceof WorkbookRefusal) return error.text[lang];
  return error instanceof Error ? error.message : String(error);
}

function builtinOrNull(edition: string): Catalog | null {
  try {
    return builtinCatalog(edition);
  } catch {
    return null;
  }
}

/**
 * The catalog that applies to the template in the workbook: the embedded one when present and
 * valid (checked by loadCatalog, as a user's file is); else the built-in one of the stamp's
 * edition, with a notice when an embedded catalog was rejected.
 */
function catalogOf(state: TemplateState | null): { catalog: Catalog | null; problem?: CatalogNotice } {
  if (!state || state.kind === 'none') return { catalog: null };
  const edition = state.stamp.edition;
  if (state.catalogJson === undefined) return { catalog: builtinOrNull(edition) };
  try {
    return { catalog: loadCatalog(JSON.parse(state.catalogJson)) };
  } catch (e) {
    const catalog = builtinOrNull(edition);
    return {
      catalog,
      problem: { edition, message: e instanceof Error ? e.message : String(e), fallback: catalog !== null },
    };
  }
}

const sameCatalog = (a: Catalog, b: Catalog): boolean => JSON.stringify(a) === JSON.stringify(b);

export function useTemplate(port: WorkbookPort | null): TemplateModel {
  const [state, setState] = useState<TemplateState | null>(null);
  const [status, setStatus] = useState<TemplateModel['status']>(port ? 'loading' : 'ready');
  const [error, setError] = useState<unknown>();
  const { lang } = useI18n();
  const [catalog, setCatalog] = useState<Catalog | null>(null);
  const [catalogProblem, setCatalogProblem] = useState<CatalogNotice | undefined>();

  const refresh = useCallback(async () => {
    if (!port) return;
    try {
      const next = await port.templateState();
      const fresh = catalogOf(next);
      setState(next);
      // Keep the same object when the catalog did not change, so subscriptions stay put.
      setCatalog((old) => (old && fresh.catalog && sameCatalog(old, fresh.catalog) ? old : fresh.catalog));
      setCatalogProblem(fresh.problem);
      setError(undefined);
      setStatus('ready');
    } catch (e) {
      setError(e);
      setStatus('error');
    }
  }, [port]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  return {
    status,
    state,
    catalog,
    catalogProblem,
    ...(error === undefined ? {} : { error: errorText(error, lang) }),
    refresh,
  };
}

export interface FindingsModel {
  findings: Finding[] | null;
  /** What is wrong with the cover's typed province and year (empty when both are fine). */
  cover: CoverProblem[];
  updatedAt: Date | null;
  busy: boolean;
  /**
   * How many edits of a template sheet have arrived since the pane opened (counted as they arrive,
   * before the debounce): a result computed at a lower count is out of date.
   */
  edits: number;
  error?: string;
  /** Reads and validates now (the officer's "Check again"). */
  refresh(): void;
}

/**
 * Live findings: reads the named inputs in one sync and validates them with the engine, on mount
 * and again after each edit (debounced). Null until a template with a known catalog is present.
 * `templateState` changes after every load and repair: the edit subscription is renewed then, so
 * sheets a load or repair re-created are watched (below ExcelApi 1.9 handlers are per sheet).
 */
export function useFindings(
  port: WorkbookPort | null,
  catalog: Catalog | null,
  debounceMs: number,
  templateState: TemplateState | null = null,
): FindingsModel {
  const [findings, setFindings] = useState<Finding[] | null>(null);
  const [cover, setCover] = useState<CoverProblem[]>([]);
  const [updatedAt, setUpdatedAt] = useState<Date | null>(null);
  const [busy, setBusy] = useState(false);
  const [edits, setEdits] = useState(0);
  const [error, setError] = useState<unknown>();
  const { lang } = useI18n();
  const generation = useRef(0);

  const run = useCallback(async () => {
    if (!port || !catalog) return;
    const mine = ++generation.current;
    setBusy(true);
    try {
      const input = await port.readInput(catalog);
      // The cover's province explains a jump that a 2025 merger causes (ValidateOptions.province).
      const province = input.cover ? coverText(input.cover.province) : undefined;
      const found = validate(catalog, input, { province });
      const coverFound = input.cover ? coverProblems(catalog.edition, input.cover, latestYear()) : [];
      if (mine !== generation.current) return; // a newer read is under way
      setFindings(found);
      setCover(coverFound);
      setUpdatedAt(new Date());
      setError(undefined);
    } catch (e) {
      if (mine === generation.current) setError(e);
    } finally {
      if (mine === generation.current) setBusy(false);
    }
  }, [port, catalog]);

  useEffect(() => {
    if (!port || !catalog) {
      setFindings(null);
      setCover([]);
      return;
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    let unsubscribe: (() => Promise<void>) | undefined;
    let disposed = false;
    const onEdit = () => {
      if (!disposed) setEdits((n) => n + 1);
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => void run(), debounceMs);
    };
    void run();
    port.onEdit(onEdit).then(
      (off) => {
        if (disposed) void off();
        else unsubscribe = off;
      },
      (e: unknown) => setError(e),
    );
    return () => {
      disposed = true;
      if (timer !== undefined) clearTimeout(timer);
      generation.current++;
      if (unsubscribe) void unsubscribe();
    };
  }, [port, catalog, run, debounceMs, templateState]);

  return {
    findings,
    cover,
    updatedAt,
    busy,
    edits,
    ...(error === undefined ? {} : { error: errorText(error, lang) }),
    refresh: () => void run(),
  };
}
