/**
 * The slice of `storage.session` the background uses. The service worker can be stopped at any
 * moment, so whatever must outlive one event lives here rather than in a variable; unlike
 * `storage.local` it is gone when the browser quits, which is right for tab and frame ids.
 */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}
