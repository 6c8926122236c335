import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * The background service worker in the built extension, driven the way its callers reach it: an
 * extension page sends with `runtime.sendMessage` (the worker cannot message itself), and the
 * worker's own console is used for what only it can see (commands).
 */

// With Playwright's tracing on (the config's retain-on-failure), pages report user activation
// before any input (seen with Chromium 156), and the side panel test needs pages without it. A
// `use` that starts a new worker must be top-level; screenshots on failure remain.
test.use({ trace: 'off' });

type Chrome = {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  commands: { getAll(): Promise<{ name?: string; shortcut?: string; description?: string }[]> };
};

async function backgroundWorker(context: BrowserContext): Promise<Worker> {
  const isOurs = (w: Worker) => w.url().startsWith('chrome-extension://');
  return (
    context.serviceWorkers().find(isOurs) ??
    (await context.waitForEvent('serviceworker', { predicate: isOurs }))
  );
}

/** An extension page to send from (the options page: it opens no draft). */
async function extensionPage(page: Page, extensionId: string) {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  return (message: unknown) =>
    page.evaluate(
      (m) =>
        (globalThis as unknown as { chrome: Chrome }).chrome.runtime.sendMessage(m).then(
          (reply) => ({ reply }),
          (error: Error) => ({ error: error.message }),
        ),
      message,
    );
}

/**
 * Sends from the content script's own isolated world (found through CDP by the extension's name),
 * with or without the user activation a click in the card would give it.
 */
async function fromContentScript(page: Page, context: BrowserContext) {
  const cdp = await context.newCDPSession(page);
  const worlds: { id: number; name: string; auxData?: { type?: string; isDefault?: boolean } }[] =
    [];
  cdp.on('Runtime.executionContextCreated', ({ context: world }) => worlds.push(world));
  await cdp.send('Runtime.enable');
  const world = () =>
    worlds.find((w) => w.auxData?.type === 'isolated' && w.name === 'SMART Goals');
  await expect.poll(() => world() !== undefined).toBe(true);
  return async (message: unknown, userGesture: boolean) => {
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      contextId: world()!.id,
      // The frame's own view of its activation, so the test knows what it is testing.
      expression: `chrome.runtime.sendMessage(${JSON.stringify(message)})
        .then((reply) => ({ reply, active: navigator.userActivation.isActive }))`,
      awaitPromise: true,
      returnByValue: true,
      userGesture,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.text);
    return result.value as { reply: unknown; active: boolean };
  };
}

