// The next/previous-term triggers, heard the same way before content-more.js is loaded
// (interaction-wake.ts) and after (keyboard.ts): the manifest commands the background
// forwards to every frame of the tab, and the in-page fallback for their default keys.
import { runtime } from '../platform/runtime';
import { echoedStep, oweEcho, takeEcho } from './echo-pairs';
import { stepPacer } from '../core/step-pacer';
import { boundStep, learnBinding, type KeyOf } from './fallback-bindings';

export type Step = 1 | -1;

/** When a fallback key press last stepped (Date.now()), 0 for never, the presses whose
 *  command echo has not come yet (echo-pairs.ts: the key, by its default direction, and the
 *  way it stepped), and the commands the keys were last said to be bound to
 *  (fallback-bindings.ts): shared along, so a command's echo is told apart whoever listened
 *  to the press. */
export interface FallbackClock {
  fallbackAt: number;
  owed?: { key: KeyOf; took: Step }[];
  bound?: { J?: Step; K?: Step };
}

/** Steps once in `step`'s direction; `retract`: the last step went the other way (a press
 *  the fallback stepped against the keys' bound command), so take it back first. */
export type OnStep = (step: Step, retract?: boolean) => void;

/** The step a `{backstoryCommand}` message asks for (0 when it is not one), and the keys
 *  it says the command is bound to. */
function commandStep(message: unknown): { step: Step | 0; keys: unknown } {
  const { backstoryCommand: command, fallbackKey } = (message ?? {}) as { backstoryCommand?: unknown; fallbackKey?: unknown };
  return { step: command === 'next-term' ? 1 : command === 'previous-term' ? -1 : 0, keys: fallbackKey };
}

/** The fallback key (fallback-bindings.ts's KeyOf) of a *trusted* Alt+Shift+J/K keydown, or 0. Browsers consume a key bound
 *  to a command before the page sees it, so this fires only where the command did not
 *  (headless browsers, a shortcut left unassigned because of a clash); a page's synthetic
 *  events are ignored. */
function fallbackKey(e: KeyboardEvent): KeyOf | 0 {
  if (!e.isTrusted || !e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey || typesText(e)) return 0;
  return e.code === 'KeyJ' ? 1 : e.code === 'KeyK' ? -1 : 0;
}

/** The key goes into a text field: there Alt+Shift+J/K types a letter (Option+Shift+J is
 *  "Ô" on a Mac), which the fallback must not swallow. The browser's command still works. */
function typesText(e: KeyboardEvent): boolean {
  const target = e.composedPath()[0];
  if (!(target instanceof HTMLElement)) return false;
  return target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && !['button', 'checkbox', 'radio', 'range', 'reset', 'submit', 'color', 'file', 'image'].includes(target.type)) || target.isContentEditable;
}

/** Whether this frame should act on a command sent to every frame of the tab. */
function frameHoldsFocus(): boolean {
  if (!document.hasFocus()) return window === window.top; // nobody focused (headless): the top frame
  return !(document.activeElement instanceof HTMLIFrameElement);
}

/** Calls `onStep` for each term command meant for this frame and each fallback key press
 *  (noted on `clock`), until `signal` aborts. */
export function listenForSteps(onStep: OnStep, clock: FallbackClock, signal: AbortSignal): void {
  const stop = runtime.onMessage((message: unknown) => {
    const { step, keys } = commandStep(message);
    if (step === 0) return undefined;
    const echoes = echoedStep(keys, step);
    const took = echoes === 0 ? 0 : takeEcho(clock, echoes, Date.now());
    learnBinding(clock, keys, step);
    // The echo of a press this frame stepped: nothing more where it went the command's way;
    // where it went the other way (the keys swapped, not yet known), the command wins.
    if (took !== 0) {
      if (took !== step) onStep(step, true);
    } else if (frameHoldsFocus()) onStep(step);
    return undefined;
  });
  signal.addEventListener('abort', stop);
  // A held Alt+Shift+J/K steps on at the card's bounded pace (core/step-pacer.ts). A dropped
  // repeat still owes its echo, paid without a step: a browser sending its command on each
  // auto-repeat too would otherwise step on every one, the pace undone.
  const mayStep = stepPacer();
  document.addEventListener(
    'keydown',
    (e) => {
      const key = fallbackKey(e);
      if (key === 0) return;
      e.preventDefault();
      const step = boundStep(clock, key);
      oweEcho(clock, key, Date.now(), step);
      if (mayStep(e)) onStep(step);
    },
    { capture: true, signal },
  );
}
