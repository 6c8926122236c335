import * as z from 'zod/mini';
import { browser } from '#imports';

/**
 * Every setting, defined once: schema, default, migration. Stored in `storage.sync` (the user's
 * other browsers follow) with `storage.local` as the fallback where sync is missing or full.
 * Reads parse with zod; a missing or invalid key falls back to its default instead of failing the
 * whole object, so one bad value never resets the rest.
 */

export const SETTINGS_KEY = 'settings';
export const SETTINGS_VERSION = 1;

// Same list as LANGS in lib/analysis/schema.ts; importing it would load every engine schema into
// the always-loaded content script.
const Lang = z.enum(['en', 'zh', 'ru', 'vi']);
const Host = z.string().check(z.minLength(1));

export const SettingsSchema = z.object({
  version: z.literal(SETTINGS_VERSION),
  /** `all`: everywhere except the denylist; `allowlist`: only on listed sites. */
  siteMode: z.enum(['all', 'allowlist']),
  allowlist: z.array(Host),
  denylist: z.array(Host),
  /** Skip the sites in `BUILT_IN_DENYLIST` unless the user allowlists one. */
  builtInDenylist: z.boolean(),
  criteria: z.object({ S: z.boolean(), M: z.boolean(), T: z.boolean(), A: z.boolean() }),
  /** Flag hedges and vague words also outside goals. */
  flagOutsideGoals: z.boolean(),
  minSeverity: z.enum(['info', 'warning', 'error']),
  languages: z.array(Lang),
  /** The extension pages' language; `auto` follows the browser. */
  uiLang: z.enum(['auto', 'en', 'zh', 'ru', 'vi']),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  siteMode: 'all',
  allowlist: [],
  denylist: [],
  builtInDenylist: true,
  criteria: { S: true, M: true, T: true, A: true },
  flagOutsideGoals: false,
  minSeverity: 'info',
  languages: ['en', 'zh', 'ru', 'vi'],
  uiLang: 'auto',
};

/**
 * Where hints make no sense: online banking, search engines' query boxes, chat apps' message
 * boxes. A host matches itself and its subdomains.
 */
export const BUILT_IN_DENYLIST: readonly string[] = [
  // Search engines: the query box is not where goals are written.
  'google.com',
  'bing.com',
  'duckduckgo.com',
  'baidu.com',
  'yandex.ru',
  'yandex.com',
  'search.yahoo.com',
  'coccoc.com',
  // Chat: short messages, and people expect their chat box untouched.
  'web.whatsapp.com',
  'web.telegram.org',
  'messenger.com',
  'discord.com',
  'chat.zalo.me',
  'wx.qq.com',
  'vk.com',
  // Banking and payments.
  'paypal.com',
  'online.sberbank.ru',
  'chase.com',
  'bankofamerica.com',
  'wellsfargo.com',
  'vietcombank.com.vn',
];

/** `Docs.Example.com.` → `docs.example.com`; URLs and origins give their hostname. */
export function normalizeHost(input: string): string {
  let host = input.trim().toLowerCase();
  if (host.includes('://')) {
    try {
      host = new URL(host).hostname;
    } catch {
      // Not a URL after all: keep the text.
    }
  }
  return host.replace(/\.$/, '').replace(/^www\./, '');
}

export type HostProblem =
  'empty' | 'not-a-host' | 'has-path' | 'has-port' | 'single-label' | 'duplicate';
export type HostCheck = { ok: true; host: string } | { ok: false; problem: HostProblem };

const HOST_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/**
 * Checks what someone typed into a site list: a hostname (`docs.example.com`, `*.example.com`,
 * an IDN), or a pasted http(s) URL whose hostname is taken. Anything else is refused with the
 * reason, so the list never holds an entry that matches nothing.
 */
export function checkHost(input: string, list: readonly string[] = []): HostCheck {
  const text = input.trim().toLowerCase();
  if (text === '') return { ok: false, problem: 'empty' };
  let hostname: string;
  if (text.includes('://')) {
    const url = URL.parse(text);
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
      return { ok: false, problem: 'not-a-host' };
    }
    hostname = url.hostname;
  } else {
    const bare = text.replace(/^\*\./, '');
    // Markup, quotes or spaces are no host, whatever else they contain.
    if (/[\s<>"'`@\\]/.test(bare)) return { ok: false, problem: 'not-a-host' };
    if (/[/?#]/.test(bare)) return { ok: false, problem: 'has-path' };
    if (/:\d*$/.test(bare)) return { ok: false, problem: 'has-port' };
    const url = URL.parse(`http://${bare}`);
    if (!url) return { ok: false, problem: 'not-a-host' };
    hostname = url.hostname;
  }
  hostname = hostname.replace(/\.$/, '');
  const labels = hostname.split('.');
  if (hostname.length > 253 || !labels.every((label) => HOST_LABEL.test(label))) {
    return { ok: false, problem: 'not-a-host' };
  }
  if (labels.length === 1 && hostname !== 'localhost')
    return { ok: false, problem: 'single-label' };
  const host = normalizeHost(hostname);
  if (list.some((entry) => normalizeHost(entry) === host))
    return { ok: false, problem: 'duplicate' };
  return { ok: true, host };
}

const matchesHost = (host: string, entry: string) => host === entry || host.endsWith(`.${entry}`);

/** Whether hints run on a hostname under these settings. */
export function isSiteEnabled(settings: Settings, hostname: string): boolean {
  const host = normalizeHost(hostname);
  if (host === '') return settings.siteMode === 'all';
  const listed = (list: readonly string[]) => list.some((e) => matchesHost(host, normalizeHost(e)));
  if (listed(settings.denylist)) return false;
  if (settings.siteMode === 'allowlist') return listed(settings.allowlist);
  if (settings.builtInDenylist && listed(BUILT_IN_DENYLIST)) return listed(settings.allowlist);
  return true;
}

/** The settings after turning hints on or off for one site (the popup's and the card's toggle). */
export function withSiteEnabled(settings: Settings, hostname: string, enabled: boolean): Settings {
  const host = normalizeHost(hostname);
  const without = (list: readonly string[]) => list.filter((e) => normalizeHost(e) !== host);
  const allowlist = without(settings.allowlist);
  const denylist = without(settings.denylist);
  if (enabled) {
    const next = { ...settings, allowlist, denylist };
    return isSiteEnabled(next, host) ? next : { ...next, allowlist: [...allowlist, host] };
  }
  return { ...settings, allowlist, denylist: [...denylist, host] };
}

/**
 * Parses whatever storage holds: each field is taken when valid, otherwise its default; older
 * versions are migrated first. Never throws.
 */
export function parseSettings(raw: unknown): Settings {
  if (typeof raw !== 'object' || raw === null) return DEFAULT_SETTINGS;
  const record = migrate(raw as Record<string, unknown>);
  const result: Record<string, unknown> = {};
  for (const [key, fallback] of Object.entries(DEFAULT_SETTINGS)) {
    const field = SettingsSchema.shape[key as keyof Settings];
    const parsed = field.safeParse(record[key]);
    result[key] = parsed.success ? parsed.data : fallback;
  }
  return SettingsSchema.parse(result);
}

/** Version 0 (no `version` key) is the shape before versioning: nothing to rename yet. */
function migrate(record: Record<string, unknown>): Record<string, unknown> {
  const version = typeof record.version === 'number' ? record.version : 0;
  if (version < 1) return { ...record, version: 1 };
  return record;
}

type StorageArea = {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
};

function area(): StorageArea {
  // Firefox without a signed-in account still has `sync` (it behaves like local).
  return (browser.storage.sync ?? browser.storage.local) as unknown as StorageArea;
}

export async function loadSettings(): Promise<Settings> {
  const stored = await area().get(SETTINGS_KEY);
  return parseSettings(stored[SETTINGS_KEY]);
}

export async function saveSettings(settings: Settings): Promise<Settings> {
  const valid = SettingsSchema.parse(settings);
  await area().set({ [SETTINGS_KEY]: valid });
  return valid;
}

export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  return saveSettings(change(await loadSettings()));
}

export type ActiveSite =
  | { kind: 'site'; host: string; url: string }
  /** A browser or extension page, a file: no site setting applies. */
  | { kind: 'not-a-site' }
  /** The URL is hidden: `activeTab` was not granted (a side panel, the popup page in a tab). */
  | { kind: 'hidden' };

/**
 * The active tab's site, the one the popup's toggle acts on. Its URL is visible through
 * `activeTab`, granted when the user opens the popup from the toolbar on that tab (content script
 * matches do not make tab URLs visible).
 */
export async function activeSite(): Promise<ActiveSite> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (!tab?.url) return { kind: 'hidden' };
  const url = URL.parse(tab.url);
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:'))
    return { kind: 'not-a-site' };
  return { kind: 'site', host: url.hostname, url: tab.url };
}

/** Calls `listener` with the parsed settings whenever they change, until `signal` aborts. */
export function watchSettings(listener: (settings: Settings) => void, signal: AbortSignal): void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
    if (areaName !== 'sync' && areaName !== 'local') return;
    const change = changes[SETTINGS_KEY];
    if (change) listener(parseSettings(change.newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onChanged), {
    once: true,
  });
}
