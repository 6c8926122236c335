import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createDraftFromText } from '@/lib/background/draft-from-text';
import { createFocusedField, FOCUSED_FIELD_KEY } from '@/lib/background/focused-field';
import { createBackgroundHandlers } from '@/lib/background/handlers';
import { FIELD_GONE_REASON, NO_FIELD_REASON } from '@/lib/background/insert-into-field';
import { backgroundMessageListener } from '@/lib/background/message-router';
import type { OpenBuilder } from '@/lib/background/open-builder';
import { createDraftsRepository, createIgnoredHints, hintHash } from '@/lib/drafts';
import { goalFromText } from '@/lib/goals/from-text';
import { toSentence } from '@/lib/goals/sentence';
import { deliver, draftsDatabase, fakeSendToTab } from './helpers';

function setup(options: { sendToTab?: ReturnType<typeof fakeSendToTab> } = {}) {
  const database = draftsDatabase();
  const drafts = createDraftsRepository(database);
  const ignoredHints = createIgnoredHints(database);
  const openBuilder = vi.fn<OpenBuilder>(async ({ place, draft }) => {
    await draft;
    return place;
  });
  const sendToTab = options.sendToTab ?? fakeSendToTab(() => ({ inserted: true }));
  const focusedField = createFocusedField(fakeBrowser.storage.session);
  const listener = backgroundMessageListener(
    createBackgroundHandlers({
      ignoredHints,
      draftFromText: createDraftFromText({
        drafts,
        goalFromText,
        openBuilder,
        today: () => '2026-01-15',
      }),
      openBuilder,
      focusedField,
      sendToTab,
    }),
  );
  return { listener, drafts, ignoredHints, openBuilder, sendToTab };
}

const PAGE = { tab: { id: 7 }, frameId: 3, url: 'https://docs.example.com/plan' };

