import { useCallback, useEffect, useRef, useState } from 'react';
import { loadSettings, updateSettings, watchSettings, type Settings } from '@/lib/settings';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  /** The input was refused before saving; `reason` says why, in the UI language. */
  | { kind: 'rejected'; reason: string }
  | { kind: 'failed'; reason: string };

export interface SettingsHandle {
  /** Undefined until the first load. */
  settings: Settings | undefined;
  state: SaveState;
  /** Saves at once; changes are applied one after another to what storage holds. */
  update(change: (current: Settings) => Settings): void;
  reject(reason: string): void;
}

/**
 * The settings as stored, kept current when another page (the popup's site toggle, the card's
 * "disable on this site") changes them, and saved on every change.
 */
export function useSettings(): SettingsHandle {
  const [settings, setSettings] = useState<Settings>();
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  useEffect(() => {
    const controller = new AbortController();
    watchSettings(setSettings, controller.signal);
    void loadSettings().then((loaded) => {
      if (!controller.signal.aborted) setSettings(loaded);
    });
    return () => controller.abort();
  }, []);

  const update = useCallback((change: (current: Settings) => Settings) => {
    // Shown at once, so a control never snaps back while storage is written.
    setSettings((current) => current && change(current));
    setState({ kind: 'saving' });
    queue.current = queue.current.then(() =>
      updateSettings(change).then(
        (saved) => {
          setSettings(saved);
          setState({ kind: 'saved' });
        },
        async (error: unknown) => {
          setState({
            kind: 'failed',
            reason: error instanceof Error ? error.message : String(error),
          });
          // Show what is really stored again.
          setSettings(await loadSettings());
        },
      ),
    );
  }, []);

  const reject = useCallback((reason: string) => setState({ kind: 'rejected', reason }), []);

  return { settings, state, update, reject };
}
