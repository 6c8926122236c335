import { describe, it, expect, vi } from 'vitest';
import { csvCell, toCsvRows } from '../../../lib/drafts/csv';
import type { Draft } from '../../../lib/drafts/draft';
import {
  describeImportIssue,
  draftsToCsv,
  draftsToJson,
  draftsToMarkdown,
  escapeMarkdown,
  exportDrafts,
  importDraftsJson,
  parseDraftsJson,
} from '../../../lib/drafts/exchange';
import { sample, setup } from './helpers';

const draft = (overrides: Partial<Draft> = {}): Draft => ({
  id: 'id-1',
  title: 'Grow the newsletter',
  lang: 'en',
  content: {},
  text: 'Increase subscribers to 2,000 by June 2026.',
  parentId: null,
  status: 'active',
  source: null,
  createdAt: Date.UTC(2026, 0, 1),
  updatedAt: Date.UTC(2026, 0, 2),
  revision: 1,
  ...overrides,
});

const file = (drafts: unknown[], header: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: 'smart-goals-drafts',
    version: 1,
    exportedAt: '2026-01-03T00:00:00.000Z',
    drafts,
    ...header,
  });

describe('JSON export and import', () => {
  it('exports a versioned file and imports it into an empty profile unchanged', async () => {
    const from = setup();
    await from.repo.create(sample({ title: 'en' }));
    await from.repo.create(sample({ title: '中文目标', lang: 'zh', text: '提高销售额' }));
    await from.repo.create(sample({ title: 'Цель', lang: 'ru', parentId: 'd-1' }));
    await from.repo.create(sample({ title: 'Mục tiêu', lang: 'vi' }));
    await from.repo.delete('d-4');

    const exported = await exportDrafts(from.repo, {
      format: 'json',
      now: () => Date.UTC(2026, 4, 1),
    });
    expect(exported).toMatchObject({
      filename: 'smart-goals-drafts-2026-05-01.json',
      mimeType: 'application/json',
      count: 3,
    });
    const parsed = JSON.parse(exported.content);
    expect(parsed).toMatchObject({
      format: 'smart-goals-drafts',
      version: 1,
      exportedAt: '2026-05-01T00:00:00.000Z',
    });

    const to = setup();
    expect(await importDraftsJson(to.repo, exported.content)).toEqual({
      status: 'imported',
      added: 3,
      unchanged: 0,
      copied: 0,
    });
    const all = await to.repo.list({
      status: ['active', 'archived', 'deleted'],
      sort: 'created',
      direction: 'asc',
    });
    expect(all.drafts).toEqual(parsed.drafts);
    expect((await to.repo.search('销售')).drafts.map((d) => d.title)).toEqual(['中文目标']);
  });

  it('exports only the selected drafts, in the order given, and the trash on request', async () => {
    const { repo } = setup();
    await repo.create(sample({ title: 'one' }));
    await repo.create(sample({ title: 'two' }));
    await repo.delete('d-2');
    const titles = (content: string) => (JSON.parse(content).drafts as Draft[]).map((d) => d.title);
    expect(
      titles((await exportDrafts(repo, { format: 'json', ids: ['d-2', 'd-1'] })).content),
    ).toEqual(['two', 'one']);
    expect(titles((await exportDrafts(repo, { format: 'json' })).content)).toEqual(['one']);
    expect(
      titles((await exportDrafts(repo, { format: 'json', includeDeleted: true })).content),
    ).toEqual(['one', 'two']);
  });

  it('re-importing the same file changes nothing; a different version becomes a copy', async () => {
    const { repo } = setup();
    const parent = draft({ id: 'p' });
    const child = draft({ id: 'c', parentId: 'p', title: 'child' });
    const text = draftsToJson([parent, child], new Date(0));
    expect(await importDraftsJson(repo, text)).toMatchObject({ added: 2 });
    expect(await importDraftsJson(repo, text)).toMatchObject({ added: 0, unchanged: 2, copied: 0 });

    // The stored parent moves on; importing the old file again must not overwrite it.
    const stored = (await repo.get('p'))!;
    await repo.save({ ...stored, text: 'edited here' }, stored.revision);
    const moved = draftsToJson(
      [parent, draft({ id: 'c2', parentId: 'p', title: 'new child' })],
      new Date(0),
    );
    expect(await importDraftsJson(repo, moved)).toEqual({
      status: 'imported',
      added: 1,
      unchanged: 0,
      copied: 1,
    });
    expect(await repo.get('p')).toMatchObject({ text: 'edited here' });
    const copy = (await repo.list()).drafts.find((d) => d.conflictOf === 'p')!;
    expect(copy).toMatchObject({ text: parent.text, title: `${parent.title} (conflict copy)` });
    // A child in the same file follows its parent to the copy.
    expect(await repo.get('c2')).toMatchObject({ parentId: copy.id });
  });

  it('names each invalid record by index and field path', () => {
    const result = parseDraftsJson(
      file([
        draft({ id: 'a' }),
        draft({ id: 'b' }),
        draft({ id: 'c' }),
        { ...draft({ id: 'd' }), lang: 'fr' },
        { ...draft({ id: 'e' }), title: 5, source: { url: 'x' } },
      ]),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map(describeImportIssue)).toEqual([
      'drafts[3].lang: expected one of en|zh|ru|vi',
      'drafts[4].title: expected string, received number',
      'drafts[4].source.site: expected string, received undefined',
    ]);
    expect(result.issues[0]).toMatchObject({ index: 3, path: 'drafts[3].lang' });
  });

  it('rejects files that are not an export, from a newer version, or with duplicate ids', () => {
    const messages = (text: string) => {
      const r = parseDraftsJson(text);
      return r.ok ? [] : r.issues.map(describeImportIssue);
    };
    expect(messages('{not json')[0]).toMatch(/^not JSON: /);
    expect(messages(file([], { format: 'something-else' }))).toEqual([
      'format: expected smart-goals-drafts',
    ]);
    expect(messages(file([], { version: 2 }))[0]).toMatch(/^version: made by a newer SMART Goals/);
    expect(messages(JSON.stringify([draft()]))).toEqual(['expected object, received array']);
    expect(messages(file([draft({ id: 'x' }), draft({ id: 'y' }), draft({ id: 'x' })]))).toEqual([
      'drafts[2].id: same id as drafts[0]',
    ]);
  });

  it('writes nothing from a file with one invalid record', async () => {
    const { repo } = setup();
    const text = file([
      draft({ id: 'a' }),
      draft({ id: 'b' }),
      { ...draft({ id: 'c' }), revision: 0 },
    ]);
    const result = await importDraftsJson(repo, text);
    expect(result.status).toBe('invalid');
    expect(result.status === 'invalid' && result.issues.map(describeImportIssue)).toEqual([
      'drafts[2].revision: too small: expected number to be >0',
    ]);
    expect((await repo.list({ status: ['active', 'archived', 'deleted'] })).drafts).toEqual([]);
  });

  it('writes nothing when the transaction fails halfway', async () => {
    const { repo } = setup();
    await repo.create(sample({ title: 'already here' }));
    // Fail the third draft the import writes, as a full disk would.
    const rawStoreProto = globalThis.IDBObjectStore.prototype;
    const realPut = rawStoreProto.put;
    let puts = 0;
    const spy = vi.spyOn(rawStoreProto, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      if (this.name === 'drafts' && ++puts === 3) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return realPut.apply(this, args);
    });
    try {
      const text = file([
        draft({ id: 'a' }),
        draft({ id: 'b' }),
        draft({ id: 'c' }),
        draft({ id: 'd' }),
      ]);
      await expect(importDraftsJson(repo, text)).rejects.toMatchObject({
        name: 'QuotaExceededError',
      });
    } finally {
      spy.mockRestore();
    }
    const left = await repo.list({ status: ['active', 'archived', 'deleted'] });
    expect(left.drafts.map((d) => d.title)).toEqual(['already here']);
    expect((await repo.search('newsletter')).drafts).toEqual([]);
  });
});

