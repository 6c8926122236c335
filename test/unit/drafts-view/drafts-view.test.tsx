// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DraftsView } from '@/components/drafts/drafts-view';
import {
  DatabaseBlockedError,
  DraftsExportSchema,
  draftsToJson,
  type Draft,
  type DraftsRepository,
  type ExportFile,
} from '@/lib/drafts';
import type { UiLang } from '@/lib/i18n';
import { sample, setup } from '../drafts/helpers';
import { byLabel, byText, click, render, typeInto, until, type Rendered } from '../options/render';

let view: Rendered | undefined;
afterEach(() => {
  view?.unmount();
  view = undefined;
});

async function mount(repo: DraftsRepository, options: { lang?: UiLang; pageSize?: number } = {}) {
  const onOpen = vi.fn<(id: string) => void>();
  const files: ExportFile[] = [];
  view = await render(
    <DraftsView
      repository={repo}
      lang={options.lang ?? 'en'}
      onOpen={onOpen}
      pageSize={options.pageSize}
      download={(file) => files.push(file)}
      now={() => Date.UTC(2026, 2, 1)}
    />,
  );
  const container = view.container;
  await until(() =>
    expect(container.querySelector('[role="status"]')?.textContent).not.toMatch(/Loading/),
  );
  return { container, onOpen, files };
}

const rows = (container: HTMLElement) => [
  ...container.querySelectorAll<HTMLElement>('[data-testid="draft-row"]'),
];
const titles = (container: HTMLElement) =>
  rows(container).map((row) => row.querySelector('.draft-title span')!.textContent);
const toast = (container: HTMLElement) =>
  container.querySelector('[data-testid="drafts-toast"]')!.textContent;
const problem = (container: HTMLElement) =>
  container.querySelector('[data-testid="drafts-problem"]')!.textContent;

