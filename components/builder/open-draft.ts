import type { Lang } from '@/lib/analysis/schema';
import type { Draft, DraftsRepository } from '@/lib/drafts';
import { emptyGoal } from '@/lib/goals/goal';
import { draftFieldsOf } from './draft-session';

/**
 * Which draft the builder opens: the one named in the URL (`?draft=`, from "Open in builder"), else
 * the one the background left for the popup (`builder:pendingDraft`, consumed), else the most
 * recently updated active draft, else a new blank one.
 */
export interface StartRequest {
  requestedId?: string | null;
  /** Reads and removes the draft id the background left for the popup. */
  consumePending?: () => Promise<string | undefined>;
  /** Language of a new blank goal. */
  lang: Lang;
  /** The most recently updated active draft when its read has already begun (the popup starts it
   * while the settings load); read here otherwise. */
  latest?: Promise<Draft | undefined>;
}

export interface StartDraft {
  draft: Draft;
  /** The requested draft was not found (deleted for good, or a stale link). */
  missing: string | null;
}

export async function openStartDraft(
  repository: Pick<DraftsRepository, 'get' | 'list' | 'create'>,
  request: StartRequest,
): Promise<StartDraft> {
  let missing: string | null = null;
  const requested = request.requestedId ?? (await request.consumePending?.());
  if (requested) {
    const draft = await repository.get(requested);
    if (draft) return { draft, missing };
    missing = requested;
  }
  const latest = await (request.latest ?? repository.list({ limit: 1 }).then((l) => l.drafts[0]));
  if (latest) return { draft: latest, missing };
  return { draft: await createBlankDraft(repository, request.lang), missing };
}

export function createBlankDraft(
  repository: Pick<DraftsRepository, 'create'>,
  lang: Lang,
  parentId: string | null = null,
): Promise<Draft> {
  const goal = emptyGoal(lang);
  goal.smart.relevance.parentId = parentId;
  return repository.create(draftFieldsOf(goal, { source: null }));
}
