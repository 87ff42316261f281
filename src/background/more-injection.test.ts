import { describe, expect, it, vi } from 'vitest';
vi.mock('../platform/background-api', () => ({ ext: {} }));
import { CLASSIC_MORE, moreInjectionHandlers, type ScriptInjector } from './more-injection';

type Results = Awaited<ReturnType<ScriptInjector['executeScript']>>;

function fakeScripting(answer: (frameId: number) => Results | Promise<Results>) {
  const executeScript = vi.fn((injection: Parameters<ScriptInjector['executeScript']>[0]) => Promise.resolve(answer(injection.target.frameIds[0]!)));
  return { executeScript };
}

const inject = (scripting: ScriptInjector | undefined, sender: { tabId?: number; frameId?: number }) =>
  moreInjectionHandlers(() => scripting)['page/inject-more']({}, { ...sender, pageOrigin: 'null' });

describe('page/inject-more', () => {
  it("injects the classic copy into exactly the asking frame of the asking tab", async () => {
    const scripting = fakeScripting((frameId) => [{ frameId }]);
    await expect(inject(scripting, { tabId: 7, frameId: 3 })).resolves.toBeNull();
    expect(scripting.executeScript).toHaveBeenCalledTimes(1);
    expect(scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [3] }, files: [CLASSIC_MORE] });
  });

  it('refuses a sender that is not a frame of a tab, and asks nothing', async () => {
    const scripting = fakeScripting((frameId) => [{ frameId }]);
    await expect(inject(scripting, { frameId: 0 })).rejects.toThrow(/frame of a tab/);
    await expect(inject(scripting, { tabId: 7 })).rejects.toThrow(/frame of a tab/);
    expect(scripting.executeScript).not.toHaveBeenCalled();
  });

  it("fails plainly in a build without the scripting API (Chrome's)", async () => {
    await expect(inject(undefined, { tabId: 7, frameId: 0 })).rejects.toThrow(/No scripting API/);
  });

  it('fails when the frame was not reached, or the script threw there', async () => {
    // Firefox answers without the frames it may not reach.
    await expect(inject(fakeScripting(() => []), { tabId: 7, frameId: 3 })).rejects.toThrow(/did not run in frame 3/);
    await expect(inject(fakeScripting((frameId) => [{ frameId, error: new Error('boom') }]), { tabId: 7, frameId: 3 })).rejects.toThrow(/failed: boom/);
    await expect(inject({ executeScript: () => Promise.reject(new Error('Missing host permission for the tab')) }, { tabId: 7, frameId: 3 })).rejects.toThrow(/Missing host permission/);
  });
});
