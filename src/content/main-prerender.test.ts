// @vitest-environment happy-dom
// The content script on a page Chrome prerenders: nothing until the page is shown.
import { afterAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../core/records';
import { FakeHighlight, FakeStaticRange } from '../../tests/support/fake-highlight-api';

vi.mock('../platform/runtime', () => import('../../tests/support/fake-runtime'));
const calls: string[] = [];
vi.mock('../messaging/send', () => ({
  send: (kind: string) => {
    calls.push(kind);
    if (kind === 'page/start') return Promise.resolve({ settings: DEFAULT_SETTINGS, notes: [] });
    return Promise.resolve(null);
  },
}));
vi.stubGlobal('Highlight', FakeHighlight);
vi.stubGlobal('StaticRange', FakeStaticRange);
vi.stubGlobal('CSS', { highlights: new Map(), supports: () => true });
afterAll(() => vi.unstubAllGlobals());

// The waits are hang guards: each returns as soon as what it waits for holds, and the
// content script's runs took 4 s of vitest's 5 s default on a loaded machine.
describe('the content script on a prerendered page', { timeout: 60_000 }, () => {
  it('asks nothing until the page is shown', async () => {
    document.body.innerHTML = '<p>Hamas said the truce holds.</p>';
    let prerendering = true;
    Object.defineProperty(document, 'prerendering', { configurable: true, get: () => prerendering });
    await import('./main');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(calls).toEqual([]);

    prerendering = false;
    document.dispatchEvent(new Event('prerenderingchange'));
    await vi.waitFor(() => expect(calls).toContain('page/start'), { timeout: 15_000 });
  });
});
