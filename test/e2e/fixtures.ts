import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { test as base, chromium, expect, type Locator, type Page } from '@playwright/test';
import { ROOT, extensionId, launchOptions } from './browser.mjs';

/** URLs the extension's own pages may load: its bundle, and in-memory data. */
const OWN_URL = /^(chrome-extension:\/\/|data:|blob:)/;

/**
 * The goal builder opened as a page (`popup.html`, or `sidepanel.html` with `page: 'sidepanel'`):
 * the always-visible summary (sentence, S/M/A/R/T letters, score), the step tabs and the views.
 */
export class PopupPage {
  readonly sentence: Locator;
  readonly saveStatus: Locator;
  readonly notice: Locator;

  constructor(
    readonly page: Page,
    readonly extensionId: string,
  ) {
    this.sentence = page.getByTestId('goal-sentence');
    this.saveStatus = page.getByTestId('save-status');
    this.notice = page.getByTestId('notice');
  }

  url(query = '', page: 'popup' | 'sidepanel' = 'popup'): string {
    return `chrome-extension://${this.extensionId}/${page}.html${query}`;
  }

  /** Opens the builder and waits until a draft is open (the step tabs are shown). */
  async open(query = '', page: 'popup' | 'sidepanel' = 'popup'): Promise<void> {
    await this.page.goto(this.url(query, page));
    await expect(this.step('Why')).toBeVisible();
  }

  /** A step tab by its name: 'Why', 'S', 'M', 'A', 'R', 'T', 'DUMB'. */
  step(name: string): Locator {
    return this.page.getByRole('tab', { name: new RegExp(`^${name}\\b`) });
  }

  async goToStep(name: string): Promise<void> {
    await this.step(name).click();
    await expect(this.step(name)).toHaveAttribute('aria-selected', 'true');
  }

  /** A form control by its label. */
  field(label: string | RegExp): Locator {
    return this.page.getByLabel(label, { exact: typeof label === 'string' });
  }

  /** The S/M/A/R/T breakdown line of one letter. */
  letter(letter: 'S' | 'M' | 'A' | 'R' | 'T'): Locator {
    return this.page.getByTestId(`letter-${letter}`);
  }

  /** A top-level view: 'Goal', 'New', 'Plan', 'Calculators', 'Drafts'. */
  async view(name: string): Promise<void> {
    await this.page.getByRole('navigation').getByRole('button', { name, exact: true }).click();
  }

  /** Waits until autosave reports everything written to IndexedDB. */
  async saved(): Promise<void> {
    await expect(this.saveStatus).toHaveAttribute('data-status', 'saved');
  }
}

/** The options page (options.html in a tab): settings save as they change, with a status line. */
export class OptionsPage {
  readonly status: Locator;
  readonly dataOutcome: Locator;
  readonly storageUsed: Locator;

  constructor(
    readonly page: Page,
    readonly extensionId: string,
  ) {
    this.status = page.getByTestId('save-status');
    this.dataOutcome = page.getByTestId('data-outcome');
    this.storageUsed = page.getByTestId('storage-used');
  }

  get url(): string {
    return `chrome-extension://${this.extensionId}/options.html`;
  }

  async open(): Promise<void> {
    await this.page.goto(this.url);
    await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(this.storageUsed).toBeVisible();
  }

  /** The text field that adds to a site list, by the list's name ("Blocked sites"…). */
  hostInput(list: string): Locator {
    return this.page.getByRole('textbox', { name: `Site to add to ${list}` });
  }

  async addHost(list: string, host: string): Promise<void> {
    const input = this.hostInput(list);
    await input.fill(host);
    await input.press('Enter');
  }

  async expectSaved(): Promise<void> {
    await expect(this.status).toHaveText('Saved');
  }
}

/**
 * The in-page hint card (lib/hints/card.ts) in the `<smartgoal-overlay>` shadow root: a dialog
 * named "Make this goal SMART" with criteria chips, the rewrite's placeholder fields and buttons
 * named Apply, Copy, Open in builder, Ignore, Disable on this site, Close.
 */
export class HintCard {
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.locator('smartgoal-overlay').getByRole('dialog', {
      name: 'Make this goal SMART',
    });
  }

  button(name: string): Locator {
    return this.dialog.getByRole('button', { name, exact: true });
  }

  /** The missing-criteria chips' letters in order, e.g. `MT`. */
  async chips(): Promise<string> {
    const letters = await this.dialog
      .locator('[data-criterion]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-criterion') ?? ''));
    return letters.join('');
  }

  /** A placeholder field of the rewrite by slot: metric, baseline, target, deadline. */
  placeholder(slot: string): Locator {
    return this.dialog.locator(`input[data-slot="${slot}"]`);
  }

  /** The rewrite as shown: text parts, and each field's value or else its placeholder in brackets. */
  async rewriteText(): Promise<string> {
    return this.dialog.locator('[data-rewrite]').evaluate((el) =>
      Array.from(el.childNodes)
        .map((node) => {
          if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
          const input = node as HTMLInputElement;
          return input.value.trim() || `[${input.placeholder}]`;
        })
        .join(''),
    );
  }
}

