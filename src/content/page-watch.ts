// Two things a page run waits on or watches before its own observers start: the page's
// first paint (main.ts reads no text before it), and changes to the page's text while the
// run reads it and the gate answers.
import { touchesText } from './text-map';

/** The longest a run waits for the page's first paint before it reads the text. */
const PAINT_WAIT_MS = 100;

/** Once the page has painted (its first-paint entry; buffered, so at once when it already
 *  has), or after PAINT_WAIT_MS where no paint comes (a hidden tab). Asking for an animation
 *  frame instead made the page's pending first layout land in one long task after
 *  DOMContentLoaded on most cold loads of a long page. */
export function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    let observer: PerformanceObserver | null = null;
    const done = (): void => {
      clearTimeout(timer);
      observer?.disconnect();
      resolve();
    };
    const timer = setTimeout(done, PAINT_WAIT_MS);
    try {
      observer = new PerformanceObserver((list) => {
        if (list.getEntries().length > 0) done();
      });
      observer.observe({ type: 'paint', buffered: true });
    } catch {
      /* no paint timing here: the timer decides */
    }
  });
}

/** Watches the document for changes to its text until stop() or the run's end; take() says
 *  whether any came since the last take(). Scripts, styles and iframes added or removed
 *  (analytics and ads, while a page loads) do not count: they change nothing read. The
 *  callback keeps that news: records handed to it (at the next microtask) are gone from
 *  takeRecords(). */
export function watchChanges(signal: AbortSignal): { take(): boolean; stop(): void } {
  let seen = false;
  const observer = new MutationObserver((records) => {
    seen ||= records.some(touchesText);
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  return {
    take() {
      const any = seen || observer.takeRecords().some(touchesText);
      seen = false;
      return any;
    },
    stop: () => observer.disconnect(),
  };
}
