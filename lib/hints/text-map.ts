/**
 * Plain text of a contenteditable host, as the analysis sees it, with an exact map between text
 * offsets (UTF-16) and DOM points.
 *
 * Lines follow rendering, not markup: a block-level element starts a new line (one "\n", added
 * only when the text does not already end in one, so `<p>a<br></p><p>b</p>` is "a\nb" as it
 * renders), `<br>` is "\n", inline markup adds nothing. Text node contents are copied verbatim;
 * the only text left out is what does not render (hidden, `display:none`, `contenteditable=false`
 * islands, whitespace-only nodes between blocks), so every offset maps to exactly one DOM point.
 * A map is a snapshot: rebuild it after the DOM changes.
 */

/** A run of mapped text: a Text node's data, or the "\n" of a `<br>`. */
export interface TextRun {
  start: number;
  end: number;
  node: Text | HTMLBRElement;
}

/** A contiguous stretch of text whose nearest block-level ancestor is `element`. */
export interface TextBlock {
  start: number;
  end: number;
  element: Element;
}

export interface TextMap {
  host: Element;
  text: string;
  /** In document order, non-overlapping; the gaps between them are block-boundary newlines. */
  runs: readonly TextRun[];
  /** In document order; analyse each block's text separately and cache by it. */
  blocks: readonly TextBlock[];
}

export interface TextMapOptions {
  /**
   * The element's `display`, or null when unknown. Defaults to `getComputedStyle` when the
   * document has a view; pass one to skip style computation (tests, benchmarks).
   */
  display?: (el: Element) => string | null;
}

// prettier-ignore
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr',
  'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot',
  'th', 'thead', 'tr', 'ul',
]);

/** Never rendered as text, whatever their style says. */
const SKIP_TAGS = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'textarea',
  'input',
  'select',
]);

// Outer display types that put an element on its own line(s). Table cells are lines of their own
// so that words in neighbouring cells never run together.
const BLOCK_DISPLAY =
  /^(block|list-item|table|table-row|table-cell|table-caption|flex|grid|flow-root)\b/;

const WHITESPACE_ONLY = /^[ \t\n\r\f]*$/;

function computedDisplay(el: Element): string | null {
  const view = el.ownerDocument.defaultView;
  return view && typeof view.getComputedStyle === 'function'
    ? view.getComputedStyle(el).display
    : null;
}

interface Classifier {
  isBlock(el: Element): boolean;
  isSkipped(el: Element): boolean;
}

function classifier(options: TextMapOptions): Classifier {
  const display = options.display ?? computedDisplay;
  // One style lookup per element per build.
  const cache = new Map<Element, string | null>();
  const displayOf = (el: Element) => {
    if (!cache.has(el)) cache.set(el, display(el));
    return cache.get(el) ?? null;
  };
  return {
    isBlock: (el) => {
      const d = displayOf(el);
      return d ? BLOCK_DISPLAY.test(d) : BLOCK_TAGS.has(el.localName);
    },
    isSkipped: (el) =>
      SKIP_TAGS.has(el.localName) ||
      el.hasAttribute('hidden') ||
      el.getAttribute('contenteditable')?.toLowerCase() === 'false' ||
      displayOf(el) === 'none',
  };
}

/** Whitespace between two blocks (HTML source indentation) renders as nothing. */
function isInterBlockWhitespace(text: Text, c: Classifier): boolean {
  if (!WHITESPACE_ONLY.test(text.data)) return false;
  const prev = text.previousSibling;
  const next = text.nextSibling;
  const blockish = (n: Node | null) => n === null || (n.nodeType === 1 && c.isBlock(n as Element));
  const oneIsBlock = (prev !== null && blockish(prev)) || (next !== null && blockish(next));
  return oneIsBlock && blockish(prev) && blockish(next) && !insidePre(text);
}

function insidePre(node: Node): boolean {
  const parent = node.parentElement;
  if (!parent) return false;
  if (parent.closest('pre')) return true;
  const view = parent.ownerDocument.defaultView;
  const ws =
    view && typeof view.getComputedStyle === 'function'
      ? view.getComputedStyle(parent).whiteSpace
      : '';
  return /^(pre|break-spaces)/.test(ws ?? '');
}

/** Build the text and map of `host`'s rendered text. Linear in the size of the subtree. */
export function buildTextMap(host: Element, options: TextMapOptions = {}): TextMap {
  const c = classifier(options);
  const parts: string[] = [];
  const runs: TextRun[] = [];
  const blocks: TextBlock[] = [];
  const blockStack: Element[] = [host];
  let length = 0;
  let endsWithNewline = false;
  let pendingBreak = false;
  let open: TextBlock | null = null;

  const emit = (node: Text | HTMLBRElement, data: string) => {
    if (pendingBreak && length > 0 && !endsWithNewline) {
      parts.push('\n');
      length += 1;
    }
    pendingBreak = false;
    const element = blockStack[blockStack.length - 1]!;
    if (!open || open.element !== element) {
      open = { start: length, end: length, element };
      blocks.push(open);
    }
    parts.push(data);
    runs.push({ start: length, end: length + data.length, node });
    length += data.length;
    open.end = length;
    endsWithNewline = data.endsWith('\n');
  };

  const enter = (el: Element): boolean => {
    if (c.isSkipped(el)) return false;
    if (el.localName === 'br') {
      emit(el as HTMLBRElement, '\n');
      return false;
    }
    if (c.isBlock(el)) {
      pendingBreak = true;
      blockStack.push(el);
    }
    return true;
  };

  const leave = (el: Element) => {
    if (blockStack[blockStack.length - 1] === el) {
      blockStack.pop();
      pendingBreak = true;
    }
  };

  // Iterative pre-order walk: editor documents can nest deeper than the call stack allows.
  let node: Node | null = host.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === 3) {
      const text = node as Text;
      if (text.data.length > 0 && !isInterBlockWhitespace(text, c)) emit(text, text.data);
    } else if (node.nodeType === 1) {
      descend = enter(node as Element) && node.firstChild !== null;
      if (!descend && blockStack[blockStack.length - 1] === node) leave(node as Element);
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== host && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== host) leave(node as Element);
    }
    node = node && node !== host ? node.nextSibling : null;
  }

  return { host, text: parts.join(''), runs, blocks };
}

