// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Rewrite } from '../../../lib/analysis';
import { createCard, type CardContent, type CardKey } from '../../../lib/hints/card';

const REWRITE: Rewrite = {
  lang: 'en',
  parts: [
    { kind: 'text', text: 'Increase sales <img src=x onerror="window.__xss=1"> from ' },
    { kind: 'placeholder', slot: 'baseline', criterion: 'M', hint: 'today’s level, e.g. 2.3%' },
    { kind: 'text', text: ' by ' },
    { kind: 'placeholder', slot: 'deadline', criterion: 'T', hint: 'deadline, e.g. end of Q3' },
    { kind: 'text', text: '.' },
  ],
};

const t = (key: CardKey) => `«${key}»`;
const anchor = { left: 10, top: 10, width: 50, height: 16 };

function setup(content: Partial<CardContent> = {}, focus = false) {
  const host = document.createElement('div');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  const card = createCard(root, t);
  const apply = vi.fn();
  const ignore = vi.fn();
  const onClose = vi.fn();
  card.open(
    {
      criteria: 'TMS',
      rewrite: REWRITE,
      actions: [
        { key: 'card_apply', run: apply },
        { key: 'card_ignore', run: ignore },
      ],
      ...content,
    },
    { anchor, focus, onClose },
  );
  const el = card.element;
  const q = <T extends Element>(s: string) => Array.from(el.querySelectorAll<T>(s));
  return { card, root, el, q, apply, ignore, onClose };
}

const key = (target: Element, k: string, init: KeyboardEventInit = {}) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, ...init }));

afterEach(() => {
  document.body.replaceChildren();
});