describe('background message listener', () => {
  it('answers asynchronously through sendResponse and returns true, not a Promise', async () => {
    const { listener } = setup();
    const { returned, reply } = deliver(listener, {
      type: 'hints/ignored',
      payload: { site: 'example.com' },
    });
    // Chrome keeps the channel open only for a literal `true`.
    expect(returned).toBe(true);
    await expect(reply).resolves.toEqual({ ok: true, value: { hashes: [] } });
  });

  it('remembers a dismissed hint and lists it for the site (hints/ignore → hints/ignored)', async () => {
    const { listener } = setup();
    const text = 'Improve onboarding soon.';
    const hash = await hintHash(text);
    const ignored = await deliver(listener, {
      type: 'hints/ignore',
      payload: { site: 'Docs.Example.com', text },
    }).reply;
    expect(ignored).toEqual({ ok: true, value: { hash } });

    const listed = await deliver(listener, {
      type: 'hints/ignored',
      payload: { site: 'docs.example.com' },
    }).reply;
    expect(listed).toEqual({ ok: true, value: { hashes: [hash] } });
    const other = await deliver(listener, { type: 'hints/ignored', payload: { site: 'b.com' } })
      .reply;
    expect(other).toEqual({ ok: true, value: { hashes: [] } });
  });

  it.each([
    ['no text', { site: 'example.com' }],
    ['an empty site', { site: '', text: 'Grow sales' }],
    ['a number for text', { site: 'example.com', text: 42 }],
    ['no payload', undefined],
  ])('rejects hints/ignore with %s and stores nothing', async (_, payload) => {
    const { listener, ignoredHints } = setup();
    const { returned, reply } = deliver(listener, { type: 'hints/ignore', payload });
    expect(returned).toBe(true);
    expect(await reply).toEqual({
      ok: false,
      error: expect.stringMatching(/^Malformed hints\/ignore request/),
    });
    expect(await ignoredHints.list('example.com')).toEqual([]);
  });

  it.each([
    ['null', null],
    ['a string', 'hints/ignore'],
    ['an unknown type', { type: 'other/extension', payload: {} }],
    ['a content-script message', { type: 'card/open-at-selection', payload: {} }],
    ['no type', { payload: { site: 'example.com' } }],
  ])('leaves %s to other listeners: no reply, channel not held open', (_, message) => {
    const { listener } = setup();
    const { returned, sendResponse } = deliver(listener, message);
    expect(returned).toBeUndefined();
    expect(sendResponse).not.toHaveBeenCalled();
  });

  it('creates a draft prefilled from the text, with its source, and opens the builder on it', async () => {
    const { listener, drafts, openBuilder } = setup();
    const text = 'Raise the mobile conversion rate from 2.3% to 5% by Q3 2027.';
    const source = { url: 'https://docs.example.com/plan', site: 'docs.example.com' };
    const reply = await deliver(
      listener,
      { type: 'draft/create-from-text', payload: { text, source, open: 'sidepanel' } },
      PAGE,
    ).reply;
    expect(reply).toEqual({
      ok: true,
      value: { draftId: expect.any(String), opened: 'sidepanel' },
    });
    const { draftId } = (reply as { value: { draftId: string } }).value;

    const draft = await drafts.get(draftId);
    const goal = goalFromText(text, { today: '2026-01-15' });
    expect(draft).toMatchObject({ lang: 'en', content: goal, text: toSentence(goal), source });
    expect(goal.smart).toMatchObject({ baseline: 2.3, target: 5, unit: 'percent' });

    expect(openBuilder).toHaveBeenCalledTimes(1);
    const request = openBuilder.mock.calls[0]![0];
    expect(request).toMatchObject({ place: 'sidepanel', tabId: 7 });
    await expect(request.draft).resolves.toBe(draftId);
  });

  it('keeps the words of a text with no goal fields as the draft text, and opens nothing unless asked', async () => {
    const { listener, drafts, openBuilder } = setup();
    const reply = await deliver(listener, {
      type: 'draft/create-from-text',
      payload: { text: '  Be better.  ', lang: 'en', source: null },
    }).reply;
    expect(reply).toMatchObject({ ok: true, value: { opened: null } });
    const { draftId } = (reply as { value: { draftId: string } }).value;
    expect(await drafts.get(draftId)).toMatchObject({ text: 'Be better.', source: null });
    expect(openBuilder).not.toHaveBeenCalled();
  });

  it.each([
    ['empty text', { text: '', source: null }],
    ['a text over 20,000 characters', { text: 'x'.repeat(20_001), source: null }],
    ['an unknown place', { text: 'Grow sales', source: null, open: 'window' }],
    ['a source without site', { text: 'Grow sales', source: { url: 'https://a.com' } }],
  ])('rejects draft/create-from-text with %s: no draft, nothing opened', async (_, payload) => {
    const { listener, drafts, openBuilder } = setup();
    const reply = await deliver(listener, { type: 'draft/create-from-text', payload }).reply;
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/^Malformed/) });
    expect((await drafts.list()).drafts).toEqual([]);
    expect(openBuilder).not.toHaveBeenCalled();
  });

  it('opens the builder where asked, on the draft given, beside the sender tab', async () => {
    const { listener, openBuilder } = setup();
    const reply = await deliver(
      listener,
      { type: 'builder/open', payload: { place: 'popup', draftId: 'd-1' } },
      PAGE,
    ).reply;
    expect(reply).toEqual({ ok: true, value: { opened: 'popup' } });
    expect(openBuilder).toHaveBeenCalledWith({ place: 'popup', draft: 'd-1', tabId: 7 });
  });
});

