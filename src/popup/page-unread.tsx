// "This page" when Backstory holds no report of the page though its content script runs
// there: still reading it (a wait, report-wait.ts), not heard from in time, or read and its
// report let go since (storage.session's room, a restarted background). The last two offer
// "Read the page again" (tab/reread).
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';

/** Said while the page is read; the status region announces it where the reader asked. */
export function Reading(): JSX.Element {
  return (
    <div data-reading class="empty" aria-busy="true">
      <p>Reading the page…</p>
      <p class="muted">What Backstory finds on it shows here as soon as the page has been read.</p>
    </div>
  );
}

/** No report came within `seconds` of asking. */
export function Unread({ seconds, onReread }: { seconds: number; onReread: () => Promise<void> }): JSX.Element {
  return (
    <div data-unread class="empty">
      <p>
        <strong>The page has not said what Backstory found on it.</strong>
      </p>
      <p class="muted">
        Backstory asked {seconds} seconds ago and has heard nothing back. The page may still be loading, or it was open before Backstory started: then reload it.
      </p>
      <RereadButton onReread={onReread} />
    </div>
  );
}

/** The page was read, and what was found on it was let go since. */
export function LetGo({ onReread }: { onReread: () => Promise<void> }): JSX.Element {
  return (
    <div data-report-gone class="empty">
      <p>
        <strong>Backstory no longer holds what it found on this page.</strong>
      </p>
      <p class="muted">It lets the findings of pages read long ago go to make room for other tabs, and loses them if it restarts. It can read the page again.</p>
      <RereadButton onReread={onReread} />
    </div>
  );
}

function RereadButton({ onReread }: { onReread: () => Promise<void> }): JSX.Element {
  // aria-disabled, not disabled: a disabled button drops the keyboard focus to the body.
  const [busy, setBusy] = useState(false);
  const reread = (): void => {
    if (busy) return;
    setBusy(true);
    onReread().catch(() => setBusy(false)); // the app says why; the button is there to try again
  };
  return (
    <button type="button" data-action="reread" aria-disabled={busy ? 'true' : undefined} onClick={reread}>
      Read the page again
    </button>
  );
}
