/**
 * When to analyse a field: after the user pauses typing, never mid-composition (an IME's text is
 * provisional until `compositionend`), never while the tab is hidden (nobody sees the hints; run
 * once it is visible again). No polling: only event listeners and one pending timer, all of it
 * gone when `signal` aborts.
 */

export const IDLE_DELAY_MS = 300;

export interface SchedulerOptions {
  /** The analysis to run. Never called after `signal` aborts. */
  run: () => void;
  /** Where `input` and composition events arrive: the field, or a root they are composed to. */
  target: EventTarget;
  signal: AbortSignal;
  /** The document whose visibility gates runs. Defaults to the target's owner document. */
  document?: Document;
  delay?: number;
}

export interface Scheduler {
  /** Run after the idle delay, restarting it (typing keeps pushing the run back). */
  schedule(): void;
  /** Run now if allowed (on focus), otherwise as soon as it is. */
  runNow(): void;
  /** True while a run is waiting on the timer, a composition or visibility. */
  readonly pending: boolean;
}

function ownerDocument(target: EventTarget): Document | undefined {
  const node = target as Partial<Node>;
  if (node.nodeType === 9) return target as Document;
  return node.ownerDocument ?? undefined;
}

export function createScheduler(options: SchedulerOptions): Scheduler {
  const { run, target, signal } = options;
  const delay = options.delay ?? IDLE_DELAY_MS;
  const doc = options.document ?? ownerDocument(target);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending = false;
  let composing = false;

  const clearTimer = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };

  const blocked = () => signal.aborted || composing || doc?.visibilityState === 'hidden';

  // Runs if nothing blocks it; otherwise stays pending for compositionend / visibilitychange.
  const attempt = () => {
    clearTimer();
    if (blocked()) return;
    pending = false;
    run();
  };

  const schedule = () => {
    if (signal.aborted) return;
    pending = true;
    clearTimer();
    if (composing) return; // compositionend reschedules
    timer = setTimeout(attempt, delay);
  };

  const listen = { signal } as const;
  target.addEventListener(
    'input',
    (event) => {
      // Chrome fires `input` during composition; the text is not final yet.
      if ((event as InputEvent).isComposing) {
        pending = true;
        return;
      }
      schedule();
    },
    listen,
  );
  target.addEventListener(
    'compositionstart',
    () => {
      composing = true;
      clearTimer();
    },
    listen,
  );
  target.addEventListener(
    'compositionend',
    () => {
      composing = false;
      // Another composition often follows at once (phrase by phrase): wait for a pause again.
      if (pending) schedule();
    },
    listen,
  );
  doc?.addEventListener(
    'visibilitychange',
    () => {
      if (pending && doc.visibilityState !== 'hidden' && timer === undefined) attempt();
    },
    listen,
  );
  signal.addEventListener('abort', clearTimer, { once: true });

  return {
    schedule,
    runNow: () => {
      if (signal.aborted) return;
      pending = true;
      attempt();
    },
    get pending() {
      return pending && !signal.aborted;
    },
  };
}
