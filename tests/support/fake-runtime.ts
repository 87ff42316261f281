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

/** Deliver `message` to every listener, as the background's push would. */
export function push(message: unknown): void {
  for (const l of [...listeners]) void l(message);
}
