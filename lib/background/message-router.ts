import {
  BACKGROUND_MESSAGES,
  createRouter,
  type BackgroundMessages,
  type Handlers,
} from '../messages';
import { toRuntimeListener } from './message-listener';

/**
 * The background's one `runtime.onMessage` listener: every request is parsed against
 * `BACKGROUND_MESSAGES` before a handler sees it, a malformed one gets an error reply and nothing
 * else, and envelopes of other types are left to whoever handles them.
 */
export function backgroundMessageListener(handlers: Handlers<BackgroundMessages>) {
  const route = createRouter(BACKGROUND_MESSAGES, handlers);
  return toRuntimeListener(route, (type) => Object.hasOwn(handlers, type));
}
