// The one lookup of the extension namespace for the seams (runtime.ts, popup-api.ts,
// background-api.ts), none of which uses webextension-polyfill. Firefox has both `browser`
// and `chrome`, Chrome only `chrome`; `browser` comes first. A namespace counts only with a
// `runtime`: a page element with id="browser" is a global of that name too, and a sandboxed
// page has neither.

/** Looked up on each call, not on import, so modules that import it load anywhere (unit
 *  tests). `Api` is the part of the namespace the caller uses; null outside an extension. */
export function extensionNamespace<Api extends { runtime: object }>(): Api | null {
  const g = globalThis as { browser?: Partial<Api>; chrome?: Partial<Api> };
  if (g.browser?.runtime) return g.browser as Api;
  if (g.chrome?.runtime) return g.chrome as Api;
  return null;
}

/** The namespace where the caller cannot go on without it (the popup's and background's
 *  seams): outside an extension, an error that says so rather than a TypeError on null. */
export function requireExtensionNamespace<Api extends { runtime: object }>(): Api {
  const api = extensionNamespace<Api>();
  if (!api) throw new Error('No extension API in this context');
  return api;
}
