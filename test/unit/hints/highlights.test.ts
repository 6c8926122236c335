// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import {
  createHighlightPainter,
  detectHighlights,
  HIGHLIGHT_CSS,
  HIGHLIGHT_NAME,
  installStyle,
  type HighlightApi,
} from '../../../lib/hints/highlights';

/** `Highlight` is a Set of ranges and `CSS.highlights` a Map of them: fakes need no more. */
class FakeHighlight extends Set<AbstractRange> {}

function fakeApi() {
  const registry = new Map<string, unknown>();
  const api: HighlightApi = { registry, create: () => new FakeHighlight() };
  return { api, registry, ours: () => registry.get(HIGHLIGHT_NAME) as FakeHighlight | undefined };
}

function editor(html = '<p>We will grow sales.</p><p>Ship it.</p>'): HTMLElement {
  const el = document.createElement('div');
  el.setAttribute('contenteditable', 'true');
  el.innerHTML = html;
  document.body.append(el);
  return el;
}

function rangeOver(node: Node, start: number, end: number): Range {
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, end);
  return range;
}

function ourStyles(root: ParentNode): Element[] {
  return Array.from(root.querySelectorAll('style[data-smartgoal]'));
}

afterEach(() => {
  document.body.replaceChildren();
  for (const s of ourStyles(document)) s.remove();
});

describe('detectHighlights', () => {
  it('is null without CSS.highlights (happy-dom, older browsers)', () => {
    expect(detectHighlights(window)).toBeNull();
    expect(detectHighlights(undefined)).toBeNull();
  });

  it('is null when Highlight cannot be constructed', () => {
    const view = { CSS: { highlights: new Map() } } as unknown as Window;
    expect(detectHighlights(view)).toBeNull();
  });

  it('wraps the registry and constructor when both exist', () => {
    const highlights = new Map();
    const view = { CSS: { highlights }, Highlight: FakeHighlight } as unknown as Window;
    const api = detectHighlights(view)!;
    expect(api.registry).toBe(highlights);
    expect(api.create()).toBeInstanceOf(FakeHighlight);
  });
});

