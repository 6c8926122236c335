/**
 * Tells every other repository in the extension origin (popup, side panel, options, background)
 * that drafts changed on disk, so one holding the search index in memory drops it and reloads on
 * its next search. A message carries no data: the database stays the only source of truth.
 */

export const DRAFTS_CHANNEL = 'smartgoal-drafts';

export interface DraftsChannel {
  /** Posted after a committed write; never delivered back to this channel itself. */
  announce(): void;
  close(): void;
}

/** Undefined where `BroadcastChannel` is missing: callers then cannot cache across calls. */
export function openDraftsChannel(onChange: () => void): DraftsChannel | undefined {
  if (typeof BroadcastChannel !== 'function') return undefined;
  const channel = new BroadcastChannel(DRAFTS_CHANNEL);
  channel.onmessage = () => onChange();
  // Node keeps a process alive while a channel is open; a repository must not (tests, benches).
  (channel as { unref?: () => void }).unref?.();
  return {
    announce() {
      try {
        channel.postMessage('changed');
      } catch {
        // Closed: nobody left to tell.
      }
    },
    close: () => channel.close(),
  };
}
