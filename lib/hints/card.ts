/**
 * The hint card: what a flagged goal misses, the engine's SMART rewrite with its placeholders as
 * small text fields, and the actions. Plain DOM (no React) because it ships in the always-loaded
 * content script; it lives in the overlay's shadow root, shown in the top layer
 * (`popover="manual"`) so no page overflow, transform or z-index can clip or cover it.
 *
 * Page text only ever enters as text (`textContent`, `placeholder`, attributes), never as markup.
 * Keyboard: Tab and Shift+Tab cycle the card's controls, Esc closes it and gives focus back,
 * Enter in a placeholder runs the first action (Apply or Copy).
 */

import type { Rewrite } from '../analysis';
import { fillRewrite, placeholderLabel } from './card-text';
import { placeCard } from './card-position';
import type { Box } from './mirror';

/** Every string the card shows, from `public/_locales/*\/messages.json`. */
export const CARD_KEYS = [
  'card_title',
  'card_missing',
  'card_criterion_S',
  'card_criterion_M',
  'card_criterion_A',
  'card_criterion_T',
  'card_rewrite',
  'card_no_rewrite',
  'card_apply',
  'card_copy',
  'card_open_builder',
  'card_ignore',
  'card_disable_site',
  'card_close',
  'card_copied',
  'card_copy_failed',
  'card_apply_copied',
  'card_apply_failed',
  'card_stale',
  'card_builder_failed',
  'card_builder_saved',
] as const;
export type CardKey = (typeof CARD_KEYS)[number];
export type CardTranslate = (key: CardKey) => string;

export interface CardAction {
  /** The button's label key; its accessible name is the translated label. */
  key: CardKey;
  /** Runs the action with the rewrite as filled in right now. */
  run(filled: string): void | Promise<void>;
}

export interface CardContent {
  /** Missing criteria letters, e.g. `SMT` (shown as chips, in SMART order). */
  criteria: string;
  rewrite: Rewrite | null;
  actions: readonly CardAction[];
}

export interface CardOpenOptions {
  /** The flagged text's box in client coordinates. */
  anchor: Box;
  /** Move focus into the card (opened from the keyboard or a shortcut). */
  focus: boolean;
  /** Called once when the card closes; `restore`: give focus back to where the text is. */
  onClose(restore: boolean): void;
}

export interface Card {
  readonly element: HTMLElement;
  open(content: CardContent, options: CardOpenOptions): void;
  /**
   * Show a changed finding in the open card (the sentence around the flagged text was edited):
   * new chips and rewrite, the values typed into its blanks kept by slot, focus and caret kept.
   * False when it would drop a typed value; the card then keeps what it shows.
   */
  update(content: Pick<CardContent, 'criteria' | 'rewrite'>): boolean;
  /** Follow the text after a scroll or resize; null when it left the screen. */
  reposition(anchor: Box | null): void;
  close(restore?: boolean): void;
  isOpen(): boolean;
  /** Show a message in the card's live region (read out by screen readers). */
  say(message: string): void;
  /** The rewrite with the placeholders as filled in. */
  filled(): string;
  /** Whether an event's composed path went through the card. */
  owns(event: Event): boolean;
}

const CRITERIA_ORDER = 'SMAT';

/*
 * Everything is set explicitly on the card (`all: initial` first): the page cannot style into the
 * shadow root, but inherited properties of the host would still leak in without it.
 */
