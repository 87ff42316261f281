// The keys a card answers to, read the same in the card's page (card/main.tsx), a card drawn
// in its host (inline-card.tsx), and the page a key reached before the card's frame took the
// focus (content/card-key-handoff.ts): no UI code, so the content script can take it alone.

/** The step a key pressed inside the card asks for (J/K, N/P, and the default term
 *  shortcuts), 0 for none. Exact chords only: with Ctrl or Meta held the key is the
 *  browser's or the system's (Ctrl+N a new window, Ctrl+Alt+Shift+J another app's), which
 *  the card must not swallow. */
export function cardKeyStep(e: KeyboardEvent): 1 | -1 | 0 {
  // The term shortcuts check Ctrl and Meta in isTermKey; the plain letters here.
  const plain = !e.altKey && !e.ctrlKey && !e.metaKey;
  if ((plain && (e.key === 'j' || e.key === 'n')) || (isTermKey(e) && e.code === 'KeyJ')) return 1;
  if ((plain && (e.key === 'k' || e.key === 'p')) || (isTermKey(e) && e.code === 'KeyK')) return -1;
  return 0;
}

/** Whether the key is exactly one of the default term shortcuts (Alt+Shift+J/K), which a
 *  browser may also send as its command: the host then owes that command's echo
 *  (content/echo-pairs.ts). */
export function isTermKey(e: KeyboardEvent): boolean {
  return e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && (e.code === 'KeyJ' || e.code === 'KeyK');
}

/** What a card page tells its host of a step key (`step`, cardKeyStep's, not 0) that
 *  `mayStep` paces (core/step-pacer.ts): the step, marked when the key was a term shortcut;
 *  for a held term shortcut's repeat the pace dropped, that it was dropped, since the
 *  browser may send that repeat's command as well and the host owes its echo
 *  (content/echo-pairs.ts); nothing for any other dropped repeat. */
export function stepNews(e: KeyboardEvent, step: 1 | -1, mayStep: (e: KeyboardEvent) => boolean): { type: 'next' | 'previous' | 'dropped-next' | 'dropped-previous'; termKey?: true } | null {
  const term = isTermKey(e);
  if (mayStep(e)) return { type: step === 1 ? 'next' : 'previous', ...(term ? { termKey: true } : {}) };
  return term ? { type: step === 1 ? 'dropped-next' : 'dropped-previous' } : null;
}
