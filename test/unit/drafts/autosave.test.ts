import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import {
  classifySaveError,
  createAutosave,
  type AutosaveStatus,
} from '../../../lib/drafts/autosave';
import { DatabaseBlockedError } from '../../../lib/drafts/database';
import { createDraftSaver } from '../../../lib/drafts/draft-saver';
import { sample, setup } from './helpers';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/** A save function whose calls resolve or reject when the test says so. */
function controlledSave() {
  const calls: { value: string; resolve: () => void; reject: (e: unknown) => void }[] = [];
  const save = vi.fn(
    (value: string) =>
      new Promise<void>((resolve, reject) => {
        calls.push({ value, resolve, reject });
      }),
  );
  return { save, calls };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('autosave timing', () => {
  it('saves once, with the latest value, 500 ms after the last change', async () => {
    const save = vi.fn(async (_: string) => undefined);
    const autosave = createAutosave({ save });
    autosave.update('I');
    await vi.advanceTimersByTimeAsync(300);
    autosave.update('I will');
    await vi.advanceTimersByTimeAsync(300);
    autosave.update('I will grow');
    expect(autosave.status).toBe('pending');
    await vi.advanceTimersByTimeAsync(499);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith('I will grow');
    expect(autosave.status).toBe('saved');
    expect(autosave.unsaved).toBeUndefined();
  });

  it('caps the delay at 500 ms', async () => {
    const save = vi.fn(async (_: string) => undefined);
    const autosave = createAutosave({ save, delayMs: 5_000 });
    autosave.update('x');
    await vi.advanceTimersByTimeAsync(500);
    expect(save).toHaveBeenCalledWith('x');
  });

  it('still saves during continuous typing, at most maxWaitMs after the first change', async () => {
    const save = vi.fn(async (_: string) => undefined);
    const autosave = createAutosave({ save, maxWaitMs: 2_000 });
    for (let i = 1; i <= 10; i++) {
      autosave.update(`v${i}`);
      await vi.advanceTimersByTimeAsync(250);
    }
    // 2.5 s of typing every 250 ms: one save at the 2 s mark, with what was typed by then.
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith('v8');
    await vi.advanceTimersByTimeAsync(500);
    expect(save).toHaveBeenLastCalledWith('v10');
  });

  it('flushes at once on demand (visibilitychange/pagehide) and reports the status', async () => {
    const save = vi.fn(async (_: string) => undefined);
    const autosave = createAutosave({ save });
    expect(await autosave.flush()).toBe('saved');
    expect(save).not.toHaveBeenCalled();
    autosave.update('typed just before closing');
    expect(await autosave.flush()).toBe('saved');
    expect(save).toHaveBeenCalledWith('typed just before closing');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('never runs two saves at once, and flush waits for the one in flight', async () => {
    const { save, calls } = controlledSave();
    const autosave = createAutosave({ save });
    autosave.update('a');
    await vi.advanceTimersByTimeAsync(500);
    expect(autosave.status).toBe('saving');
    autosave.update('ab');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(save).toHaveBeenCalledTimes(1);

    const flushed = autosave.flush();
    calls[0]!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(save).toHaveBeenCalledTimes(2);
    expect(calls[1]!.value).toBe('ab');
    calls[1]!.resolve();
    expect(await flushed).toBe('saved');
  });

  it('saves changes made during a save right after it', async () => {
    const { save, calls } = controlledSave();
    const autosave = createAutosave({ save });
    autosave.update('a');
    await vi.advanceTimersByTimeAsync(500);
    autosave.update('ab');
    calls[0]!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls.map((c) => c.value)).toEqual(['a', 'ab']);
    calls[1]!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(autosave.status).toBe('saved');
  });

  it('publishes status changes', async () => {
    const statuses: AutosaveStatus[] = [];
    const autosave = createAutosave({
      save: async () => undefined,
      onStatus: (s) => statuses.push(s),
    });
    autosave.update('a');
    await vi.advanceTimersByTimeAsync(500);
    expect(statuses).toEqual(['pending', 'saving', 'saved']);
  });
});

describe('autosave failures', () => {
  it('keeps the unsaved text, says why, and retries later', async () => {
    const save = vi.fn(async (_: string) => undefined);
    save.mockRejectedValueOnce(quota());
    const autosave = createAutosave({ save, retryDelaysMs: [3_000] });
    autosave.update('Raise NPS from 30 to 45 by Q4');
    await vi.advanceTimersByTimeAsync(500);
    expect(autosave.status).toEqual({ error: 'quota', message: 'The quota has been exceeded.' });
    expect(autosave.unsaved).toBe('Raise NPS from 30 to 45 by Q4');

    await vi.advanceTimersByTimeAsync(2_999);
    expect(save).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledTimes(2);
    expect(save).toHaveBeenLastCalledWith('Raise NPS from 30 to 45 by Q4');
    expect(autosave.status).toBe('saved');
    expect(autosave.unsaved).toBeUndefined();
  });

  it('keeps the newest text typed while failing, without saving on every keystroke', async () => {
    const save = vi.fn(async (_: string) => {
      throw quota();
    });
    const autosave = createAutosave({ save, retryDelaysMs: [2_000, 10_000] });
    autosave.update('a');
    await vi.advanceTimersByTimeAsync(500);
    for (const v of ['ab', 'abc', 'abcd']) {
      autosave.update(v);
      await vi.advanceTimersByTimeAsync(500);
    }
    await vi.advanceTimersByTimeAsync(500);
    // Typing did not trigger saves; only the retry (2 s after the failure) did, with the newest text.
    expect(save.mock.calls.map(([v]) => v)).toEqual(['a', 'abcd']);
    expect(autosave.unsaved).toBe('abcd');
    expect(autosave.status).toMatchObject({ error: 'quota' });
    // Backoff: the next retry waits the second delay.
    await vi.advanceTimersByTimeAsync(9_999);
    expect(save).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledTimes(3);
  });

  it('flush retries at once and resolves with the error instead of throwing', async () => {
    const save = vi.fn(async (_: string) => undefined);
    save.mockRejectedValueOnce(new DatabaseBlockedError('blocked by an old tab'));
    save.mockRejectedValueOnce(new DatabaseBlockedError('blocked by an old tab'));
    const autosave = createAutosave({ save });
    autosave.update('x');
    expect(await autosave.flush()).toEqual({ error: 'blocked', message: 'blocked by an old tab' });
    expect(await autosave.flush()).toMatchObject({ error: 'blocked' });
    expect(await autosave.flush()).toBe('saved');
    expect(save).toHaveBeenCalledTimes(3);
  });

  it('classifies errors by name, also through causes and across messaging', () => {
    expect(classifySaveError(quota())).toMatchObject({ error: 'quota' });
    expect(classifySaveError({ name: 'QuotaExceededError', message: 'full' })).toMatchObject({
      error: 'quota',
    });
    expect(classifySaveError(new Error('wrapped', { cause: quota() }))).toMatchObject({
      error: 'quota',
      message: 'wrapped',
    });
    expect(classifySaveError({ name: 'DatabaseBlockedError' })).toMatchObject({ error: 'blocked' });
    expect(classifySaveError(new TypeError('boom'))).toEqual({ error: 'unknown', message: 'boom' });
    expect(classifySaveError('plain')).toEqual({ error: 'unknown', message: 'plain' });
  });

  it('stops its timers on dispose and keeps the unsaved value readable', async () => {
    const save = vi.fn(async (_: string) => undefined);
    const autosave = createAutosave({ save });
    autosave.update('x');
    autosave.dispose();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(save).not.toHaveBeenCalled();
    expect(autosave.unsaved).toBe('x');
  });
});

describe('autosave with the repository', () => {
  // fake-indexeddb schedules its work with setImmediate; flush() needs no timers anyway.
  beforeEach(() => {
    vi.useRealTimers();
  });

  it('tracks revisions, and after a conflict keeps editing the copy instead of making more', async () => {
    const { repo } = setup();
    const draft = await repo.create(sample());
    const onConflict = vi.fn();
    const saver = createDraftSaver(repo, draft, { onConflict });
    const autosave = createAutosave({ save: saver.save });
    const fields = { ...draft };

    autosave.update({ ...fields, text: 'first edit' });
    await autosave.flush();
    autosave.update({ ...fields, text: 'second edit' });
    await autosave.flush();
    expect(await repo.get(draft.id)).toMatchObject({ text: 'second edit', revision: 3 });

    // Another page saves meanwhile.
    await repo.save({ ...draft, text: 'from elsewhere' }, 3);
    autosave.update({ ...fields, text: 'third edit' });
    await autosave.flush();
    expect(onConflict).toHaveBeenCalledTimes(1);
    const copyId = saver.current.id;
    expect(copyId).not.toBe(draft.id);

    autosave.update({ ...fields, text: 'fourth edit' });
    await autosave.flush();
    expect(onConflict).toHaveBeenCalledTimes(1);
    expect(await repo.get(draft.id)).toMatchObject({ text: 'from elsewhere' });
    expect(await repo.get(copyId)).toMatchObject({ text: 'fourth edit', conflictOf: draft.id });
    expect((await repo.list()).drafts).toHaveLength(2);
  });
});
