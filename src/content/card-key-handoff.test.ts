// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { handedOffStep, listenForHandedOffKeys } from './card-key-handoff';

/** A keydown as the browser makes it (isTrusted is read-only on a made event). */
function key(init: KeyboardEventInit, trusted = true): KeyboardEvent {
  const e = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
  Object.defineProperty(e, 'isTrusted', { value: trusted });
  return e;
}

describe('handedOffStep', () => {
  it('takes a plain J/N forward and K/P back', () => {
    expect(handedOffStep(key({ key: 'j', code: 'KeyJ' }))).toBe(1);
    expect(handedOffStep(key({ key: 'n', code: 'KeyN' }))).toBe(1);
    expect(handedOffStep(key({ key: 'k', code: 'KeyK' }))).toBe(-1);
    expect(handedOffStep(key({ key: 'p', code: 'KeyP' }))).toBe(-1);
  });

  it('leaves Alt+Shift+J to the term fallback, a page shortcut with a modifier, other keys, and a synthetic J', () => {
    expect(handedOffStep(key({ key: 'J', code: 'KeyJ', altKey: true, shiftKey: true }))).toBe(0);
    expect(handedOffStep(key({ key: 'j', code: 'KeyJ', ctrlKey: true }))).toBe(0);
    expect(handedOffStep(key({ key: 'j', code: 'KeyJ', metaKey: true }))).toBe(0);
    expect(handedOffStep(key({ key: 'Escape', code: 'Escape' }))).toBe(0);
    expect(handedOffStep(key({ key: 'x', code: 'KeyX' }))).toBe(0);
    expect(handedOffStep(key({ key: 'j', code: 'KeyJ' }, false))).toBe(0);
  });
});

describe('listenForHandedOffKeys', () => {
  let stop = new AbortController();
  afterEach(() => {
    stop.abort();
    stop = new AbortController();
  });

  it('steps on a J the page hears while its focus is on the card, and takes the key from the page', () => {
    const onStep = vi.fn();
    const pageHeard = vi.fn();
    listenForHandedOffKeys(() => true, onStep, stop.signal);
    document.addEventListener('keydown', pageHeard);
    const e = key({ key: 'j', code: 'KeyJ' });
    document.body.dispatchEvent(e);
    document.removeEventListener('keydown', pageHeard);
    expect(onStep).toHaveBeenCalledWith(1);
    expect(e.defaultPrevented).toBe(true);
    expect(pageHeard).not.toHaveBeenCalled();
  });

  it('steps on a held J at the bounded pace, and swallows every repeat', () => {
    vi.useFakeTimers();
    const onStep = vi.fn();
    listenForHandedOffKeys(() => true, onStep, stop.signal);
    document.body.dispatchEvent(key({ key: 'j', code: 'KeyJ' }));
    for (let i = 0; i < 30; i++) {
      vi.advanceTimersByTime(33);
      const e = key({ key: 'j', code: 'KeyJ', repeat: true });
      document.body.dispatchEvent(e);
      expect(e.defaultPrevented).toBe(true);
    }
    vi.useRealTimers();
    expect(onStep).toHaveBeenCalledTimes(4);
  });

  it('leaves a J alone while the focus is elsewhere on the page (the page’s own shortcut)', () => {
    const onStep = vi.fn();
    listenForHandedOffKeys(() => false, onStep, stop.signal);
    const e = key({ key: 'j', code: 'KeyJ' });
    document.body.dispatchEvent(e);
    expect(onStep).not.toHaveBeenCalled();
    expect(e.defaultPrevented).toBe(false);
  });
});
