// page/inject-more: puts content-more's classic copy (content-more-classic.js, Firefox build
// only) into the one frame whose import() of content-more.js was refused — a sandboxed
// document in Firefox before 153 (src/content/more-loader.ts). The "scripting" permission is
// in the Firefox manifest only; Chrome imports the module there and never asks.
import type { Handlers } from '../messaging/handle';
import { ext, type ScriptInjector } from '../platform/background-api';

/** Re-exported for tests, which hand in a fake. */
export type { ScriptInjector };

export const CLASSIC_MORE = 'content-more-classic.js';

/** Looked up on use: without the permission (Chrome's build) there is no scripting API. */
const browserScripting = (): ScriptInjector | undefined => ext.scripting();

export function moreInjectionHandlers(scripting: () => ScriptInjector | undefined = browserScripting): Pick<Handlers, 'page/inject-more'> {
  return {
    'page/inject-more': async (_req, sender) => {
      const { tabId, frameId } = sender;
      if (tabId === undefined || frameId === undefined) throw new Error('page/inject-more comes from a frame of a tab');
      const api = scripting();
      if (!api) throw new Error('No scripting API in this build');
      const results = await api.executeScript({ target: { tabId, frameIds: [frameId] }, files: [CLASSIC_MORE] });
      // Firefox answers without the frames it may not reach, and with the error of a script that threw.
      const ran = results.find((r) => r.frameId === frameId);
      if (!ran) throw new Error(`${CLASSIC_MORE} did not run in frame ${frameId}`);
      if (ran.error !== undefined) throw new Error(`${CLASSIC_MORE} failed: ${String((ran.error as { message?: unknown } | null)?.message ?? ran.error)}`);
      return null;
    },
  };
}
