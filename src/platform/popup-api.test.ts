import { afterEach, describe, expect, it, vi } from 'vitest';
import { isFirefox, onStorageChanged, tabs } from './popup-api';

type StorageListener = (changes: Record<string, unknown>, area: string) => void;

function fakeNamespace(extra: Record<string, unknown> = {}) {
  const listeners = new Set<StorageListener>();
  const calls: unknown[][] = [];
  const ns = {
    runtime: { getURL: (p: string) => `chrome-extension://id/${p}`, ...extra },
    tabs: {
      get: (id: number) => Promise.resolve({ id, url: 'https://example.org/', title: 'Example' }),
      query: (q: unknown) => (calls.push(['query', q]), Promise.resolve([{ id: 7 }])),
      create: (props: unknown) => (calls.push(['create', props]), Promise.resolve({ id: 8 })),
      sendMessage: (...args: unknown[]) => (calls.push(['sendMessage', ...args]), Promise.resolve({ ok: true })),
    },
    storage: { onChanged: { addListener: (fn: StorageListener) => listeners.add(fn), removeListener: (fn: StorageListener) => listeners.delete(fn) } },
  };
  return { ns, listeners, calls };
}

afterEach(() => vi.unstubAllGlobals());

describe('the popup’s tabs and storage seam', () => {
  it('throws a clear error outside an extension, only when used', () => {
    expect(() => isFirefox()).toThrow(/No extension API/);
    expect(() => tabs.sendMessage(1, {}, 0)).toThrow(/No extension API/);
  });

  it('passes the tabs calls through to chrome.* (Chrome)', async () => {
    const { ns, calls } = fakeNamespace();
    vi.stubGlobal('chrome', ns);
    await expect(tabs.get(3)).resolves.toEqual({ id: 3, url: 'https://example.org/', title: 'Example' });
    await expect(tabs.query({ active: true, currentWindow: true })).resolves.toEqual([{ id: 7 }]);
    await tabs.create('chrome-extension://id/popup.html?panel=library');
    await expect(tabs.sendMessage(3, { hi: 1 }, 0)).resolves.toEqual({ ok: true });
    expect(calls).toEqual([
      ['query', { active: true, currentWindow: true }],
      ['create', { url: 'chrome-extension://id/popup.html?panel=library' }],
      ['sendMessage', 3, { hi: 1 }, { frameId: 0 }],
    ]);
    expect(isFirefox()).toBe(false);
  });

  it('prefers browser.* where both are there (Firefox), and knows Firefox by getBrowserInfo', async () => {
    const firefox = fakeNamespace({ getBrowserInfo: () => Promise.resolve({ name: 'Firefox' }) });
    const chrome = fakeNamespace();
    vi.stubGlobal('browser', firefox.ns);
    vi.stubGlobal('chrome', chrome.ns);
    await tabs.query({ active: true });
    expect(firefox.calls).toHaveLength(1);
    expect(chrome.calls).toHaveLength(0);
    expect(isFirefox()).toBe(true);
  });

  it('adds a storage listener and removes the same one', () => {
    const { ns, listeners } = fakeNamespace();
    vi.stubGlobal('chrome', ns);
    const seen: string[] = [];
    const off = onStorageChanged((changes, area) => seen.push(`${area}:${Object.keys(changes).join()}`));
    [...listeners][0]!({ report: {} }, 'session');
    expect(seen).toEqual(['session:report']);
    off();
    expect(listeners.size).toBe(0);
  });
});
