import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from '#imports';
import {
  activeSite,
  checkHost,
  DEFAULT_SETTINGS,
  isSiteEnabled,
  loadSettings,
  parseSettings,
  saveSettings,
  SETTINGS_KEY,
  watchSettings,
  withSiteEnabled,
  type HostCheck,
  type Settings,
} from '@/lib/settings';

describe('parseSettings', () => {
  it('gives the defaults for nothing stored or garbage', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('settings')).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid fields and replaces only the invalid ones', () => {
    const parsed = parseSettings({
      version: 1,
      siteMode: 'allowlist',
      allowlist: ['docs.example.com'],
      criteria: { S: true, M: 'yes', T: true, A: true },
      languages: ['en', 'xx'],
    });
    expect(parsed.siteMode).toBe('allowlist');
    expect(parsed.allowlist).toEqual(['docs.example.com']);
    expect(parsed.criteria).toEqual(DEFAULT_SETTINGS.criteria);
    expect(parsed.languages).toEqual(DEFAULT_SETTINGS.languages);
  });

  it('migrates unversioned settings to version 1 and keeps their values', () => {
    expect(parseSettings({ denylist: ['a.com'] })).toMatchObject({
      version: 1,
      denylist: ['a.com'],
    });
  });
});

describe('isSiteEnabled', () => {
  const all = DEFAULT_SETTINGS;
  const allow: Settings = { ...DEFAULT_SETTINGS, siteMode: 'allowlist', allowlist: ['notion.so'] };
  it.each<[string, Settings, string, boolean]>([
    ['everywhere by default', all, 'docs.example.com', true],
    ['not on a built-in search engine', all, 'www.google.com', false],
    ['subdomains of a built-in entry', all, 'mail.paypal.com', false],
    ['a denylisted site', { ...all, denylist: ['example.com'] }, 'docs.example.com', false],
    ['built-in list switched off', { ...all, builtInDenylist: false }, 'google.com', true],
    ['a built-in site the user allowed', { ...all, allowlist: ['google.com'] }, 'google.com', true],
    ['allowlist mode: listed', allow, 'www.notion.so', true],
    ['allowlist mode: unlisted', allow, 'example.com', false],
    ['deny beats allow', { ...allow, denylist: ['notion.so'] }, 'notion.so', false],
    ['a URL instead of a host', all, 'https://Docs.Example.com/x', true],
  ])('%s', (_, settings, host, expected) => {
    expect(isSiteEnabled(settings, host)).toBe(expected);
  });

  it('withSiteEnabled toggles a site both ways in both modes', () => {
    const off = withSiteEnabled(DEFAULT_SETTINGS, 'example.com', false);
    expect(isSiteEnabled(off, 'example.com')).toBe(false);
    expect(isSiteEnabled(withSiteEnabled(off, 'example.com', true), 'example.com')).toBe(true);
    expect(isSiteEnabled(withSiteEnabled(DEFAULT_SETTINGS, 'bing.com', true), 'bing.com')).toBe(
      true,
    );
    expect(isSiteEnabled(withSiteEnabled(allow, 'example.com', true), 'example.com')).toBe(true);
  });
});

describe('storage', () => {
  it('saves to storage.sync, loads back and tells watchers', async () => {
    const seen = vi.fn();
    const controller = new AbortController();
    watchSettings(seen, controller.signal);
    await saveSettings({ ...DEFAULT_SETTINGS, flagOutsideGoals: true });
    expect(await loadSettings()).toMatchObject({ flagOutsideGoals: true });
    expect(seen).toHaveBeenLastCalledWith(expect.objectContaining({ flagOutsideGoals: true }));
    controller.abort();
    await saveSettings(DEFAULT_SETTINGS);
    expect(seen).toHaveBeenCalledTimes(1);
  });

  it('refuses to save invalid settings', async () => {
    await expect(
      saveSettings({ ...DEFAULT_SETTINGS, siteMode: 'some' as never }),
    ).rejects.toThrow();
    expect((await fakeBrowser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY]).toBeUndefined();
  });
});