describe('CSV export', () => {
  it('quotes per RFC 4180: commas, quotes, CR and LF; rows end in CRLF', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line 1\nline 2')).toBe('"line 1\nline 2"');
    expect(csvCell('cr\r')).toBe('"cr\r"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(3)).toBe('3');
    expect(
      toCsvRows([
        ['a', 'b'],
        ['c,d', ''],
      ]),
    ).toBe('a,b\r\n"c,d",\r\n');
  });

  it('defuses formula injection: cells starting with = + - @ tab CR get a leading quote', () => {
    expect(csvCell('=HYPERLINK("http://evil.test","x")')).toBe(
      `"'=HYPERLINK(""http://evil.test"",""x"")"`,
    );
    expect(csvCell('+1+2')).toBe("'+1+2");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('\r=1')).toBe(`"'\r=1"`);
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('writes a header and one row per draft, with a BOM for spreadsheet apps', () => {
    const csv = draftsToCsv([
      draft({
        title: '=cmd|calc',
        text: 'Tăng 20%, "nhanh"',
        source: { url: 'https://x.test', site: 'x.test' },
      }),
      draft({ id: 'id-2', title: '目标', lang: 'zh', text: 'line\nbreak' }),
    ]);
    expect(
      csv.startsWith(
        '\uFEFFid,title,lang,status,text,parentId,conflictOf,sourceUrl,sourceSite,createdAt,updatedAt,revision\r\n',
      ),
    ).toBe(true);
    const rows = csv.slice(1).split('\r\n');
    expect(rows[1]).toBe(
      `id-1,'=cmd|calc,en,active,"Tăng 20%, ""nhanh""",,,https://x.test,x.test,2026-01-01T00:00:00.000Z,2026-01-02T00:00:00.000Z,1`,
    );
    expect(rows[2]).toBe(
      'id-2,目标,zh,active,"line\nbreak",,,,,2026-01-01T00:00:00.000Z,2026-01-02T00:00:00.000Z,1',
    );
    expect(rows[3]).toBe('');
    expect(draftsToCsv([], { bom: false })).toMatch(/^id,/);
  });
});

describe('Markdown export', () => {
  it('escapes Markdown and HTML so text shows as written', () => {
    expect(escapeMarkdown('**bold** <script>')).toBe('\\*\\*bold\\*\\* \\<script\\>');
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
    expect(escapeMarkdown('- not a list')).toBe('\\- not a list');
    expect(escapeMarkdown('1. not ordered')).toBe('1\\. not ordered');
    expect(escapeMarkdown('[link](javascript:x)')).toBe('\\[link\\](javascript:x)');
    expect(escapeMarkdown('by 2026-03-01, +20%')).toBe('by 2026-03-01, +20%');
  });

  it('writes a heading, quoted text and facts per draft', () => {
    const md = draftsToMarkdown(
      [
        draft({
          title: 'Q3 *sales*',
          text: 'Line one\n# line two',
          source: { url: 'https://x.test/a b', site: 'x.test' },
        }),
        draft({ title: '', text: '', source: { url: 'javascript:alert(1)', site: 'evil' } }),
      ],
      new Date(Date.UTC(2026, 4, 1)),
    );
    expect(md).toContain('## Q3 \\*sales\\*\n\n> Line one\n> \\# line two\n');
    expect(md).toContain('- Source: [x.test](<https://x.test/a%20b>)');
    expect(md).toContain('## (untitled)');
    expect(md).toContain('- Source: evil');
    expect(md).not.toContain('javascript:');
  });
});
