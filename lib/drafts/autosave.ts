/**
 * Autosave for an editor: coalesces changes into at most one save per `delayMs` (≤ 500 ms) of
 * quiet, but never lets continuous typing go unsaved for more than `maxWaitMs`. Saves run one at
 * a time, in order. On failure the latest value stays in memory (`unsaved`), the status says why,
 * and the save is retried with backoff; the next success clears the error.
 *
 * The UI wires `flush()` to `visibilitychange` (hidden) and `pagehide`, and shows `status`.
 */

export type AutosaveErrorKind = 'quota' | 'blocked' | 'unknown';
export type AutosaveStatus =
  'saved' | 'saving' | 'pending' | { error: AutosaveErrorKind; message: string };

export interface AutosaveOptions<T> {
  save: (value: T) => Promise<unknown>;
  /** Quiet time before saving; capped at 500. Default 500. */
  delayMs?: number;
  /** Longest a change waits while changes keep coming. Default 2000. */
  maxWaitMs?: number;
  /** Waits before retries after a failure; the last one repeats. */
  retryDelaysMs?: readonly number[];
  onStatus?: (status: AutosaveStatus) => void;
}

export interface Autosave<T> {
  /** The editor's latest value; schedules a save. */
  update(value: T): void;
  /** Saves now whatever is pending (waiting for a save in flight first); resolves with the status. */
  flush(): Promise<AutosaveStatus>;
  readonly status: AutosaveStatus;
  /** The latest value not yet saved (kept through failures), or undefined when all is saved. */
  readonly unsaved: T | undefined;
  /** Stops timers; whatever is unsaved stays readable. */
  dispose(): void;
}

export const MAX_DELAY_MS = 500;
const DEFAULT_RETRY_DELAYS_MS = [2_000, 5_000, 15_000, 30_000];

/** Storage-full and blocked-upgrade errors by name, so it also works on errors sent as messages. */
export function classifySaveError(error: unknown): { error: AutosaveErrorKind; message: string } {
  const names: string[] = [];
  for (let e: unknown = error, depth = 0; e && depth < 4; depth++) {
    const { name, cause } = e as { name?: unknown; cause?: unknown };
    if (typeof name === 'string') names.push(name);
    e = cause;
  }
  const message =
    error instanceof Error ? error.message : typeof error === 'string' ? error : String(error);
  if (names.includes('QuotaExceededError')) return { error: 'quota', message };
  if (names.includes('DatabaseBlockedError')) return { error: 'blocked', message };
  return { error: 'unknown', message };
}

export function createAutosave<T>(options: AutosaveOptions<T>): Autosave<T> {
  const delayMs = Math.min(Math.max(options.delayMs ?? MAX_DELAY_MS, 0), MAX_DELAY_MS);
  const maxWaitMs = Math.max(options.maxWaitMs ?? 2_000, delayMs);
  const retryDelays = options.retryDelaysMs?.length
    ? options.retryDelaysMs
    : DEFAULT_RETRY_DELAYS_MS;

  /** The newest unsaved value, boxed so a save can tell whether it is still the newest. */
  let pending: { value: T } | undefined;
  let pendingSince: number | undefined;
  let inFlight: Promise<void> | undefined;
  let failure: { error: AutosaveErrorKind; message: string } | undefined;
  let failures = 0;
  let debounce: ReturnType<typeof setTimeout> | undefined;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let status: AutosaveStatus = 'saved';
  let disposed = false;

  const publish = () => {
    const next: AutosaveStatus = failure ?? (inFlight ? 'saving' : pending ? 'pending' : 'saved');
    if (next === status) return;
    status = next;
    options.onStatus?.(status);
  };

  const clearTimers = () => {
    clearTimeout(debounce);
    clearTimeout(retry);
    debounce = retry = undefined;
  };

  /** Starts one save of the pending value, unless one is running or nothing is pending. */
  const start = (): Promise<void> => {
    if (inFlight) return inFlight;
    if (!pending) return Promise.resolve();
    clearTimers();
    const attempt = pending;
    // Changes from now on open a new max-wait window.
    pendingSince = undefined;
    inFlight = (async () => {
      try {
        await options.save(attempt.value);
        if (pending === attempt) pending = undefined;
        failure = undefined;
        failures = 0;
      } catch (error) {
        failure = classifySaveError(error);
        failures += 1;
      } finally {
        inFlight = undefined;
      }
      if (failure && !disposed) {
        const wait = retryDelays[Math.min(failures - 1, retryDelays.length - 1)] ?? MAX_DELAY_MS;
        retry = setTimeout(() => void start(), wait);
      } else if (pending) {
        // Changes arrived while saving: they have waited long enough.
        schedule(0);
      }
      publish();
    })();
    publish();
    return inFlight;
  };

  const schedule = (wait: number) => {
    if (disposed) return;
    clearTimeout(debounce);
    debounce = setTimeout(() => {
      debounce = undefined;
      void start();
    }, wait);
  };

  return {
    update(value) {
      const time = Date.now();
      pending = { value };
      pendingSince ??= time;
      // While failing, retries own the timing: typing must not hammer a full disk.
      if (!failure && !inFlight) {
        schedule(Math.max(0, Math.min(delayMs, pendingSince + maxWaitMs - time)));
      }
      publish();
    },
    async flush() {
      clearTimers();
      // A save in flight may carry an older value: wait for it, then save the newest.
      while (inFlight) await inFlight;
      if (pending) await start();
      return status;
    },
    get status() {
      return status;
    },
    get unsaved() {
      return pending?.value;
    },
    dispose() {
      disposed = true;
      clearTimers();
    },
  };
}
