// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Diagnostic } from '../../../lib/analysis';
import type { InsertTextCommand } from '../../../lib/hints/apply-edit';
import type { CardKey } from '../../../lib/hints/card';
import { startHints, type HintServices, type HintsOptions } from '../../../lib/hints/controller';
import { hintHashSync } from '../../../lib/hints/hint-hash';
import { OVERLAY_TAG } from '../../../lib/hints/overlay';

/** Every sentence with "soon" is vague, missing M and T; its rewrite asks for a deadline. */
const fakeAnalyze = (text: string) => {
  const diagnostics: Diagnostic[] = [];
  for (const m of text.matchAll(/[^.\n]*\bsoon\b[^.\n]*/g)) {
    const lead = m[0].length - m[0].trimStart().length;
    const start = m.index + lead;
    const end = m.index + m[0].trimEnd().length;
    const flagged = text.slice(start, end);
    diagnostics.push({
      rule: 'vague-goal',
      criterion: null,
      severity: 'warning',
      span: { start, end },
      message: { key: 'vague-goal', params: { missing: 'MT' } },
      suggestions: [
        {
          label: 'suggest.rewrite',
          span: { start, end },
          rewrite: {
            lang: 'en',
            parts: [
              { kind: 'text', text: `${flagged.replace(/\s*soon\b/, '')} by ` },
              { kind: 'placeholder', slot: 'deadline', criterion: 'T', hint: 'deadline, e.g. Q3' },
              // Like the engine: the span stops before the full stop, the rewrite ends with one.
              { kind: 'text', text: '.' },
            ],
          },
        },
      ],
      priority: 0,
      segment: 0,
    });
  }
  return { diagnostics };
};

/** Like the engine: the rewrite ends with a full stop only when the sentence has one. */
const analyzeStopAware = (text: string) => {
  const result = fakeAnalyze(text);
  for (const d of result.diagnostics) {
    const parts = d.suggestions[0]!.rewrite!.parts;
    if (text[d.span.end] !== '.') parts.pop();
  }
  return result;
};

/** What `execCommand('insertText')` does to a textarea (happy-dom has no execCommand). */
const insertIntoControl: InsertTextCommand = (doc, text) => {
  const el = doc.activeElement as HTMLTextAreaElement;
  const start = el.selectionStart;
  el.value = el.value.slice(0, start) + text + el.value.slice(el.selectionEnd);
  el.setSelectionRange(start + text.length, start + text.length);
  el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  return true;
};

let controller: AbortController;

function setup(overrides: Partial<HintsOptions> = {}) {
  controller = new AbortController();
  const services = {
    t: (k: CardKey) => k,
    ignore: vi.fn(async () => ({})),
    openInBuilder: vi.fn(async () => true),
    disableSite: vi.fn(async () => ({})),
    copy: vi.fn(async () => true),
    fieldFocused: vi.fn(),
  } satisfies HintServices;
  const handle = startHints({
    document,
    analyze: fakeAnalyze,
    signal: controller.signal,
    highlights: null,
    services,
    applyDeps: { insertText: insertIntoControl, settle: () => Promise.resolve() },
    ...overrides,
  });
  return { handle, services };
}

function textarea(value: string): HTMLTextAreaElement {
  const el = document.createElement('textarea');
  el.value = value;
  document.body.append(el);
  return el;
}

function focusField(el: HTMLElement) {
  el.focus();
  el.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
}

/** A click that left the caret at `offset` in the textarea. */
function clickAt(el: HTMLTextAreaElement, offset: number) {
  el.setSelectionRange(offset, offset);
  el.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
}

const hints = () =>
  Array.from(
    document.querySelector(OVERLAY_TAG)?.shadowRoot?.querySelectorAll('[data-smartgoal-hint]') ??
      [],
  ).map((el) => el.getAttribute('data-smartgoal-hint'));

const dialog = () =>
  document.querySelector(OVERLAY_TAG)?.shadowRoot?.querySelector<HTMLElement>('[role="dialog"]');

const button = (name: CardKey) =>
  dialog()!.querySelector<HTMLButtonElement>(`button[data-action="${name}"]`)!;

const buttons = () =>
  Array.from(dialog()!.querySelectorAll('.actions button')).map((b) => b.textContent);

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  controller?.abort();
  document.body.replaceChildren();
  for (const el of document.querySelectorAll(OVERLAY_TAG)) el.remove();
});

