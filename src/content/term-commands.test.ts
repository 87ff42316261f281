// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';

vi.mock('../platform/runtime', () => ({ runtime: { onMessage: () => () => undefined } }));
import { listenForSteps, type Step } from './term-commands';

/** A key press as the browser makes it (a page's synthetic events are not trusted). */
function press(target: EventTarget, code: string): KeyboardEvent {
  const e = new KeyboardEvent('keydown', { code, altKey: true, shiftKey: true, bubbles: true, cancelable: true, composed: true });
  Object.defineProperty(e, 'isTrusted', { value: true });
  target.dispatchEvent(e);
  return e;
}

describe('the in-page fallback for the term keys', () => {
  it('steps on Alt+Shift+J/K, but leaves them to a text field being typed in', () => {
    const steps: Step[] = [];
    const stop = new AbortController();
    listenForSteps((s) => steps.push(s), { fallbackAt: 0 }, stop.signal);
    document.body.innerHTML = '<p>Doha</p><input id="q"><input id="go" type="button"><textarea></textarea><div contenteditable="true">x</div>';
    expect(press(document.querySelector('p')!, 'KeyJ').defaultPrevented).toBe(true);
    expect(press(document.querySelector('#go')!, 'KeyK').defaultPrevented).toBe(true);
    for (const field of ['#q', 'textarea', '[contenteditable]']) expect(press(document.querySelector(field)!, 'KeyJ').defaultPrevented, field).toBe(false);
    expect(steps).toEqual([1, -1]);
    // A page's own synthetic key press does nothing.
    document.body.dispatchEvent(new KeyboardEvent('keydown', { code: 'KeyJ', altKey: true, shiftKey: true, bubbles: true }));
    expect(steps).toEqual([1, -1]);
    stop.abort();
  });
});