/** What the extension's pages did during a test: uncaught errors, console errors, every request. */
export class Audit {
  readonly pageErrors: string[] = [];
  readonly consoleErrors: string[] = [];
  readonly requests: string[] = [];
  /** Exact URLs the test itself loads (fixture pages on the local server). */
  readonly allowed = new Set<string>();

  /** Let the test load `url` (a page it navigates to): not counted as a request of the extension. */
  allow(url: string): void {
    this.allowed.add(url);
  }

  /** URL prefixes the test itself serves (a page's scripts, styles and frames). */
  readonly allowedPrefixes = new Set<string>();

  /** Let the test load anything under `prefix` (e.g. the local page server's origin + "/"). */
  allowPrefix(prefix: string): void {
    this.allowedPrefixes.add(prefix);
  }

  foreignRequests(): string[] {
    return this.requests.filter(
      (url) =>
        !OWN_URL.test(url) &&
        !this.allowed.has(url) &&
        ![...this.allowedPrefixes].some((prefix) => url.startsWith(prefix)),
    );
  }
}

const PAGES_DIR = path.join(ROOT, 'test/fixtures/pages');
/** The editor pages' bundles (test/e2e/editors/build-pages.mjs, run by globalSetup), at /editor-pages/. */
const BUNDLES_DIR = path.join(ROOT, 'test-results/editor-pages');
const BUNDLES_PATH = '/editor-pages/';
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
};

/**
 * test/fixtures/pages over http on 127.0.0.1 (content scripts do not run on file: or data: URLs),
 * nothing outside that folder. `/favicon.ico` is an empty 204 so browsers asking for it log no
 * error.
 */
export class PageServer {
  private constructor(
    private readonly server: http.Server,
    readonly origin: string,
  ) {}

  static async start(): Promise<PageServer> {
    const server = http.createServer((req, res) => {
      void PageServer.respond(req, res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    return new PageServer(server, `http://127.0.0.1:${port}`);
  }

  private static async respond(req: http.IncomingMessage, res: http.ServerResponse) {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    if (pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const bundle = pathname.startsWith(BUNDLES_PATH);
    const dir = bundle ? BUNDLES_DIR : PAGES_DIR;
    const relative = bundle ? pathname.slice(BUNDLES_PATH.length) : pathname;
    const file = path.join(dir, path.normalize(decodeURIComponent(relative)));
    const type = CONTENT_TYPES[path.extname(file)];
    const inside = file.startsWith(dir + path.sep);
    if (!inside || !type || !(await stat(file).catch(() => null))?.isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    createReadStream(file).pipe(res);
  }

  /** URL of a file under test/fixtures/pages, e.g. `editors/textarea.html`. */
  url(page: string): string {
    return `${this.origin}/${page}`;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** Opens fixture pages from the local server; the audit counts only what the extension asks for. */
export class FixturePages {
  constructor(
    private readonly server: PageServer,
    private readonly audit: Audit,
  ) {}

  async open(page: Page, name: string): Promise<void> {
    const url = this.server.url(name);
    this.audit.allow(url);
    this.audit.allow(this.server.url('favicon.ico'));
    await page.goto(url);
  }

  /**
   * Open a page that loads its own scripts, styles and frames from the local server (the editor
   * pages): everything on that server is the test's; any other request still fails the audit.
   * Resolves once the page's editors are ready (`data-ready` on `ready`: the page's <html>, or a
   * frame's).
   */
  async openWithAssets(
    page: Page,
    name: string,
    ready: Locator = page.locator('html'),
  ): Promise<void> {
    this.audit.allowPrefix(`${this.server.origin}/`);
    await page.goto(this.server.url(name));
    await expect(ready).toHaveAttribute('data-ready', 'true', { timeout: 15_000 });
  }
}

type Fixtures = {
  extensionId: string;
  popup: PopupPage;
  audit: Audit;
  fixturePages: FixturePages;
};

type WorkerFixtures = {
  pageServer: PageServer;
};

export const test = base.extend<Fixtures, WorkerFixtures>({
  // One static server per worker, started only by tests that open fixture pages.
  pageServer: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, provide) => {
      const server = await PageServer.start();
      await provide(server);
      await server.close();
    },
    { scope: 'worker' },
  ],

  fixturePages: async ({ pageServer, audit }, provide) => {
    await provide(new FixturePages(pageServer, audit));
  },

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
