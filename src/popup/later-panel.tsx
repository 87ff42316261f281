// The Notes, Library and Settings panels come from popup-more.js (later-views.ts), so
// popup.js holds only what "This page" needs. They are fetched once "This page" has its
// answer and the popup has been shown (the toolbar popup is shown after its load event,
// which a script added earlier would hold back), or at once when one of them is opened
// first; by the time the reader switches panels they are usually in hand.
import type { JSX } from 'preact';
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { useDeps } from './deps';
import type { LaterViews } from './later-views';
import { loadScriptGlobal } from './script-global';
import { useStatus } from './status';

/** The global popup-more.js (popup-more.ts) leaves the panels on. */
export const LATER_VIEWS_GLOBAL = 'backstoryPopupMore';

/** The popup's own loader (main.tsx); tests give the views directly (test-deps.tsx). */
export function loadLaterViews(): Promise<LaterViews> {
  return loadScriptGlobal<LaterViews>('popup-more.js', LATER_VIEWS_GLOBAL, 'the Notes, Library and Settings panels');
}

/** The later panels once loaded; null until then. `wanted`: the one of them that is open
 *  (load now; after a failure, opening another tries again). `idle`: the first panel is
 *  done (load after the popup is shown). */
export function useLaterViews(wanted: string | null, idle: boolean): LaterViews | null {
  const { laterViews } = useDeps();
  const status = useStatus();
  const [views, setViews] = useState<LaterViews | null>(null);
  const [failed, setFailed] = useState(false);

  // A layout effect: a panel opened after the views arrived renders them in the same frame.
  useLayoutEffect(() => {
    if (views || wanted === null) return undefined;
    let live = true;
    laterViews().then(
      (v) => live && setViews(v),
      (err: unknown) => {
        if (!live) return;
        setFailed(true);
        status.fail(err, 'Could not load this panel');
      },
    );
    return () => {
      live = false;
    };
  }, [views, wanted, laterViews, status]);

  useEffect(() => {
    if (views || wanted !== null || !idle || failed) return undefined;
    return afterShown(() => {
      laterViews().then(setViews, () => setFailed(true)); // said when a panel asks for them
    });
  }, [views, wanted, idle, failed, laterViews]);

  return views;
}

/** Runs `run` after the page's load event and the frame after it; returns the cancel. */
function afterShown(run: () => void): () => void {
  let live = true;
  const go = (): void => {
    requestAnimationFrame(() => setTimeout(() => live && run(), 0));
  };
  if (document.readyState === 'complete') go();
  else window.addEventListener('load', go, { once: true });
  return () => {
    live = false;
    window.removeEventListener('load', go);
  };
}

/** Shown in a panel while its code loads (rarely seen: it is fetched after the first frame). */
export function LaterLoading(): JSX.Element {
  return (
    <p class="muted" data-loading>
      Loading…
    </p>
  );
}
