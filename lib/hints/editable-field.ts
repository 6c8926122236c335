/**
 * Which element is "the field" the user is typing in, and may we look at it at all.
 *
 * Discovery is event-driven: the entry point hands us `event.composedPath()` from a `focusin`/`input`
 * listener, so a page without fields costs nothing and editors inside open shadow roots are found
 * without walking the page. Checks use `localName`/`nodeType` rather than `instanceof` because
 * elements may come from another realm (a same-origin iframe's document).
 */

export type EditableField =
  | { kind: 'textarea'; element: HTMLTextAreaElement }
  | { kind: 'input'; element: HTMLInputElement }
  | { kind: 'contenteditable'; element: HTMLElement };

export type FieldKind = EditableField['kind'];

/** Input types whose value is prose. An absent or unknown `type` reads back as `text`. */
const TEXT_INPUT_TYPES = new Set(['text', 'search']);

/**
 * Autocomplete tokens of fields that hold credentials or payment data: never analysed, even when
 * the page made them `type="text"`. `cc-*` is matched by prefix.
 */
const PRIVATE_AUTOCOMPLETE = new Set([
  'username',
  'current-password',
  'new-password',
  'one-time-code',
]);

/** Attribute conventions users already rely on to silence writing assistants. */
const OPT_OUT_ATTRIBUTES: ReadonlyArray<readonly [string, string]> = [
  ['data-smartgoal', 'off'],
  ['data-gramm', 'false'],
  ['data-enable-grammarly', 'false'],
  ['data-lt-active', 'false'],
];

const CODE_EDITOR_CLASS = /CodeMirror|cm-editor|monaco|ace_editor/;
const CODE_TAGS = new Set(['code', 'pre']);

function isElement(node: unknown): node is Element {
  return typeof node === 'object' && node !== null && (node as Node).nodeType === 1;
}

function isHTMLElement(node: unknown): node is HTMLElement {
  // `isContentEditable` only exists on HTML elements (not SVG/MathML).
  return isElement(node) && 'isContentEditable' in node;
}

/** The focused element, looking into open shadow roots. */
export function deepActiveElement(doc: Document): Element | null {
  let el = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** The parent in the composed tree: crosses an open shadow root to its host. */
export function composedParent(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const parent = el.parentNode;
  // A ShadowRoot is a DocumentFragment (11) with a host.
  if (parent && parent.nodeType === 11 && 'host' in parent) return (parent as ShadowRoot).host;
  return null;
}

/** Disabled itself or through a disabled `fieldset`. */
function isDisabled(el: HTMLInputElement | HTMLTextAreaElement): boolean {
  if (el.disabled) return true;
  try {
    return el.matches(':disabled');
  } catch {
    return false; // an engine without `:disabled` support
  }
}

function hasPrivateAutocomplete(el: Element): boolean {
  const tokens = (el.getAttribute('autocomplete') ?? '').toLowerCase().split(/\s+/);
  return tokens.some((t) => t.startsWith('cc-') || PRIVATE_AUTOCOMPLETE.has(t));
}

/** A text-like `input` or a `textarea` the user can type in now. */
function classifyControl(el: Element): EditableField | null {
  if (el.localName === 'textarea') {
    const ta = el as HTMLTextAreaElement;
    if (isDisabled(ta) || ta.readOnly || hasPrivateAutocomplete(ta)) return null;
    return { kind: 'textarea', element: ta };
  }
  if (el.localName === 'input') {
    const input = el as HTMLInputElement;
    if (!TEXT_INPUT_TYPES.has(input.type)) return null;
    if (isDisabled(input) || input.readOnly || hasPrivateAutocomplete(input)) return null;
    return { kind: 'input', element: input };
  }
  return null;
}

/**
 * The outermost editable element of the island `el` is in: climb while the parent is editable too.
 * Stops at a `contenteditable="false"` island or a shadow boundary (editability does not inherit
 * across either), so a nested editable inside a non-editable widget is its own field.
 */
function editingHost(el: HTMLElement): HTMLElement {
  let host = el;
  for (let parent = host.parentElement; isHTMLElement(parent) && parent.isContentEditable;) {
    host = parent;
    parent = host.parentElement;
  }
  return host;
}

function isReadonlyHost(host: HTMLElement): boolean {
  return (
    host.getAttribute('aria-readonly') === 'true' || host.getAttribute('aria-disabled') === 'true'
  );
}

/**
 * The field an element (or an event's composed path, innermost first) belongs to, or null when it
 * is not a field we may analyse (wrong input type, readonly, disabled, opted out).
 */
export function findEditableField(
  start: Element | readonly EventTarget[] | null,
): EditableField | null {
  // An element stands for its composed ancestor chain, as an event path would list it.
  const chain: readonly unknown[] =
    start === null ? [] : isElement(start) ? ancestors(start) : start;
  for (const node of chain) {
    if (!isElement(node)) continue;
    const control = classifyControl(node);
    if (control) return isOptedOut(control.element) ? null : control;
    // Another kind of form control (password, checkbox…) is not inside any field: stop.
    if (node.localName === 'input' || node.localName === 'textarea') return null;
    if (isHTMLElement(node) && node.isContentEditable) {
      const host = editingHost(node);
      if (isReadonlyHost(host) || isOptedOut(host)) return null;
      return { kind: 'contenteditable', element: host };
    }
  }
  return null;
}

/** The field an event happened in, looking through open shadow roots. */
export function fieldFromEvent(event: Event): EditableField | null {
  return findEditableField(event.composedPath());
}

function ancestors(el: Element): Element[] {
  const chain: Element[] = [];
  for (let cur: Element | null = el; cur; cur = composedParent(cur)) chain.push(cur);
  return chain;
}

/**
 * Whether the user or the page asked writing assistants to stay away from `el`: an opt-out
 * attribute on it or any composed ancestor, or `spellcheck="false"` on a code editor (plain fields
 * with spellcheck off are still prose, so that alone is not an opt-out).
 */
export function isOptedOut(el: Element): boolean {
  let spellcheckOff: boolean | null = null;
  let codeEditor = false;
  for (let cur: Element | null = el; cur; cur = composedParent(cur)) {
    for (const [name, value] of OPT_OUT_ATTRIBUTES) {
      if (cur.getAttribute(name)?.toLowerCase() === value) return true;
    }
    // The nearest `spellcheck` attribute decides, as it inherits.
    const spellcheck = cur.getAttribute('spellcheck');
    if (spellcheckOff === null && spellcheck !== null)
      spellcheckOff = spellcheck.toLowerCase() === 'false';
    if (!codeEditor) {
      const className = cur.getAttribute('class') ?? '';
      codeEditor = CODE_TAGS.has(cur.localName) || CODE_EDITOR_CLASS.test(className);
    }
  }
  return spellcheckOff === true && codeEditor;
}
