import { afterEach, describe, expect, it, vi } from 'vitest';
import { ext, type MessageSender } from './background-api';

type Native = (message: unknown, sender: MessageSender, respond: (r: unknown) => void) => true | undefined;

function event<F>() {
  const listeners: F[] = [];
  return { listeners, api: { addListener: (fn: F) => listeners.push(fn) } };
}

function fakeNamespace(name: 'chrome' | 'browser', extra: Record<string, unknown> = {}) {
  const onMessage = event<Native>();
  const onRemoved = event<(tabId: number) => void>();
  const items: Record<string, unknown> = {};
  const calls: unknown[][] = [];
  vi.stubGlobal(name, {
    runtime: { getURL: (p: string) => `${name}-extension://id/${p}`, getManifest: () => ({ version: '1.2.3' }), onMessage: onMessage.api },
    tabs: {
      get: (id: number) => Promise.resolve({ id, url: 'https://example.org/' }),
      query: (q: unknown) => (calls.push(['query', q]), Promise.resolve([{ id: 7 }])),
      sendMessage: (...args: unknown[]) => (calls.push(['sendMessage', ...args]), Promise.resolve('answered')),
      onRemoved: onRemoved.api,
    },
    storage: {
      session: {
        get: (key: string) => Promise.resolve(key in items ? { [key]: items[key] } : {}),
        set: (values: Record<string, unknown>) => Promise.resolve(void Object.assign(items, values)),
        remove: (keys: string | string[]) => Promise.resolve(void [keys].flat().forEach((k) => delete items[k])),
      },
    },
    ...extra,
  });
  return { onMessage: onMessage.listeners, onRemoved: onRemoved.listeners, items, calls };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

afterEach(() => vi.unstubAllGlobals());

describe('the background’s seam', () => {
  it('throws a clear error outside an extension, only when used', () => {
    expect(() => ext.runtime.getURL('')).toThrow(/No extension API/);
    expect(() => ext.tabs.onRemoved.addListener(() => undefined)).toThrow(/No extension API/);
  });

  it('passes runtime, tabs and storage.session through to the namespace of the moment', async () => {
    const { items, calls } = fakeNamespace('chrome');
    expect(ext.runtime.getURL('card.html')).toBe('chrome-extension://id/card.html');
    expect(ext.runtime.version()).toBe('1.2.3');
    await expect(ext.tabs.get(3)).resolves.toEqual({ id: 3, url: 'https://example.org/' });
    await expect(ext.tabs.query({ active: true, lastFocusedWindow: true })).resolves.toEqual([{ id: 7 }]);
    await expect(ext.tabs.sendMessage(7, { a: 1 })).resolves.toBe('answered');
    expect(calls).toEqual([
      ['query', { active: true, lastFocusedWindow: true }],
      ['sendMessage', 7, { a: 1 }],
    ]);
    await ext.storage.session.set({ k: 1, j: 2 });
    await expect(ext.storage.session.get('k')).resolves.toEqual({ k: 1 });
    await ext.storage.session.remove(['k']);
    expect(items).toEqual({ j: 2 });
    // Firefox: `browser` comes first.
    fakeNamespace('browser');
    expect(ext.runtime.getURL('x')).toBe('browser-extension://id/x');
  });

  it('answers a message through sendResponse and keeps the channel open; leaves others’ alone', async () => {
    const { onMessage } = fakeNamespace('chrome');
    const seen: MessageSender[] = [];
    ext.runtime.onMessage.addListener((m, sender) => {
      seen.push(sender);
      return (m as { mine?: boolean }).mine ? Promise.resolve({ ok: true }) : undefined;
    });
    const respond = vi.fn();
    const sender = { url: 'https://news.example/', origin: 'https://news.example', frameId: 0, tab: { id: 4 } };
    expect(onMessage[0]!({ mine: true }, sender, respond)).toBe(true);
    await tick();
    expect(respond).toHaveBeenCalledWith({ ok: true });
    expect(seen).toEqual([sender]);
    expect(onMessage[0]!({ mine: false }, sender, respond)).toBeUndefined();
  });

  it('answers undefined when the listener’s promise rejects', async () => {
    const { onMessage } = fakeNamespace('chrome');
    ext.runtime.onMessage.addListener(() => Promise.reject(new Error('boom')));
    const respond = vi.fn();
    onMessage[0]!({}, {}, respond);
    await tick();
    expect(respond).toHaveBeenCalledWith(undefined);
  });

  it('registers event listeners on the namespace', () => {
    const { onRemoved } = fakeNamespace('chrome');
    const gone: number[] = [];
    ext.tabs.onRemoved.addListener((id) => gone.push(id));
    onRemoved[0]!(9);
    expect(gone).toEqual([9]);
  });

  it('has scripting only where the manifest asks for it (the Firefox build)', () => {
    fakeNamespace('chrome');
    expect(ext.scripting()).toBeUndefined();
    const executeScript = vi.fn();
    fakeNamespace('browser', { scripting: { executeScript } });
    expect(ext.scripting()?.executeScript).toBe(executeScript);
  });
});
