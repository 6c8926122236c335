import { describe, it, expect } from 'vitest';
import { LANGS } from '../../../lib/analysis/schema';
import { DRAFT_LANGS, DraftSchema, DraftEditSchema } from '../../../lib/drafts/draft';

const valid = {
  id: 'a',
  title: 't',
  lang: 'ru',
  content: { any: ['thing'] },
  text: '',
  parentId: null,
  status: 'archived',
  source: { url: 'https://x.test', site: 'x.test' },
  createdAt: 1,
  updatedAt: 2,
  revision: 1,
};

describe('draft schema', () => {
  it('uses the same languages as the engine', () => {
    expect([...DRAFT_LANGS]).toEqual([...LANGS]);
  });

  it('accepts a valid record and rejects broken ones', () => {
    expect(DraftSchema.parse(valid)).toEqual(valid);
    expect(DraftSchema.safeParse({ ...valid, revision: 1.5 }).success).toBe(false);
    expect(DraftSchema.safeParse({ ...valid, parentId: undefined }).success).toBe(false);
    expect(DraftSchema.safeParse({ ...valid, status: 'gone' }).success).toBe(false);
    expect(DraftSchema.safeParse({ ...valid, content: null }).success).toBe(false);
  });

  it('keeps the editable fields only when editing', () => {
    expect(Object.keys(DraftEditSchema.parse(valid)).sort()).toEqual([
      'content',
      'id',
      'lang',
      'parentId',
      'source',
      'text',
      'title',
    ]);
  });
});
