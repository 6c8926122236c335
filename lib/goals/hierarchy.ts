/**
 * The goal hierarchy by `parentId`. A goal may not sit under itself or under one of its own
 * objectives: that would make a loop the Plan view could not draw.
 */
export interface HierarchyNode {
  id: string;
  parentId: string | null;
}

/** Every goal under `id`, at any depth (loops already stored are followed once). */
export function descendantsOf(id: string, nodes: readonly HierarchyNode[]): Set<string> {
  const children = new Map<string, string[]>();
  for (const n of nodes) {
    if (n.parentId === null) continue;
    const list = children.get(n.parentId);
    if (list) list.push(n.id);
    else children.set(n.parentId, [n.id]);
  }
  const found = new Set<string>();
  const stack = [...(children.get(id) ?? [])];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (next === id || found.has(next)) continue;
    found.add(next);
    stack.push(...(children.get(next) ?? []));
  }
  return found;
}

/** The goals `id` may be placed under: all but itself and its descendants. */
export function parentCandidates<T extends HierarchyNode>(id: string, nodes: readonly T[]): T[] {
  const below = descendantsOf(id, nodes);
  return nodes.filter((n) => n.id !== id && !below.has(n.id));
}