describe('hint card', () => {
  it('is a named dialog with chips in SMART order, each with its explanation', () => {
    const { el, root, q } = setup();
    expect(el.getAttribute('role')).toBe('dialog');
    expect(el.getAttribute('popover')).toBe('manual');
    const title = root.getElementById(el.getAttribute('aria-labelledby')!);
    expect(title?.textContent).toBe('«card_title»');
    expect(q('[data-criterion]').map((c) => c.getAttribute('data-criterion'))).toEqual([
      'S',
      'M',
      'T',
    ]);
    expect(q('[data-criterion]')[1]!.textContent).toBe('M«card_criterion_M»');
  });

  it('renders the rewrite with page markup as text and placeholders as named fields', () => {
    const { el, q } = setup();
    expect(el.querySelector('img')).toBeNull();
    expect(el.querySelector('[data-rewrite]')!.textContent).toContain(
      'Increase sales <img src=x onerror="window.__xss=1"> from ',
    );
    const inputs = q<HTMLInputElement>('input');
    expect(inputs.map((i) => [i.getAttribute('aria-label'), i.placeholder])).toEqual([
      ['today’s level, e.g. 2.3%', 'today’s level'],
      ['deadline, e.g. end of Q3', 'deadline'],
    ]);
  });

  it('applies what was typed into the placeholders, brackets for the empty ones', () => {
    const { card, q, apply } = setup();
    const [baseline] = q<HTMLInputElement>('input');
    baseline!.value = '2%';
    baseline!.dispatchEvent(new Event('input'));
    expect(card.filled()).toBe(
      'Increase sales <img src=x onerror="window.__xss=1"> from 2% by [deadline].',
    );
    q<HTMLButtonElement>('button[data-action="card_apply"]')[0]!.click();
    expect(apply).toHaveBeenCalledWith(card.filled());
  });

  it('buttons are named by their translated labels; Enter in a field runs the first action', () => {
    const { q, apply, ignore } = setup();
    const names = q<HTMLButtonElement>('button').map(
      (b) => b.getAttribute('aria-label') ?? b.textContent,
    );
    expect(names).toEqual(['«card_close»', '«card_apply»', '«card_ignore»']);
    key(q('input')[1]!, 'Enter');
    expect(apply).toHaveBeenCalledTimes(1);
    expect(ignore).not.toHaveBeenCalled();
  });

  it('focuses its first field when opened from the keyboard; Tab and Shift+Tab wrap', () => {
    const { root, q } = setup({}, true);
    const controls = q<HTMLElement>('input, button');
    // The first blank to fill (the close button before it is only a way out).
    expect(root.activeElement).toBe(q('input')[0]);
    controls.at(-1)!.focus();
    key(controls.at(-1)!, 'Tab');
    expect(root.activeElement).toBe(controls[0]);
    key(controls[0]!, 'Tab', { shiftKey: true });
    expect(root.activeElement).toBe(controls.at(-1));
  });

  it('Esc closes it and asks to give focus back; keys never reach the page', () => {
    const { card, q, onClose } = setup({}, true);
    const pageKeys = vi.fn();
    document.addEventListener('keydown', pageKeys);
    key(q('input')[0]!, 'a');
    expect(pageKeys).not.toHaveBeenCalled();
    key(q('input')[0]!, 'Escape');
    expect(card.isOpen()).toBe(false);
    expect(onClose).toHaveBeenCalledWith(true);
    document.removeEventListener('keydown', pageKeys);
  });

  it('the close button closes it with focus given back; reopening replaces the content', () => {
    const { card, el, q, onClose } = setup();
    q<HTMLButtonElement>('button.close')[0]!.click();
    expect(onClose).toHaveBeenCalledWith(true);
    expect(el.childElementCount).toBe(0);
    card.open(
      { criteria: '', rewrite: null, actions: [] },
      { anchor, focus: false, onClose: () => {} },
    );
    expect(el.textContent).toContain('«card_no_rewrite»');
    expect(el.querySelectorAll('input')).toHaveLength(0);
  });

  it('update shows a changed finding and keeps typed values, focus and caret by slot', () => {
    const { card, root, q } = setup({}, true);
    const [baseline] = q<HTMLInputElement>('input');
    baseline!.value = '2%';
    baseline!.setSelectionRange(1, 1);
    // The user added a deadline to the sentence: T is met, the deadline blank goes, a full stop
    // and a target blank come.
    const next: Rewrite = {
      lang: 'en',
      parts: [
        { kind: 'text', text: 'Increase sales from ' },
        { kind: 'placeholder', slot: 'baseline', criterion: 'M', hint: 'today’s level' },
        { kind: 'text', text: ' to ' },
        { kind: 'placeholder', slot: 'target', criterion: 'M', hint: 'target, e.g. +15%' },
        { kind: 'text', text: ' by June.' },
      ],
    };
    expect(card.update({ criteria: 'M', rewrite: next })).toBe(true);
    expect(q('[data-criterion]').map((c) => c.getAttribute('data-criterion'))).toEqual(['M']);
    expect(card.filled()).toBe('Increase sales from 2% to [target] by June.');
    const [kept, target] = q<HTMLInputElement>('input');
    expect(kept!.getAttribute('data-slot')).toBe('baseline');
    expect(root.activeElement).toBe(kept);
    expect([kept!.selectionStart, kept!.selectionEnd]).toEqual([1, 1]);
    expect(target!.value).toBe('');
    // Only one rewrite paragraph and one set of chips remain, in the card's order.
    expect(q('[data-rewrite]')).toHaveLength(1);
    expect(q('ul')).toHaveLength(1);
    expect(q('.label').map((l) => l.textContent)).toEqual(['«card_missing»', '«card_rewrite»']);
  });

  it('update keeps the card as it is when a typed value would have no blank left', () => {
    const { card, q } = setup();
    q<HTMLInputElement>('input')[1]!.value = 'end of May';
    const before = card.filled();
    const noDeadline: Rewrite = {
      lang: 'en',
      parts: [
        { kind: 'text', text: 'Increase sales from ' },
        { kind: 'placeholder', slot: 'baseline', criterion: 'M', hint: 'today’s level' },
        { kind: 'text', text: ' by June.' },
      ],
    };
    expect(card.update({ criteria: 'M', rewrite: noDeadline })).toBe(false);
    expect(card.filled()).toBe(before);
    // An empty blank is no loss: the same update goes through once the value is cleared.
    q<HTMLInputElement>('input')[1]!.value = '';
    expect(card.update({ criteria: 'M', rewrite: noDeadline })).toBe(true);
    expect(card.filled()).toBe('Increase sales from [today’s level] by June.');
  });

  it('update waits for an IME composition in a blank to end, then shows the finding', () => {
    const { card, q } = setup();
    const input = q<HTMLInputElement>('input')[0]!;
    input.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }));
    expect(card.update({ criteria: 'S', rewrite: null })).toBe(false);
    expect(q<HTMLInputElement>('input')[0]).toBe(input);
    input.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true }));
    expect(q('input')).toHaveLength(0);
    expect(q('[data-criterion]').map((c) => c.getAttribute('data-criterion'))).toEqual(['S']);
  });

  it('update with the same finding changes nothing; with no rewrite it says so', () => {
    const { card, q } = setup();
    const input = q<HTMLInputElement>('input')[0]!;
    expect(card.update({ criteria: 'TMS', rewrite: REWRITE })).toBe(true);
    expect(q<HTMLInputElement>('input')[0]).toBe(input);
    expect(card.update({ criteria: 'S', rewrite: null })).toBe(true);
    expect(q('input')).toHaveLength(0);
    expect(q('.label').map((l) => l.textContent)).toEqual(['«card_missing»', '«card_no_rewrite»']);
    expect(card.filled()).toBe('');
  });

  it('says messages in a live status region', () => {
    const { card, el } = setup();
    card.say('Copied');
    expect(el.querySelector('[role="status"]')!.textContent).toBe('Copied');
  });
});
