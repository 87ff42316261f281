import { afterEach, describe, expect, it, vi } from 'vitest';
import { extensionNamespace, requireExtensionNamespace } from './extension-namespace';

interface Api {
  runtime: { id: string };
}

afterEach(() => vi.unstubAllGlobals());

describe('extensionNamespace', () => {
  it('takes browser.* where it has a runtime (Firefox has chrome.* too)', () => {
    const browser = { runtime: { id: 'firefox' } };
    vi.stubGlobal('browser', browser);
    vi.stubGlobal('chrome', { runtime: { id: 'chrome' } });
    expect(extensionNamespace<Api>()).toBe(browser);
  });

  it('takes chrome.* when there is only chrome.* (Chrome)', () => {
    const chrome = { runtime: { id: 'chrome' } };
    vi.stubGlobal('chrome', chrome);
    expect(extensionNamespace<Api>()).toBe(chrome);
  });

  it('passes over a `browser` with no runtime (a page element with id="browser")', () => {
    const chrome = { runtime: { id: 'chrome' } };
    vi.stubGlobal('browser', { tagName: 'DIV' });
    vi.stubGlobal('chrome', chrome);
    expect(extensionNamespace<Api>()).toBe(chrome);
  });

  it('is null with neither, or with namespaces that have no runtime', () => {
    expect(extensionNamespace<Api>()).toBeNull();
    vi.stubGlobal('browser', {});
    vi.stubGlobal('chrome', {});
    expect(extensionNamespace<Api>()).toBeNull();
  });
});

describe('requireExtensionNamespace', () => {
  it('gives the namespace where there is one, and says there is none where not', () => {
    const chrome = { runtime: { id: 'chrome' } };
    expect(() => requireExtensionNamespace<Api>()).toThrow('No extension API in this context');
    vi.stubGlobal('chrome', chrome);
    expect(requireExtensionNamespace<Api>()).toBe(chrome);
  });
});
