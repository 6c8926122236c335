import * as z from 'zod/mini';
import type { SessionArea } from './session-area';

/** The frame whose field last had focus: where the builder's "Insert" goes. */
export const FOCUSED_FIELD_KEY = 'field:lastFocused';

export const FieldFrameSchema = z.object({
  tabId: z.number().check(z.int(), z.nonnegative()),
  frameId: z.number().check(z.int(), z.nonnegative()),
});
export type FieldFrame = z.infer<typeof FieldFrameSchema>;

export interface FocusedField {
  remember(frame: FieldFrame): Promise<void>;
  /** Undefined when no field was reported, or when what is stored is not a frame. */
  recall(): Promise<FieldFrame | undefined>;
  forget(): Promise<void>;
}

export function createFocusedField(area: SessionArea): FocusedField {
  return {
    remember: (frame) => area.set({ [FOCUSED_FIELD_KEY]: FieldFrameSchema.parse(frame) }),
    async recall() {
      const stored = await area.get(FOCUSED_FIELD_KEY);
      const frame = FieldFrameSchema.safeParse(stored[FOCUSED_FIELD_KEY]);
      return frame.success ? frame.data : undefined;
    },
    forget: () => area.remove(FOCUSED_FIELD_KEY),
  };
}
