// One officer action at a time in the Versions tab: busy while it runs, its failure shown in the
// officer's language (errorText) instead of thrown into React.
import { useState } from 'react';
import type { Lang } from '../../catalog/types';
import { errorText } from '../workbook';

/** `run(work)`: clears the last error, marks busy, runs `work`, keeps its error text. */
export function useAction(lang: Lang) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(errorText(e, lang));
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, setError, run };
}
