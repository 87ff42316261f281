// A request to the background that may never be answered: a service worker that died or
// hangs leaves the promise pending for good, and a view waiting on it would say "Loading…"
// forever. The view is told after a while instead, and offers to ask again; an answer that
// comes later still counts (the request is not cancelled).

/** How long a view waits on the background before saying it did not answer: well past a
 *  worker's start with a large library (about a second), short of a reader giving up. */
export const ANSWER_WAIT_MS = 8000;

/** `onLate` is called once if `answer` has not settled after `ms`; `answer` itself is
 *  returned untouched. Returns the function that stops the wait. */
export function whenLate(answer: Promise<unknown>, onLate: () => void, ms = ANSWER_WAIT_MS): () => void {
  let settled = false;
  const timer = setTimeout(() => {
    if (!settled) onLate();
  }, ms);
  const done = (): void => {
    settled = true;
    clearTimeout(timer);
  };
  answer.then(done, done);
  return done;
}
