// Whether the library is empty, asked only when "This page" has nothing linked to show: a
// page can have no stored names because the reader keeps no articles at all, and then the
// panel says so rather than listing page-only terms with no reason given.
import { useEffect, useState } from 'preact/hooks';
import { useDeps } from './deps';

/** True once the background says no article is stored; false while unknown or asking is
 *  moot (`ask` false). `when` is what the answer belongs to (the summary): a new one asks again. */
export function useLibraryEmpty(ask: boolean, when: unknown): boolean {
  const { send } = useDeps();
  const [empty, setEmpty] = useState(false);
  useEffect(() => {
    setEmpty(false);
    if (!ask) return undefined;
    let live = true;
    send('library/list', { limit: 0 })
      .then(({ total }) => live && setEmpty(total === 0))
      .catch(() => undefined); // no hint then; the panel still shows what the page has
    return () => {
      live = false;
    };
  }, [ask, when, send]);
  return empty;
}