/** Index of the first run whose end is greater than `offset` (the run holding it or after it). */
function runAtOrAfter(runs: readonly TextRun[], offset: number): number {
  let lo = 0;
  let hi = runs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (runs[mid]!.end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

type Point = [Node, number];

function before(node: Node): Point {
  const parent = node.parentNode!;
  return [parent, Array.prototype.indexOf.call(parent.childNodes, node) as number];
}

function startOf(run: TextRun): Point {
  return run.node.nodeType === 3 ? [run.node, 0] : before(run.node);
}

function endOf(run: TextRun): Point {
  if (run.node.nodeType === 3) return [run.node, run.end - run.start];
  const [parent, index] = before(run.node);
  return [parent, index + 1];
}

/** The DOM point at `offset`; inside a block-boundary gap, snap forward (start) or back (end). */
function pointAt(map: TextMap, offset: number, side: 'start' | 'end'): Point {
  const { runs } = map;
  if (runs.length === 0) return [map.host, 0];
  if (side === 'start') {
    const i = runAtOrAfter(runs, offset);
    const run = runs[i];
    if (!run) return endOf(runs[runs.length - 1]!);
    if (offset <= run.start) return startOf(run);
    return run.node.nodeType === 3 ? [run.node, offset - run.start] : startOf(run);
  }
  // End side: the run holding offset with start < offset, else the last run ending before it.
  const i = runAtOrAfter(runs, offset - 1);
  const run = runs[i];
  if (run && run.start < offset) {
    return run.node.nodeType === 3 ? [run.node, offset - run.start] : endOf(run);
  }
  const prev = runs[i - 1];
  return prev ? endOf(prev) : startOf(runs[0]!);
}

/**
 * A live DOM Range over text `[start, end)`, possibly crossing nodes and blocks. Ends that fall on
 * a block-boundary newline snap to the nearest text, so the range never spans only a gap.
 */
export function toRange(map: TextMap, start: number, end: number): Range {
  const range = map.host.ownerDocument.createRange();
  const [startNode, startOffset] = pointAt(map, start, 'start');
  range.setStart(startNode, startOffset);
  if (end > start) {
    const [endNode, endOffset] = pointAt(map, end, 'end');
    // setEnd before the start collapses the range onto the end: keep it at the start instead.
    if (range.comparePoint(endNode, endOffset) >= 0) range.setEnd(endNode, endOffset);
  }
  return range;
}

const indexes = new WeakMap<TextMap, Map<Node, TextRun>>();

/** Run by node, built on first use: caret lookups are frequent, maps are rebuilt per analysis. */
function runIndex(map: TextMap): Map<Node, TextRun> {
  let index = indexes.get(map);
  if (!index) {
    index = new Map(map.runs.map((r) => [r.node, r]));
    indexes.set(map, index);
  }
  return index;
}

/**
 * The text offset of DOM point (node, offset), e.g. a selection's focus. Points inside a text
 * node are exact. Other points (between elements, inside unmapped content such as hidden
 * elements, non-editable islands or inter-block whitespace) resolve to the start of the next
 * mapped text, or with `bias: 'before'` (for the end of a selection) to the end of the previous.
 */
export function fromPoint(
  map: TextMap,
  node: Node,
  offset: number,
  bias: 'after' | 'before' = 'after',
): number {
  const { runs } = map;
  if (node.nodeType === 3) {
    const run = runIndex(map).get(node);
    if (run) return run.start + Math.min(offset, run.end - run.start);
  }
  const point = map.host.ownerDocument.createRange();
  point.setStart(node, offset);
  // Binary search over runs, which are in document order.
  const after = (run: TextRun) => {
    const [n, o] = bias === 'after' ? startOf(run) : endOf(run);
    const order = point.comparePoint(n, o);
    return bias === 'after' ? order >= 0 : order > 0;
  };
  let lo = 0;
  let hi = runs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (after(runs[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  // 'after': the first run starting at or after the point; 'before': the run before the first
  // one ending after it.
  if (bias === 'after') return lo < runs.length ? runs[lo]!.start : map.text.length;
  return lo > 0 ? runs[lo - 1]!.end : 0;
}

/** The text of one block. */
export function blockText(map: TextMap, block: TextBlock): string {
  return map.text.slice(block.start, block.end);
}
