// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';

const { heard } = vi.hoisted(() => ({ heard: [] as ((message: unknown) => unknown)[] }));
vi.mock('../platform/runtime', () => ({
  runtime: {
    onMessage: (fn: (message: unknown) => unknown) => {
      heard.push(fn);
      return () => heard.splice(heard.indexOf(fn), 1);
    },
  },
}));
import { cardStepper } from './echo-pairs';
import { listenForSteps, type FallbackClock, type Step } from './term-commands';

/** The background's message for a browser command, as every frame of the tab gets it. */
function command(name: 'next-term' | 'previous-term', fallbackKey?: 'J' | 'K' | null): void {
  for (const fn of [...heard]) fn(fallbackKey === undefined ? { backstoryCommand: name } : { backstoryCommand: name, fallbackKey });
}

/** A key press as the browser makes it (a page's synthetic events are not trusted). */
function press(target: EventTarget, code: string, repeat = false): KeyboardEvent {
  const e = new KeyboardEvent('keydown', { code, repeat, altKey: true, shiftKey: true, bubbles: true, cancelable: true, composed: true });
  Object.defineProperty(e, 'isTrusted', { value: true });
  target.dispatchEvent(e);
  return e;
}

/** The fallback listening on a page of one paragraph: each step noted (`note`: with whether
 *  it took the last one back, or not), the paragraph, the clock it shares. */
function listening<T>(note: (s: Step, retract: boolean) => T): { steps: T[]; p: HTMLParagraphElement; clock: FallbackClock; stop: AbortController } {
  const steps: T[] = [];
  const stop = new AbortController();
  const clock: FallbackClock = { fallbackAt: 0 };
  listenForSteps((s, retract = false) => steps.push(note(s, retract)), clock, stop.signal);
  document.body.innerHTML = '<p>Doha</p>';
  return { steps, p: document.querySelector('p')!, clock, stop };
}
const plain = (s: Step): Step => s;
const withRetract = (s: Step, retract: boolean): [Step, boolean] => [s, retract];

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

describe('Alt+Shift+J held down on the page', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("steps on at the card's bounded pace, swallowing every repeat, its steps' echoes paid", () => {
    vi.useFakeTimers();
    const { steps, p, stop } = listening(plain);
    expect(press(p, 'KeyJ').defaultPrevented).toBe(true);
    // Auto-repeat every 33 ms for a second: a step each HELD_STEP_MS, not thirty.
    for (let i = 0; i < 30; i++) {
      vi.advanceTimersByTime(33);
      expect(press(p, 'KeyJ', true).defaultPrevented).toBe(true);
    }
    expect(steps).toEqual([1, 1, 1, 1]);
    // A browser that also sent its command for the four steps: each is an echo, paid.
    for (let i = 0; i < 4; i++) command('next-term');
    expect(steps).toHaveLength(4);
    // Fresh presses, however quick, each step.
    press(p, 'KeyK');
    press(p, 'KeyK');
    expect(steps).toEqual([1, 1, 1, 1, -1, -1]);
    stop.abort();
  });
});

describe('Alt+Shift+J held down where the browser sends its command on each auto-repeat too', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('steps at the bounded pace all the same: the command of a repeat the pacer dropped is its echo', () => {
    // The dropped repeats owed no echo, so their commands each stepped: 30 steps a second,
    // the pacer undone.
    vi.useFakeTimers();
    const { steps, p, stop } = listening(plain);
    press(p, 'KeyJ');
    command('next-term', 'J');
    for (let i = 0; i < 30; i++) {
      vi.advanceTimersByTime(33);
      press(p, 'KeyJ', true);
      command('next-term', 'J');
    }
    expect(steps).toEqual([1, 1, 1, 1]);
    // A fresh press after the hold still steps, once.
    press(p, 'KeyK');
    command('previous-term', 'K');
    expect(steps).toEqual([1, 1, 1, 1, -1]);
    stop.abort();
  });
});

