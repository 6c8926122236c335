// Functions that run inside a page or frame (passed to `evaluate`, so each is self-contained):
// where text is on screen measured WITHOUT the extension's mirror, and what happened to an
// editor's DOM.
import type { Rect } from './hints';

/**
 * Client rects of the first occurrence of `text` in the rendered text of `el` (a contenteditable),
 * through a DOM Range over its text nodes. Spaces and U+00A0 count as the same character.
 */
export function textRects(el: Element, text: string): Rect[] {
  const norm = (s: string) => s.replace(/\u00a0/g, ' ');
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  let all = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes.push(n as Text);
    all += (n as Text).data;
  }
  const at = norm(all).indexOf(norm(text));
  if (at < 0) return [];
  const range = el.ownerDocument.createRange();
  let offset = 0;
  for (const node of nodes) {
    const end = offset + node.data.length;
    if (at >= offset && at <= end) range.setStart(node, at - offset);
    if (at + text.length >= offset && at + text.length <= end) {
      range.setEnd(node, at + text.length - offset);
      break;
    }
    offset = end;
  }
  return Array.from(range.getClientRects(), (r) => ({
    left: r.left,
    top: r.top,
    width: r.width,
    height: r.height,
  })).filter((r) => r.width > 0 && r.height > 0);
}

/** The hint element's line boxes (client rects of its underlined children) for `flagged`. */
export function hintLineRects(flagged: string): Rect[] {
  const overlay = document.querySelector('smartgoal-overlay')?.shadowRoot;
  const hint = Array.from(overlay?.querySelectorAll('[data-smartgoal-hint]') ?? []).find(
    (el) => el.getAttribute('data-smartgoal-hint') === flagged,
  );
  if (!hint || (hint as HTMLElement).hidden) return [];
  const lines = hint.children.length > 0 ? Array.from(hint.children) : [hint];
  return lines.map((line) => {
    const r = line.getBoundingClientRect();
    return { left: r.left, top: r.top, width: r.width, height: r.height };
  });
}

/**
 * For a textarea or input: the caret offsets (into its value) the browser's own hit testing finds
 * at points (`document.caretPositionFromPoint`, which answers with the control and an offset in
 * its value). Independent of any mirror: it is how the browser maps clicks to characters.
 */
export function caretOffsetsAt(
  field: HTMLTextAreaElement | HTMLInputElement,
  points: readonly { x: number; y: number }[],
): (number | null)[] {
  const doc = field.ownerDocument as Document & {
    caretPositionFromPoint(
      x: number,
      y: number,
      options?: { shadowRoots?: ShadowRoot[] },
    ): { offsetNode: Node; offset: number } | null;
  };
  const root = field.getRootNode();
  const shadowRoots = root.nodeType === 11 ? [root as ShadowRoot] : [];
  return points.map(({ x, y }) => {
    const position = doc.caretPositionFromPoint(x, y, { shadowRoots });
    return position && position.offsetNode === field ? position.offset : null;
  });
}

/**
 * Start recording every mutation in and on each field (an editor's editable element, a textarea)
 * into `window.mutationLogs[name]`, one normalized line per record. Ids and labels differ between
 * an editor and its twin; they are masked.
 */
export function startMutationLogs(fields: Record<string, Element>): void {
  const logs: Record<string, string[]> = {};
  const mask = (s: string) =>
    s
      .replace(/ \(opted out\)/g, '')
      .replace(/\b(id|for|aria-[a-z]+)="[^"]*"/g, '$1=""')
      .replace(/\b(editor|twin)\b/g, 'X');
  const describe = (n: Node) =>
    n.nodeType === 1 ? mask((n as Element).outerHTML) : `${n.nodeName}:${n.textContent ?? ''}`;
  for (const [name, field] of Object.entries(fields)) {
    const log: string[] = (logs[name] = []);
    new MutationObserver((records) => {
      for (const r of records) {
        const attribute = r.attributeName
          ? mask(
              `${r.attributeName}="${(r.target as Element).getAttribute(r.attributeName) ?? ''}"`,
            )
          : '';
        log.push(
          [
            r.type,
            r.target.nodeName,
            attribute,
            r.type === 'characterData' ? (r.target.textContent ?? '') : '',
            Array.from(r.addedNodes, describe).join(','),
            Array.from(r.removedNodes, describe).join(','),
          ].join('|'),
        );
      }
    }).observe(field, { subtree: true, childList: true, attributes: true, characterData: true });
  }
  (window as unknown as { mutationLogs: typeof logs }).mutationLogs = logs;
}

/** How many records field `name`'s log holds so far. */
export function mutationCount(name: string): number {
  return (window as unknown as { mutationLogs: Record<string, string[]> }).mutationLogs[name]!
    .length;
}

/** The records of field `name`'s log from index `from` on. */
export function mutationsSince({ name, from }: { name: string; from: number }): string[] {
  const logs = (window as unknown as { mutationLogs: Record<string, string[]> }).mutationLogs;
  return logs[name]!.slice(from);
}

/** Resolves after `n` animation frames: enough for a scheduled overlay render to have run. */
export function frames(n: number): Promise<void> {
  return new Promise((resolve) => {
    const step = (left: number) =>
      left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1));
    step(n);
  });
}
