// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createScheduler,
  IDLE_DELAY_MS,
  type SchedulerOptions,
} from '../../../lib/hints/scheduler';

/** A document stand-in whose visibility the test controls. */
function fakeDocument(initial: DocumentVisibilityState = 'visible') {
  const doc = new EventTarget() as EventTarget & { visibilityState: DocumentVisibilityState };
  doc.visibilityState = initial;
  return {
    doc: doc as unknown as Document,
    setVisibility(state: DocumentVisibilityState) {
      doc.visibilityState = state;
      doc.dispatchEvent(new Event('visibilitychange'));
    },
  };
}

function setup(overrides: Partial<SchedulerOptions> = {}) {
  const field = document.createElement('textarea');
  document.body.append(field);
  const controller = new AbortController();
  const visibility = fakeDocument();
  const run = vi.fn();
  const scheduler = createScheduler({
    run,
    target: field,
    signal: controller.signal,
    document: visibility.doc,
    ...overrides,
  });
  const type = (isComposing = false) =>
    field.dispatchEvent(new InputEvent('input', { bubbles: true, isComposing }));
  const fire = (name: string) => field.dispatchEvent(new Event(name, { bubbles: true }));
  return { field, controller, visibility, run, scheduler, type, fire };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

describe('scheduler: debounce', () => {
  it('runs once, 300 ms after the last input', () => {
    const { run, type } = setup();
    expect(IDLE_DELAY_MS).toBe(300);
    type();
    vi.advanceTimersByTime(200);
    type();
    vi.advanceTimersByTime(299);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(5000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('honours a custom delay', () => {
    const { run, type } = setup({ delay: 50 });
    type();
    vi.advanceTimersByTime(50);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runNow runs at once and cancels the pending timer', () => {
    const { run, type, scheduler } = setup();
    type();
    expect(scheduler.pending).toBe(true);
    scheduler.runNow();
    expect(run).toHaveBeenCalledTimes(1);
    expect(scheduler.pending).toBe(false);
    vi.advanceTimersByTime(1000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('schedule() can be called directly (e.g. after a paste the page handled)', () => {
    const { run, scheduler } = setup();
    scheduler.schedule();
    vi.advanceTimersByTime(300);
    expect(run).toHaveBeenCalledTimes(1);
  });
});

describe('scheduler: IME composition', () => {
  it('never runs during a composition, then runs after a pause once it ends', () => {
    const { run, type, fire } = setup();
    fire('compositionstart');
    type(true);
    vi.advanceTimersByTime(2000);
    type(true);
    vi.advanceTimersByTime(2000);
    expect(run).not.toHaveBeenCalled();
    fire('compositionend');
    vi.advanceTimersByTime(299);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('a composition starting cancels a run that was waiting', () => {
    const { run, type, fire } = setup();
    type();
    vi.advanceTimersByTime(100);
    fire('compositionstart');
    vi.advanceTimersByTime(1000);
    expect(run).not.toHaveBeenCalled();
    fire('compositionend');
    vi.advanceTimersByTime(300);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('back-to-back compositions (phrase by phrase) run once at the end', () => {
    const { run, type, fire } = setup();
    for (let i = 0; i < 3; i++) {
      fire('compositionstart');
      type(true);
      fire('compositionend');
      vi.advanceTimersByTime(100);
    }
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(200);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('a composition that changed nothing queues nothing', () => {
    const { run, fire } = setup();
    fire('compositionstart');
    fire('compositionend');
    vi.advanceTimersByTime(1000);
    expect(run).not.toHaveBeenCalled();
  });

  it('runNow during a composition waits for its end', () => {
    const { run, fire, scheduler } = setup();
    fire('compositionstart');
    scheduler.runNow();
    expect(run).not.toHaveBeenCalled();
    fire('compositionend');
    vi.advanceTimersByTime(300);
    expect(run).toHaveBeenCalledTimes(1);
  });
});

describe('scheduler: hidden tabs', () => {
  it('does not run while hidden, and runs once when visible again', () => {
    const { run, type, visibility } = setup();
    visibility.setVisibility('hidden');
    type();
    vi.advanceTimersByTime(5000);
    expect(run).not.toHaveBeenCalled();
    visibility.setVisibility('visible');
    expect(run).toHaveBeenCalledTimes(1);
    visibility.setVisibility('hidden');
    visibility.setVisibility('visible');
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('a tab hidden while the timer waits runs on return', () => {
    const { run, type, visibility } = setup();
    type();
    visibility.setVisibility('hidden');
    vi.advanceTimersByTime(300);
    expect(run).not.toHaveBeenCalled();
    visibility.setVisibility('visible');
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('becoming visible with nothing pending runs nothing', () => {
    const { run, visibility } = setup();
    visibility.setVisibility('hidden');
    visibility.setVisibility('visible');
    expect(run).not.toHaveBeenCalled();
  });

  it('uses the target document by default', () => {
    const field = document.createElement('textarea');
    const controller = new AbortController();
    const run = vi.fn();
    createScheduler({ run, target: field, signal: controller.signal });
    const state = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    field.dispatchEvent(new InputEvent('input'));
    vi.advanceTimersByTime(300);
    expect(run).not.toHaveBeenCalled();
    state.mockReturnValue('visible');
    document.dispatchEvent(new Event('visibilitychange'));
    expect(run).toHaveBeenCalledTimes(1);
    controller.abort();
  });
});

describe('scheduler: abort', () => {
  it('after abort nothing fires: not the pending timer, not new input, not visibility', () => {
    const { run, type, fire, controller, visibility, scheduler } = setup();
    type();
    controller.abort();
    vi.advanceTimersByTime(1000);
    type();
    fire('compositionstart');
    fire('compositionend');
    visibility.setVisibility('hidden');
    visibility.setVisibility('visible');
    scheduler.schedule();
    scheduler.runNow();
    vi.advanceTimersByTime(1000);
    expect(run).not.toHaveBeenCalled();
    expect(scheduler.pending).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('adds every listener with the signal', () => {
    const field = document.createElement('textarea');
    const { doc } = fakeDocument();
    const controller = new AbortController();
    const onField = vi.spyOn(field, 'addEventListener');
    const onDoc = vi.spyOn(doc, 'addEventListener');
    createScheduler({ run: () => {}, target: field, signal: controller.signal, document: doc });
    const calls = [...onField.mock.calls, ...onDoc.mock.calls];
    expect(calls.map((c) => c[0]).sort()).toEqual([
      'compositionend',
      'compositionstart',
      'input',
      'visibilitychange',
    ]);
    for (const call of calls) expect(call[2]).toMatchObject({ signal: controller.signal });
  });
});
