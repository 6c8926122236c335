import type { DraftsRepository } from '../drafts/repository';
import type { Goal } from '../goals/goal';
import type { GoalFromTextOptions } from '../goals/from-text';
import { toSentence } from '../goals/sentence';
import type { BackgroundMessages, RequestOf, ResponseOf } from '../messages';
import type { OpenBuilder } from './open-builder';

export interface DraftFromTextDeps {
  drafts: Pick<DraftsRepository, 'create'>;
  goalFromText: (text: string, options: GoalFromTextOptions) => Goal;
  openBuilder: OpenBuilder;
  /** YYYY-MM-DD, read per request: the worker may live across midnight. */
  today: () => string;
}

/**
 * "Open in builder" and "Make this SMART": the text becomes a draft whose fields are prefilled
 * from what the engine found, then the builder opens on it. The builder is asked to open first
 * (a user gesture does not survive the database write) and learns the draft id when it exists.
 */
export function createDraftFromText(deps: DraftFromTextDeps) {
  return async (
    request: RequestOf<BackgroundMessages, 'draft/create-from-text'>,
    context: { tabId?: number } = {},
  ): Promise<ResponseOf<BackgroundMessages, 'draft/create-from-text'>> => {
    const creating = (async () => {
      const goal = deps.goalFromText(request.text, {
        today: deps.today(),
        ...(request.lang ? { lang: request.lang } : {}),
      });
      const draft = await deps.drafts.create({
        lang: goal.lang,
        content: goal,
        // Search reads `text`; a goal with no field filled still finds the words it came from.
        text: toSentence(goal) || request.text.trim(),
        source: request.source,
      });
      return draft.id;
    })();
    const opening = request.open
      ? deps.openBuilder({ place: request.open, draft: creating, tabId: context.tabId })
      : Promise.resolve(null);
    const [draftId, opened] = await Promise.all([creating, opening]);
    return { draftId, opened };
  };
}
