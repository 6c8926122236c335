// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Diagnostic } from '../../../lib/analysis';
import {
  fieldFindings,
  FindingCache,
  MAX_FIELD_LENGTH,
  readField,
  startHints,
  vagueFindings,
  type HintsOptions,
} from '../../../lib/hints/controller';
import type { HighlightApi } from '../../../lib/hints/highlights';
import { OVERLAY_TAG } from '../../../lib/hints/overlay';
import { IDLE_DELAY_MS } from '../../../lib/hints/scheduler';
import { buildTextMap } from '../../../lib/hints/text-map';

function diagnostic(rule: string, start: number, end: number, missing = 'MT'): Diagnostic {
  return {
    rule,
    criterion: null,
    severity: 'warning',
    span: { start, end },
    message: { key: rule, params: { missing } },
    suggestions: [],
    priority: 0,
    segment: 0,
  };
}

/**
 * A stand-in engine: every sentence containing "soon" is a vague goal missing M and T (span
 * without the full stop), plus a noise diagnostic the hint layer must ignore.
 */
const fakeAnalyze = vi.fn((text: string) => {
  const diagnostics: Diagnostic[] = [];
  for (const m of text.matchAll(/[^.\n]*\bsoon\b[^.\n]*/g)) {
    const lead = m[0].length - m[0].trimStart().length;
    const start = m.index + lead;
    const end = m.index + m[0].trimEnd().length;
    diagnostics.push(
      diagnostic('vague-goal', start, end),
      diagnostic('missing-time-bound', start, end),
    );
  }
  return { diagnostics };
});

class FakeHighlight extends Set<AbstractRange> {}

function fakeHighlights() {
  const registry = new Map<string, unknown>();
  const api: HighlightApi = { registry, create: () => new FakeHighlight() };
  return {
    api,
    ranges: () => [...((registry.get('smartgoal-vague') as FakeHighlight | undefined) ?? [])],
  };
}

let controller: AbortController;

function start(overrides: Partial<HintsOptions> = {}) {
  controller = new AbortController();
  return startHints({
    document,
    analyze: fakeAnalyze,
    signal: controller.signal,
    highlights: null,
    ...overrides,
  });
}

function overlayHost(): HTMLElement | null {
  return document.querySelector(OVERLAY_TAG);
}

function hintElements(): HTMLElement[] {
  return Array.from(overlayHost()?.shadowRoot?.querySelectorAll('[data-smartgoal-hint]') ?? []);
}

function hintData() {
  return hintElements().map((el) => ({
    text: el.getAttribute('data-smartgoal-hint'),
    criteria: el.getAttribute('data-criteria'),
  }));
}

function textarea(value = '', attributes: Record<string, string> = {}): HTMLTextAreaElement {
  const el = document.createElement('textarea');
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
  el.value = value;
  document.body.append(el);
  return el;
}

function focus(el: Element) {
  el.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
}

/** Replace the value as typing would, with its `input` event. */
function type(el: HTMLTextAreaElement, value: string, isComposing = false) {
  el.value = value;
  el.dispatchEvent(new InputEvent('input', { bubbles: true, isComposing }));
}

beforeEach(() => {
  vi.useFakeTimers();
  fakeAnalyze.mockClear();
});

afterEach(() => {
  controller?.abort();
  vi.useRealTimers();
  document.body.replaceChildren();
  for (const el of document.querySelectorAll(OVERLAY_TAG)) el.remove();
});

describe('vagueFindings', () => {
  it('keeps vague-goal diagnostics only, with their exact text, criteria and offset', () => {
    const text = 'Ship it. Grow soon.';
    const diagnostics = [
      diagnostic('missing-time-bound', 14, 18),
      diagnostic('vague-goal', 9, 18, 'SMT'),
      diagnostic('vague-goal', 9, 18, 'SMT'),
      diagnostic('vague-goal', 3, 3),
    ];
    expect(vagueFindings(text, diagnostics, 100)).toEqual([
      { span: { start: 109, end: 118 }, text: 'Grow soon', criteria: 'SMT', rewrite: null },
    ]);
  });
});

