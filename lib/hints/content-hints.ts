/**
 * The hint layer as the content script runs it: the user's settings applied live (on or off for
 * this site, languages, criteria, severity), the site's dismissed hints, and the card's services
 * wired to the background's messages, the settings store, the clipboard and `_locales`.
 *
 * Nothing is drawn until the settings are read: a site the user disabled never flashes a hint.
 */

import type { AnalyzeOptions, Diagnostic } from '../analysis';
import { BACKGROUND_MESSAGES, createClient } from '../messages';
import {
  DEFAULT_SETTINGS,
  isSiteEnabled,
  loadSettings,
  updateSettings,
  watchSettings,
  withSiteEnabled,
  type Settings,
} from '../settings';
import type { CardTranslate } from './card';
import { startHints, type HintsHandle } from './controller';
import { analyzerFor } from './hint-settings';

export type Engine = (
  text: string,
  options: AnalyzeOptions,
) => { diagnostics: readonly Diagnostic[] };

/** Sends an envelope to the background (`browser.runtime.sendMessage`). */
export type Transport = (envelope: { type: string; payload: unknown }) => Promise<unknown>;

export interface ContentHintsOptions {
  document: Document;
  engine: Engine;
  signal: AbortSignal;
  send: Transport;
  t: CardTranslate;
  copy(text: string): Promise<boolean>;
  /** Test seams for the controller (delays, highlight API, apply ladder). */
  hints?: Partial<Parameters<typeof startHints>[0]>;
}

/** How long the first hints wait for the site's dismissed list before drawing anyway. */
export const IGNORED_WAIT_MS = 1000;

/** What settings change the analysis; other keys (UI language…) re-run nothing. */
const analysisKey = (s: Settings) =>
  JSON.stringify([s.languages, s.criteria, s.flagOutsideGoals, s.minSeverity]);

export function startContentHints(options: ContentHintsOptions): HintsHandle {
  const { document: doc, engine, signal } = options;
  const location = doc.defaultView?.location;
  const host = location?.hostname ?? '';
  const send = createClient(BACKGROUND_MESSAGES, options.send);
  let lastKey = '';

  const handle = startHints({
    document: doc,
    analyze: analyzerFor(DEFAULT_SETTINGS, engine),
    signal,
    enabled: false,
    ...options.hints,
    services: {
      t: options.t,
      copy: options.copy,
      ignore: (text) => (host ? send('hints/ignore', { site: host, text }) : Promise.resolve()),
      openInBuilder: async (text, lang) => {
        const source = host ? { url: location!.href, site: host } : null;
        const { opened } = await send('draft/create-from-text', {
          text: text.slice(0, 20_000),
          ...(lang ? { lang } : {}),
          source,
          // The side panel keeps the page in view; the click's user activation lets it open.
          open: 'sidepanel',
        });
        return opened !== null;
      },
      disableSite: () => updateSettings((s) => withSiteEnabled(s, host, false)),
      fieldFocused: () => {
        // Fire and forget: with no background listening there is nobody to tell.
        send('field/focused', {}).catch(() => {});
      },
    },
  });

  /** The site's dismissed hints, asked once; settles within `IGNORED_WAIT_MS` whatever happens. */
  let ignoredAsked: Promise<void> | null = null;
  const fetchIgnored = (): Promise<void> => {
    if (!host) return Promise.resolve();
    ignoredAsked ??= new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, IGNORED_WAIT_MS);
      send('hints/ignored', { site: host }).then(
        ({ hashes }) => {
          if (!signal.aborted) handle.addIgnored(hashes);
          clearTimeout(timer);
          resolve();
        },
        () => {
          // No background answered: nothing dismissed is known; ask again on the next change.
          ignoredAsked = null;
          clearTimeout(timer);
          resolve();
        },
      );
    });
    return ignoredAsked;
  };

  let latest: Settings | null = null;
  const apply = async (settings: Settings) => {
    latest = settings;
    const enabled = isSiteEnabled(settings, host);
    // Dismissed hints are known before the first hint is drawn, so none flashes on reload.
    if (enabled) await fetchIgnored();
    if (signal.aborted || latest !== settings) return;
    const key = analysisKey(settings);
    const analyze = key === lastKey ? undefined : analyzerFor(settings, engine);
    lastKey = key;
    handle.update({ ...(analyze ? { analyze } : {}), enabled });
  };

  watchSettings((settings) => void apply(settings), signal);
  loadSettings().then(
    (settings) => apply(latest ?? settings),
    () => apply(latest ?? DEFAULT_SETTINGS),
  );
  return handle;
}