describe('card from the hints', () => {
  it('a click into flagged text opens the card; Apply puts in the filled rewrite, one full stop', async () => {
    const el = textarea('Ship v2. Grow revenue soon. Done.');
    setup();
    focusField(el);
    expect(hints()).toEqual(['Grow revenue soon']);
    clickAt(el, 3);
    expect(dialog()?.classList.contains('open') ?? false).toBe(false);
    clickAt(el, 12);
    expect(dialog()!.classList.contains('open')).toBe(true);
    expect(buttons()).toEqual([
      'card_apply',
      'card_open_builder',
      'card_ignore',
      'card_disable_site',
    ]);
    // Opened by the mouse: the caret stays in the editor.
    expect(document.activeElement).toBe(el);

    const input = dialog()!.querySelector('input')!;
    input.value = 'end of Q3';
    button('card_apply').click();
    await flush();
    expect(el.value).toBe('Ship v2. Grow revenue by end of Q3. Done.');
    expect(dialog()!.classList.contains('open')).toBe(false);
    expect(document.activeElement).toBe(el);
    expect(el.selectionStart).toBe('Ship v2. Grow revenue by end of Q3'.length);
  });

  it('a click right after typing, before the idle analysis, opens the card on the text as it is now', () => {
    const el = textarea('Grow revenue soon');
    setup({ delay: 60_000 });
    focusField(el);
    expect(hints()).toEqual(['Grow revenue soon']);
    el.value = 'Grow revenue soon with partners';
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
    // The edit after the span leaves the old hint in place until the (pending) analysis.
    expect(hints()).toEqual(['Grow revenue soon']);
    clickAt(el, 2);
    expect(hints()).toEqual(['Grow revenue soon with partners']);
    expect(dialog()!.querySelector('[data-rewrite]')!.textContent).toBe(
      'Grow revenue with partners by .',
    );
  });

  it("a hint over the same words takes the newer analysis's rewrite (a full stop typed after it)", () => {
    const el = textarea('Grow revenue soon');
    setup({ analyze: analyzeStopAware, delay: 60_000 });
    focusField(el);
    expect(hints()).toEqual(['Grow revenue soon']);
    el.value = 'Grow revenue soon.';
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
    clickAt(el, 2);
    expect(dialog()!.querySelector('[data-rewrite]')!.textContent).toBe('Grow revenue by .');
  });

  it('an open card follows an edit after its words, keeping what was typed into it', async () => {
    const el = textarea('Grow revenue soon');
    setup({ analyze: analyzeStopAware, delay: 5 });
    focusField(el);
    clickAt(el, 2);
    expect(dialog()!.querySelector('[data-rewrite]')!.textContent).toBe('Grow revenue by ');
    const input = dialog()!.querySelector('input')!;
    input.value = 'June';
    el.value = 'Grow revenue soon.';
    el.setSelectionRange(18, 18);
    el.dispatchEvent(
      new InputEvent('input', { bubbles: true, inputType: 'insertText', data: '.' }),
    );
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(dialog()!.classList.contains('open')).toBe(true);
    expect(dialog()!.querySelector('[data-rewrite]')!.textContent).toBe('Grow revenue by .');
    expect(dialog()!.querySelector('input')!.value).toBe('June');
    button('card_apply').click();
    await flush();
    expect(el.value).toBe('Grow revenue by June.');
  });

  it('an editor that refuses the change leaves the text alone and gets the rewrite copied', async () => {
    const el = textarea('Grow revenue soon.');
    const { services } = setup({ applyDeps: { insertText: () => false, settle: async () => {} } });
    focusField(el);
    clickAt(el, 2);
    button('card_apply').click();
    await flush();
    expect(el.value).toBe('Grow revenue soon.');
    expect(services.copy).toHaveBeenCalledWith('Grow revenue by [deadline]');
    expect(dialog()!.querySelector('[role="status"]')!.textContent).toBe('card_apply_copied');
  });

  it('Ignore hides the hint, tells the background, and it stays hidden on the next analysis', async () => {
    const el = textarea('Grow revenue soon. Hire soon.');
    const { services } = setup();
    focusField(el);
    clickAt(el, 2);
    button('card_ignore').click();
    expect(hints()).toEqual(['Hire soon']);
    expect(services.ignore).toHaveBeenCalledWith('Grow revenue soon');
    expect(dialog()!.classList.contains('open')).toBe(false);
    focusField(el);
    expect(hints()).toEqual(['Hire soon']);
  });

  it('hints whose hash the site dismissed are never drawn', () => {
    const el = textarea('Grow revenue soon. Hire soon.');
    setup({ ignored: [hintHashSync('grow   REVENUE soon')] });
    focusField(el);
    expect(hints()).toEqual(['Hire soon']);
  });

  it('Disable on this site removes every hint at once and draws none until enabled again', () => {
    const el = textarea('Grow revenue soon. Hire soon.');
    const { handle, services } = setup();
    focusField(el);
    clickAt(el, 2);
    button('card_disable_site').click();
    expect(services.disableSite).toHaveBeenCalledTimes(1);
    expect(hints()).toEqual([]);
    focusField(el);
    expect(hints()).toEqual([]);
    handle.update({ enabled: true });
    expect(hints()).toEqual(['Grow revenue soon', 'Hire soon']);
  });

  it('a new analyser (settings change) re-runs the open fields', () => {
    const el = textarea('Grow revenue soon. Hire soon.');
    const { handle } = setup();
    focusField(el);
    handle.update({
      analyze: (text) => ({
        diagnostics: fakeAnalyze(text).diagnostics.filter((d) => d.span.start > 0),
      }),
    });
    expect(hints()).toEqual(['Hire soon']);
  });

  it('fields focused while hints were off get their hints once on (settings still loading)', () => {
    const a = textarea('Grow revenue soon.');
    const b = textarea('Hire soon.');
    const { handle } = setup({ enabled: false });
    focusField(a);
    focusField(b);
    expect(hints()).toEqual([]);
    handle.update({ enabled: true });
    expect(hints()).toEqual(['Grow revenue soon', 'Hire soon']);
  });

  it('reports a focused field once per focus change', () => {
    const a = textarea('one');
    const b = textarea('two');
    const { services } = setup();
    focusField(a);
    focusField(a);
    focusField(b);
    expect(services.fieldFocused).toHaveBeenCalledTimes(2);
  });
});

