import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  isSiteEnabled,
  loadSettings,
  parseSettings,
  saveSettings,
  SETTINGS_KEY,
  watchSettings,
  withSiteEnabled,
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
