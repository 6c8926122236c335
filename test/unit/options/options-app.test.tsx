// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '@/components/options/options-app';
import type { DataPort } from '@/components/options/data-section';
import {
  createDraftsDatabase,
  createDraftsRepository,
  draftsToJson,
  type DraftsDatabase,
  type DraftsRepository,
} from '@/lib/drafts';
import { DEFAULT_SETTINGS, loadSettings, SETTINGS_KEY } from '@/lib/settings';
import { byLabel, byText, click, render, typeInto, until, type Rendered } from './render';

let database: DraftsDatabase;
let drafts: DraftsRepository;
let data: DataPort & { deleteEverything: ReturnType<typeof vi.fn> };
let view: Rendered;

const stored = async () => (await fakeBrowser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY];
const status = () => view.container.querySelector('[data-testid="save-status"]')!.textContent;

beforeEach(async () => {
  database = createDraftsDatabase({ name: `options-${crypto.randomUUID()}` });
  drafts = createDraftsRepository(database);
  data = { usage: async () => 2_400_000, deleteEverything: vi.fn(async () => undefined) };
  view = await render(
    <OptionsApp
      drafts={drafts}
      data={data}
      shortcuts={{
        list: async () => [
          { name: '_execute_action', shortcut: 'Alt+Shift+S' },
          { name: 'make-smart', description: 'Make the selected text SMART', shortcut: '' },
        ],
      }}
      browserLocale="en-US"
      version="1.2.3"
    />,
  );
  await until(() => byText(view.container, 'h2', 'Where hints run'));
  await until(() => view.container.querySelector('[data-testid="storage-used"]')!);
});

afterEach(() => {
  view.unmount();
  database.close();
});

describe('sites', () => {
  const denyInput = () => byLabel<HTMLInputElement>(view.container, 'Site to add to Blocked sites');
  const addTo = (input: HTMLInputElement) => input.form!.querySelector('button')!;

  it('adds a valid host, shows Saved, and stores it', async () => {
    await typeInto(denyInput(), 'https://WWW.Example.com/inbox');
    await click(addTo(denyInput()));
    await until(() => expect(status()).toBe('Saved'));
    expect(await loadSettings()).toMatchObject({ denylist: ['example.com'] });
    expect(byLabel(view.container, 'Remove example.com')).toBeTruthy();
    expect(denyInput().value).toBe('');
  });

  it('refuses a bad host with the reason, keeps the text and saves nothing', async () => {
    await typeInto(denyInput(), '<img src=x onerror="window.__xss=1">');
    await click(addTo(denyInput()));
    const problem = document.getElementById(denyInput().getAttribute('aria-describedby')!)!;
    expect(problem.getAttribute('role')).toBe('alert');
    expect(problem.textContent).toBe(
      '“<img src=x onerror="window.__xss=1">” is not a site name. Type a host such as docs.example.com.',
    );
    expect(denyInput().getAttribute('aria-invalid')).toBe('true');
    expect(denyInput().value).toBe('<img src=x onerror="window.__xss=1">');
    expect(view.container.querySelector('img')).toBeNull();
    expect(await stored()).toBeUndefined();
  });

  it('removes a host', async () => {
    await typeInto(denyInput(), 'example.com');
    await click(addTo(denyInput()));
    await until(() => byLabel(view.container, 'Remove example.com'));
    await click(byLabel(view.container, 'Remove example.com'));
    await until(async () => expect((await loadSettings()).denylist).toEqual([]));
    await until(() => expect(view.container.textContent).not.toContain('Remove example.com'));
  });

  it('follows a change made elsewhere (the popup toggle) without reload', async () => {
    await act(() =>
      fakeBrowser.storage.sync.set({
        [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, denylist: ['notion.so'] },
      }),
    );
    await until(() => byLabel(view.container, 'Remove notion.so'));
  });
});

