// Shift+Tab right after tab-place.ts gave its place the focus and took it back. Both
// browsers go on from the element focused last, blurred or not, in either direction: Tab
// reaches the first element after the term, as meant, but Shift+Tab the one before the
// place, skipping the place, the last one before the term, where it should land. No script
// can set that starting point otherwise (whatwg/html#5326 asks for one) without adding an
// element, changing an attribute or moving the selection, so the reader's next key, when it
// is Shift+Tab and nothing took the focus meanwhile, gives the place the focus as Shift+Tab
// would, in place of the browser's move (or a field between them, which the place passes
// over: tab-place.ts). Any other key (a modifier alone is not one: Shift goes down before
// Tab), a pointer press or any focus disarms it; only listeners are added.

/** Keys that only modify the next one. */
const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'AltGraph', 'Meta']);

let disarm: (() => void) | null = null;

/** Until the reader's next key, pointer press or focus, Shift+Tab lands on the first of
 *  `back` that takes the focus: the fields between the term and the place, nearest first,
 *  then the place, which had the focus last. `hasFocus` says whether one took it. */
export function armShiftTabBack(back: readonly HTMLElement[], hasFocus: (el: HTMLElement) => boolean): void {
  disarm?.();
  const listening = new AbortController();
  const stop = (): void => {
    listening.abort();
    if (disarm === stop) disarm = null;
  };
  disarm = stop;
  const onKey = (e: KeyboardEvent): void => {
    if (MODIFIERS.has(e.key)) return;
    stop();
    if (!isShiftTab(e)) return;
    for (const el of back) {
      if (!el.isConnected) continue;
      el.focus({ focusVisible: true }); // a key moved it: drawn as Shift+Tab's would be
      if (!hasFocus(el)) continue;
      e.preventDefault();
      return;
    }
  };
  const opts = { capture: true, signal: listening.signal };
  window.addEventListener('keydown', onKey, opts);
  window.addEventListener('pointerdown', stop, opts);
  window.addEventListener('focusin', stop, opts);
}

/** A reader's Shift+Tab (a page's synthetic one moves no focus), no other modifier. */
function isShiftTab(e: KeyboardEvent): boolean {
  return e.isTrusted && e.key === 'Tab' && e.shiftKey && !e.ctrlKey && !e.altKey && !e.metaKey && !e.defaultPrevented;
}