describe('focused field and insert', () => {
  it('forwards field/insert to the tab and frame that last reported a focused field', async () => {
    const sendToTab = fakeSendToTab(() => ({ inserted: true }));
    const { listener } = setup({ sendToTab });
    await deliver(listener, { type: 'field/focused', payload: {} }, PAGE).reply;
    await deliver(listener, { type: 'field/focused', payload: {} }, { tab: { id: 9 }, frameId: 0 })
      .reply;

    const reply = await deliver(listener, {
      type: 'field/insert-last-focused',
      payload: { text: 'Grow signups by 20% by June.' },
    }).reply;
    expect(reply).toEqual({ ok: true, value: { inserted: true } });
    expect(sendToTab).toHaveBeenCalledWith(
      9,
      { type: 'field/insert', payload: { text: 'Grow signups by 20% by June.' } },
      { frameId: 0 },
    );
  });

  it('survives a worker restart: the frame is in storage.session, not in memory', async () => {
    await deliver(setup().listener, { type: 'field/focused', payload: {} }, PAGE).reply;
    expect(await fakeBrowser.storage.session.get(FOCUSED_FIELD_KEY)).toEqual({
      [FOCUSED_FIELD_KEY]: { tabId: 7, frameId: 3 },
    });

    // A new worker: new listener, new handlers, nothing shared but storage.
    const sendToTab = fakeSendToTab(() => ({ inserted: true }));
    const restarted = setup({ sendToTab });
    const reply = await deliver(restarted.listener, {
      type: 'field/insert-last-focused',
      payload: { text: 'x' },
    }).reply;
    expect(reply).toEqual({ ok: true, value: { inserted: true } });
    expect(sendToTab).toHaveBeenCalledWith(7, expect.anything(), { frameId: 3 });
  });

  it('ignores focus reports from extension pages (no tab): they are not where Insert goes', async () => {
    const { listener } = setup();
    await deliver(
      listener,
      { type: 'field/focused', payload: {} },
      { url: 'chrome-extension://x/popup.html' },
    ).reply;
    expect(await fakeBrowser.storage.session.get(FOCUSED_FIELD_KEY)).toEqual({});
  });

  it('explains that there is no field when none was focused', async () => {
    const sendToTab = fakeSendToTab(() => ({ inserted: true }));
    const { listener } = setup({ sendToTab });
    const reply = await deliver(listener, {
      type: 'field/insert-last-focused',
      payload: { text: 'x' },
    }).reply;
    expect(reply).toEqual({ ok: true, value: { inserted: false, reason: NO_FIELD_REASON } });
    expect(sendToTab).not.toHaveBeenCalled();
  });

  it('explains that the field is gone when its frame no longer answers, and forgets it', async () => {
    const sendToTab = vi.fn(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    const { listener } = setup({ sendToTab: sendToTab as never });
    await deliver(listener, { type: 'field/focused', payload: {} }, PAGE).reply;
    const reply = await deliver(listener, {
      type: 'field/insert-last-focused',
      payload: { text: 'x' },
    }).reply;
    expect(reply).toEqual({ ok: true, value: { inserted: false, reason: FIELD_GONE_REASON } });
    expect(await fakeBrowser.storage.session.get(FOCUSED_FIELD_KEY)).toEqual({});
  });

  it('passes on the frame’s own reason when it could not insert', async () => {
    const sendToTab = fakeSendToTab(() => ({ inserted: false, reason: 'no-field' }));
    const { listener } = setup({ sendToTab });
    await deliver(listener, { type: 'field/focused', payload: {} }, PAGE).reply;
    const reply = await deliver(listener, {
      type: 'field/insert-last-focused',
      payload: { text: 'x' },
    }).reply;
    expect(reply).toEqual({ ok: true, value: { inserted: false, reason: 'no-field' } });
  });

  it('treats a corrupted stored frame as no field', async () => {
    await fakeBrowser.storage.session.set({ [FOCUSED_FIELD_KEY]: { tabId: 'seven' } });
    const reply = await deliver(setup().listener, {
      type: 'field/insert-last-focused',
      payload: { text: 'x' },
    }).reply;
    expect(reply).toEqual({ ok: true, value: { inserted: false, reason: NO_FIELD_REASON } });
  });
});
