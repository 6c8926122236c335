import { describe, expect, it, vi } from 'vitest';
import { commandPressed } from '@/lib/background/commands';
import type { ContentClient } from '@/lib/background/content-client';

function setup(options: { active?: number; fail?: boolean } = {}) {
  const send = vi.fn(async (_type: string, _payload: unknown) => {
    if (options.fail) throw new Error('Receiving end does not exist');
    return { opened: true };
  });
  const content = vi.fn((_tabId: number) => send as unknown as ContentClient);
  const activeTabId = vi.fn(async () => options.active);
  return { press: commandPressed({ content, activeTabId }), content, send, activeTabId };
}

describe('commandPressed', () => {
  it.each([
    ['make-smart', 'card/open-at-selection'],
    ['next-hint', 'hints/next'],
  ])('%s sends %s to every frame of the tab (the focused one answers)', async (command, type) => {
    const { press, content, send } = setup();
    await press(command, { id: 3 });
    expect(content).toHaveBeenCalledWith(3);
    expect(send).toHaveBeenCalledWith(type, {});
  });

  it('uses the active tab when the event names none', async () => {
    const { press, content } = setup({ active: 8 });
    await press('next-hint');
    expect(content).toHaveBeenCalledWith(8);
  });

  it('does nothing without a tab, for unknown commands, and on pages without our script', async () => {
    const none = setup();
    await none.press('make-smart');
    expect(none.content).not.toHaveBeenCalled();

    const unknown = setup({ active: 8 });
    await unknown.press('_execute_action', { id: 3 });
    expect(unknown.content).not.toHaveBeenCalled();

    const browserPage = setup({ fail: true });
    await expect(browserPage.press('make-smart', { id: 3 })).resolves.toBeUndefined();
  });
});
