/**
 * The hint layer as the content script runs it (started by hints-module.ts, which the
 * always-loaded stub imports on the first focused field or background command): the user's
 * settings applied live (on or off for this site, languages, criteria, severity), the site's
 * dismissed hints, and the card's services wired to the background's messages, the settings
 * store, the clipboard and `_locales`.
 *
 * Nothing is drawn until the settings are read: a site the user disabled never flashes a hint.
 *
 * The analysis engine is most of the content script's weight, so it is a separate module
 * (engine-module.ts) imported on first need: when the controller first has text to analyse (a
 * focused field with text, within the size cap, on a site where hints are on), or the card is asked
 * for on a selection. A page nobody types in never loads it.
 */

import * as z from 'zod/mini';
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

/** The engine module's exports as the content script uses them; anything else is no engine. */
const EngineModuleSchema = z.object({
  analyze: z.custom<Engine>((value) => typeof value === 'function'),
});

/** `analyze` from the imported engine module; throws when the module is not the engine. */
export function engineFromModule(module: unknown): Engine {
  return EngineModuleSchema.parse(module).analyze;
}

/** Sends an envelope to the background (`browser.runtime.sendMessage`). */
export type Transport = (envelope: { type: string; payload: unknown }) => Promise<unknown>;

export interface ContentHintsOptions {
  document: Document;
  /** Imports the engine (called at most once); a rejection leaves hints off, silently. */
  loadEngine: () => Promise<Engine>;
  signal: AbortSignal;
  send: Transport;
  t: CardTranslate;
  copy(text: string): Promise<boolean>;
  /** The field last focused before this layer started (content-stub.ts). */
  lastFocused?: Element | null;
  /** Test seams for the controller (delays, highlight API, apply ladder). */
  hints?: Partial<Parameters<typeof startHints>[0]>;
}

/** How long the first hints wait for the site's dismissed list before drawing anyway. */
export const IGNORED_WAIT_MS = 1000;

/** What settings change the analysis; other keys (UI language…) re-run nothing. */
const analysisKey = (s: Settings) =>
  JSON.stringify([s.languages, s.criteria, s.flagOutsideGoals, s.minSeverity]);

export function startContentHints(options: ContentHintsOptions): HintsHandle {
  const { document: doc, signal } = options;
  const location = doc.defaultView?.location;
  const host = location?.hostname ?? '';
  const send = createClient(BACKGROUND_MESSAGES, options.send);
  let lastKey = '';

  let engine: Engine | null = null;
  let engineLoad: Promise<Engine | null> | null = null;
  /** The engine, imported once; null when that failed (nothing to show, nothing thrown at the page). */
  const needEngine = () =>
    (engineLoad ??= Promise.resolve()
      .then(() => options.loadEngine())
      .then(
        (loaded) => (engine = loaded),
        () => null,
      ));
  /** The controller had text to analyse: from then on the engine is worth loading. */
  let wanted = false;
  /** The settings last seen; null while they load (the controller may call back before that). */
  let latest: Settings | null = null;

  const want = () => {
    if (wanted) return;
    wanted = true;
    if (latest) void apply(latest);
  };
  /** Stands in until the engine is loaded (then the controller re-analyses with the real one). */
  const beforeEngine = () => {
    want();
    return { diagnostics: [] };
  };

  const handle = startHints({
    document: doc,
    analyze: beforeEngine,
    signal,
    enabled: false,
    lastFocused: options.lastFocused ?? null,
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

  /** A new analyser for the controller when the settings that shape analysis changed. */
  const analyzerChange = (settings: Settings, loaded: Engine) => {
    const key = analysisKey(settings);
    if (key === lastKey) return {};
    lastKey = key;
    return { analyze: analyzerFor(settings, loaded) };
  };

  const apply = async (settings: Settings) => {
    latest = settings;
    const enabled = isSiteEnabled(settings, host);
    // Nothing analysed yet: no engine, no dismissed list asked for.
    const loading = enabled && wanted ? needEngine() : null;
    // Dismissed hints are known before the first hint is drawn, so none flashes on reload.
    if (loading) await fetchIgnored();
    const loaded = (await loading) ?? engine;
    if (signal.aborted || latest !== settings) return;
    // Without the engine (not needed yet, or it failed to load) the stand-in finds nothing.
    handle.update({ ...(loaded ? analyzerChange(settings, loaded) : {}), enabled });
  };

  watchSettings((settings) => void apply(settings), signal);
  loadSettings().then(
    (settings) => apply(latest ?? settings),
    () => apply(latest ?? DEFAULT_SETTINGS),
  );

  return {
    ...handle,
    // The context menu and shortcut work on any page and site: the engine loads for them.
    openCardAtSelection: async (text) => {
      want();
      const loaded = await needEngine();
      if (!loaded || signal.aborted) return false;
      // The controller gets the engine as settings load it: after the site's dismissed hints.
      if (latest) await apply(latest);
      else handle.update(analyzerChange(DEFAULT_SETTINGS, loaded));
      return handle.openCardAtSelection(text);
    },
  };
}
