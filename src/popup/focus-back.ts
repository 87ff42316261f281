// Chromium and Firefox take the focus from a control that becomes disabled (it goes to
// <body>) and do not give it back when the control is enabled again. A view that disables
// its controls while busy calls hold() as it starts; when busy ends, the focus goes back
// to where it was, unless something else took it meanwhile.
import { useCallback, useEffect, useRef } from 'preact/hooks';

/** Whether no control holds the focus: a keyboard user would start again from the top. */
export function focusIsLost(): boolean {
  const focused = document.activeElement;
  return focused === null || focused === document.body;
}

export function useFocusBack(busy: boolean): { hold: () => void } {
  const held = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (busy) return;
    const el = held.current;
    held.current = null;
    // Still the active element in a browser that keeps it on a disabled control: focus it
    // again all the same, so keys reach it.
    if (el?.isConnected && (focusIsLost() || document.activeElement === el)) el.focus();
  }, [busy]);
  const hold = useCallback(() => {
    const focused = document.activeElement;
    held.current = focused instanceof HTMLElement && focused !== document.body ? focused : null;
  }, []);
  return { hold };
}
