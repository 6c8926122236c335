import { useEffect, useState } from 'react';
import type { analyze } from '@/lib/analysis/analyze';

/**
 * The analysis engine with its four lexicons is most of the builder's script, and only the summary's
 * verdict needs it: it is imported after the first render, so the popup is interactive without it.
 */
type Analyze = typeof analyze;

let loaded: Analyze | null = null;
let loading: Promise<Analyze> | undefined;

export function loadAnalyze(): Promise<Analyze> {
  loading ??= import('@/lib/analysis/analyze').then((engine) => (loaded = engine.analyze));
  return loading;
}

/** `analyze` once the engine has loaded (at once when an earlier view loaded it), else null. */
export function useAnalyze(): Analyze | null {
  // Wrapped: a function given to useState would be called as an initialiser.
  const [engine, setEngine] = useState<Analyze | null>(() => loaded);
  useEffect(() => {
    if (engine) return;
    let live = true;
    loadAnalyze().then(
      (next) => {
        if (live) setEngine(() => next);
      },
      (error: unknown) => {
        // Only the verdict line is missing then; everything else in the builder works without it.
        loading = undefined;
        console.warn('SMART Goals: the analysis engine did not load', error);
      },
    );
    return () => {
      live = false;
    };
  }, [engine]);
  return engine;
}
