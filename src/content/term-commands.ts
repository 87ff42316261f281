// The next/previous-term triggers, read the same way before content-more.js is loaded
// (interaction-wake.ts) and after (keyboard.ts): the manifest commands the background
// forwards to every frame of the tab, and the in-page fallback for their default keys.
export type Step = 1 | -1;

/** The step a `{backstoryCommand}` message asks for, or 0 when it is not one. */
export function commandStep(message: unknown): Step | 0 {
  const command = (message as { backstoryCommand?: unknown } | null)?.backstoryCommand;
  return command === 'next-term' ? 1 : command === 'previous-term' ? -1 : 0;
}

/** The step a *trusted* Alt+Shift+J/K keydown asks for, or 0. Browsers consume a key bound
 *  to a command before the page sees it, so this fires only where the command did not
 *  (headless browsers, a shortcut left unassigned because of a clash); a page's synthetic
 *  events are ignored. */
export function fallbackStep(e: KeyboardEvent): Step | 0 {
  if (!e.isTrusted || !e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey) return 0;
  return e.code === 'KeyJ' ? 1 : e.code === 'KeyK' ? -1 : 0;
}

/** Whether this frame should act on a command sent to every frame of the tab. */
export function frameHoldsFocus(): boolean {
  if (!document.hasFocus()) return window === window.top; // nobody focused (headless): the top frame
  return !(document.activeElement instanceof HTMLIFrameElement);
}

/** A command arriving this soon after a fallback step is the same key press. */
export const DEDUP_MS = 500;
