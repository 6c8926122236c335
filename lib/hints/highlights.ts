/**
 * Underlines in contenteditable editors through the CSS Custom Highlight API: ranges are
 * registered with the document, the browser paints them, and the editor's DOM is never touched
 * (inserting nodes there is what corrupts editors). Where the API is missing, `detectHighlights`
 * returns null and the caller draws boxes in its overlay from `range.getClientRects()` instead.
 *
 * The registry is shared with the page, hence the prefixed name. A `::highlight()` rule only
 * applies inside the tree that holds it, so the style goes into the document head and into each
 * shadow root hosting an editor, as a `<style data-smartgoal>` of our own, never inside the
 * editor element.
 */

export const HIGHLIGHT_NAME = 'smartgoal-vague';

/** The part of `Highlight` (a Set of ranges) we use. */
export interface HighlightLike {
  add(range: AbstractRange): unknown;
  delete(range: AbstractRange): boolean;
  readonly size: number;
}

/** The part of `HighlightRegistry` (a Map of name → Highlight) we use. */
export interface HighlightRegistryLike {
  get(name: string): unknown;
  set(name: string, highlight: HighlightLike): unknown;
  delete(name: string): boolean;
}

export interface HighlightApi {
  registry: HighlightRegistryLike;
  create: () => HighlightLike;
}

/** The page's highlight API, or null where the browser has none (feature detection). */
export function detectHighlights(
  view: Window | undefined = globalThis.window,
): HighlightApi | null {
  const css = (view as (Window & { CSS?: { highlights?: HighlightRegistryLike } }) | undefined)
    ?.CSS;
  const Ctor = (view as { Highlight?: new () => HighlightLike } | undefined)?.Highlight;
  if (!css || !('highlights' in css) || !css.highlights || typeof Ctor !== 'function') return null;
  return { registry: css.highlights, create: () => new Ctor() };
}

/** Wavy underline in an orange that reads on light and dark pages alike. */
export const HIGHLIGHT_CSS = `::highlight(${HIGHLIGHT_NAME}) {
  text-decoration-line: underline;
  text-decoration-style: wavy;
  text-decoration-color: #e8590c;
  text-decoration-thickness: 1.5px;
  text-decoration-skip-ink: none;
}`;

export interface HighlightPainter {
  /** Replace the ranges painted for `field` (an editor host) with `ranges`. */
  paint(field: Element, ranges: readonly AbstractRange[]): void;
  /** Remove every range of `field`. */
  clear(field: Element): void;
}

export interface PainterOptions {
  signal: AbortSignal;
  name?: string;
  css?: string;
}

/**
 * Install `css` once in `root`: in `document.head` for the document, appended to a shadow root
 * otherwise. Returns the element it added, or null when one was already there.
 */
export function installStyle(
  root: Document | ShadowRoot,
  css: string,
  name: string,
): HTMLStyleElement | null {
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument!;
  const container: ParentNode | null =
    root.nodeType === 9 ? (doc.head ?? doc.documentElement) : root;
  if (!container) return null;
  for (const child of Array.from(container.children)) {
    if (child.localName === 'style' && child.getAttribute('data-smartgoal') === name) return null;
  }
  const style = doc.createElement('style');
  style.setAttribute('data-smartgoal', name);
  style.textContent = css;
  container.append(style);
  return style;
}

/** The document or shadow root a field lives in: where its `::highlight()` rule must be. */
function styleRootOf(field: Element): Document | ShadowRoot | null {
  const root = field.getRootNode();
  return root.nodeType === 9 || root.nodeType === 11 ? (root as Document | ShadowRoot) : null;
}

export function createHighlightPainter(
  api: HighlightApi,
  options: PainterOptions,
): HighlightPainter {
  const name = options.name ?? HIGHLIGHT_NAME;
  const css = options.css ?? HIGHLIGHT_CSS;
  const { signal } = options;
  const byField = new Map<Element, readonly AbstractRange[]>();
  const styledRoots = new Set<Document | ShadowRoot>();
  const addedStyles: HTMLStyleElement[] = [];
  let highlight: HighlightLike | null = null;

  // Created lazily: a page where nothing is flagged registers nothing. Replaces a stale highlight
  // of the same name left by a previous instance of the content script (extension update).
  const ensureHighlight = () => {
    if (!highlight) {
      highlight = api.create();
      api.registry.set(name, highlight);
    }
    return highlight;
  };

  const clear = (field: Element) => {
    const ranges = byField.get(field);
    if (!ranges) return;
    byField.delete(field);
    for (const range of ranges) highlight?.delete(range);
  };

  signal.addEventListener(
    'abort',
    () => {
      for (const field of [...byField.keys()]) clear(field);
      // Only remove what is still ours: another instance may have taken the name since.
      if (highlight && api.registry.get(name) === highlight) api.registry.delete(name);
      highlight = null;
      for (const style of addedStyles) style.remove();
      addedStyles.length = 0;
      styledRoots.clear();
    },
    { once: true },
  );

  return {
    paint(field, ranges) {
      if (signal.aborted) return;
      clear(field);
      if (ranges.length === 0) return;
      const root = styleRootOf(field);
      if (root && !styledRoots.has(root)) {
        styledRoots.add(root);
        const added = installStyle(root, css, name);
        if (added) addedStyles.push(added);
      }
      const h = ensureHighlight();
      for (const range of ranges) h.add(range);
      byField.set(field, [...ranges]);
    },
    clear(field) {
      if (!signal.aborted) clear(field);
    },
  };
}