test.describe('background', () => {
  test('a dismissed hint goes in through hints/ignore and comes back from hints/ignored', async ({
    page,
    extensionId,
  }) => {
    const send = await extensionPage(page, extensionId);
    const ignored = await send({
      type: 'hints/ignore',
      payload: { site: 'docs.example.com', text: 'Improve onboarding soon.' },
    });
    // A real value, not `undefined`: the reply crossed Chrome's channel asynchronously.
    expect(ignored).toEqual({
      reply: { ok: true, value: { hash: expect.stringMatching(/^[0-9a-f]{64}$/) } },
    });
    const hash = (ignored as { reply: { value: { hash: string } } }).reply.value.hash;
    expect(await send({ type: 'hints/ignored', payload: { site: 'docs.example.com' } })).toEqual({
      reply: { ok: true, value: { hashes: [hash] } },
    });
    expect(await send({ type: 'hints/ignored', payload: { site: 'other.example' } })).toEqual({
      reply: { ok: true, value: { hashes: [] } },
    });
  });

  test('a malformed message gets an error reply and changes nothing', async ({
    page,
    extensionId,
  }) => {
    const send = await extensionPage(page, extensionId);
    expect(
      await send({ type: 'hints/ignore', payload: { site: 'docs.example.com', text: 7 } }),
    ).toEqual({
      reply: { ok: false, error: expect.stringMatching(/^Malformed hints\/ignore request: text/) },
    });
    expect(await send({ type: 'hints/ignored', payload: { site: 'docs.example.com' } })).toEqual({
      reply: { ok: true, value: { hashes: [] } },
    });
    // Not ours at all: the background stays silent instead of answering for someone else.
    expect(await send({ type: 'card/open-at-selection', payload: {} })).toEqual({
      reply: undefined,
    });
  });

  test('"Insert" from the builder reaches the field the user last focused', async ({
    context,
    page,
    extensionId,
    fixturePages,
  }) => {
    await fixturePages.open(page, 'playground.html');
    const field = page.getByTestId('textarea');
    const before = await field.inputValue();
    await field.click();
    await page.keyboard.press('End');
    await page.keyboard.press('Control+End');

    const builder = await context.newPage();
    const send = await extensionPage(builder, extensionId);
    await expect
      .poll(async () =>
        send({
          type: 'field/insert-last-focused',
          payload: { text: ' Raise signups from 1,200 to 2,000 by 30 June 2027.' },
        }),
      )
      .toEqual({ reply: { ok: true, value: { inserted: true } } });
    await expect(field).toHaveValue(`${before} Raise signups from 1,200 to 2,000 by 30 June 2027.`);
  });

  test('"Insert" with no field focused says so instead of failing silently', async ({
    page,
    extensionId,
  }) => {
    const send = await extensionPage(page, extensionId);
    expect(
      await send({ type: 'field/insert-last-focused', payload: { text: 'Grow sales by 5%.' } }),
    ).toEqual({
      reply: {
        ok: true,
        value: { inserted: false, reason: expect.stringMatching(/^No field to insert into/) },
      },
    });
  });

  test('a draft made from text opens the builder on it (in a tab when asked for one)', async ({
    context,
    page,
    extensionId,
  }) => {
    const send = await extensionPage(page, extensionId);
    const opened = context.waitForEvent('page', {
      predicate: (p) => p.url().includes('/popup.html?draft='),
    });
    const result = await send({
      type: 'draft/create-from-text',
      payload: {
        text: 'Raise the mobile conversion rate from 2.3% to 5% by Q3 2027.',
        source: { url: 'https://docs.example.com/plan', site: 'docs.example.com' },
        open: 'tab',
      },
    });
    expect(result).toEqual({
      reply: { ok: true, value: { draftId: expect.any(String), opened: 'tab' } },
    });
    const { draftId } = (result as { reply: { value: { draftId: string } } }).reply.value;
    expect((await opened).url()).toBe(
      `chrome-extension://${extensionId}/popup.html?draft=${encodeURIComponent(draftId)}`,
    );
  });

  test('the keyboard commands are declared with their keys and localized descriptions', async ({
    context,
  }) => {
    const worker = await backgroundWorker(context);
    const commands = await worker.evaluate(() =>
      (globalThis as unknown as { chrome: Chrome }).chrome.commands.getAll(),
    );
    expect(commands).toEqual(
      expect.arrayContaining([
        {
          name: 'make-smart',
          shortcut: 'Alt+Shift+G',
          description: 'Make the selected text SMART',
        },
        {
          name: 'next-hint',
          shortcut: 'Alt+Shift+H',
          description: 'Go to the next vague goal on the page',
        },
      ]),
    );
  });
});

test.describe('builder opening and user activation', () => {
  test('"Open in builder" clicked in the page opens the side panel; without a click it opens elsewhere', async ({
    context,
    fixturePages,
  }) => {
    const request = {
      type: 'draft/create-from-text',
      payload: { text: 'Improve onboarding soon.', source: null, open: 'sidepanel' },
    };
    // A page nobody interacted with: sidePanel.open() is refused, the builder opens elsewhere.
    const untouched = await context.newPage();
    await fixturePages.open(untouched, 'playground.html');
    const fallback = await (await fromContentScript(untouched, context))(request, false);
    expect(fallback).toEqual({
      active: false,
      reply: { ok: true, value: { draftId: expect.any(String), opened: expect.any(String) } },
    });
    expect(['popup', 'tab']).toContain(
      (fallback.reply as { value: { opened: string } }).value.opened,
    );
    await untouched.close();

    // A click's activation travels with runtime.sendMessage, and the background calls
    // sidePanel.open() before its first await, so the panel opens.
    const clicked = await context.newPage();
    await fixturePages.open(clicked, 'playground.html');
    expect(await (await fromContentScript(clicked, context))(request, true)).toEqual({
      active: true,
      reply: { ok: true, value: { draftId: expect.any(String), opened: 'sidepanel' } },
    });
  });
});