describe('readField and fieldFindings', () => {
  it('skips a textarea over the size cap, not one at it', () => {
    const at = textarea('a'.repeat(MAX_FIELD_LENGTH));
    const over = textarea('a'.repeat(MAX_FIELD_LENGTH + 1));
    expect(readField({ kind: 'textarea', element: at })?.text).toHaveLength(MAX_FIELD_LENGTH);
    expect(readField({ kind: 'textarea', element: over })).toBeNull();
  });

  it('skips a contenteditable whose text is over the cap', () => {
    const host = document.createElement('div');
    host.setAttribute('contenteditable', 'true');
    host.textContent = 'a'.repeat(11);
    document.body.append(host);
    expect(readField({ kind: 'contenteditable', element: host }, 10)).toBeNull();
    expect(readField({ kind: 'contenteditable', element: host }, 11)?.text).toBe('a'.repeat(11));
  });

  it('analyses contenteditable blocks one by one, spans in whole-text offsets', () => {
    const host = document.createElement('div');
    host.innerHTML = '<p>Grow soon.</p><p>Ship it.</p><p>Hire soon.</p>';
    document.body.append(host);
    const map = buildTextMap(host, { display: (el) => (el.localName === 'p' ? 'block' : null) });
    expect(map.text).toBe('Grow soon.\nShip it.\nHire soon.');
    const findings = fieldFindings({ text: map.text, map }, fakeAnalyze);
    expect(findings.map((f) => [f.text, map.text.slice(f.span.start, f.span.end)])).toEqual([
      ['Grow soon', 'Grow soon'],
      ['Hire soon', 'Hire soon'],
    ]);
    expect(fakeAnalyze.mock.calls.map(([t]) => t)).toEqual([
      'Grow soon.',
      'Ship it.',
      'Hire soon.',
    ]);
  });

  it('caches findings by block text', () => {
    const cache = new FindingCache(2);
    cache.get('Grow soon.', fakeAnalyze);
    cache.get('Grow soon.', fakeAnalyze);
    expect(fakeAnalyze).toHaveBeenCalledTimes(1);
    cache.get('a', fakeAnalyze);
    cache.get('b', fakeAnalyze); // evicts the least recently used
    cache.get('Grow soon.', fakeAnalyze);
    expect(fakeAnalyze).toHaveBeenCalledTimes(4);
  });
});

describe('startHints: textarea', () => {
  it('costs nothing until a field is focused', () => {
    textarea('Grow soon.');
    start();
    expect(overlayHost()).toBeNull();
    expect(fakeAnalyze).not.toHaveBeenCalled();
  });

  it('analyses on focus: one hint in the overlay with the flagged text and missing criteria', () => {
    const el = textarea('Grow soon. Ship v2 by May.');
    const hints = start();
    focus(el);
    expect(fakeAnalyze).toHaveBeenCalledTimes(1);
    expect(hintData()).toEqual([{ text: 'Grow soon', criteria: 'MT' }]);
    expect(overlayHost()!.parentNode).toBe(document.documentElement);
    expect(hints.fields().map((f) => f.element)).toEqual([el]);
  });

  it('analyses the field focused before the script started', () => {
    const el = textarea('Grow soon.');
    el.focus();
    start();
    expect(hintData()).toEqual([{ text: 'Grow soon', criteria: 'MT' }]);
  });

  it('analyses again 300 ms after typing stops, not before', () => {
    const el = textarea('');
    start();
    focus(el);
    type(el, 'Hire soon.');
    vi.advanceTimersByTime(IDLE_DELAY_MS - 1);
    expect(hintData()).toEqual([]);
    type(el, 'Hire soon. Grow soon.');
    vi.advanceTimersByTime(IDLE_DELAY_MS - 1);
    expect(hintData()).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(hintData().map((h) => h.text)).toEqual(['Hire soon', 'Grow soon']);
  });

  it('keeps the element of a hint that stays through an analysis', () => {
    const el = textarea('Grow soon.');
    start();
    focus(el);
    const [before] = hintElements();
    type(el, 'Grow soon. Ship v2.');
    vi.advanceTimersByTime(IDLE_DELAY_MS);
    expect(hintElements()).toEqual([before]);
  });

  it('drops a hint at once when an edit touches its text; keeps it for edits elsewhere', () => {
    const el = textarea('Ship v2. Grow soon.');
    start();
    focus(el);
    expect(hintData().map((h) => h.text)).toEqual(['Grow soon']);
    type(el, 'Ship v3. Grow soon.'); // before it: shifted, kept
    expect(hintData().map((h) => h.text)).toEqual(['Grow soon']);
    type(el, 'Ship v3. Grow soon. More'); // after it: kept
    expect(hintData().map((h) => h.text)).toEqual(['Grow soon']);
    type(el, 'Ship v3. Grow very soon. More'); // inside it: gone before any analysis
    expect(hintData()).toEqual([]);
    expect(fakeAnalyze).toHaveBeenCalledTimes(1);
  });

  it('skips a field over the size cap silently', () => {
    const el = textarea('Grow soon. ' + 'x'.repeat(40));
    start({ maxLength: 20 });
    focus(el);
    expect(fakeAnalyze).not.toHaveBeenCalled();
    expect(hintData()).toEqual([]);
  });

  it('clears the hints once the field grows over the cap', () => {
    const el = textarea('Grow soon.');
    start({ maxLength: 20 });
    focus(el);
    expect(hintData()).toHaveLength(1);
    type(el, 'Grow soon. ' + 'x'.repeat(40));
    vi.advanceTimersByTime(IDLE_DELAY_MS);
    expect(hintData()).toEqual([]);
  });

  it('leaves opted-out and private fields alone', () => {
    start();
    for (const el of [
      textarea('Grow soon.', { 'data-smartgoal': 'off' }),
      textarea('Grow soon.', { 'data-gramm': 'false' }),
      textarea('Grow soon.', { autocomplete: 'cc-number' }),
      textarea('Grow soon.', { readonly: '' }),
    ]) {
      focus(el);
      type(el, 'Grow soon. Hire soon.');
    }
    vi.advanceTimersByTime(IDLE_DELAY_MS * 2);
    expect(fakeAnalyze).not.toHaveBeenCalled();
    expect(overlayHost()).toBeNull();
  });

  it('never analyses during IME composition', () => {
    const el = textarea('');
    start();
    focus(el);
    fakeAnalyze.mockClear();
    el.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }));
    type(el, '提高', true);
    type(el, '提高品牌知名度。soon', true);
    vi.advanceTimersByTime(IDLE_DELAY_MS * 5);
    expect(fakeAnalyze).not.toHaveBeenCalled();
    el.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true }));
    vi.advanceTimersByTime(IDLE_DELAY_MS);
    expect(fakeAnalyze).toHaveBeenCalledTimes(1);
  });

  it('finds a textarea inside an open shadow root through the composed path', () => {
    const host = document.createElement('x-field');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const el = document.createElement('textarea');
    el.value = 'Grow soon.';
    shadow.append(el);
    start();
    focus(el);
    expect(hintData()).toEqual([{ text: 'Grow soon', criteria: 'MT' }]);
  });

  it('drops everything on abort: overlay, hints, listeners', () => {
    const el = textarea('Grow soon.');
    start();
    focus(el);
    expect(overlayHost()).not.toBeNull();
    controller.abort();
    expect(overlayHost()).toBeNull();
    fakeAnalyze.mockClear();
    focus(el);
    type(el, 'Hire soon.');
    vi.advanceTimersByTime(IDLE_DELAY_MS * 2);
    expect(fakeAnalyze).not.toHaveBeenCalled();
    expect(overlayHost()).toBeNull();
  });

  it('does nothing when started with an aborted signal', () => {
    const aborted = new AbortController();
    aborted.abort();
    const el = textarea('Grow soon.');
    startHints({ document, analyze: fakeAnalyze, signal: aborted.signal });
    focus(el);
    expect(fakeAnalyze).not.toHaveBeenCalled();
  });
});

