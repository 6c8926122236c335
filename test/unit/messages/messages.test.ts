import { describe, expect, it, vi } from 'vitest';
import { BACKGROUND_MESSAGES, createClient, createRouter } from '@/lib/messages';

describe('messages', () => {
  const ignore = vi.fn(async ({ site }: { site: string }) => ({ hash: `h:${site}` }));
  const route = createRouter(BACKGROUND_MESSAGES, { 'hints/ignore': ignore });
  const send = createClient(BACKGROUND_MESSAGES, (envelope) => route(envelope, {}));

  it('delivers a valid request and parses the reply', async () => {
    await expect(
      send('hints/ignore', { site: 'example.com', text: 'Grow sales' }),
    ).resolves.toEqual({
      hash: 'h:example.com',
    });
  });

  it.each([
    ['a missing field', { type: 'hints/ignore', payload: { site: 'example.com' } }],
    ['a wrong type', { type: 'hints/ignore', payload: { site: 1, text: 'x' } }],
    ['an empty site', { type: 'hints/ignore', payload: { site: '', text: 'x' } }],
  ])('rejects %s without calling the handler', async (_, envelope) => {
    ignore.mockClear();
    const reply = await route(envelope);
    expect(reply).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^Malformed hints\/ignore request/),
    });
    expect(ignore).not.toHaveBeenCalled();
  });

  it.each([
    null,
    42,
    'hints/ignore',
    { type: 'unknown/type', payload: {} },
    { type: 'hints/ignored', payload: {} },
  ])(
    'leaves envelopes that are not ours (or have no handler here) to other listeners: %j',
    async (raw) => {
      expect(await route(raw)).toBeUndefined();
    },
  );

  it('turns a handler error and a malformed handler result into error replies', async () => {
    const failing = createRouter(BACKGROUND_MESSAGES, {
      'hints/ignore': () => {
        throw new Error('quota exceeded');
      },
      'hints/ignored': () => ({ hashes: 'nope' }) as never,
    });
    expect(await failing({ type: 'hints/ignore', payload: { site: 'a', text: 'b' } })).toEqual({
      ok: false,
      error: 'quota exceeded',
    });
    expect(await failing({ type: 'hints/ignored', payload: { site: 'a' } })).toMatchObject({
      ok: false,
    });
  });

  it('the client refuses to send a malformed request and surfaces error replies', async () => {
    const transport = vi.fn(async () => ({ ok: false, error: 'boom' }));
    const client = createClient(BACKGROUND_MESSAGES, transport);
    await expect(client('hints/ignore', { site: '', text: 'x' })).rejects.toThrow(/Malformed/);
    expect(transport).not.toHaveBeenCalled();
    await expect(client('hints/ignore', { site: 'a', text: 'x' })).rejects.toThrow('boom');
    const garbage = createClient(BACKGROUND_MESSAGES, async () => undefined);
    await expect(garbage('hints/ignore', { site: 'a', text: 'x' })).rejects.toThrow(
      /No valid reply/,
    );
  });
});
