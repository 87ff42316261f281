// Whether the library is empty, asked only when "This page" has nothing linked to show: a
// page can have no stored names because the reader keeps no articles at all, and then the
// panel says so rather than listing page-only terms with no reason given.
import { useEffect, useState } from 'preact/hooks';
import { useDeps } from './deps';

/** 'unknown' while the first answer is awaited: the panel then draws neither the topic box
 *  nor the empty-library hint, as either could be the wrong one for a frame. */
export type LibraryEmptiness = 'unknown' | 'empty' | 'not-empty';

/** Whether the background says no article is stored; 'not-empty' when asking is moot (`ask`
 *  false: something on the page is linked) or the asking failed (no hint then; the panel
 *  still shows what the page has). `when` is what the answer belongs to (the summary): a new
 *  one asks again, keeping the last answer meanwhile rather than going back to 'unknown'. */
export function useLibraryEmpty(ask: boolean, when: unknown): LibraryEmptiness {
  const { send } = useDeps();
  const [answer, setAnswer] = useState<LibraryEmptiness>('unknown');
  useEffect(() => {
    if (!ask) return undefined;
    let live = true;
    send('library/list', { limit: 0 })
      .then(({ total }) => live && setAnswer(total === 0 ? 'empty' : 'not-empty'))
      .catch(() => live && setAnswer((last) => (last === 'unknown' ? 'not-empty' : last)));
    return () => {
      live = false;
    };
  }, [ask, when, send]);
  return ask ? answer : 'not-empty';
}