describe('startHints: contenteditable', () => {
  function editable(html: string): HTMLElement {
    const el = document.createElement('div');
    el.setAttribute('contenteditable', 'true');
    el.innerHTML = html;
    document.body.append(el);
    return el;
  }

  it('paints the flagged text as a highlight and never touches the editor DOM', async () => {
    const el = editable('Ship v2. Grow soon.');
    const html = el.innerHTML;
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((r) => records.push(...r));
    observer.observe(el, { subtree: true, childList: true, attributes: true, characterData: true });
    const { api, ranges } = fakeHighlights();
    start({ highlights: api });
    focus(el);

    expect(hintData()).toEqual([{ text: 'Grow soon', criteria: 'MT' }]);
    expect(hintElements()[0]!.getAttribute('data-painted')).toBe('highlight');
    expect(ranges().map((r) => (r as Range).toString())).toEqual(['Grow soon']);
    await Promise.resolve();
    records.push(...observer.takeRecords());
    observer.disconnect();
    expect(records).toEqual([]);
    expect(el.innerHTML).toBe(html);

    controller.abort();
    expect(ranges()).toEqual([]);
  });

  it('drops the hint and its highlight when an edit changes the flagged text', () => {
    const el = editable('Ship v2. Grow soon.');
    const { api, ranges } = fakeHighlights();
    start({ highlights: api });
    focus(el);
    expect(ranges()).toHaveLength(1);
    (el.firstChild as Text).insertData(12, 'X'); // "Grow" → "GrowX"… inside the span
    el.dispatchEvent(new InputEvent('input', { bubbles: true }));
    expect(hintData()).toEqual([]);
    expect(ranges()).toEqual([]);
  });

  it('draws its own underline where the Highlight API is missing', () => {
    const el = editable('Grow soon.');
    start({ highlights: null });
    focus(el);
    expect(hintData()).toHaveLength(1);
    expect(hintElements()[0]!.hasAttribute('data-painted')).toBe(false);
  });
});
