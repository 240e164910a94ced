// The pane's view of the workbook: which template it holds (and so which catalog applies), and the
// live findings. Reads only: the add-in writes when the officer asks (TemplateTab, ScoresTab).
import { useCallback, useEffect, useRef, useState } from 'react';
import { builtinCatalog } from '../catalog';
import type { Catalog } from '../catalog/types';
import type { TemplateState, WorkbookPort } from '../excel/port';
import { validate, type Finding } from '../validation';

export interface TemplateModel {
  /** 'loading' until the first templateState() answer. */
  status: 'loading' | 'ready' | 'error';
  state: TemplateState | null;
  /** The catalog of the template in the workbook (its edition), when it is one the add-in ships. */
  catalog: Catalog | null;
  error?: string;
  refresh(): Promise<void>;
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function catalogOf(state: TemplateState | null): Catalog | null {
  if (!state || state.kind === 'none') return null;
  try {
    return builtinCatalog(state.stamp.edition);
  } catch {
    return null;
  }
}

export function useTemplate(port: WorkbookPort | null): TemplateModel {
  const [state, setState] = useState<TemplateState | null>(null);
  const [status, setStatus] = useState<TemplateModel['status']>(port ? 'loading' : 'ready');
  const [error, setError] = useState<string | undefined>();
  const [catalog, setCatalog] = useState<Catalog | null>(null);

  const refresh = useCallback(async () => {
    if (!port) return;
    try {
      const next = await port.templateState();
      setState(next);
      setCatalog((old) => {
        const fresh = catalogOf(next);
        // Keep the same object when the edition did not change, so subscriptions stay put.
        return old && fresh && old.edition === fresh.edition ? old : fresh;
      });
      setError(undefined);
      setStatus('ready');
    } catch (e) {
      setError(errorText(e));
      setStatus('error');
    }
  }, [port]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  return { status, state, catalog, error, refresh };
}

export interface FindingsModel {
  findings: Finding[] | null;
  updatedAt: Date | null;
  busy: boolean;
  error?: string;
  /** Reads and validates now (the officer's "Check again"). */
  refresh(): void;
}

/**
 * Live findings: reads the named inputs in one sync and validates them with the engine, on mount
 * and again after each edit (debounced). Null until a template with a known catalog is present.
 */
export function useFindings(
  port: WorkbookPort | null,
  catalog: Catalog | null,
  debounceMs: number,
): FindingsModel {
  const [findings, setFindings] = useState<Finding[] | null>(null);
  const [updatedAt, setUpdatedAt] = useState<Date | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const generation = useRef(0);

  const run = useCallback(async () => {
    if (!port || !catalog) return;
    const mine = ++generation.current;
    setBusy(true);
    try {
      const input = await port.readInput(catalog);
      const found = validate(catalog, input);
      if (mine !== generation.current) return; // a newer read is under way
      setFindings(found);
      setUpdatedAt(new Date());
      setError(undefined);
    } catch (e) {
      if (mine === generation.current) setError(errorText(e));
    } finally {
      if (mine === generation.current) setBusy(false);
    }
  }, [port, catalog]);

  useEffect(() => {
    if (!port || !catalog) {
      setFindings(null);
      return;
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    let unsubscribe: (() => Promise<void>) | undefined;
    let disposed = false;
    const onEdit = () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => void run(), debounceMs);
    };
    void run();
    port.onEdit(onEdit).then(
      (off) => {
        if (disposed) void off();
        else unsubscribe = off;
      },
      (e) => setError(errorText(e)),
    );
    return () => {
      disposed = true;
      if (timer !== undefined) clearTimeout(timer);
      generation.current++;
      if (unsubscribe) void unsubscribe();
    };
  }, [port, catalog, run, debounceMs]);

  return { findings, updatedAt, busy, error, refresh: () => void run() };
}
