// "This page" when the library's count never came or failed: the page is shown all the
// same, as if articles were stored, with why the count is missing and a way to ask again.
// Once the count comes, the notice and its button go; the keyboard focus, on that button,
// moves to what took its place (the empty-library hint or the topic box), not the body.
import type { JSX, RefObject } from 'preact';
import { useCallback, useEffect, useRef } from 'preact/hooks';
import { focusIsLost } from './focus-back';
import { isUnanswered, type LibraryEmptiness } from './library-empty';

const WHY = {
  'no-answer': 'its background did not answer.',
  failed: 'asking its background failed (it answered with an error). Nothing was changed.',
} as const;

export function LibraryUnknown({ library, asking, onRetry }: { library: 'no-answer' | 'failed'; asking: boolean; onRetry: () => void }): JSX.Element {
  return (
    <div data-library-unknown={library} class="empty" role="status">
      <p>Backstory could not tell whether your library holds any articles: {WHY[library]}</p>
      {/* aria-disabled, not disabled: a disabled button drops the keyboard focus to the body. */}
      <button type="button" data-action="library-retry" class="small-button" aria-disabled={asking ? 'true' : undefined} onClick={() => !asking && onRetry()}>
        {asking ? 'Asking again…' : 'Try again'}
      </button>
    </div>
  );
}

/** `retry` that, once its answer replaces the notice, focuses `arrived` (given to what is
 *  drawn instead, with tabIndex -1) if the focus was left nowhere. */
export function useFocusAfterRetry(library: LibraryEmptiness, retry: () => void): { retry: () => void; arrived: RefObject<HTMLDivElement | null> } {
  const pressed = useRef(false);
  const arrived = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!pressed.current || library === 'unknown' || isUnanswered(library)) return;
    pressed.current = false;
    if (focusIsLost()) arrived.current?.focus();
  }, [library]);
  const again = useCallback(() => {
    pressed.current = true;
    retry();
  }, [retry]);
  return { retry: again, arrived };
}
