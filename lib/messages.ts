import * as z from 'zod/mini';

/**
 * The request → response map between the content script, the background and the extension pages.
 * Every payload is a zod schema and both ends parse: the receiver parses the request before acting
 * (a malformed message gets an error back and nothing happens) and the sender parses the response.
 *
 * zod/mini keeps the always-loaded content script small; the schemas are ordinary zod schemas.
 * Transport is injected (`browser.runtime.sendMessage`, `browser.tabs.sendMessage`, a test double),
 * so this module stays free of browser APIs.
 */

// Same list as LANGS in lib/analysis/schema.ts; importing it would load every engine schema into
// the always-loaded content script.
const Lang = z.enum(['en', 'zh', 'ru', 'vi']);
const Source = z.object({ url: z.string(), site: z.string().check(z.minLength(1)) });
/** Where the builder opens: the toolbar popup, the side panel, a full tab. */
export const BuilderPlaceSchema = z.enum(['popup', 'sidepanel', 'tab']);
export type BuilderPlace = z.infer<typeof BuilderPlaceSchema>;

const Empty = z.object({});

/** Handled by the background (sent from content scripts and pages). */
export const BACKGROUND_MESSAGES = {
  /** "Open in builder": save the goal as a draft prefilled from the text, then open the builder on it. */
  'draft/create-from-text': {
    request: z.object({
      text: z.string().check(z.minLength(1), z.maxLength(20_000)),
      lang: z.optional(Lang),
      source: z.nullable(Source),
      open: z.optional(BuilderPlaceSchema),
    }),
    response: z.object({ draftId: z.string(), opened: z.nullable(BuilderPlaceSchema) }),
  },
  /** Opens the builder (on a draft when given). */
  'builder/open': {
    request: z.object({ draftId: z.optional(z.string()), place: BuilderPlaceSchema }),
    response: z.object({ opened: z.nullable(BuilderPlaceSchema) }),
  },
  /** "Ignore": remember that this text's hint is dismissed on the site. */
  'hints/ignore': {
    request: z.object({
      site: z.string().check(z.minLength(1)),
      text: z.string().check(z.minLength(1)),
    }),
    response: z.object({ hash: z.string() }),
  },
  /** The site's dismissed hints as hashes (see `hintHash` in lib/drafts/ignored-hints.ts). */
  'hints/ignored': {
    request: z.object({ site: z.string().check(z.minLength(1)) }),
    response: z.object({ hashes: z.array(z.string()) }),
  },
  /** The builder's "Insert": forwarded to the frame that last reported a focused field. */
  'field/insert-last-focused': {
    request: z.object({ text: z.string().check(z.minLength(1)) }),
    response: z.object({ inserted: z.boolean(), reason: z.optional(z.string()) }),
  },
  /** A content script reports that one of its fields got focus (the background keeps tab and frame). */
  'field/focused': {
    request: Empty,
    response: Empty,
  },
} as const;

/** Handled by content scripts (sent by the background with `tabs.sendMessage`). */
export const CONTENT_MESSAGES = {
  /** Context menu or shortcut on a selection: open the card at the selection. */
  'card/open-at-selection': {
    request: z.object({ text: z.optional(z.string()) }),
    response: z.object({ opened: z.boolean() }),
  },
  /** The "next hint" shortcut: focus the next flagged text and open its card. */
  'hints/next': {
    request: Empty,
    response: z.object({ opened: z.boolean() }),
  },
  /** Insert text into the field this frame last focused (the builder's "Insert"). */
  'field/insert': {
    request: z.object({ text: z.string().check(z.minLength(1)) }),
    response: z.object({ inserted: z.boolean(), reason: z.optional(z.string()) }),
  },
} as const;

type Protocol = Record<string, { request: z.ZodMiniType; response: z.ZodMiniType }>;
export type BackgroundMessages = typeof BACKGROUND_MESSAGES;
export type ContentMessages = typeof CONTENT_MESSAGES;
export type RequestOf<P extends Protocol, K extends keyof P> = z.input<P[K]['request']>;
export type ResponseOf<P extends Protocol, K extends keyof P> = z.output<P[K]['response']>;

/** What travels: `{ type, payload }` out, `{ ok, value | error }` back. */
export const EnvelopeSchema = z.object({ type: z.string(), payload: z.unknown() });
export const ReplySchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type Reply = z.infer<typeof ReplySchema>;

/** Who sent a message, as far as the receiver can tell (from `runtime.MessageSender`). */
export interface MessageContext {
  tabId?: number;
  frameId?: number;
  url?: string;
}

export type Handlers<P extends Protocol> = {
  [K in keyof P]?: (
    payload: z.output<P[K]['request']>,
    context: MessageContext,
  ) => Promise<z.input<P[K]['response']>> | z.input<P[K]['response']>;
};

export class MessageError extends Error {
  override name = 'MessageError';
}

const describe = (error: z.core.$ZodError) =>
  error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');

/**
 * The receiving end: returns `undefined` for envelopes that are not ours or whose type has no
 * handler here (another listener may answer), otherwise a reply. Never throws.
 */
export function createRouter<P extends Protocol>(protocol: P, handlers: Handlers<P>) {
  return async (raw: unknown, context: MessageContext = {}): Promise<Reply | undefined> => {
    const envelope = EnvelopeSchema.safeParse(raw);
    if (!envelope.success || !Object.hasOwn(protocol, envelope.data.type)) return undefined;
    const type = envelope.data.type as keyof P & string;
    const handler = handlers[type];
    if (!handler) return undefined;
    const request = protocol[type]!.request.safeParse(envelope.data.payload);
    if (!request.success)
      return { ok: false, error: `Malformed ${type} request: ${describe(request.error)}` };
    try {
      const value = await handler(request.data as never, context);
      const response = protocol[type]!.response.safeParse(value);
      if (!response.success)
        return { ok: false, error: `Malformed ${type} response: ${describe(response.error)}` };
      return { ok: true, value: response.data };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  };
}

/**
 * The sending end over an injected transport. The request is parsed before it leaves (a bug in
 * the sender fails here, not in the receiver) and the reply is parsed on arrival.
 */
export function createClient<P extends Protocol>(
  protocol: P,
  transport: (envelope: { type: string; payload: unknown }) => Promise<unknown>,
) {
  return async <K extends keyof P & string>(
    type: K,
    payload: RequestOf<P, K>,
  ): Promise<ResponseOf<P, K>> => {
    const request = protocol[type]!.request.safeParse(payload);
    if (!request.success)
      throw new MessageError(`Malformed ${type} request: ${describe(request.error)}`);
    const raw = await transport({ type, payload: request.data });
    const reply = ReplySchema.safeParse(raw);
    if (!reply.success) throw new MessageError(`No valid reply to ${type}`);
    if (!reply.data.ok) throw new MessageError(reply.data.error);
    const response = protocol[type]!.response.safeParse(reply.data.value);
    if (!response.success)
      throw new MessageError(`Malformed ${type} response: ${describe(response.error)}`);
    return response.data as ResponseOf<P, K>;
  };
}
