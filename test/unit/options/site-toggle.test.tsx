// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from '#imports';
import { SiteToggle } from '@/components/options/site-toggle';
import { DEFAULT_SETTINGS, isSiteEnabled, loadSettings, saveSettings } from '@/lib/settings';
import { click, render, until, type Rendered } from './render';

let view: Rendered | undefined;
afterEach(() => view?.unmount());

const activeTab = (url: string | undefined) =>
  vi
    .spyOn(fakeBrowser.tabs, 'query')
    .mockResolvedValue([{ id: 1, index: 0, url, active: true } as Browser.tabs.Tab]);

describe('SiteToggle', () => {
  it("turns hints off and on again for the active tab's site", async () => {
    activeTab('https://docs.example.com/doc/1');
    view = await render(<SiteToggle lang="en" />);
    const toggle = await until(() => view!.container.querySelector('[role="switch"]')!);
    expect(toggle.textContent).toBe('Hints on docs.example.com On');
    expect(toggle.getAttribute('aria-checked')).toBe('true');

    await click(toggle);
    await until(() => expect(toggle.getAttribute('aria-checked')).toBe('false'));
    expect(isSiteEnabled(await loadSettings(), 'docs.example.com')).toBe(false);
    expect(isSiteEnabled(await loadSettings(), 'other.example.org')).toBe(true);

    await click(toggle);
    await until(() => expect(toggle.getAttribute('aria-checked')).toBe('true'));
    expect(isSiteEnabled(await loadSettings(), 'docs.example.com')).toBe(true);
  });

  it('shows a built-in site as off, and follows changes made elsewhere', async () => {
    activeTab('https://www.google.com/search?q=x');
    view = await render(<SiteToggle lang="en" />);
    const toggle = await until(() => view!.container.querySelector('[role="switch"]')!);
    expect(toggle.getAttribute('aria-checked')).toBe('false');
    await act(() => saveSettings({ ...DEFAULT_SETTINGS, builtInDenylist: false }));
    await until(() => expect(toggle.getAttribute('aria-checked')).toBe('true'));
  });

  it('says hints do not run on pages that are not web sites', async () => {
    activeTab('chrome://newtab/');
    view = await render(<SiteToggle lang="vi" />);
    await until(() => expect(view!.container.textContent).toBe('Trang này không chạy gợi ý.'));
    expect(view.container.querySelector('button')).toBeNull();
  });

  it('says how to reach a site when the tab address is hidden (side panel)', async () => {
    activeTab(undefined);
    view = await render(<SiteToggle lang="en" />);
    await until(() => expect(view!.container.textContent).toMatch(/^Open this from the toolbar/));
  });
});
