// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BuilderApp, type BuilderServices } from '@/components/builder/builder-app';
import { createDraftJournal } from '@/components/builder/draft-journal';
import { goalOfDraft } from '@/components/builder/draft-session';
import { setup } from '../drafts/helpers';
import { memoryStorage } from './memory-storage';

// React only batches updates through act() when told it runs in a test environment.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLElement;
let root: Root;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(async () => {
  await act(async () => root.unmount());
  container.remove();
});

/** Waits (inside act) until `find` returns something, for IndexedDB round trips. */
async function waitFor<T>(find: () => T | null | undefined, what: string): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const found = find();
    if (found) return found;
    await act(async () => {
      await new Promise((r) => setTimeout(r, 10));
    });
  }
  throw new Error(`timed out waiting for ${what}`);
}

const byLabel = (label: string) => {
  const l = [...container.querySelectorAll('label')].find((x) => x.textContent === label);
  const id = l?.getAttribute('for');
  return id ? (container.querySelector(`[id="${id}"]`) as HTMLInputElement | null) : null;
};
const button = (name: string) =>
  [...container.querySelectorAll('button')].find((b) => b.textContent?.trim() === name) ?? null;
const testId = (id: string) => container.querySelector(`[data-testid="${id}"]`);

/** Types into a controlled input the way React listens for it. */
async function type(input: HTMLInputElement | HTMLTextAreaElement, value: string) {
  const proto = Object.getPrototypeOf(input) as object;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')!.set!;
  await act(async () => {
    setter.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function click(el: HTMLElement) {
  await act(async () => el.click());
}

function render(overrides: Partial<BuilderServices> = {}) {
  const { repo } = setup();
  const services: BuilderServices = {
    repository: repo,
    journal: createDraftJournal(memoryStorage()),
    insert: vi.fn(async () => ({ inserted: false, reason: 'no focused field' })),
    copy: vi.fn(async () => undefined),
    saveUiLang: vi.fn(async () => undefined),
    today: '2026-11-23',
    ...overrides,
  };
  act(() => {
    root.render(<BuilderApp services={services} place="popup" uiLang="en" uiLangSetting="auto" />);
  });
  return { repo, services };
}

describe('BuilderApp', () => {
  it('opens a blank goal; the sentence and letters follow the steps, and the draft is saved', async () => {
    const { repo } = render();
    await waitFor(() => button('S'), 'the step tabs');
    await click(button('S')!);
    await type(byLabel('Specific: metric')!, 'trial signups');
    await type(byLabel('Scope')!, 'in Germany');
    expect(testId('goal-sentence')?.textContent).toBe('Improve trial signups in Germany.');
    expect(testId('letter-S')?.getAttribute('data-met')).toBe('true');

    await click(button('M')!);
    await type(byLabel('Measurable: baseline (now)')!, '200');
    await type(byLabel('Target level')!, 'lots');
    expect(container.textContent).toContain('Not a number.');
    await type(byLabel('Target level')!, '300');
    expect(testId('goal-sentence')?.textContent).toBe(
      'Increase trial signups in Germany from 200 to 300.',
    );
    expect(testId('change-both-ways')?.textContent).toContain('+50%');

    await waitFor(
      () => testId('save-status')?.getAttribute('data-status') === 'saved' || null,
      'the save',
    );
    const { drafts } = await repo.list();
    expect(drafts).toHaveLength(1);
    const goal = goalOfDraft((await repo.get(drafts[0]!.id))!).goal;
    expect(goal.smart).toMatchObject({ metric: 'trial signups', baseline: 200, target: 300 });
  });

  it('offers the other goals as parents when the Relevant step opens, and reads them only then', async () => {
    const { repo, clock } = setup();
    await repo.create({ lang: 'en', title: 'Grow the brand', content: {} });
    clock.advance(1000);
    const child = await repo.create({ lang: 'en', title: 'Awareness in Berlin', content: {} });
    const list = vi.spyOn(repo, 'list');
    render({ repository: repo });
    await waitFor(() => button('S'), 'the step tabs');
    // Only the one latest draft is read at start; every draft is read for the Relevant step.
    expect(list.mock.calls.every(([options]) => options?.limit === 1)).toBe(true);
    await click(button('R')!);
    const parentSelect = () => byLabel('Relevant: serves the goal') as HTMLSelectElement | null;
    await waitFor(() => parentSelect()?.options.length === 2 || null, 'the parent options');
    const select = parentSelect()!;
    expect([...select.options].map((o) => o.textContent)).toEqual(['None', 'Grow the brand']);
    expect([...select.options].some((o) => o.value === child.id)).toBe(false);
  });

  it('a full disk is shown and the text stays on screen and in the journal', async () => {
    const { repo } = setup();
    const storage = memoryStorage();
    const full = Object.assign(new Error('quota exceeded'), { name: 'QuotaExceededError' });
    const repository = { ...repo, save: vi.fn(async () => Promise.reject(full)) };
    render({ repository, journal: createDraftJournal(storage) });
    await waitFor(() => button('S'), 'the step tabs');
    await click(button('S')!);
    await type(byLabel('Specific: metric')!, 'kept metric');
    await waitFor(
      () => testId('save-status')?.getAttribute('data-status') === 'quota' || null,
      'the quota status',
    );
    expect(testId('save-status')?.textContent).toContain('Storage is full');
    expect(byLabel('Specific: metric')?.value).toBe('kept metric');
    expect([...storage.map.values()].join()).toContain('kept metric');
  });

  it('switches to a draft the background leaves while the app is open', async () => {
    let notify: ((id: string) => void) | undefined;
    const { repo } = render({
      watchPending: (onDraft) => {
        notify = onDraft;
        return () => undefined;
      },
    });
    await waitFor(() => button('S'), 'the step tabs');
    const sent = await repo.create({
      lang: 'en',
      title: 'From the page',
      content: { smart: { metric: 'sent from the page' } },
    });
    await act(async () => notify!(sent.id));
    await waitFor(
      () => testId('goal-sentence')?.textContent === 'Improve sent from the page.' || null,
      'the sent draft',
    );
  });

  it('pasted text is split into a new draft', async () => {
    render();
    await waitFor(() => button('S'), 'the step tabs');
    await click(button('New')!);
    await type(byLabel('Paste a goal')!, 'Reduce churn from 8% to 5% by Q2 2027');
    await click(button('Split into fields')!);
    await waitFor(() => testId('goal-sentence'), 'the goal view');
    expect(testId('goal-sentence')?.textContent).toBe(
      'Reduce churn from 8% to 5% by June 30, 2027.',
    );
  });

  it('an empty paste says what to do instead of creating a draft', async () => {
    const { repo } = render();
    await waitFor(() => button('S'), 'the step tabs');
    await click(button('New')!);
    await click(button('Split into fields')!);
    expect(container.textContent).toContain('Paste or type a goal first.');
    expect((await repo.list()).drafts).toHaveLength(1);
  });

  it('Insert shows the reason the background gave', async () => {
    const insert = vi.fn(async () => ({ inserted: false, reason: 'the field is read-only' }));
    render({ insert });
    await waitFor(() => button('S'), 'the step tabs');
    await click(button('S')!);
    await type(byLabel('Specific: metric')!, 'NPS');
    await click(button('Insert into page')!);
    await waitFor(() => testId('notice')?.textContent || null, 'the notice');
    expect(insert).toHaveBeenCalledWith('Improve NPS.');
    expect(testId('notice')?.textContent).toContain('Not inserted: the field is read-only');
  });

  it('the calculators show a message for zero, never NaN', async () => {
    render();
    await waitFor(() => button('S'), 'the step tabs');
    await click(button('Calculators')!);
    await type(byLabel('Conversions')!, '5');
    await type(byLabel('Visitors')!, '0');
    const calc = container.querySelector('[data-calculator="conversion-rate"]')!;
    expect(calc.querySelector('[data-testid="calc-error"]')?.textContent).toBe(
      'Cannot be zero (it divides).',
    );
    expect(container.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('switching the language re-renders the UI and saves the setting', async () => {
    const { services } = render();
    await waitFor(() => button('S'), 'the step tabs');
    const select = container.querySelector<HTMLSelectElement>(
      'select[aria-label="Interface language"]',
    )!;
    await act(async () => {
      select.value = 'vi';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(container.querySelector('h1')?.textContent).toBe('Trình tạo mục tiêu SMART');
    expect(services.saveUiLang).toHaveBeenCalledWith('vi');
  });
});
