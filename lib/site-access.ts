import { browser } from '#imports';

/**
 * Host access per site. The content script is declared for all sites, but Chrome lets people
 * withhold that ("When you click the extension" / "On specific sites"); then hints stay off until
 * access to the site is granted. The popup's site switch uses these two calls to show that state
 * and to grant one site at a time (`permissions.request` on the Chrome manifest's
 * `optional_host_permissions`).
 */

/** `https://docs.example.com/x` → `https://docs.example.com/*`; null for non-web URLs. */
export function originPattern(url: string): string | null {
  const parsed = URL.parse(url);
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) return null;
  return `${parsed.protocol}//${parsed.hostname}/*`;
}

/** Whether the extension may run on the site; true where the browser has no such switch. */
export async function hasSiteAccess(pattern: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [pattern] });
  } catch {
    // No permissions API here (or no such switch): access is what the manifest declares.
    return true;
  }
}

/** Asks the browser to grant the site (shows its prompt; call from a click). */
export async function requestSiteAccess(pattern: string): Promise<boolean> {
  try {
    return await browser.permissions.request({ origins: [pattern] });
  } catch {
    return false;
  }
}