describe('what to flag', () => {
  it('saves a criterion as it is switched off', async () => {
    const measurable = byText(view.container, 'label', /Measurable/).querySelector('input')!;
    await click(measurable);
    await until(async () => expect((await loadSettings()).criteria.M).toBe(false));
    expect(status()).toBe('Saved');
  });

  it('shows a failed save and goes back to what is stored', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('quota exceeded'));
    const specific = byText(view.container, 'label', /Specific/).querySelector('input')!;
    await click(specific);
    await until(() => expect(status()).toBe('Not saved: quota exceeded'));
    await until(() => expect(specific.checked).toBe(true));
    expect((await loadSettings()).criteria.S).toBe(true);
  });

  it('refuses to turn off the last language and says why', async () => {
    for (const name of ['中文', 'Русский', 'Tiếng Việt']) {
      await click(byText(view.container, 'label', name).querySelector('input'));
      await until(() => expect(status()).toBe('Saved'));
    }
    await click(byText(view.container, 'label', 'English').querySelector('input'));
    await until(() => expect(status()).toMatch(/^Not saved: keep at least one language/));
    expect((await loadSettings()).languages).toEqual(['en']);
    expect(byText(view.container, 'label', 'English').querySelector('input')!.checked).toBe(true);
  });

  it('switches the page language when the UI language changes', async () => {
    const select = byText(view.container, 'label', /Interface language/).querySelector('select')!;
    await act(async () => {
      select.value = 'ru';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await until(() => byText(view.container, 'h1', 'Настройки SMART Goals'));
    expect(document.documentElement.lang).toBe('ru');
    expect((await loadSettings()).uiLang).toBe('ru');
  });
});

describe('shortcuts', () => {
  it('lists the commands with their keys, the popup by name', async () => {
    const list = await until(() => view.container.querySelector('[data-testid="shortcuts"]')!);
    expect(list.textContent).toContain('Open the goal builder');
    expect(list.textContent).toContain('Alt+Shift+S');
    expect(list.textContent).toContain('Make the selected text SMARTNot set');
  });
});

describe('data', () => {
  const outcome = () => view.container.querySelector('[data-testid="data-outcome"]')!.textContent;

  it('asks for confirmation before deleting everything', async () => {
    await click(byText(view.container, 'button', 'Delete everything…'));
    expect(data.deleteEverything).not.toHaveBeenCalled();
    expect(view.container.textContent).toContain('It cannot be undone.');
    await click(byText(view.container, 'button', 'Cancel'));
    expect(data.deleteEverything).not.toHaveBeenCalled();

    await click(byText(view.container, 'button', 'Delete everything…'));
    await click(byText(view.container, 'button', 'Yes, delete everything'));
    await until(() => expect(outcome()).toContain('Everything was deleted.'));
    expect(data.deleteEverything).toHaveBeenCalledTimes(1);
  });

  it('shows the draft count and the storage used', async () => {
    await drafts.create({ title: 'Q3', text: 'Grow signups 20% by Q3', lang: 'en' });
    // The count is read on load and after each data action.
    await click(byText(view.container, 'button', 'Export drafts'));
    await until(() =>
      expect(view.container.querySelector('[data-testid="storage-used"]')!.textContent).toBe(
        '1 drafts. Storage used by the extension on this device: 2.4 MB.',
      ),
    );
  });

  const importText = async (text: string) => {
    const input = byText(view.container, 'label', /Import drafts/).querySelector('input')!;
    const file = new File([text], 'drafts.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(async () => input.dispatchEvent(new Event('change', { bubbles: true })));
  };

  it('imports a valid export and names every problem of an invalid one, writing nothing', async () => {
    const draft = await drafts.create({ title: 'Q3', text: 'Grow signups 20% by Q3', lang: 'en' });
    const valid = draftsToJson([{ ...draft, id: 'other-id' }], new Date());
    await importText(valid);
    await until(() => expect(outcome()).toContain('Imported: 1 new'));

    const broken = JSON.parse(valid) as { drafts: Record<string, unknown>[] };
    broken.drafts.push({ ...broken.drafts[0], id: 'third', lang: 'xx' });
    await importText(JSON.stringify(broken));
    await until(() => expect(outcome()).toContain('Nothing was imported.'));
    expect(outcome()).toContain('drafts[1].lang');
    expect((await drafts.list()).drafts.map((d) => d.id).sort()).toEqual(
      [draft.id, 'other-id'].sort(),
    );
  });
});
