import { describe, it, expect } from 'vitest';
import { foldForSearch, matchKey, queryTerms, searchKey } from '../../../lib/drafts/search-text';
import { putRawEntries, sample, setup, storedEntry } from './helpers';

describe('search folding', () => {
  it('folds case, Latin diacritics, đ, ё and full-width forms', () => {
    expect(foldForSearch('Tăng Doanh Thu 20% trong Quý 3')).toBe('tang doanh thu 20% trong quy 3');
    expect(foldForSearch('Đạt mục tiêu')).toBe('dat muc tieu');
    expect(foldForSearch('Ёлка ЁЖИК')).toBe('елка ежик');
    expect(foldForSearch('ＡＢＣ１２３')).toBe('abc123');
    expect(foldForSearch('Café  naïve\n\tRÉSUMÉ')).toBe('cafe naive resume');
  });

  it('keeps Cyrillic й distinct from и, and leaves Chinese as is', () => {
    expect(foldForSearch('Мой план')).toBe('мой план');
    expect(foldForSearch('提高销售额')).toBe('提高销售额');
  });

  it('splits a query into unique folded terms', () => {
    expect(queryTerms('  Tăng   tang  DOANH ')).toEqual(['tang', 'doanh']);
    expect(queryTerms('   ')).toEqual([]);
  });

  it('ranks title matches above text matches and never matches across the two', () => {
    const key = searchKey('Sales plan', 'grow revenue');
    expect(matchKey(key, ['sales'])).toBe('title');
    expect(matchKey(key, ['sales', 'revenue'])).toBe('text');
    expect(matchKey(key, ['plan grow'])).toBeNull();
    expect(matchKey(key, ['missing'])).toBeNull();
  });
});

describe('repository search across languages', () => {
  async function corpus() {
    const ctx = setup();
    const { repo, clock } = ctx;
    const add = async (title: string, text: string, lang: 'en' | 'zh' | 'ru' | 'vi') => {
      clock.advance(1000);
      return repo.create(sample({ title, text, lang }));
    };
    await add('Newsletter', 'Increase subscribers from 1,200 to 2,000 by June 2026', 'en'); // d-1
    await add('销售目标', '在2026年第三季度前将月销售额从50万提高到80万', 'zh'); // d-2
    await add('Ёлочный базар', 'Увеличить выручку на 15% к декабрю', 'ru'); // d-3
    await add('Doanh thu', 'Tăng doanh thu quý 3 lên 20% so với quý 2', 'vi'); // d-4
    await add('Đào tạo', 'Hoàn thành 5 khóa học trước tháng 12', 'vi'); // d-5
    await add('Мой отчёт', 'Сдать отчёт до пятницы', 'ru'); // d-6
    return ctx;
  }
  const ids = (r: { drafts: { id: string }[] }) => r.drafts.map((d) => d.id);

  it('is case-insensitive in English', async () => {
    const { repo } = await corpus();
    expect(ids(await repo.search('SUBSCRIBERS'))).toEqual(['d-1']);
    expect(ids(await repo.search('newsletter june'))).toEqual(['d-1']);
  });

  it('finds Chinese substrings without word boundaries', async () => {
    const { repo } = await corpus();
    expect(ids(await repo.search('销售额'))).toEqual(['d-2']);
    expect(ids(await repo.search('第三季度'))).toEqual(['d-2']);
    expect(ids(await repo.search('目标'))).toEqual(['d-2']);
  });

  it('treats Russian ё and е alike, both ways, and keeps й', async () => {
    const { repo } = await corpus();
    expect(ids(await repo.search('елочный'))).toEqual(['d-3']);
    expect(ids(await repo.search('ОТЧЕТ'))).toEqual(['d-6']);
    expect(ids(await repo.search('отчёт'))).toEqual(['d-6']);
    expect(ids(await repo.search('мои'))).toEqual([]);
    expect(ids(await repo.search('мой'))).toEqual(['d-6']);
  });

  it('ignores Vietnamese diacritics: "tang" finds "Tăng", "dao tao" finds "Đào tạo"', async () => {
    const { repo } = await corpus();
    expect(ids(await repo.search('tang doanh thu'))).toEqual(['d-4']);
    expect(ids(await repo.search('Tăng'))).toEqual(['d-4']);
    expect(ids(await repo.search('dao tao'))).toEqual(['d-5']);
    expect(ids(await repo.search('khoa hoc'))).toEqual(['d-5']);
  });

  it('puts title matches first, then the most recently updated', async () => {
    const { repo } = await corpus();
    // "doanh" is in the title of the older d-4 and only in the text of a newer draft.
    const textOnly = await repo.create(sample({ title: 'Misc', text: 'doanh nghiệp', lang: 'vi' }));
    expect(ids(await repo.search('doanh'))).toEqual(['d-4', textOnly.id]);
  });

  it('searches active drafts by default, other statuses on request, with a limit', async () => {
    const { repo } = await corpus();
    await repo.delete('d-4');
    await repo.archive('d-5');
    expect(ids(await repo.search('quy'))).toEqual([]);
    expect(ids(await repo.search('quy', { status: 'deleted' }))).toEqual(['d-4']);
    expect(ids(await repo.search('a', { status: ['active', 'archived'], limit: 2 }))).toHaveLength(
      2,
    );
  });

  it('follows edits: the old words stop matching, the new ones match', async () => {
    const { repo } = await corpus();
    const d1 = (await repo.get('d-1'))!;
    await repo.save({ ...d1, text: 'Reach 500 paying readers' }, d1.revision);
    expect(ids(await repo.search('subscribers'))).toEqual([]);
    expect(ids(await repo.search('paying'))).toEqual(['d-1']);
  });

  it('lists by update when the query is empty', async () => {
    const { repo } = await corpus();
    expect(ids(await repo.search('  ', { limit: 2 }))).toEqual(['d-6', 'd-5']);
  });

  it('repairs a stale index entry and drops one whose draft is gone', async () => {
    const { repo, database } = await corpus();
    const db = await database.connect();
    // The entry claims "zebra" but the draft says otherwise; an orphan entry points nowhere.
    await putRawEntries(db, [
      { id: 'd-1', key: 'zebra\n', status: 'active', updatedAt: 1 },
      { id: 'ghost', key: 'zebra\n', status: 'active', updatedAt: 2 },
    ]);
    expect(ids(await repo.search('zebra'))).toEqual([]);
    expect(await storedEntry(db, 'ghost')).toBeUndefined();
    expect((await storedEntry(db, 'd-1'))?.key).toContain('subscribers');
    expect(ids(await repo.search('subscribers'))).toEqual(['d-1']);
  });

  it('quarantines a corrupted draft met by search', async () => {
    const { repo, database } = await corpus();
    const db = await database.connect();
    const raw = (await db.get('drafts', 'd-2')) as Record<string, unknown>;
    await db.put('drafts', { ...raw, revision: 'two' });
    expect(await repo.search('销售')).toEqual({ drafts: [], quarantined: 1 });
    expect(await storedEntry(db, 'd-2')).toBeUndefined();
  });

  it('rebuilds the index for drafts written around the repository', async () => {
    const { repo, database } = await corpus();
    const db = await database.connect();
    const raw = (await db.get('drafts', 'd-1')) as Record<string, unknown>;
    await db.put('drafts', { ...raw, id: 'restored', title: 'Restored from elsewhere' });
    expect(ids(await repo.search('restored'))).toEqual([]);
    expect(await repo.rebuildSearchIndex()).toEqual({ indexed: 7, quarantined: 0 });
    expect(ids(await repo.search('restored'))).toEqual(['restored']);
  });
});