async function choose(select: HTMLSelectElement, value: string) {
  await act(async () => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

async function chooseFile(input: HTMLInputElement, name: string, content: string) {
  const file = new File([content], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

const labelled = <T extends HTMLElement>(container: HTMLElement, text: string): T => {
  const label = byText(container, 'label', new RegExp(text));
  return label.querySelector<T>('select, input')!;
};

describe('drafts view: the list', () => {
  it('shows title, snippet, status, update time and the parent of each draft', async () => {
    const { repo, clock } = setup();
    const parent = await repo.create(sample({ title: 'Grow the newsletter' }));
    clock.advance(60_000);
    await repo.create(
      sample({ title: 'Welcome series', text: 'Send 3 emails in week one.', parentId: parent.id }),
    );
    const { container } = await mount(repo);

    await until(() => expect(titles(container)).toEqual(['Welcome series', 'Grow the newsletter']));
    const [child] = rows(container);
    expect(child!.querySelector('.draft-snippet')!.textContent).toBe('Send 3 emails in week one.');
    expect(child!.querySelector('.draft-meta')!.textContent).toMatch(/^Updated .*2026/);
    expect(child!.querySelector('.draft-parent')!.textContent).toBe('Part of: Grow the newsletter');
    expect(child!.className).toContain('is-child');
  });

  it('names a parent that is off the page and says when a parent is gone', async () => {
    const { repo, clock } = setup();
    const parent = await repo.create(sample({ title: 'Old broad goal' }));
    await repo.archive(parent.id);
    clock.advance(1);
    await repo.create(sample({ title: 'Child A', parentId: parent.id }));
    await repo.create(sample({ title: 'Orphan', parentId: 'gone-for-good' }));
    const { container } = await mount(repo);

    await until(() => expect(rows(container)).toHaveLength(2));
    const parentOf = (title: string) =>
      rows(container)
        .find((r) => r.querySelector('.draft-title span')!.textContent === title)!
        .querySelector('.draft-parent')!.textContent;
    expect(parentOf('Child A')).toBe('Part of: Old broad goal');
    expect(parentOf('Orphan')).toBe('Part of a goal that is no longer here');
  });

  it('marks a conflict copy and opens both it and its original', async () => {
    const { repo } = setup();
    const original = await repo.create(sample({ title: 'Launch plan' }));
    await repo.save({ ...original, title: 'Launch plan v2' }, original.revision);
    const stale = await repo.save({ ...original, title: 'Launch plan (other window)' }, 1);
    expect(stale.status).toBe('conflict');
    const copyId = stale.status === 'conflict' ? stale.copy.id : '';
    const { container, onOpen } = await mount(repo);

    await until(() => expect(rows(container)).toHaveLength(2));
    const copyRow = container.querySelector<HTMLElement>(`[data-id="${copyId}"]`)!;
    expect(copyRow.className).toContain('is-conflict');
    expect(copyRow.querySelector('.badge.conflict')!.textContent).toBe('Conflict copy');
    await click(copyRow.querySelector('[data-action="open"]'));
    await click(copyRow.querySelector('[data-action="open-original"]'));
    expect(onOpen.mock.calls).toEqual([[copyId], [original.id]]);
    const originalRow = container.querySelector(`[data-id="${original.id}"]`)!;
    expect(originalRow.querySelector('[data-action="open-original"]')).toBeNull();
  });

  it('renders page text as text, never as markup', async () => {
    const { repo } = setup();
    await repo.create(
      sample({ title: '<img src=x onerror="window.__xss=1">', text: '<b>bold</b> goal' }),
    );
    const { container } = await mount(repo);
    await until(() => expect(titles(container)).toEqual(['<img src=x onerror="window.__xss=1">']));
    expect(container.querySelector('img, b')).toBeNull();
    expect(container.querySelector('.draft-snippet')!.textContent).toBe('<b>bold</b> goal');
  });

  it('renders at most a page of rows and loads more on request', async () => {
    const { repo } = setup();
    const drafts: Draft[] = Array.from({ length: 25 }, (_, i) => ({
      id: `d${i}`,
      title: `Goal ${i}`,
      lang: 'en',
      content: {},
      text: `Goal number ${i}`,
      parentId: null,
      status: 'active',
      source: null,
      createdAt: 1000 + i,
      updatedAt: 1000 + i,
      revision: 1,
    }));
    await repo.importDrafts(drafts);
    const { container } = await mount(repo, { pageSize: 10 });

    await until(() => expect(rows(container)).toHaveLength(10));
    expect(titles(container)[0]).toBe('Goal 24');
    await click(byText(container, 'button', 'Load more'));
    await until(() => expect(rows(container)).toHaveLength(20));
    await click(byText(container, 'button', 'Load more'));
    await until(() => expect(rows(container)).toHaveLength(25));
    expect(container.querySelector('[data-testid="drafts-shown"]')!.textContent).toBe('Shown: 25');
    expect(() => byText(container, 'button', 'Load more')).toThrow();
  });

  it('sorts by title and by creation', async () => {
    const { repo, clock } = setup();
    for (const title of ['banana', 'Apple', 'cherry']) {
      await repo.create(sample({ title }));
      clock.advance(1000);
    }
    const { container } = await mount(repo);
    await until(() => expect(titles(container)).toEqual(['cherry', 'Apple', 'banana']));
    await choose(labelled(container, 'Sort by'), 'title');
    await until(() => expect(titles(container)).toEqual(['Apple', 'banana', 'cherry']));
    await choose(labelled(container, 'Sort by'), 'created');
    await until(() => expect(titles(container)).toEqual(['cherry', 'Apple', 'banana']));
  });

  it('filters by status: archived and the trash', async () => {
    const { repo } = setup();
    const kept = await repo.create(sample({ title: 'Kept' }));
    const shelved = await repo.create(sample({ title: 'Shelved' }));
    const binned = await repo.create(sample({ title: 'Binned' }));
    await repo.archive(shelved.id);
    await repo.delete(binned.id);
    const { container } = await mount(repo);

    await until(() => expect(titles(container)).toEqual(['Kept']));
    await choose(labelled(container, 'Show'), 'archived');
    await until(() => expect(titles(container)).toEqual(['Shelved']));
    expect(rows(container)[0]!.querySelector('[data-action="unarchive"]')).not.toBeNull();
    await choose(labelled(container, 'Show'), 'deleted');
    await until(() => expect(titles(container)).toEqual(['Binned']));
    expect(rows(container)[0]!.querySelector('[data-action="restore"]')).not.toBeNull();
    expect(rows(container)[0]!.querySelector('[data-action="delete"]')).toBeNull();
    expect(kept.status).toBe('active');
  });
});

describe('drafts view: search', () => {
  it.each([
    ['tang doanh', 'Tăng doanh thu quý 3 lên 20%'],
    ['ХОД', 'Увеличить ход продаж на 15%'],
    ['елку', 'Нарядить ёлку к 31 декабря'],
    ['销售额', '在第三季度前将月销售额提高到80万'],
    ['ＡＢＣ', 'Ship abc integration by May'],
  ])('finds “%s” in title or text, case-, diacritic- and width-insensitive', async (q, text) => {
    const { repo } = setup();
    await repo.create(sample({ title: 'Unrelated', text: 'Nothing to see here' }));
    await repo.create(sample({ title: 'Target', text, lang: 'vi' }));
    const { container } = await mount(repo);
    await until(() => expect(rows(container)).toHaveLength(2));

    await typeInto(byLabel(container, 'Search drafts'), q);
    await until(() => expect(titles(container)).toEqual(['Target']));
    expect(labelled<HTMLSelectElement>(container, 'Sort by').disabled).toBe(true);
  });

  it('says when nothing matches', async () => {
    const { repo } = setup();
    await repo.create(sample());
    const { container } = await mount(repo);
    await typeInto(byLabel(container, 'Search drafts'), 'zzz');
    await until(() =>
      expect(container.querySelector('[data-testid="drafts-empty"]')!.textContent).toBe(
        'No drafts match “zzz”.',
      ),
    );
  });
});

describe('drafts view: row actions', () => {
  it('deletes to the trash with an Undo that brings the draft back', async () => {
    const { repo } = setup();
    const draft = await repo.create(sample({ title: 'Keep me' }));
    const { container } = await mount(repo);
    await until(() => expect(rows(container)).toHaveLength(1));

    await click(byLabel(container, 'Move “Keep me” to the trash'));
    await until(() => expect(rows(container)).toHaveLength(0));
    expect(toast(container)).toMatch(/^Moved “Keep me” to the trash\./);
    expect((await repo.get(draft.id))!.status).toBe('deleted');

    await click(byText(container, 'button', 'Undo'));
    await until(() => expect(titles(container)).toEqual(['Keep me']));
    expect(toast(container)).toMatch(/^Restored “Keep me”\./);
    expect((await repo.get(draft.id))!.status).toBe('active');
  });

  it('Undo after deleting an archived draft puts it back in the archive', async () => {
    const { repo } = setup();
    const draft = await repo.create(sample({ title: 'Old' }));
    await repo.archive(draft.id);
    const { container } = await mount(repo);
    await choose(labelled(container, 'Show'), 'archived');
    await until(() => expect(titles(container)).toEqual(['Old']));
    await click(byLabel(container, 'Move “Old” to the trash'));
    await until(() => expect(rows(container)).toHaveLength(0));
    await click(byText(container, 'button', 'Undo'));
    await until(() => expect(titles(container)).toEqual(['Old']));
    expect((await repo.get(draft.id))!.status).toBe('archived');
  });

  it('duplicates, archives and unarchives', async () => {
    const { repo } = setup();
    await repo.create(sample({ title: 'Plan' }));
    const { container } = await mount(repo);
    await until(() => expect(rows(container)).toHaveLength(1));

    await click(byLabel(container, 'Duplicate “Plan”'));
    await until(() => expect(titles(container)).toContain('Plan (copy)'));
    expect(toast(container)).toMatch(/Made a copy: “Plan \(copy\)”/);

    await click(byLabel(container, 'Archive “Plan”'));
    await until(() => expect(titles(container)).toEqual(['Plan (copy)']));
    await choose(labelled(container, 'Show'), 'archived');
    await until(() => expect(titles(container)).toEqual(['Plan']));
    await click(byLabel(container, 'Unarchive “Plan”'));
    await until(() => expect(rows(container)).toHaveLength(0));
    expect((await repo.list()).drafts.map((d) => d.title).sort()).toEqual(['Plan', 'Plan (copy)']);
  });

  it('restores from the trash, and empties it only after confirmation', async () => {
    const { repo } = setup();
    for (const title of ['One', 'Two', 'Three'])
      await repo.delete((await repo.create(sample({ title }))).id);
    const { container } = await mount(repo);
    await choose(labelled(container, 'Show'), 'deleted');
    await until(() => expect(rows(container)).toHaveLength(3));

    await click(byLabel(container, 'Restore “Two” from the trash'));
    await until(() => expect(rows(container)).toHaveLength(2));
    expect((await repo.list()).drafts.map((d) => d.title)).toEqual(['Two']);

    await click(byText(container, 'button', 'Empty trash'));
    const dialog = container.querySelector('[role="alertdialog"]')!;
    expect(dialog.textContent).toMatch(/forever\? This cannot be undone/);
    expect(document.activeElement!.textContent).toBe('Delete forever');
    await click(byText(container, 'button', 'Cancel'));
    expect(container.querySelector('[role="alertdialog"]')).toBeNull();
    expect((await repo.list({ status: 'deleted' })).drafts).toHaveLength(2);

    await click(byText(container, 'button', 'Empty trash'));
    await click(byText(container, 'button', 'Delete forever'));
    await until(() => expect(toast(container)).toMatch(/Deleted forever: 2\./));
    expect((await repo.list({ status: ['active', 'archived', 'deleted'] })).drafts).toHaveLength(1);
  });

  it('shows a full disk and a blocked database as such, with a retry', async () => {
    const { repo } = setup();
    await repo.create(sample({ title: 'Plan' }));
    let blocked = false;
    const flaky: DraftsRepository = {
      ...repo,
      archive: async () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
      list: async (options) => {
        if (blocked) throw new DatabaseBlockedError('another page keeps an older version open');
        return repo.list(options);
      },
    };
    const { container } = await mount(flaky);
    await until(() => expect(rows(container)).toHaveLength(1));

    await click(byLabel(container, 'Archive “Plan”'));
    await until(() => expect(problem(container)).toMatch(/^Storage is full\./));
    expect((await repo.get(rows(container)[0]!.dataset.id!))!.status).toBe('active');

    blocked = true;
    await choose(labelled(container, 'Show'), 'archived');
    await until(() =>
      expect(problem(container)).toMatch(
        /Another SMART Goals window is upgrading the drafts database/,
      ),
    );
    blocked = false;
    await click(byText(container, 'button', 'Try again'));
    await until(() => expect(problem(container)).not.toMatch(/could not be loaded/));
  });
});

describe('drafts view: export and import', () => {
  it('exports the selected drafts as versioned JSON and all of them as CSV and Markdown', async () => {
    const { repo, clock } = setup();
    for (const title of ['A', 'B', 'C']) {
      await repo.create(sample({ title }));
      clock.advance(1000);
    }
    const { container, files } = await mount(repo);
    await until(() => expect(rows(container)).toHaveLength(3));

    const exportSelected = byText(container, 'button', 'Export selected') as HTMLButtonElement;
    expect(exportSelected.disabled).toBe(true);
    await click(byLabel(container, 'Select “A”'));
    await click(byLabel(container, 'Select “C”'));
    expect(container.querySelector('[data-testid="selected-count"]')!.textContent).toBe(
      'Selected: 2',
    );
    await click(exportSelected);
    await until(() => expect(files).toHaveLength(1));
    const json = DraftsExportSchema.parse(JSON.parse(files[0]!.content));
    expect(json.version).toBe(1);
    expect(json.drafts.map((d) => d.title).sort()).toEqual(['A', 'C']);
    expect(files[0]!.filename).toBe('smart-goals-drafts-2026-03-01.json');
    expect(toast(container)).toMatch(/Exported 2 drafts to smart-goals-drafts-2026-03-01\.json/);

    await choose(labelled(container, 'Export format'), 'csv');
    await click(byText(container, 'button', 'Export all'));
    await until(() => expect(files).toHaveLength(2));
    expect(files[1]!.mimeType).toMatch(/^text\/csv/);
    expect(files[1]!.content.trim().split('\n')).toHaveLength(4);

    await choose(labelled(container, 'Export format'), 'markdown');
    await click(byText(container, 'button', 'Export all'));
    await until(() => expect(files).toHaveLength(3));
    expect(files[2]!.content.match(/^## /gm)).toHaveLength(3);
  });

  it('selects and clears every shown draft at once', async () => {
    const { repo } = setup();
    for (const title of ['A', 'B']) await repo.create(sample({ title }));
    const { container } = await mount(repo);
    await until(() => expect(rows(container)).toHaveLength(2));
    const all = labelled<HTMLInputElement>(container, 'Select all shown');
    await click(all);
    expect(container.querySelector('[data-testid="selected-count"]')!.textContent).toBe(
      'Selected: 2',
    );
    await click(all);
    expect(container.querySelector('[data-testid="selected-count"]')!.textContent).toBe(
      'Selected: 0',
    );
  });

  it('imports a JSON export and shows what it did', async () => {
    const source = setup();
    await source.repo.create(sample({ title: 'From elsewhere' }));
    const text = draftsToJson((await source.repo.list()).drafts, new Date());
    const { repo } = setup();
    const { container } = await mount(repo);

    await chooseFile(labelled(container, 'Import JSON'), 'drafts.json', text);
    await until(() => expect(titles(container)).toEqual(['From elsewhere']));
    expect(toast(container)).toMatch(/Imported\. New: 1; already here: 0; saved as copies: 0\./);
  });

  it('imports nothing from a broken file and names each bad record by index and field', async () => {
    const { repo } = setup();
    await repo.create(sample({ title: 'Mine' }));
    const good = (await repo.list()).drafts[0]!;
    const broken = JSON.parse(draftsToJson([{ ...good, id: 'new-1' }, good], new Date())) as {
      drafts: Record<string, unknown>[];
    };
    broken.drafts.push({ ...good, id: 'new-2', lang: 'fr' });
    broken.drafts.push({ ...good, id: 'new-3', updatedAt: 'yesterday' });
    const { container } = await mount(repo);

    await chooseFile(labelled(container, 'Import JSON'), 'broken.json', JSON.stringify(broken));
    await until(() => expect(problem(container)).toMatch(/^Nothing was imported/));
    const issues = [...container.querySelectorAll('[data-testid="drafts-problem"] li')].map(
      (li) => li.textContent,
    );
    expect(issues).toEqual([
      'drafts[2].lang: expected one of en|zh|ru|vi',
      'drafts[3].updatedAt: expected number, received string',
    ]);
    expect((await repo.list()).drafts.map((d) => d.id)).toEqual([good.id]);

    await chooseFile(labelled(container, 'Import JSON'), 'not.json', '{oops');
    await until(() => expect(problem(container)).toMatch(/not JSON/));
  });
});

describe('drafts view: quarantine', () => {
  it('reports damaged records in a banner, exports them, and discards them after confirming', async () => {
    const { repo, database } = setup();
    await repo.create(sample({ title: 'Fine' }));
    const db = await database.connect();
    await db.put('drafts', { id: 'bad-1', title: 'broken', lang: 'fr', content: [], revision: 1 });
    await db.put('drafts', { id: 'bad-2', title: 42 });
    const { container, files } = await mount(repo, { pageSize: 10 });

    await until(() => expect(titles(container)).toEqual(['Fine']));
    await choose(labelled(container, 'Sort by'), 'title'); // a full read meets the damaged records
    await until(() =>
      expect(container.querySelector('[data-testid="quarantine-banner"]')!.textContent).toMatch(
        /set aside so the list keeps working: 2\./,
      ),
    );
    expect(titles(container)).toEqual(['Fine']);

    await click(byText(container, 'button', 'Export damaged records'));
    const exported = JSON.parse(files[0]!.content) as { entries: { key: string }[] };
    expect(exported.entries.map((e) => e.key).sort()).toEqual(['bad-1', 'bad-2']);

    await click(byText(container, 'button', 'Discard damaged records'));
    expect(container.querySelector('[role="alertdialog"]')!.textContent).toMatch(
      /Export them first/,
    );
    await click(container.querySelector('[role="alertdialog"] button'));
    await until(() =>
      expect(container.querySelector('[data-testid="quarantine-banner"]')).toBeNull(),
    );
    expect(await repo.quarantined()).toEqual([]);
  });
});

describe('drafts view: keyboard and names', () => {
  it('moves between rows with the arrow keys, keeping the same control', async () => {
    const { repo, clock } = setup();
    for (const title of ['A', 'B', 'C']) {
      await repo.create(sample({ title }));
      clock.advance(1000);
    }
    const { container } = await mount(repo);
    await until(() => expect(rows(container)).toHaveLength(3));
    const press = async (key: string) =>
      act(async () => {
        document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
      });

    byLabel<HTMLButtonElement>(container, 'Open “C”').focus();
    await press('ArrowDown');
    expect(document.activeElement!.getAttribute('aria-label')).toBe('Open “B”');
    byLabel<HTMLButtonElement>(container, 'Archive “B”').focus();
    await press('ArrowDown');
    expect(document.activeElement!.getAttribute('aria-label')).toBe('Archive “A”');
    await press('ArrowDown');
    expect(document.activeElement!.getAttribute('aria-label')).toBe('Archive “A”');
    await press('Home');
    expect(document.activeElement!.getAttribute('aria-label')).toBe('Archive “C”');
    await press('ArrowUp');
    expect(document.activeElement!.getAttribute('aria-label')).toBe('Archive “C”');
  });

  it.each(['en', 'zh', 'ru', 'vi'] as const)('every control has a name in %s', async (lang) => {
    const { repo, database } = setup();
    const original = await repo.create(sample({ title: '' }));
    await repo.save({ ...original, title: 'x' }, 1);
    await repo.save({ ...original, title: 'y' }, 1);
    const db = await database.connect();
    await db.put('drafts', { id: 'bad', title: 42 });
    await repo.verify();
    const { container } = await mount(repo, { lang });
    await until(() => expect(rows(container)).toHaveLength(2));
    await until(() =>
      expect(container.querySelector('[data-testid="quarantine-banner"]')).not.toBeNull(),
    );

    const controls = [...container.querySelectorAll<HTMLElement>('button, input, select')];
    expect(controls.length).toBeGreaterThan(10);
    for (const control of controls) {
      const name =
        control.getAttribute('aria-label') ??
        control.closest('label')?.textContent?.trim() ??
        control.textContent?.trim();
      expect(name, control.outerHTML).toBeTruthy();
    }
    if (lang !== 'en') expect(container.textContent).not.toMatch(/Load more|Export all|Untitled/);
  });
});
