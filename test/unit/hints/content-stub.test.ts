// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RuntimeListener } from '../../../lib/background/message-listener';
import {
  hintsModuleFrom,
  startContentStub,
  type HintsModule,
  type LoadedHints,
  type MessageEvent,
} from '../../../lib/hints/content-stub';
import { CONTENT_MESSAGE_TYPES } from '../../../lib/hints/frame-claims';
import { CONTENT_MESSAGES, type Reply } from '../../../lib/messages';
import { deliver } from '../background/helpers';

let controller: AbortController;

/** `runtime.onMessage` with the listeners it holds. */
function fakeOnMessage(): MessageEvent & { listeners: Set<RuntimeListener> } {
  const listeners = new Set<RuntimeListener>();
  return {
    listeners,
    addListener: (l) => void listeners.add(l),
    removeListener: (l) => void listeners.delete(l),
  };
}

/** A hint layer whose answers to messages are recorded and echo the message type. */
function fakeModule() {
  const answered: unknown[] = [];
  const answer: RuntimeListener = (message, _sender, sendResponse) => {
    answered.push(message);
    sendResponse({ ok: true, value: { opened: true } });
    return true;
  };
  const startPageHints = vi.fn((): LoadedHints => ({ answer }));
  return { module: { startPageHints } satisfies HintsModule, startPageHints, answered };
}

function start(load: () => Promise<HintsModule>) {
  controller = new AbortController();
  const onMessage = fakeOnMessage();
  const loader = vi.fn(load);
  const stub = startContentStub({
    document,
    signal: controller.signal,
    load: loader,
    onMessage,
  });
  const [listener] = onMessage.listeners;
  return { stub, loader, onMessage, listener: listener! };
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 5));

function focusIn(el: HTMLElement) {
  el.focus();
  el.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
}

function add<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  document.body.append(el);
  return el;
}

