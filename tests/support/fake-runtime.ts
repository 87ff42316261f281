// src/platform/runtime's message listening, for unit tests of content modules:
//   vi.mock('../platform/runtime', () => import('../../tests/support/fake-runtime'));
// push() hands a message to the listeners, as the background's tab messages arrive.

export const listeners = new Set<(message: unknown) => unknown>();

export const runtime = {
  onMessage(listener: (message: unknown) => unknown): () => void {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  },
};

/** content-more.js is the only module the content script imports. */
export function importModule<T>(path: string): Promise<T> {
  if (path !== 'content-more.js') return Promise.reject(new Error(`no module ${path}`));
  return import('../../src/content/content-more') as Promise<T>;
}

/** Deliver `message` to every listener, as the background's push would. */
export function push(message: unknown): void {
  for (const l of [...listeners]) void l(message);
}
