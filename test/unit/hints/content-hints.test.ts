// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../../lib/analysis';
import {
  engineFromModule,
  startContentHints,
  type Engine,
  type Transport,
} from '../../../lib/hints/content-hints';
import { MAX_FIELD_LENGTH } from '../../../lib/hints/controller';
import { hintHashSync } from '../../../lib/hints/hint-hash';
import { OVERLAY_TAG } from '../../../lib/hints/overlay';
import { DEFAULT_SETTINGS, loadSettings, saveSettings, type Settings } from '../../../lib/settings';

const VAGUE = 'We want to increase sales soon.';
const OTHER = 'Improve onboarding somehow.';

let controller: AbortController;

/** A background that answers like lib/background does, recording what it was sent. */
function fakeBackground(ignored: string[] = []) {
  const sent: { type: string; payload: unknown }[] = [];
  const send: Transport = async (envelope) => {
    sent.push(envelope);
    switch (envelope.type) {
      case 'hints/ignored':
        return { ok: true, value: { hashes: ignored } };
      case 'hints/ignore':
        return { ok: true, value: { hash: 'x' } };
      case 'field/focused':
        return { ok: true, value: {} };
      case 'draft/create-from-text':
        return { ok: true, value: { draftId: 'd1', opened: 'popup' } };
      default:
        return { ok: false, error: 'unknown' };
    }
  };
  return { send, sent };
}

async function start(
  send: Transport,
  settings?: Settings,
  loadEngine: () => Promise<Engine> = async () => analyze,
  lastFocused: Element | null = null,
) {
  if (settings) await saveSettings(settings);
  controller = new AbortController();
  const handle = startContentHints({
    document,
    loadEngine,
    signal: controller.signal,
    send,
    t: (k) => k,
    copy: async () => true,
    lastFocused,
  });
  await settled();
  return handle;
}

const settled = () => vi.waitFor(() => new Promise((resolve) => setTimeout(resolve, 5)));

function field(value: string) {
  const el = document.createElement('textarea');
  el.value = value;
  document.body.append(el);
  el.focus();
  el.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
  return el;
}

const hints = () =>
  Array.from(
    document.querySelector(OVERLAY_TAG)?.shadowRoot?.querySelectorAll('[data-smartgoal-hint]') ??
      [],
  ).map((el) => el.getAttribute('data-smartgoal-hint'));

beforeEach(() => {
  // happy-dom's own window API: the page the content script runs on.
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(
    'https://goals.example.test/page',
  );
});

afterEach(() => {
  controller?.abort();
  document.body.replaceChildren();
  for (const el of document.querySelectorAll(OVERLAY_TAG)) el.remove();
});