afterEach(() => {
  controller?.abort();
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('the content-script stub', () => {
  it('loads nothing on a page where no field gets focus', async () => {
    const { module } = fakeModule();
    const { stub, loader, onMessage } = start(async () => module);
    focusIn(add('button'));
    focusIn(add('a', { href: '#x' }));
    add('p').click();
    await settled();
    expect(loader).not.toHaveBeenCalled();
    expect(stub.requested()).toBe(false);
    // What it does register: one runtime listener (and a focusin listener).
    expect(onMessage.listeners.size).toBe(1);
  });

  it.each([
    ['a textarea', () => add('textarea')],
    ['a text input', () => add('input', { type: 'text' })],
    ['a contenteditable', () => add('div', { contenteditable: 'true' })],
    [
      'a field inside an open shadow root',
      () => {
        const host = add('div');
        const inner = document.createElement('textarea');
        host.attachShadow({ mode: 'open' }).append(inner);
        return inner;
      },
    ],
  ])('loads and starts the hint layer once when %s gets focus', async (_, make) => {
    const { module, startPageHints } = fakeModule();
    const { loader } = start(async () => module);
    focusIn(make());
    const second = make();
    focusIn(second);
    await settled();
    expect(loader).toHaveBeenCalledTimes(1);
    expect(startPageHints).toHaveBeenCalledTimes(1);
    expect(startPageHints).toHaveBeenCalledWith({
      document,
      signal: controller.signal,
      lastFocused: second,
    });
  });

  it('hands over the field focused last while the layer loaded, though focus left it (Insert target)', async () => {
    const { module, startPageHints } = fakeModule();
    let resolve!: (m: HintsModule) => void;
    start(() => new Promise((r) => (resolve = r)));
    const first = add('textarea');
    const second = add('div', { contenteditable: 'true' });
    focusIn(first);
    focusIn(second);
    focusIn(add('button'));
    second.blur();
    await settled();
    resolve(module);
    await settled();
    expect(startPageHints).toHaveBeenCalledWith(expect.objectContaining({ lastFocused: second }));
  });

  it('hands over no field when a message, not focus, loaded the layer', async () => {
    const { module, startPageHints } = fakeModule();
    const { listener } = start(async () => module);
    deliver(listener, { type: 'card/open-at-selection', payload: { text: 'Grow sales soon.' } });
    await settled();
    expect(startPageHints).toHaveBeenCalledWith(expect.objectContaining({ lastFocused: null }));
  });

  it.each([
    ['a password field', () => add('input', { type: 'password' })],
    ['a checkbox', () => add('input', { type: 'checkbox' })],
    ['a field that opted out', () => add('textarea', { 'data-gramm': 'false' })],
    ['a readonly textarea', () => add('textarea', { readonly: '' })],
  ])('loads nothing when %s gets focus', async (_, make) => {
    const { module } = fakeModule();
    const { loader } = start(async () => module);
    focusIn(make());
    await settled();
    expect(loader).not.toHaveBeenCalled();
  });

  it('loads at start when a field already has the focus (autofocus, an early click)', async () => {
    add('textarea').focus();
    const { module, startPageHints } = fakeModule();
    const { loader } = start(async () => module);
    await settled();
    expect(loader).toHaveBeenCalledTimes(1);
    expect(startPageHints).toHaveBeenCalledTimes(1);
  });

  it('answers a context menu click that arrives before the load, once loaded', async () => {
    const { module, answered } = fakeModule();
    let resolve!: (m: HintsModule) => void;
    const { listener, loader } = start(() => new Promise((r) => (resolve = r)));
    const message = { type: 'card/open-at-selection', payload: { text: 'Grow sales soon.' } };
    const { returned, reply, sendResponse } = deliver(listener, message);
    // Claimed at once (the channel stays open), answered later.
    expect(returned).toBe(true);
    await settled();
    expect(loader).toHaveBeenCalledTimes(1);
    expect(sendResponse).not.toHaveBeenCalled();
    resolve(module);
    expect(await reply).toEqual({ ok: true, value: { opened: true } });
    expect(answered).toEqual([message]);
  });

  it('answers a shortcut only in the frame that has focus, and loads only there', async () => {
    const { module } = fakeModule();
    const { listener, loader } = start(async () => module);
    const focused = vi.spyOn(document, 'hasFocus').mockReturnValue(false);
    expect(deliver(listener, { type: 'hints/next', payload: {} }).returned).toBeUndefined();
    expect(
      deliver(listener, { type: 'card/open-at-selection', payload: {} }).returned,
    ).toBeUndefined();
    expect(loader).not.toHaveBeenCalled();

    focused.mockReturnValue(true);
    const next = deliver(listener, { type: 'hints/next', payload: {} });
    expect(next.returned).toBe(true);
    expect(await next.reply).toEqual({ ok: true, value: { opened: true } });
    expect(loader).toHaveBeenCalledTimes(1);
  });

  it('passes the builder’s Insert to the loaded layer in any frame', async () => {
    vi.spyOn(document, 'hasFocus').mockReturnValue(false);
    const { module, answered } = fakeModule();
    const { listener } = start(async () => module);
    const message = { type: 'field/insert', payload: { text: 'Grow signups by 20% by June.' } };
    expect(await deliver(listener, message).reply).toMatchObject({ ok: true });
    expect(answered).toEqual([message]);
  });

  it('leaves background messages and foreign envelopes alone, and loads nothing for them', () => {
    vi.spyOn(document, 'hasFocus').mockReturnValue(true);
    const { module } = fakeModule();
    const { listener, loader } = start(async () => module);
    for (const message of [
      { type: 'hints/ignore', payload: { site: 'a.com', text: 'x' } },
      { type: 'other', payload: {} },
      { type: 5, payload: {} },
      'card/open-at-selection',
      null,
    ]) {
      expect(deliver(listener, message).returned).toBeUndefined();
    }
    expect(loader).not.toHaveBeenCalled();
  });

  it('replies with an error when the hint layer cannot be loaded, and does not retry', async () => {
    const { listener, loader } = start(async () => {
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    const message = { type: 'card/open-at-selection', payload: { text: 'Grow sales soon.' } };
    const first = await deliver(listener, message).reply;
    expect(first).toEqual({ ok: false, error: expect.stringMatching(/could not be loaded/) });
    focusIn(add('textarea'));
    await deliver(listener, message).reply;
    expect(loader).toHaveBeenCalledTimes(1);
  });

  it('replies with an error when the loaded layer does not take a claimed message', async () => {
    const declining: HintsModule = { startPageHints: () => ({ answer: () => undefined }) };
    const { listener } = start(async () => declining);
    const reply: Reply = await deliver(listener, { type: 'field/insert', payload: { text: 'x' } })
      .reply;
    expect(reply).toEqual({ ok: false, error: 'Not handled: field/insert' });
  });

  it('ends with the signal: the runtime listener goes, focus loads nothing, a late load starts nothing', async () => {
    const { module, startPageHints } = fakeModule();
    let resolve!: (m: HintsModule) => void;
    const { onMessage, stub } = start(() => new Promise((r) => (resolve = r)));
    void stub.load();
    await settled();
    controller.abort();
    expect(onMessage.listeners.size).toBe(0);
    resolve(module);
    expect(await stub.load()).toBeNull();
    expect(startPageHints).not.toHaveBeenCalled();

    const again = start(async () => module);
    controller.abort();
    focusIn(add('textarea'));
    await settled();
    expect(again.loader).not.toHaveBeenCalled();
  });

  it('lists the same message types as CONTENT_MESSAGES', () => {
    expect([...CONTENT_MESSAGE_TYPES].sort()).toEqual(Object.keys(CONTENT_MESSAGES).sort());
  });
});

describe('hintsModuleFrom', () => {
  it('takes a module that exports startPageHints, and nothing else', () => {
    const startPageHints = () => ({ answer: () => undefined });
    expect(hintsModuleFrom({ startPageHints }).startPageHints).toBe(startPageHints);
    for (const bad of [null, undefined, {}, { startPageHints: 'x' }, 'module', { analyze() {} }]) {
      expect(() => hintsModuleFrom(bad)).toThrow(/Not the hints module/);
    }
  });
});
