import { afterEach, describe, expect, it, vi } from 'vitest';
import { runtime } from './runtime';

type Listener = (message: unknown, sender: unknown, respond: (r: unknown) => void) => true | undefined;

function fakeChrome(): { listeners: Set<Listener> } {
  const listeners = new Set<Listener>();
  vi.stubGlobal('chrome', {
    runtime: {
      getURL: (p: string) => `chrome-extension://id/${p}`,
      sendMessage: (m: unknown) => Promise.resolve({ echo: m }),
      onMessage: { addListener: (fn: Listener) => listeners.add(fn), removeListener: (fn: Listener) => listeners.delete(fn) },
    },
  });
  return { listeners };
}

afterEach(() => vi.unstubAllGlobals());

describe('the content script runtime seam', () => {
  it('throws a clear error outside an extension, only when used', () => {
    expect(() => runtime.getURL('card.html')).toThrow(/No extension runtime/);
  });

  it('passes getURL and sendMessage through', async () => {
    fakeChrome();
    expect(runtime.getURL('card.html')).toBe('chrome-extension://id/card.html');
    await expect(runtime.sendMessage({ a: 1 })).resolves.toEqual({ echo: { a: 1 } });
  });

  it('answers through sendResponse and keeps the channel open; leaves others’ messages alone', async () => {
    const { listeners } = fakeChrome();
    const off = runtime.onMessage((m) => ((m as { mine?: boolean }).mine ? Promise.resolve('yes') : undefined));
    const [native] = [...listeners];
    const respond = vi.fn();
    expect(native!({ mine: true }, {}, respond)).toBe(true);
    await Promise.resolve();
    await Promise.resolve();
    expect(respond).toHaveBeenCalledWith('yes');
    expect(native!({ mine: false }, {}, respond)).toBeUndefined();
    off();
    expect(listeners.size).toBe(0);
  });

  it('answers undefined when the listener’s promise rejects', async () => {
    const { listeners } = fakeChrome();
    runtime.onMessage(() => Promise.reject(new Error('boom')));
    const respond = vi.fn();
    [...listeners][0]!({}, {}, respond);
    await new Promise((r) => setTimeout(r, 0));
    expect(respond).toHaveBeenCalledWith(undefined);
  });
});
