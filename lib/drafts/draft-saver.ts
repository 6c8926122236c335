import type { Draft, DraftFields } from './draft';
import type { DraftsRepository, SaveResult } from './repository';

/**
 * The save function an editor hands to `createAutosave`: it remembers which draft and revision the
 * editor is on, so each save carries the right `expectedRevision`. After a conflict the editor
 * continues on the conflict copy (the stored version stays as it was); without this, every later
 * autosave would raise one more conflict copy.
 */
export interface DraftSaver {
  save(fields: DraftFields): Promise<SaveResult>;
  /** The draft the editor is on now: the original, or the conflict copy after a conflict. */
  readonly current: Draft;
}

export function createDraftSaver(
  repo: Pick<DraftsRepository, 'save'>,
  start: Draft,
  hooks: { onConflict?: (result: Extract<SaveResult, { status: 'conflict' }>) => void } = {},
): DraftSaver {
  let current = start;
  return {
    async save(fields) {
      const result = await repo.save({ ...fields, id: current.id }, current.revision);
      if (result.status === 'saved') current = result.draft;
      else {
        current = result.copy;
        hooks.onConflict?.(result);
      }
      return result;
    },
    get current() {
      return current;
    },
  };
}
