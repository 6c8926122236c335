import { test as base, chromium, expect, type Locator, type Page } from '@playwright/test';
import { extensionId, launchOptions } from './browser.mjs';

/** URLs the extension's own pages may load: its bundle, and in-memory data. */
const OWN_URL = /^(chrome-extension:\/\/|data:|blob:)/;

/** The popup opened as a tab: the goal textarea and one verdict row per analysed segment. */
export class PopupPage {
  readonly input: Locator;
  readonly segments: Locator;

  constructor(
    readonly page: Page,
    readonly extensionId: string,
  ) {
    this.input = page.getByRole('textbox', { name: 'Goal text' });
    this.segments = page.getByTestId('segment');
  }

  get url(): string {
    return `chrome-extension://${this.extensionId}/popup.html`;
  }

  async open(): Promise<void> {
    await this.page.goto(this.url);
    await expect(this.input).toBeEditable();
  }

  /** Replaces the draft by typing it key by key, as a person would (the verdict updates live). */
  async type(text: string): Promise<void> {
    await this.input.clear();
    await this.input.pressSequentially(text);
    await expect(this.input).toHaveValue(text);
  }

  segment(index = 0): Locator {
    return this.segments.nth(index);
  }

  rewrite(segment: Locator): Locator {
    return segment.getByTestId('rewrite');
  }
}

/** What the extension's pages did during a test: uncaught errors, console errors, every request. */
export class Audit {
  readonly pageErrors: string[] = [];
  readonly consoleErrors: string[] = [];
  readonly requests: string[] = [];

  foreignRequests(): string[] {
    return this.requests.filter((url) => !OWN_URL.test(url));
  }
}

type Fixtures = {
  extensionId: string;
  popup: PopupPage;
  audit: Audit;
};

export const test = base.extend<Fixtures>({
  // A fresh profile per test with the built extension (.output/chrome-mv3) loaded.
  context: async ({ headless }, provide) => {
    const context = await chromium.launchPersistentContext('', launchOptions({ headless }));
    await provide(context);
    await context.close();
  },

  extensionId: async ({ context }, provide) => {
    await provide(await extensionId(context));
  },

  popup: async ({ page, extensionId }, provide) => {
    const popup = new PopupPage(page, extensionId);
    await popup.open();
    await provide(popup);
  },

  // Every test, whether it asks for it or not: no uncaught error, no console error and no request
  // leaving the extension (the product promises on-device analysis).
  audit: [
    async ({ context }, provide) => {
      const audit = new Audit();
      const watch = (page: Page) => {
        page.on('pageerror', (error) => audit.pageErrors.push(`${page.url()}: ${error.message}`));
        page.on('console', (message) => {
          if (message.type() === 'error')
            audit.consoleErrors.push(`${page.url()}: ${message.text()}`);
        });
      };
      context.pages().forEach(watch);
      context.on('page', watch);
      context.on('request', (request) => audit.requests.push(request.url()));
      await provide(audit);
      expect(audit.pageErrors, 'uncaught errors in extension pages').toEqual([]);
      expect(audit.consoleErrors, 'console errors in extension pages').toEqual([]);
      expect(audit.foreignRequests(), 'requests leaving the extension').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
