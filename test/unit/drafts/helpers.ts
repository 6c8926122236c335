import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { createDraftsDatabase, type OpenOptions } from '../../../lib/drafts/database';
import type { NewDraft } from '../../../lib/drafts/draft';
import { createDraftsRepository, type RepositoryOptions } from '../../../lib/drafts/repository';

/** A clock tests move by hand. */
export function manualClock(start = Date.UTC(2026, 0, 1)) {
  let time = start;
  return {
    now: () => time,
    advance(ms: number) {
      time += ms;
    },
  };
}

/** Predictable ids: d-1, d-2, … */
export function sequentialIds(prefix = 'd') {
  let n = 0;
  return () => `${prefix}-${++n}`;
}

/** A repository on its own in-memory IndexedDB, isolated from every other test. */
export function setup(options: RepositoryOptions & OpenOptions = {}) {
  const factory = options.factory ?? new IDBFactory();
  const database = createDraftsDatabase({ factory, name: options.name, version: options.version });
  const clock = manualClock();
  const repo = createDraftsRepository(database, {
    now: clock.now,
    newId: sequentialIds(),
    ...options,
  });
  return { factory, database, clock, repo };
}

export const sample = (overrides: Partial<NewDraft> = {}): NewDraft => ({
  title: 'Grow the newsletter',
  lang: 'en',
  text: 'Increase subscribers from 1,200 to 2,000 by 30 June 2026.',
  content: { metric: 'subscribers', baseline: 1200, target: 2000 },
  ...overrides,
});
