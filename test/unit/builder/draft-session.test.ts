import { describe, expect, it, vi } from 'vitest';
import { createDraftJournal, replayJournal } from '@/components/builder/draft-journal';
import { draftFieldsOf, goalOfDraft, openDraftSession } from '@/components/builder/draft-session';
import { createBlankDraft, openStartDraft } from '@/components/builder/open-draft';
import { GoalSchema, type Goal } from '@/lib/goals';
import { setup } from '../drafts/helpers';
import { memoryStorage } from './memory-storage';

const withMetric = (goal: Goal, metric: string): Goal =>
  GoalSchema.parse({ ...goal, smart: { ...goal.smart, metric } });

function fixture() {
  const storage = memoryStorage();
  const journal = createDraftJournal(storage);
  return { ...setup(), storage, journal };
}

describe('draft session: saved as you go, nothing lost', () => {
  it('journals every change synchronously and clears the journal once saved', async () => {
    const { repo, journal } = fixture();
    const draft = await createBlankDraft(repo, 'en');
    const session = openDraftSession(repo, journal, draft);

    session.update(withMetric(session.goal, 'trial signups'));
    // Before any save ran: the edit is already in the journal.
    expect(journal.read(draft.id)?.fields.content).toMatchObject({
      smart: { metric: 'trial signups' },
    });

    expect(await session.flush()).toBe('saved');
    expect(journal.read(draft.id)).toBeUndefined();
    const stored = await repo.get(draft.id);
    expect(stored?.title).toBe('Improve trial signups.');
    expect(goalOfDraft(stored!).goal.smart.metric).toBe('trial signups');
    session.dispose();
  });

  it('a session closed before saving is replayed when the draft is opened again', async () => {
    const { repo, journal } = fixture();
    const draft = await createBlankDraft(repo, 'en');
    const closed = openDraftSession(repo, journal, draft);
    closed.update(withMetric(closed.goal, 'demo requests'));
    closed.dispose(); // the popup closed: no save ran

    expect(goalOfDraft((await repo.get(draft.id))!).goal.smart.metric).toBe('');
    const reopened = openDraftSession(repo, journal, (await repo.get(draft.id))!);
    expect(reopened.goal.smart.metric).toBe('demo requests');
    await reopened.flush();
    expect(goalOfDraft((await repo.get(draft.id))!).goal.smart.metric).toBe('demo requests');
    expect(journal.ids()).toEqual([]);
  });

  it('an edit made on an older revision becomes a conflict copy and the session moves to it', async () => {
    const { repo, journal } = fixture();
    const draft = await createBlankDraft(repo, 'en');
    const onConflict = vi.fn();
    const popup = openDraftSession(repo, journal, draft, { onConflict });
    // Another view saves first.
    const panel = openDraftSession(repo, createDraftJournal(memoryStorage()), draft);
    panel.update(withMetric(panel.goal, 'from the side panel'));
    await panel.flush();

    popup.update(withMetric(popup.goal, 'from the popup'));
    await popup.flush();
    expect(onConflict).toHaveBeenCalledOnce();
    const copy = popup.draft;
    expect(copy.id).not.toBe(draft.id);
    expect(copy.conflictOf).toBe(draft.id);
    expect(goalOfDraft(copy).goal.smart.metric).toBe('from the popup');
    expect(goalOfDraft((await repo.get(draft.id))!).goal.smart.metric).toBe('from the side panel');

    // Later edits go to the copy, not to yet another conflict.
    popup.update(withMetric(popup.goal, 'from the popup, again'));
    await popup.flush();
    expect(onConflict).toHaveBeenCalledOnce();
    expect(goalOfDraft((await repo.get(copy.id))!).goal.smart.metric).toBe('from the popup, again');
  });

  it('replayJournal writes edits of other drafts left by closed windows', async () => {
    const { repo, journal } = fixture();
    const a = await createBlankDraft(repo, 'en');
    const b = await createBlankDraft(repo, 'en');
    const session = openDraftSession(repo, journal, a);
    session.update(withMetric(session.goal, 'left behind'));
    session.dispose();

    expect(await replayJournal(journal, repo, b.id)).toEqual([]);
    expect(goalOfDraft((await repo.get(a.id))!).goal.smart.metric).toBe('left behind');
    expect(journal.ids()).toEqual([]);
  });

  it('ignores a journal entry that does not parse', () => {
    const { storage, journal } = fixture();
    storage.setItem('builder:unsaved:x', '{not json');
    storage.setItem('builder:unsaved:y', JSON.stringify({ revision: 0, fields: {} }));
    expect(journal.read('x')).toBeUndefined();
    expect(journal.read('y')).toBeUndefined();
  });

  it('reads unreadable content as an empty goal and says so', () => {
    const read = goalOfDraft({ lang: 'ru', content: { smart: { baseline: 'lots' } } });
    expect(read.unreadable).toBe(true);
    expect(read.goal).toEqual(GoalSchema.parse({ lang: 'ru' }));
  });

  it('saves the sentence as text and the parent as parentId', () => {
    const goal = GoalSchema.parse({
      smart: { metric: 'NPS', target: 35, unit: 'points', relevance: { parentId: 'p-1' } },
    });
    const fields = draftFieldsOf(goal, { source: null });
    expect(fields).toMatchObject({ text: 'Bring NPS to 35.', parentId: 'p-1', lang: 'en' });
  });
});

describe('openStartDraft', () => {
  it('opens the requested draft, else the pending one (consumed), else the latest, else a blank one', async () => {
    const { repo, clock } = fixture();
    const blank = await openStartDraft(repo, { lang: 'vi' });
    expect(blank.draft.lang).toBe('vi');
    clock.advance(1000);
    const older = await createBlankDraft(repo, 'en');
    clock.advance(1000);
    const latest = await createBlankDraft(repo, 'en');

    expect((await openStartDraft(repo, { lang: 'en' })).draft.id).toBe(latest.id);
    expect((await openStartDraft(repo, { lang: 'en', requestedId: older.id })).draft.id).toBe(
      older.id,
    );
    const consumePending = vi.fn(async () => older.id);
    expect((await openStartDraft(repo, { lang: 'en', consumePending })).draft.id).toBe(older.id);
    expect(consumePending).toHaveBeenCalledOnce();

    const missing = await openStartDraft(repo, { lang: 'en', requestedId: 'gone' });
    expect(missing).toMatchObject({ missing: 'gone', draft: { id: latest.id } });
  });
});
