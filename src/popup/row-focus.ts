// After an undone delete the row comes back with the list's next load: the focus goes to it,
// so a keyboard user carries on from the row they were on. A virtual list scrolls it in
// first; a row that cannot be shown leaves the focus on the list.
import { useCallback, useEffect, useRef } from 'preact/hooks';
import { focusIsLost } from './focus-back';
import type { VirtualListHandle } from './virtual-list';

interface Wanted {
  id: string;
  /** The load that shows the row: loads before it do not hold it yet. */
  after: number;
  done: (focused: boolean) => void;
}

/** `rows` as last loaded, `loadedAt` the number of that load. Returns focus(id, after): puts
 *  the focus on row `id` once load `after` is in (on the row's [tabindex="-1"] element, else
 *  on the list); false when the row is not in the list (a search or scope leaves it out). */
export function useRowFocus(rows: readonly { id: string }[] | null, loadedAt: number, list: { current: VirtualListHandle | null }): (id: string, after: number) => Promise<boolean> {
  const wanted = useRef<Wanted | null>(null);
  const now = useRef({ rows, loadedAt });
  now.current = { rows, loadedAt };

  const tryNow = useCallback(() => {
    const want = wanted.current;
    const { rows: shown, loadedAt: at } = now.current;
    if (!want || !shown || at < want.after) return;
    wanted.current = null;
    const index = shown.findIndex((r) => r.id === want.id);
    if (index < 0) return want.done(false);
    void focusRow(list.current, index).then(want.done, () => want.done(false));
  }, [list]);
  useEffect(tryNow, [rows, loadedAt, tryNow]);

  return useCallback(
    (id: string, after: number) =>
      new Promise<boolean>((done) => {
        wanted.current?.done(false);
        wanted.current = { id, after, done };
        tryNow();
      }),
    [tryNow],
  );
}

async function focusRow(list: VirtualListHandle | null, index: number): Promise<boolean> {
  if (!list) return false;
  const row = await list.showRow(index);
  // Someone moved the focus meanwhile (a click, a key): it stays where they put it.
  if (!focusIsLost()) return true;
  const target = row?.querySelector<HTMLElement>('[tabindex="-1"]') ?? list.box();
  target?.focus();
  return target !== null && document.activeElement === target;
}
