import type { ResponseOf, ContentMessages } from '../messages';
import { contentClient, type SendToTab } from './content-client';
import type { FocusedField } from './focused-field';

export const NO_FIELD_REASON =
  'No field to insert into: click into a text field on the page first, then insert again.';
export const FIELD_GONE_REASON =
  'The field you last used is gone (its page was closed, reloaded or left): click into a text field, then insert again.';

/**
 * The builder's "Insert": forwards the text to the frame that last reported a focused field. The
 * text stays in the builder whatever happens; a failure only explains why it did not arrive.
 */
export async function insertIntoLastFocused(
  text: string,
  focused: FocusedField,
  send: SendToTab,
): Promise<ResponseOf<ContentMessages, 'field/insert'>> {
  const frame = await focused.recall();
  if (!frame) return { inserted: false, reason: NO_FIELD_REASON };
  try {
    return await contentClient(send, frame.tabId, frame.frameId)('field/insert', { text });
  } catch {
    await focused.forget();
    return { inserted: false, reason: FIELD_GONE_REASON };
  }
}
