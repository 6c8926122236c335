import { describe, expect, it } from 'vitest';
import { descendantsOf, parentCandidates, type HierarchyNode } from '@/lib/goals/hierarchy';

const tree = (pairs: [string, string | null][]): HierarchyNode[] =>
  pairs.map(([id, parentId]) => ({ id, parentId }));

describe('goal hierarchy', () => {
  const goals = tree([
    ['brand', null],
    ['leads', 'brand'],
    ['mql', 'leads'],
    ['sql', 'mql'],
    ['hiring', null],
    ['recruiter', 'hiring'],
  ]);

  it.each<[string, string[]]>([
    ['brand', ['leads', 'mql', 'sql']],
    ['leads', ['mql', 'sql']],
    ['sql', []],
    ['hiring', ['recruiter']],
    ['unknown', []],
  ])('descendants of %s', (id, expected) => {
    expect([...descendantsOf(id, goals)].sort()).toEqual(expected.sort());
  });

  it.each<[string, string[]]>([
    ['leads', ['brand', 'hiring', 'recruiter']],
    ['sql', ['brand', 'leads', 'mql', 'hiring', 'recruiter']],
    ['brand', ['hiring', 'recruiter']],
  ])('%s may go under neither itself nor its own objectives', (id, expected) => {
    expect(parentCandidates(id, goals).map((g) => g.id)).toEqual(expected);
  });

  it('terminates on a loop already stored and keeps it out of the candidates', () => {
    const looped = tree([
      ['a', 'b'],
      ['b', 'a'],
      ['c', null],
    ]);
    expect([...descendantsOf('a', looped)]).toEqual(['b']);
    expect(parentCandidates('a', looped).map((g) => g.id)).toEqual(['c']);
  });
});
