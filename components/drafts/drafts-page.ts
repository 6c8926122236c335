import type { Draft, DraftsRepository, DraftStatus, SortKey } from '@/lib/drafts';

/**
 * One page of the drafts list: the first `limit` drafts of a status, by the chosen order or, with a
 * query, by the repository's search ranking. Asks for one more than it shows to know whether a
 * "Load more" is needed, and looks up the titles of parents that are not on the page.
 */

export interface PageRequest {
  query: string;
  status: DraftStatus;
  sort: SortKey;
  limit: number;
}

export interface DraftsPage {
  drafts: Draft[];
  hasMore: boolean;
  /** Parent id → its title, for parents that exist (any status); missing parents are absent. */
  parentTitles: ReadonlyMap<string, string>;
  /** Records found corrupted while reading this page (moved to quarantine by the repository). */
  quarantined: number;
}

export const PAGE_SIZE = 100;

export async function loadDraftsPage(
  repository: Pick<DraftsRepository, 'list' | 'search' | 'getMany'>,
  request: PageRequest,
): Promise<DraftsPage> {
  const { query, status, sort, limit } = request;
  const found =
    query.trim() === ''
      ? await repository.list({ status, sort, limit: limit + 1 })
      : await repository.search(query, { status, limit: limit + 1 });
  const drafts = found.drafts.slice(0, limit);

  const parentTitles = new Map<string, string>();
  const byId = new Map(drafts.map((d) => [d.id, d]));
  const missing = new Set<string>();
  for (const draft of drafts) {
    if (draft.parentId === null) continue;
    const parent = byId.get(draft.parentId);
    if (parent) parentTitles.set(parent.id, parent.title);
    else missing.add(draft.parentId);
  }
  let quarantined = found.quarantined;
  if (missing.size > 0) {
    const parents = await repository.getMany([...missing]);
    for (const parent of parents.drafts) parentTitles.set(parent.id, parent.title);
    quarantined += parents.quarantined;
  }
  return { drafts, hasMore: found.drafts.length > limit, parentTitles, quarantined };
}