describe('createHighlightPainter', () => {
  it('registers nothing until something is painted', () => {
    const { api, registry } = fakeApi();
    const painter = createHighlightPainter(api, { signal: new AbortController().signal });
    painter.paint(editor(), []);
    expect(registry.size).toBe(0);
    expect(ourStyles(document)).toHaveLength(0);
  });

  it('paints ranges under the prefixed name and replaces them per field', () => {
    const { api, ours } = fakeApi();
    const painter = createHighlightPainter(api, { signal: new AbortController().signal });
    const a = editor();
    const b = editor('<p>Be better.</p>');
    const r1 = rangeOver(a.firstChild!.firstChild!, 0, 4);
    const r2 = rangeOver(a.lastChild!.firstChild!, 0, 4);
    const r3 = rangeOver(b.firstChild!.firstChild!, 0, 2);
    painter.paint(a, [r1, r2]);
    painter.paint(b, [r3]);
    expect([...ours()!]).toEqual([r1, r2, r3]);
    painter.paint(a, [r2]);
    expect(new Set(ours())).toEqual(new Set([r2, r3]));
    painter.clear(b);
    expect([...ours()!]).toEqual([r2]);
  });

  it('installs the ::highlight rule once in the document head', () => {
    const { api } = fakeApi();
    const painter = createHighlightPainter(api, { signal: new AbortController().signal });
    const a = editor();
    painter.paint(a, [rangeOver(a.firstChild!.firstChild!, 0, 2)]);
    painter.paint(a, [rangeOver(a.firstChild!.firstChild!, 0, 3)]);
    const styles = ourStyles(document);
    expect(styles).toHaveLength(1);
    expect(styles[0]!.parentNode).toBe(document.head);
    expect(styles[0]!.textContent).toBe(HIGHLIGHT_CSS);
    expect(HIGHLIGHT_CSS).toContain(`::highlight(${HIGHLIGHT_NAME})`);
  });

  it('installs the rule in the shadow root holding an editor, never inside the editor', async () => {
    const { api } = fakeApi();
    const painter = createHighlightPainter(api, { signal: new AbortController().signal });
    const host = document.createElement('x-editor');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<div contenteditable="true"><p>Grow sales.</p></div>';
    const ce = shadow.querySelector('div')!;
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((r) => records.push(...r));
    observer.observe(ce, { subtree: true, childList: true, characterData: true, attributes: true });

    painter.paint(ce, [rangeOver(ce.firstChild!.firstChild!, 0, 4)]);
    painter.paint(ce, [rangeOver(ce.firstChild!.firstChild!, 0, 5)]);
    await Promise.resolve();
    records.push(...observer.takeRecords());
    observer.disconnect();

    expect(records).toEqual([]);
    expect(ourStyles(ce)).toHaveLength(0);
    const styles = ourStyles(shadow);
    expect(styles).toHaveLength(1);
    expect(styles[0]!.parentNode).toBe(shadow);
    // The document-level rule does not reach into the shadow tree, so it is not what was added.
    expect(ourStyles(document)).toHaveLength(0);
  });

  it('does not add a second style where one already is (another frame of ours, a reload)', () => {
    const existing = installStyle(document, HIGHLIGHT_CSS, HIGHLIGHT_NAME);
    expect(existing).not.toBeNull();
    expect(installStyle(document, HIGHLIGHT_CSS, HIGHLIGHT_NAME)).toBeNull();
    const { api } = fakeApi();
    const painter = createHighlightPainter(api, { signal: new AbortController().signal });
    const a = editor();
    painter.paint(a, [rangeOver(a.firstChild!.firstChild!, 0, 2)]);
    expect(ourStyles(document)).toEqual([existing]);
  });

  it('replaces a stale highlight of the same name left by a previous instance', () => {
    const { api, registry, ours } = fakeApi();
    const stale = new FakeHighlight();
    registry.set(HIGHLIGHT_NAME, stale);
    const painter = createHighlightPainter(api, { signal: new AbortController().signal });
    const a = editor();
    painter.paint(a, [rangeOver(a.firstChild!.firstChild!, 0, 2)]);
    expect(ours()).not.toBe(stale);
    expect(ours()!.size).toBe(1);
  });
});

describe('cleanup on abort', () => {
  it('removes ranges, the registry entry and the styles it added; later calls do nothing', () => {
    const { api, registry } = fakeApi();
    const controller = new AbortController();
    const painter = createHighlightPainter(api, { signal: controller.signal });
    const a = editor();
    const host = document.createElement('x-editor');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<div contenteditable="true"><p>Grow.</p></div>';
    const ce = shadow.querySelector('div')!;
    painter.paint(a, [rangeOver(a.firstChild!.firstChild!, 0, 2)]);
    painter.paint(ce, [rangeOver(ce.firstChild!.firstChild!, 0, 2)]);
    const highlight = registry.get(HIGHLIGHT_NAME) as FakeHighlight;

    controller.abort();
    expect(highlight.size).toBe(0);
    expect(registry.has(HIGHLIGHT_NAME)).toBe(false);
    expect(ourStyles(document)).toHaveLength(0);
    expect(ourStyles(shadow)).toHaveLength(0);

    painter.paint(a, [rangeOver(a.firstChild!.firstChild!, 0, 2)]);
    expect(registry.size).toBe(0);
    expect(ourStyles(document)).toHaveLength(0);
  });

  it('leaves the name alone if another instance took it over', () => {
    const { api, registry } = fakeApi();
    const controller = new AbortController();
    const painter = createHighlightPainter(api, { signal: controller.signal });
    const a = editor();
    painter.paint(a, [rangeOver(a.firstChild!.firstChild!, 0, 2)]);
    const newer = new FakeHighlight();
    registry.set(HIGHLIGHT_NAME, newer);
    controller.abort();
    expect(registry.get(HIGHLIGHT_NAME)).toBe(newer);
  });
});