describe("a browser command after the fallback stepped on the same press", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is no second step however late its message comes, and each press owes one echo', () => {
    vi.useFakeTimers();
    const { steps, p, stop } = listening(plain);
    press(p, 'KeyJ');
    // A message held up past the old 500 ms window (a busy page, a background waking up).
    vi.advanceTimersByTime(900);
    command('next-term');
    expect(steps).toEqual([1]);
    // Two quick presses, two echoes: two steps in all, the echoes in whatever order.
    press(p, 'KeyJ');
    press(p, 'KeyK');
    command('previous-term');
    command('next-term');
    expect(steps).toEqual([1, 1, -1]);
    stop.abort();
  });

  it('leaves a command no press owes alone: another direction, a second command, one long after', () => {
    vi.useFakeTimers();
    const { steps, p, stop } = listening(plain);
    command('next-term');
    expect(steps).toEqual([1]);
    press(p, 'KeyJ');
    command('previous-term');
    expect(steps).toEqual([1, 1, -1]);
    command('next-term'); // the press's echo
    command('next-term'); // a press of its own
    expect(steps).toEqual([1, 1, -1, 1]);
    // A browser that never echoes (the shortcut rebound): a command well after the press is one of its own.
    press(p, 'KeyJ');
    vi.advanceTimersByTime(5000);
    command('next-term');
    expect(steps).toEqual([1, 1, -1, 1, 1, 1]);
    stop.abort();
  });

  it('is paid only by a command bound to the keys pressed: one the reader rebound to other keys steps', () => {
    vi.useFakeTimers();
    const { steps, p, stop } = listening(plain);
    // next-term rebound: Alt+Shift+J reaches the page alone (no echo), the new keys a second later.
    press(p, 'KeyJ');
    vi.advanceTimersByTime(1000);
    command('next-term', null);
    expect(steps).toEqual([1, 1]);
    // Still bound to the default keys: its command is the press's echo.
    press(p, 'KeyK');
    command('previous-term', 'K');
    expect(steps).toEqual([1, 1, -1]);
    stop.abort();
  });
});

describe("a step the card took on a term shortcut in its own document (no content script heard the key)", () => {
  it("owes the command's echo: the press steps once", () => {
    const { steps, clock, stop } = listening(plain);
    const fromCard = cardStepper(clock, (s) => steps.push(s));
    fromCard(1, true);
    command('next-term');
    expect(steps).toEqual([1]);
    // The card's plain J owes nothing: a command after it is a press of its own.
    fromCard(1, false);
    command('next-term');
    expect(steps).toEqual([1, 1, 1]);
    stop.abort();
  });
});

describe('commands the reader swapped between J and K, in a browser that also lets the page hear the key', () => {
  it("go the command's way: a press the fallback stepped the other way is taken back, and later presses go the bound way", () => {
    const { steps, p, stop } = listening(withRetract);
    // next-term on Alt+Shift+K: the fallback, knowing no better, steps back; the command then retracts that and steps on.
    press(p, 'KeyK');
    command('next-term', 'K');
    expect(steps).toEqual([[-1, false], [1, true]]);
    // Now it knows: K steps on at once, and its echo is paid without a second step.
    steps.length = 0;
    press(p, 'KeyK');
    command('next-term', 'K');
    expect(steps).toEqual([[1, false]]);
    // J, not yet heard from, is still the fallback's next; previous-term's echo on J corrects it.
    steps.length = 0;
    press(p, 'KeyJ');
    command('previous-term', 'J');
    press(p, 'KeyJ');
    command('previous-term', 'J');
    expect(steps).toEqual([[1, false], [-1, true], [-1, false]]);
    stop.abort();
  });

  it("steps a card's term shortcut the bound way once a command said it, as the page's fallback does", () => {
    const { steps, p, clock, stop } = listening(withRetract);
    const fromCard = cardStepper(clock, (s) => steps.push([s, false]));
    // next-term on Alt+Shift+K, learnt from a press on the page.
    press(p, 'KeyK');
    command('next-term', 'K');
    // Alt+Shift+K pressed in the card (its default way is back): on at once, its echo paid.
    steps.length = 0;
    fromCard(-1, true);
    command('next-term', 'K');
    expect(steps).toEqual([[1, false]]);
    // The card's plain K stays the card's own back.
    steps.length = 0;
    fromCard(-1, false);
    expect(steps).toEqual([[-1, false]]);
    stop.abort();
  });

  it('keeps the default keys where the commands are not swapped, or rebound off J and K', () => {
    const { steps, p, stop } = listening(withRetract);
    press(p, 'KeyJ');
    command('next-term', 'J');
    press(p, 'KeyK');
    command('previous-term'); // a background that did not say which keys
    expect(steps).toEqual([[1, false], [-1, false]]);
    // next-term moved to other keys: J, now bound to nothing, is the fallback's next again.
    steps.length = 0;
    command('next-term', null);
    press(p, 'KeyJ');
    expect(steps).toEqual([[1, false], [1, false]]);
    stop.abort();
  });
});
