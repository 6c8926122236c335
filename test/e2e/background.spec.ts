import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * The background service worker in the built extension, driven the way its callers reach it: an
 * extension page sends with `runtime.sendMessage` (the worker cannot message itself), and the
 * worker's own console is used for what only it can see (commands).
 */

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