describe('HintsHandle', () => {
  it('openNextHint moves the caret to the next flagged text, wrapping, with focus in the card', () => {
    const el = textarea('Grow revenue soon. Ship v2. Hire soon.');
    const { handle } = setup();
    focusField(el);
    el.setSelectionRange(20, 20);
    expect(handle.openNextHint()).toBe(true);
    expect(el.selectionStart).toBe('Grow revenue soon. Ship v2. '.length);
    const focused = (dialog()!.getRootNode() as ShadowRoot).activeElement;
    expect(focused && dialog()!.contains(focused)).toBe(true);
    // Focus in the card's own field: still not a field of the page.
    focused!.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    expect(handle.fields()).toEqual([{ kind: 'textarea', element: el }]);
    el.setSelectionRange(el.value.length, el.value.length);
    expect(handle.openNextHint()).toBe(true);
    expect(el.selectionStart).toBe(0);
  });

  it('openNextHint without any hint opens nothing', () => {
    const el = textarea('Ship v2.');
    const { handle } = setup();
    focusField(el);
    expect(handle.openNextHint()).toBe(false);
  });

  it('a card at a selection in page text offers Copy and Open in builder', async () => {
    const p = document.createElement('p');
    p.textContent = 'We will grow revenue soon.';
    document.body.append(p);
    const { handle, services } = setup();
    const range = document.createRange();
    range.selectNodeContents(p);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    expect(await handle.openCardAtSelection()).toBe(true);
    expect(buttons()).toEqual(['card_copy', 'card_open_builder']);
    button('card_copy').click();
    await flush();
    expect(services.copy).toHaveBeenCalledWith('We will grow revenue by [deadline].');
    button('card_open_builder').click();
    await flush();
    expect(services.openInBuilder).toHaveBeenCalledWith('We will grow revenue soon.', 'en');
  });

  it('a card at a selection in a field applies over the selection', async () => {
    const el = textarea('Intro. Grow revenue soon. Outro.');
    const { handle } = setup();
    focusField(el);
    el.setSelectionRange(7, 25);
    expect(await handle.openCardAtSelection('Grow revenue soon.')).toBe(true);
    expect(buttons()[0]).toBe('card_apply');
    button('card_apply').click();
    await flush();
    expect(el.value).toBe('Intro. Grow revenue by [deadline]. Outro.');
  });

  it('openCardAtSelection with nothing selected opens nothing', async () => {
    const { handle } = setup();
    document.getSelection()?.removeAllRanges();
    expect(await handle.openCardAtSelection()).toBe(false);
  });

  it('insertIntoLastFocused inserts at the caret the field had when focus left it', async () => {
    const el = textarea('Goals: ');
    const other = document.createElement('button');
    document.body.append(other);
    const { handle } = setup();
    focusField(el);
    el.setSelectionRange(7, 7);
    other.focus();
    el.dispatchEvent(new FocusEvent('focusout'));
    expect(await handle.insertIntoLastFocused('Ship v2 by June.')).toEqual({ inserted: true });
    expect(el.value).toBe('Goals: Ship v2 by June.');
  });

  it('insertIntoLastFocused inserts into the field focused before the layer started', async () => {
    const el = textarea('Goals: ');
    el.setSelectionRange(7, 7);
    // Focus left the field while the hint layer loaded: the stub hands it over.
    const { handle } = setup({ lastFocused: el });
    expect(await handle.insertIntoLastFocused('Ship v2 by June.')).toEqual({ inserted: true });
    expect(el.value).toBe('Goals: Ship v2 by June.');
  });

  it('insertIntoLastFocused without a focused field says so', async () => {
    const { handle } = setup();
    expect(await handle.insertIntoLastFocused('x')).toEqual({
      inserted: false,
      reason: 'no-field',
    });
  });
});
