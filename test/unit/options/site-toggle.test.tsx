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

describe('SiteToggle and site access', () => {
  it('offers to grant a site the browser holds back, and asks for exactly that origin', async () => {
    activeTab('https://docs.example.com/doc/1');
    const contains = vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
    view = await render(<SiteToggle lang="en" />);
    const grant = await until(() =>
      [...view!.container.querySelectorAll('button')].find(
        (b) => b.textContent === 'Allow on docs.example.com',
      )!,
    );
    expect(contains).toHaveBeenCalledWith({ origins: ['https://docs.example.com/*'] });
    expect(view.container.textContent).toContain(
      'Your browser does not let the extension read docs.example.com.',
    );
    await click(grant);
    expect(request).toHaveBeenCalledWith({ origins: ['https://docs.example.com/*'] });
    await until(() =>
      expect(view!.container.querySelector('[role="status"]')?.textContent).toBe(
        'Allowed. Reload the page to see hints.',
      ),
    );
  });

  it('shows no grant button when the site is already granted', async () => {
    activeTab('https://docs.example.com/doc/1');
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
    view = await render(<SiteToggle lang="en" />);
    await until(() => view!.container.querySelector('[role="switch"]')!);
    expect(view.container.textContent).not.toMatch(/Allow on/);
  });
});