export const CARD_CSS = `.card {
  all: initial;
  display: block;
  color-scheme: light dark;
  position: fixed;
  inset: auto;
  margin: 0;
  box-sizing: border-box;
  width: max-content;
  max-width: min(26rem, calc(100vw - 12px));
  max-height: calc(100vh - 12px);
  overflow: auto;
  padding: 12px 14px;
  border: 1px solid #c9ccd1;
  border-radius: 10px;
  background: #ffffff;
  color: #1f2328;
  box-shadow: 0 6px 24px rgb(0 0 0 / 0.18);
  font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', sans-serif;
  pointer-events: auto;
  text-align: start;
}
.card:not(.open) {
  display: none;
}
.card * {
  box-sizing: border-box;
  font: inherit;
  color: inherit;
}
.head {
  display: flex;
  align-items: center;
  gap: 8px;
  margin: 0 0 8px;
}
h2 {
  flex: 1;
  margin: 0;
  font-weight: 600;
  font-size: 15px;
}
ul {
  list-style: none;
  margin: 0 0 10px;
  padding: 0;
  display: grid;
  gap: 4px;
}
li {
  display: flex;
  gap: 8px;
  align-items: baseline;
}
.letter {
  flex: none;
  display: inline-block;
  min-width: 1.6em;
  padding: 0 6px;
  border-radius: 999px;
  background: #fff0e6;
  color: #a63f00;
  font-weight: 700;
  text-align: center;
}
.label {
  margin: 0 0 2px;
  font-size: 12px;
  color: #57606a;
}
.rewrite {
  margin: 0 0 10px;
  padding: 8px;
  border-radius: 6px;
  background: #f6f8fa;
  white-space: pre-wrap;
  overflow-wrap: anywhere;
}
input {
  display: inline-block;
  min-width: 4ch;
  max-width: 100%;
  margin: 1px 2px;
  padding: 0 4px;
  border: 1px solid #8c959f;
  border-radius: 4px;
  background: #ffffff;
}
input::placeholder {
  color: #6e7781;
  opacity: 1;
}
.status:empty {
  display: none;
}
.status {
  margin: 0 0 10px;
  font-size: 13px;
}
.actions {
  display: flex;
  flex-wrap: wrap;
  gap: 6px;
}
button {
  cursor: pointer;
  padding: 4px 10px;
  border: 1px solid #8c959f;
  border-radius: 6px;
  background: #f6f8fa;
}
button.primary {
  border-color: #bc4c00;
  background: #bc4c00;
  color: #ffffff;
}
button.close {
  padding: 0 8px;
  border-color: transparent;
  background: transparent;
  font-size: 18px;
  line-height: 1.2;
}
:focus-visible {
  outline: 2px solid #0969da;
  outline-offset: 1px;
}
@media (prefers-color-scheme: dark) {
  .card {
    border-color: #444c56;
    background: #22272e;
    color: #e6edf3;
    box-shadow: 0 6px 24px rgb(0 0 0 / 0.5);
  }
  .letter {
    background: #4a2a12;
    color: #ffb77a;
  }
  .label {
    color: #9da7b3;
  }
  .rewrite,
  button {
    background: #2d333b;
  }
  input {
    background: #1c2128;
    border-color: #768390;
  }
  input::placeholder {
    color: #9da7b3;
  }
  button.primary {
    border-color: #e8590c;
    background: #e8590c;
    color: #111111;
  }
  :focus-visible {
    outline-color: #539bf5;
  }
}`;

/** Inside the card: the controls Tab cycles through. */
const FOCUSABLE = 'input, button';