describe('startContentHints', () => {
  it('draws nothing on a site the settings disable, and starts at once when it is enabled', async () => {
    const { send } = fakeBackground();
    await start(send, { ...DEFAULT_SETTINGS, denylist: ['example.test'] });
    field(`${VAGUE} ${OTHER}`);
    expect(hints()).toEqual([]);

    await saveSettings({ ...DEFAULT_SETTINGS });
    await vi.waitFor(() => expect(hints()).toHaveLength(2));
  });

  it('stops at once when the site is disabled while hints are shown', async () => {
    const { send } = fakeBackground();
    await start(send);
    field(VAGUE);
    await vi.waitFor(() => expect(hints()).toHaveLength(1));
    await saveSettings({ ...DEFAULT_SETTINGS, denylist: ['goals.example.test'] });
    await vi.waitFor(() => expect(hints()).toEqual([]));
  });

  it('re-analyses with the new severity floor without a reload', async () => {
    const { send } = fakeBackground();
    await start(send);
    field(VAGUE);
    await vi.waitFor(() => expect(hints()).toHaveLength(1));
    // vague-goal is a warning: an "errors only" floor hides it.
    await saveSettings({ ...DEFAULT_SETTINGS, minSeverity: 'error' });
    await vi.waitFor(() => expect(hints()).toEqual([]));
    await saveSettings({ ...DEFAULT_SETTINGS, minSeverity: 'warning' });
    await vi.waitFor(() => expect(hints()).toHaveLength(1));
  });

  it('drops hints the site dismissed (asked once, by host)', async () => {
    const flagged = analyze(VAGUE).diagnostics.find((d) => d.rule === 'vague-goal')!;
    const text = VAGUE.slice(flagged.span.start, flagged.span.end);
    const { send, sent } = fakeBackground([hintHashSync(text)]);
    await start(send);
    field(`${VAGUE} ${OTHER}`);
    await vi.waitFor(() => expect(hints()).toHaveLength(1));
    expect(hints()[0]).not.toBe(text);
    expect(sent.filter((m) => m.type === 'hints/ignored')).toEqual([
      { type: 'hints/ignored', payload: { site: 'goals.example.test' } },
    ]);
  });

  it('works without a background: no dismissed list, hints still drawn', async () => {
    await start(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    field(VAGUE);
    await vi.waitFor(() => expect(hints()).toHaveLength(1));
  });

  it('the card sends Ignore, Open in builder and focus to the background; Disable saves the site', async () => {
    const { send, sent } = fakeBackground();
    const handle = await start(send);
    const el = field(VAGUE);
    await vi.waitFor(() => expect(hints()).toHaveLength(1));
    expect(sent.some((m) => m.type === 'field/focused')).toBe(true);

    el.setSelectionRange(5, 5);
    el.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    const card = handle.card()!.element;
    const click = (action: string) =>
      card.querySelector<HTMLButtonElement>(`button[data-action="${action}"]`)!.click();
    const flagged = hints()[0]!;

    click('card_open_builder');
    await vi.waitFor(() =>
      expect(sent.find((m) => m.type === 'draft/create-from-text')?.payload).toEqual({
        text: flagged,
        lang: 'en',
        source: { url: 'https://goals.example.test/page', site: 'goals.example.test' },
        open: 'sidepanel',
      }),
    );

    el.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    click('card_disable_site');
    expect(hints()).toEqual([]);
    await vi.waitFor(async () =>
      expect((await loadSettings()).denylist).toContain('goals.example.test'),
    );
  });
});

describe('the engine, loaded on first need', () => {
  it('is not loaded on a page where no field is focused, nor is the dismissed list asked', async () => {
    const { send, sent } = fakeBackground();
    const loadEngine = vi.fn(async () => analyze);
    await start(send, undefined, loadEngine);
    document.body.append(document.createElement('p'));
    await settled();
    expect(loadEngine).not.toHaveBeenCalled();
    expect(sent.map((m) => m.type)).not.toContain('hints/ignored');
  });

  it('is not loaded for an empty field nor one over the size cap, and is once text is typed', async () => {
    const { send } = fakeBackground();
    const loadEngine = vi.fn(async () => analyze);
    await start(send, undefined, loadEngine);
    field('x'.repeat(MAX_FIELD_LENGTH + 1));
    const el = field('');
    await settled();
    expect(loadEngine).not.toHaveBeenCalled();
    el.value = VAGUE;
    el.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await vi.waitFor(() => expect(hints()).toHaveLength(1));
    expect(loadEngine).toHaveBeenCalledTimes(1);
  });

  it('is loaded once, for the first field with text, however many fields follow', async () => {
    const { send } = fakeBackground();
    const loadEngine = vi.fn(async () => analyze);
    await start(send, undefined, loadEngine);
    // Both are focused before it is loaded: each gets its hint once it is.
    field(VAGUE);
    field(OTHER);
    await vi.waitFor(() => expect(hints()).toHaveLength(2));
    field(`${VAGUE} ${OTHER}`);
    await vi.waitFor(() => expect(hints()).toHaveLength(4));
    expect(loadEngine).toHaveBeenCalledTimes(1);
  });

  it('draws the hints of a field focused while it was loading', async () => {
    const { send } = fakeBackground();
    let release!: (engine: Engine) => void;
    const loadEngine = vi.fn(() => new Promise<Engine>((resolve) => (release = resolve)));
    await start(send, undefined, loadEngine);
    field(VAGUE);
    await settled();
    expect(loadEngine).toHaveBeenCalledTimes(1);
    expect(hints()).toEqual([]);
    release(analyze);
    await vi.waitFor(() => expect(hints()).toHaveLength(1));
  });

  it('arriving while a field is mid-composition, it analyses that field after compositionend', async () => {
    const { send } = fakeBackground();
    let release!: (engine: Engine) => void;
    const loadEngine = vi.fn(() => new Promise<Engine>((resolve) => (release = resolve)));
    await start(send, undefined, loadEngine);
    const ime = field(VAGUE);
    await settled();
    ime.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }));
    release(analyze);
    await settled();
    expect(hints()).toEqual([]);
    ime.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true }));
    await vi.waitFor(() => expect(hints()).toHaveLength(1));
  });

  it('is not loaded for a field on a disabled site, and is once the site is enabled', async () => {
    const { send } = fakeBackground();
    const loadEngine = vi.fn(async () => analyze);
    await start(send, { ...DEFAULT_SETTINGS, denylist: ['example.test'] }, loadEngine);
    field(VAGUE);
    await settled();
    expect(loadEngine).not.toHaveBeenCalled();
    await saveSettings({ ...DEFAULT_SETTINGS });
    await vi.waitFor(() => expect(hints()).toHaveLength(1));
    expect(loadEngine).toHaveBeenCalledTimes(1);
  });

  it('failing to load keeps hints off without a word to the page, and is not retried', async () => {
    const warn = vi.spyOn(console, 'warn');
    const error = vi.spyOn(console, 'error');
    const { send } = fakeBackground();
    const loadEngine = vi.fn(async (): Promise<Engine> => {
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    const handle = await start(send, undefined, loadEngine);
    field(VAGUE);
    await settled();
    field(OTHER);
    await settled();
    expect(hints()).toEqual([]);
    // The context menu's card needs the engine too: it answers "not opened" instead of throwing.
    document.body.append(Object.assign(document.createElement('p'), { textContent: VAGUE }));
    await expect(handle.openCardAtSelection(VAGUE)).resolves.toBe(false);
    expect(handle.card()).toBeNull();
    expect(loadEngine).toHaveBeenCalledTimes(1);
    expect(warn).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
  });

  it('is loaded for the context menu on a page without fields, and the card opens', async () => {
    const { send } = fakeBackground();
    const loadEngine = vi.fn(async () => analyze);
    const handle = await start(send, undefined, loadEngine);
    expect(loadEngine).not.toHaveBeenCalled();
    await expect(handle.openCardAtSelection(VAGUE)).resolves.toBe(true);
    expect(loadEngine).toHaveBeenCalledTimes(1);
    expect(handle.card()?.isOpen()).toBe(true);
  });

  it("loaded for the context menu, it still leaves the site's dismissed hints out of fields", async () => {
    const flagged = analyze(VAGUE).diagnostics.find((d) => d.rule === 'vague-goal')!;
    const text = VAGUE.slice(flagged.span.start, flagged.span.end);
    const { send } = fakeBackground([hintHashSync(text)]);
    const handle = await start(send);
    await expect(handle.openCardAtSelection(VAGUE)).resolves.toBe(true);
    handle.card()?.close(false);
    field(`${VAGUE} ${OTHER}`);
    await vi.waitFor(() => expect(hints()).toHaveLength(1));
    expect(hints()[0]).not.toBe(text);
  });

  it('takes the engine from a module that exports analyze, and nothing else', () => {
    expect(engineFromModule({ analyze })).toBe(analyze);
    expect(() => engineFromModule({ default: analyze })).toThrow();
    expect(() => engineFromModule(null)).toThrow();
  });

  it('takes the field the stub saw focused as the Insert target', async () => {
    const { send } = fakeBackground();
    const el = document.createElement('textarea');
    el.value = 'Goals: ';
    document.body.append(el);
    const handle = await start(send, undefined, undefined, el);
    // The field is the target (without it: 'no-field'); the test DOM has no editing command for
    // the apply ladder to finish with (card-controller.test.ts inserts through a seam).
    expect(await handle.insertIntoLastFocused('Ship v2 by June.')).toEqual({
      inserted: false,
      reason: 'rejected',
    });
  });
});
