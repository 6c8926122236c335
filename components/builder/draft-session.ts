import {
  createAutosave,
  createDraftSaver,
  type AutosaveStatus,
  type Draft,
  type DraftFields,
  type DraftsRepository,
} from '@/lib/drafts';
import { GoalSchema, emptyGoal, type Goal } from '@/lib/goals/goal';
import { toSentence } from '@/lib/goals/sentence';
import type { DraftJournal } from './draft-journal';

/**
 * One draft open in the builder: the goal being edited, saved as you go. Every change is journalled
 * synchronously (see draft-journal.ts) and autosaved within 500 ms; `flush` saves at once (the app
 * calls it on `visibilitychange` and `pagehide`). When another view saved the draft in between, the
 * repository keeps both (a conflict copy) and the session continues on the copy, telling the UI.
 */

export interface DraftSessionEvents {
  onStatus?: (status: AutosaveStatus) => void;
  /** The edits went to a conflict copy (`copy`): another view changed `current` meanwhile. */
  onConflict?: (copy: Draft, current: Draft) => void;
}

export interface DraftSession {
  /** The draft being edited: the one opened, or its conflict copy after a conflict. */
  readonly draft: Draft;
  readonly goal: Goal;
  /** Set when the stored content did not parse as a goal: the UI says so before it is replaced. */
  readonly unreadable: boolean;
  update(goal: Goal): void;
  flush(): Promise<AutosaveStatus>;
  readonly status: AutosaveStatus;
  dispose(): void;
}

/** The goal a draft holds; an empty goal in the draft's language when the content is unreadable. */
export function goalOfDraft(draft: Pick<Draft, 'content' | 'lang'>): {
  goal: Goal;
  unreadable: boolean;
} {
  const parsed = GoalSchema.safeParse({ lang: draft.lang, ...draft.content });
  return parsed.success
    ? { goal: parsed.data, unreadable: false }
    : { goal: emptyGoal(draft.lang), unreadable: true };
}

/** The draft fields a goal is saved as: the sentence is what search and lists show. */
export function draftFieldsOf(goal: Goal, base: Pick<Draft, 'source'>): DraftFields {
  const sentence = toSentence(goal);
  const title =
    sentence ||
    goal.why.broadGoal.trim().split('\n')[0] ||
    goal.smart.metric.trim() ||
    goal.why.hunger.trim().split('\n')[0] ||
    '';
  return {
    title: title.slice(0, 200),
    lang: goal.lang,
    content: goal as unknown as Record<string, unknown>,
    text: sentence,
    parentId: goal.smart.relevance.parentId,
    source: base.source,
  };
}

export function openDraftSession(
  repository: Pick<DraftsRepository, 'save'>,
  journal: DraftJournal,
  draft: Draft,
  events: DraftSessionEvents = {},
): DraftSession {
  const pending = journal.read(draft.id);
  // A journalled edit is replayed on the revision it was made on: if another view saved since, the
  // save turns it into a conflict copy instead of overwriting that view's work.
  const start = pending ? { ...draft, revision: pending.revision } : draft;
  const read = goalOfDraft(pending ? { ...draft, ...pending.fields } : draft);
  let goal = read.goal;
  let disposed = false;

  const saver = createDraftSaver(repository, start, {
    onConflict: (result) => {
      const moved = journal.read(result.current.id);
      journal.remove(result.current.id);
      if (moved) journal.write(result.copy.id, { ...moved, revision: result.copy.revision });
      events.onConflict?.(result.copy, result.current);
    },
  });

  const autosave = createAutosave<DraftFields>({
    save: async (fields) => {
      const result = await saver.save(fields);
      // Later keystrokes were journalled on the old revision; they build on this save, not against it.
      const id = saver.current.id;
      const entry = journal.read(id);
      if (entry) journal.write(id, { ...entry, revision: saver.current.revision });
      return result;
    },
    onStatus: (status) => {
      if (status === 'saved') journal.remove(saver.current.id);
      if (!disposed) events.onStatus?.(status);
    },
  });

  if (pending) autosave.update(pending.fields);

  return {
    get draft() {
      return saver.current;
    },
    get goal() {
      return goal;
    },
    unreadable: read.unreadable,
    update(next) {
      goal = next;
      const current = saver.current;
      const fields = draftFieldsOf(next, current);
      journal.write(current.id, { revision: current.revision, fields });
      autosave.update(fields);
    },
    flush: () => autosave.flush(),
    get status() {
      return autosave.status;
    },
    dispose() {
      disposed = true;
      autosave.dispose();
    },
  };
}
