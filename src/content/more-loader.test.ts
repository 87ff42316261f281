import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentMore } from './more-loader';
import { MORE_HANDOFF } from './more-handoff';

const importModule = vi.fn<(path: string) => Promise<unknown>>();
const send = vi.fn<(kind: string, req: unknown) => Promise<unknown>>();
vi.mock('../platform/runtime', () => ({ importModule: (path: string) => importModule(path) }));
vi.mock('../messaging/send', () => ({ send: (kind: string, req: unknown) => send(kind, req) }));

const MODULE = { answerTabRequest: () => undefined } as unknown as ContentMore;
const CLASSIC = { answerTabRequest: () => undefined } as unknown as ContentMore;
const g = globalThis as Record<string, unknown>;

/** A fresh loader (it keeps what it loaded for the page's life). */
async function loader(): Promise<typeof import('./more-loader')> {
  vi.resetModules();
  return import('./more-loader');
}

/** What the injected classic copy does: leave its exports, unlisted, in the shared global. */
function classicCopyRuns(): Promise<null> {
  Object.defineProperty(g, MORE_HANDOFF, { value: CLASSIC, configurable: true, enumerable: false });
  return Promise.resolve(null);
}

beforeEach(() => {
  importModule.mockReset();
  send.mockReset();
});
afterEach(() => {
  delete g[MORE_HANDOFF];
});

describe('loadMore', () => {
  it('imports the module, and asks the background nothing when that works', async () => {
    importModule.mockResolvedValue(MODULE);
    const { loadMore } = await loader();
    await expect(loadMore()).resolves.toBe(MODULE);
    await loadMore();
    expect(importModule).toHaveBeenCalledTimes(1);
    expect(importModule).toHaveBeenCalledWith('content-more.js');
    expect(send).not.toHaveBeenCalled();
  });

  it('where the import is refused, has the classic copy injected and takes its exports from the global', async () => {
    importModule.mockRejectedValue(new TypeError('error loading dynamically imported module'));
    send.mockImplementation(classicCopyRuns);
    const { loadMore } = await loader();
    await expect(loadMore()).resolves.toBe(CLASSIC);
    expect(send).toHaveBeenCalledWith('page/inject-more', {});
    // Taken, the global is gone; the loaded copy is kept.
    expect(Object.hasOwn(g, MORE_HANDOFF)).toBe(false);
    await expect(loadMore()).resolves.toBe(CLASSIC);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it("fails with the import's error when the injection fails too, and tries both again at the next need", async () => {
    const refused = new TypeError('error loading dynamically imported module');
    importModule.mockRejectedValue(refused);
    send.mockRejectedValueOnce(new Error('page/inject-more is not open to web pages'));
    const { loadMore } = await loader();
    await expect(loadMore()).rejects.toBe(refused);
    send.mockImplementation(classicCopyRuns);
    await expect(loadMore()).resolves.toBe(CLASSIC);
    expect(importModule).toHaveBeenCalledTimes(2);
  });

  it('fails when the injected script left nothing behind', async () => {
    const refused = new TypeError('refused');
    importModule.mockRejectedValue(refused);
    send.mockResolvedValue(null);
    const { loadMore } = await loader();
    await expect(loadMore()).rejects.toBe(refused);
  });
});