export function createCard(root: ShadowRoot, t: CardTranslate): Card {
  const doc = root.ownerDocument;
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string) => {
    const node = doc.createElement(tag);
    if (className) node.className = className;
    return node;
  };

  const style = el('style');
  style.textContent = CARD_CSS;
  const card = el('div', 'card');
  card.setAttribute('role', 'dialog');
  card.setAttribute('aria-labelledby', 'smartgoal-card-title');
  card.setAttribute('popover', 'manual');
  card.tabIndex = -1;
  root.append(style, card);

  let open = false;
  let inputs: HTMLInputElement[] = [];
  let rewrite: Rewrite | null = null;
  let onClose: ((restore: boolean) => void) | null = null;
  let status: HTMLElement | null = null;
  let criteriaNodes: HTMLElement[] = [];
  let rewriteNodes: HTMLElement[] = [];
  /** What the open card shows, to tell a changed finding from the same one. */
  let shown = '';
  /** An IME composition is under way in one of the blanks. */
  let composing = false;
  /** The finding that came during a composition, shown when it ends. */
  let deferred: Pick<CardContent, 'criteria' | 'rewrite'> | null = null;

  const filled = () =>
    rewrite
      ? fillRewrite(
          rewrite.parts,
          inputs.map((i) => i.value),
        )
      : '';

  const show = () => {
    card.classList.add('open');
    // The top layer where supported; the `.open` class keeps it visible where it is not.
    try {
      (card as { showPopover?: () => void }).showPopover?.();
    } catch {
      // Already showing, or the host is being moved by the page: the class still shows it.
    }
  };

  const hide = () => {
    card.classList.remove('open');
    try {
      (card as { hidePopover?: () => void }).hidePopover?.();
    } catch {
      // Not showing.
    }
  };

  /** The missing-criteria chips (nothing when no letter is missing). */
  const criteriaBlock = (criteria: string): HTMLElement[] => {
    const letters = [...CRITERIA_ORDER].filter((c) => criteria.includes(c));
    if (letters.length === 0) return [];
    const label = el('p', 'label');
    label.id = 'smartgoal-card-missing';
    label.textContent = t('card_missing');
    const list = el('ul');
    list.setAttribute('aria-labelledby', label.id);
    for (const letter of letters) {
      const chip = el('li');
      chip.setAttribute('data-criterion', letter);
      const badge = el('span', 'letter');
      badge.textContent = letter;
      const text = el('span');
      text.textContent = t(`card_criterion_${letter}` as CardKey);
      chip.append(badge, text);
      list.append(chip);
    }
    return [label, list];
  };

  /** The rewrite with a text field per placeholder, prefilled from `values` (slot → values). */
  const rewriteBlock = (next: Rewrite | null, values: Map<string, string[]>) => {
    const label = el('p', 'label');
    label.id = 'smartgoal-card-rewrite';
    label.textContent = t(next ? 'card_rewrite' : 'card_no_rewrite');
    const fields: HTMLInputElement[] = [];
    if (!next) return { nodes: [label], inputs: fields };
    const text = el('p', 'rewrite');
    text.setAttribute('aria-labelledby', label.id);
    text.setAttribute('data-rewrite', '');
    for (const part of next.parts) {
      if (part.kind === 'text') {
        text.append(doc.createTextNode(part.text));
        continue;
      }
      const input = el('input');
      input.type = 'text';
      input.placeholder = placeholderLabel(part.hint);
      input.setAttribute('aria-label', part.hint);
      input.setAttribute('data-slot', part.slot);
      input.spellcheck = false;
      input.autocomplete = 'off';
      input.value = values.get(part.slot)?.shift() ?? '';
      const fit = () => {
        input.size = Math.max(input.value.length, input.placeholder.length, 4) + 1;
      };
      fit();
      input.addEventListener('input', fit);
      input.addEventListener('keydown', (event) => {
        if (event.key !== 'Enter' || event.isComposing) return;
        event.preventDefault();
        card.querySelector<HTMLButtonElement>('.actions button')?.click();
      });
      fields.push(input);
      text.append(input);
    }
    return { nodes: [label, text], inputs: fields };
  };

  const signature = (c: Pick<CardContent, 'criteria' | 'rewrite'>) =>
    `${c.criteria}\n${JSON.stringify(c.rewrite)}`;

  const api: Card = {
    element: card,
    open(content, options) {
      api.close(false);
      rewrite = content.rewrite;
      card.replaceChildren();
      inputs = [];

      const head = el('div', 'head');
      const title = el('h2');
      title.id = 'smartgoal-card-title';
      title.textContent = t('card_title');
      const close = el('button', 'close');
      close.type = 'button';
      close.textContent = '×';
      close.setAttribute('aria-label', t('card_close'));
      close.addEventListener('click', () => api.close(true));
      head.append(title, close);
      card.append(head);

      criteriaNodes = criteriaBlock(content.criteria);
      const block = rewriteBlock(content.rewrite, new Map());
      rewriteNodes = block.nodes;
      inputs = block.inputs;
      card.append(...criteriaNodes, ...rewriteNodes);
      shown = signature(content);

      status = el('p', 'status');
      status.setAttribute('role', 'status');
      card.append(status);

      const actions = el('div', 'actions');
      content.actions.forEach((action, i) => {
        const button = el('button', i === 0 ? 'primary' : undefined);
        button.type = 'button';
        button.textContent = t(action.key);
        button.setAttribute('data-action', action.key);
        button.addEventListener('click', () => {
          void action.run(filled());
        });
        actions.append(button);
      });
      card.append(actions);

      open = true;
      onClose = options.onClose;
      show();
      api.reposition(options.anchor);
      // The first blank to fill, else the first action: the close button is only a way out.
      if (options.focus)
        (card.querySelector<HTMLElement>('input, .actions button') ?? card).focus();
    },
    update(content) {
      if (!open || signature(content) === shown) return true;
      // Replacing a blank mid-composition would cut an IME word in half: apply it once it ends.
      if (composing) {
        deferred = content;
        return false;
      }
      deferred = null;
      // What the user typed into the blanks goes to the blanks of the same slot; if one of them
      // would have nowhere to go, the card keeps what it shows (their words win).
      const values = new Map<string, string[]>();
      for (const input of inputs) {
        const slot = input.getAttribute('data-slot') ?? '';
        values.set(slot, [...(values.get(slot) ?? []), input.value]);
      }
      const slots = new Map<string, number>();
      for (const part of content.rewrite?.parts ?? [])
        if (part.kind === 'placeholder') slots.set(part.slot, (slots.get(part.slot) ?? 0) + 1);
      for (const [slot, typed] of values)
        if (typed.slice(slots.get(slot) ?? 0).some((v) => v !== '')) return false;
      const active = root.activeElement;
      const focused = inputs.find((i) => i === active);
      const focusSlot = focused?.getAttribute('data-slot') ?? null;
      const focusIndex = focused
        ? inputs.filter((i) => i.getAttribute('data-slot') === focusSlot).indexOf(focused)
        : -1;
      const caret = focused ? ([focused.selectionStart, focused.selectionEnd] as const) : null;

      const nextCriteria = criteriaBlock(content.criteria);
      const block = rewriteBlock(content.rewrite, values);
      const before = rewriteNodes[0]!;
      for (const node of criteriaNodes) node.remove();
      before.before(...nextCriteria);
      before.replaceWith(...block.nodes);
      for (const node of rewriteNodes.slice(1)) node.remove();
      criteriaNodes = nextCriteria;
      rewriteNodes = block.nodes;
      inputs = block.inputs;
      rewrite = content.rewrite;
      shown = signature(content);
      if (focusSlot !== null) {
        const again = inputs.filter((i) => i.getAttribute('data-slot') === focusSlot)[focusIndex];
        if (again) {
          again.focus();
          if (caret) again.setSelectionRange(caret[0], caret[1]);
        }
      }
      return true;
    },
    reposition(anchor) {
      if (!open) return;
      if (!anchor) {
        card.style.setProperty('visibility', 'hidden');
        return;
      }
      card.style.removeProperty('visibility');
      const view = doc.defaultView;
      const viewport = {
        width: doc.documentElement.clientWidth || view?.innerWidth || 0,
        height: doc.documentElement.clientHeight || view?.innerHeight || 0,
      };
      const rect = card.getBoundingClientRect();
      const { left, top } = placeCard(anchor, rect, viewport);
      card.style.setProperty('left', `${left}px`);
      card.style.setProperty('top', `${top}px`);
    },
    close(restore = false) {
      if (!open) return;
      open = false;
      hide();
      card.replaceChildren();
      inputs = [];
      criteriaNodes = [];
      rewriteNodes = [];
      shown = '';
      composing = false;
      deferred = null;
      status = null;
      const done = onClose;
      onClose = null;
      done?.(restore);
    },
    isOpen: () => open,
    say(message) {
      if (status) status.textContent = message;
    },
    filled,
    owns: (event) => event.composedPath().includes(card),
  };

  card.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      api.close(true);
    } else if (event.key === 'Tab') {
      const controls = Array.from(card.querySelectorAll<HTMLElement>(FOCUSABLE));
      if (controls.length === 0) return;
      const current = controls.indexOf(root.activeElement as HTMLElement);
      const next = event.shiftKey
        ? current <= 0
          ? controls.length - 1
          : current - 1
        : current === controls.length - 1 || current < 0
          ? 0
          : current + 1;
      event.preventDefault();
      controls[next]!.focus();
    }
    // The page's own shortcuts must not fire while someone types in the card.
    event.stopPropagation();
  });
  for (const type of ['keyup', 'keypress', 'input', 'beforeinput'] as const) {
    card.addEventListener(type, (event) => event.stopPropagation());
  }
  card.addEventListener('compositionstart', () => (composing = true));
  card.addEventListener('compositionend', () => {
    composing = false;
    if (deferred) api.update(deferred);
  });
  return api;
}
