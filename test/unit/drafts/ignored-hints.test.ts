import { describe, it, expect } from 'vitest';
import { createIgnoredHints, hintHash, normalizeSite } from '../../../lib/drafts/ignored-hints';
import { manualClock, setup } from './helpers';

function hints() {
  const { database } = setup();
  const clock = manualClock();
  return { database, clock, hints: createIgnoredHints(database, { now: clock.now }) };
}

describe('ignored hints', () => {
  it('remembers a dismissal per site, across case, width and whitespace', async () => {
    const { hints: h } = hints();
    await h.ignore('docs.example.com', 'Improve  onboarding');
    expect(await h.isIgnored('docs.example.com', 'improve onboarding')).toBe(true);
    expect(await h.isIgnored('https://Docs.Example.com/d/123', ' IMPROVE ONBOARDING ')).toBe(true);
    expect(await h.isIgnored('docs.example.com', 'Ｉｍｐｒｏｖｅ onboarding')).toBe(true);
    expect(await h.isIgnored('mail.example.com', 'Improve onboarding')).toBe(false);
    expect(await h.isIgnored('docs.example.com', 'Improve retention')).toBe(false);
  });

  it('keeps Vietnamese diacritics apart and works in every language', async () => {
    const { hints: h } = hints();
    await h.ignore('x.test', 'Tăng doanh thu');
    await h.ignore('x.test', '提高销售额');
    await h.ignore('x.test', 'Увеличить выручку');
    expect(await h.isIgnored('x.test', 'tăng doanh thu')).toBe(true);
    expect(await h.isIgnored('x.test', 'tang doanh thu')).toBe(false);
    expect(await h.isIgnored('x.test', '提高销售额')).toBe(true);
    expect(await h.isIgnored('x.test', 'УВЕЛИЧИТЬ ВЫРУЧКУ')).toBe(true);
  });

  it('stores only a hash of the text, and ignoring twice keeps one record', async () => {
    const { hints: h, database, clock } = hints();
    const first = await h.ignore('x.test', 'Secret plan for Q3');
    clock.advance(1000);
    expect(await h.ignore('x.test', 'secret plan for q3')).toEqual(first);
    const db = await database.connect();
    const all = await db.getAll('ignoredHints');
    expect(all).toEqual([
      { site: 'x.test', hash: await hintHash('Secret plan for Q3'), createdAt: first.createdAt },
    ]);
    expect(JSON.stringify(all)).not.toMatch(/secret/i);
  });

  it('lists and clears one site only', async () => {
    const { hints: h, clock } = hints();
    await h.ignore('a.test', 'one');
    clock.advance(1);
    await h.ignore('a.test', 'two');
    await h.ignore('b.test', 'one');
    expect((await h.list('a.test')).map((x) => x.hash)).toEqual([
      await hintHash('one'),
      await hintHash('two'),
    ]);
    expect(await h.clear('a.test')).toBe(2);
    expect(await h.list('a.test')).toEqual([]);
    expect(await h.isIgnored('b.test', 'one')).toBe(true);
    expect(await h.clear('nobody.test')).toBe(0);
  });

  it('quarantines a corrupted record instead of failing', async () => {
    const { hints: h, database } = hints();
    await h.ignore('a.test', 'fine');
    const db = await database.connect();
    await db.put('ignoredHints', { site: 'a.test', hash: 'not-a-hash', createdAt: 'yesterday' });
    expect((await h.list('a.test')).map((x) => x.hash)).toEqual([await hintHash('fine')]);
    const quarantined = await db.getAll('quarantine');
    expect(quarantined).toHaveLength(1);
    expect(quarantined[0]).toMatchObject({ store: 'ignoredHints', key: ['a.test', 'not-a-hash'] });
  });

  it('normalizes sites and refuses an empty one', () => {
    expect(normalizeSite(' Example.COM. ')).toBe('example.com');
    expect(normalizeSite('https://user@sub.example.com:8080/path?q')).toBe('sub.example.com');
    expect(() => normalizeSite('  ')).toThrow(TypeError);
  });
});