describe('checkHost', () => {
  it.each<[string, string, HostCheck]>([
    ['a hostname', 'docs.example.com', { ok: true, host: 'docs.example.com' }],
    ['upper case and spaces', '  Docs.Example.COM ', { ok: true, host: 'docs.example.com' }],
    ['www. is dropped', 'www.example.com', { ok: true, host: 'example.com' }],
    ['a wildcard', '*.example.com', { ok: true, host: 'example.com' }],
    ['a pasted URL', 'https://mail.example.com/inbox?x=1', { ok: true, host: 'mail.example.com' }],
    ['an IDN', 'bücher.de', { ok: true, host: 'xn--bcher-kva.de' }],
    ['localhost', 'localhost', { ok: true, host: 'localhost' }],
    ['an IPv4 address', '127.0.0.1', { ok: true, host: '127.0.0.1' }],
    ['nothing', '   ', { ok: false, problem: 'empty' }],
    ['a path', 'example.com/docs', { ok: false, problem: 'has-path' }],
    ['a port', 'example.com:8080', { ok: false, problem: 'has-port' }],
    ['one word', 'example', { ok: false, problem: 'single-label' }],
    ['markup', '<img src=x onerror=alert(1)>', { ok: false, problem: 'not-a-host' }],
    ['a script tag', '<script>x()</script>a.com', { ok: false, problem: 'not-a-host' }],
    ['a user name', 'me@example.com', { ok: false, problem: 'not-a-host' }],
    ['spaces inside', 'exa mple.com', { ok: false, problem: 'not-a-host' }],
    ['underscores', 'my_site.com', { ok: false, problem: 'not-a-host' }],
    ['a non-web URL', 'ftp://example.com', { ok: false, problem: 'not-a-host' }],
    ['a label ending in a dash', 'bad-.com', { ok: false, problem: 'not-a-host' }],
  ])('%s', (_, input, expected) => {
    expect(checkHost(input)).toEqual(expected);
  });

  it('refuses a site already in the list, however it is written', () => {
    expect(checkHost('WWW.Example.com', ['example.com'])).toEqual({
      ok: false,
      problem: 'duplicate',
    });
    expect(checkHost('docs.example.com', ['example.com'])).toEqual({
      ok: true,
      host: 'docs.example.com',
    });
  });
});

describe('activeSite', () => {
  // The fake browser cannot mark a created tab active, so the query's answer is given directly.
  const activeTab = (url: string | undefined) =>
    vi
      .spyOn(fakeBrowser.tabs, 'query')
      .mockResolvedValue([{ id: 1, index: 0, url, active: true } as Browser.tabs.Tab]);

  it("gives the active tab's hostname and asks for the active tab of this window", async () => {
    const query = activeTab('https://docs.example.com/page?q=1');
    expect(await activeSite()).toEqual({
      kind: 'site',
      host: 'docs.example.com',
      url: 'https://docs.example.com/page?q=1',
    });
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
  });

  it.each([['chrome-extension://abc/popup.html'], ['about:blank'], ['chrome://newtab/']])(
    'gives not-a-site for %s',
    async (url) => {
      activeTab(url);
      expect(await activeSite()).toEqual({ kind: 'not-a-site' });
    },
  );

  it('says when the URL is hidden (no activeTab grant)', async () => {
    activeTab(undefined);
    expect(await activeSite()).toEqual({ kind: 'hidden' });
  });
});

describe('languages', () => {
  it("accepts exactly the engine's languages (the list is repeated to keep the content script small)", async () => {
    const { LANGS } = await import('@/lib/analysis');
    expect(parseSettings({ languages: [...LANGS] }).languages).toEqual([...LANGS]);
    expect(DEFAULT_SETTINGS.languages).toEqual([...LANGS]);
    expect(parseSettings({ languages: [...LANGS, 'other'] }).languages).toEqual(
      DEFAULT_SETTINGS.languages,
    );
  });
});
