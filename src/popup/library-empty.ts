// Whether the library is empty, asked only when "This page" has nothing linked to show: a
// page can have no stored names because the reader keeps no articles at all, and then the
// panel says so rather than listing page-only terms with no reason given.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { whenLate } from './when-late';
import { useDeps } from './deps';

/** 'unknown' while the first answer is awaited: the panel then draws neither the topic box
 *  nor the empty-library hint, as either could be the wrong one for a frame. 'no-answer':
 *  the background did not answer in time; 'failed': it answered with an error. Either way
 *  the panel shows the page without knowing, says which, and offers to ask again. */
export type LibraryEmptiness = 'unknown' | 'empty' | 'not-empty' | 'no-answer' | 'failed';

/** Whether the count is still not known after asking (the panel says why). */
export function isUnanswered(library: LibraryEmptiness): library is 'no-answer' | 'failed' {
  return library === 'no-answer' || library === 'failed';
}

/** Whether the background says no article is stored; 'not-empty' when asking is moot (`ask`
 *  false: something on the page is linked). `when` is what the answer belongs to (the
 *  summary): a new one asks again, keeping the last answer meanwhile rather than going back
 *  to 'unknown'. `retry` asks again after 'no-answer' or 'failed'. */
export function useLibraryEmpty(ask: boolean, when: unknown): { library: LibraryEmptiness; retry: () => void; asking: boolean } {
  const { send } = useDeps();
  const [answer, setAnswer] = useState<LibraryEmptiness>('unknown');
  const [asks, setAsks] = useState(0);
  /** Asked again after 'no-answer' or 'failed', which stays shown (with its button) until it is heard. */
  const [asking, setAsking] = useState(false);
  const retry = useCallback(() => {
    setAsking(true);
    setAsks((n) => n + 1);
  }, []);
  useEffect(() => {
    if (!ask) return undefined;
    let live = true;
    // Said of the last ask: one asked again after an error that then goes unanswered.
    const unknownToNoAnswer = (last: LibraryEmptiness): LibraryEmptiness => (last === 'unknown' || isUnanswered(last) ? 'no-answer' : last);
    const asked = send('library/list', { limit: 0 });
    // A worker that never answers would leave the panel blank for good.
    const stop = whenLate(asked, () => {
      if (!live) return;
      setAnswer(unknownToNoAnswer);
      setAsking(false);
    });
    asked
      .then(({ total }) => live && setAnswer(total === 0 ? 'empty' : 'not-empty'))
      // An error after no answer in time is news: it says why.
      .catch(() => live && setAnswer((last) => (last === 'unknown' || isUnanswered(last) ? 'failed' : last)))
      .finally(() => live && setAsking(false));
    return () => {
      live = false;
      stop();
    };
  }, [ask, when, send, asks]);
  return { library: ask ? answer : 'not-empty', retry, asking };
}
