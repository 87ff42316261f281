import { describe, expect, it } from 'vitest';
import { cardStepper, ECHO_LIFETIME_MS, echoedStep, oweEcho, takeEcho } from './echo-pairs';
import type { FallbackClock } from './term-commands';

describe('echo pairs', () => {
  it('pays one echo per press, of its direction, at any delay within the lifetime', () => {
    const clock: FallbackClock = { fallbackAt: 0 };
    oweEcho(clock, 1, 10_000);
    expect(takeEcho(clock, -1, 10_100)).toBe(0);
    expect(takeEcho(clock, 1, 10_000 + ECHO_LIFETIME_MS - 1)).toBe(1);
    expect(takeEcho(clock, 1, 10_000 + ECHO_LIFETIME_MS - 1)).toBe(0);
  });

  it('owes nothing before any press, nor once the last press is past the lifetime', () => {
    const clock: FallbackClock = { fallbackAt: 0 };
    expect(takeEcho(clock, 1, 10_000)).toBe(0);
    oweEcho(clock, 1, 10_000);
    oweEcho(clock, 1, 10_100);
    expect(takeEcho(clock, 1, 10_100 + ECHO_LIFETIME_MS)).toBe(0);
    // A new press after a long quiet starts afresh: the old ones are forgotten.
    oweEcho(clock, -1, 20_000);
    expect(takeEcho(clock, 1, 20_001)).toBe(0);
    expect(takeEcho(clock, -1, 20_002)).toBe(-1);
  });

  it("reads the press a command may echo from the keys it is bound to, its own direction where unknown", () => {
    expect(echoedStep('J', 1)).toBe(1);
    expect(echoedStep('K', -1)).toBe(-1);
    // Swapped in the browser: a press of J is next-term's to the fallback, previous-term's command's echo.
    expect(echoedStep('J', -1)).toBe(1);
    // Rebound to other keys: no press the fallback heard is its.
    expect(echoedStep(null, 1)).toBe(0);
    expect(echoedStep(undefined, 1)).toBe(1);
    expect(echoedStep(undefined, -1)).toBe(-1);
  });

  it("owes an echo for a card's step on a term shortcut, none for its plain J/K", () => {
    const clock: FallbackClock = { fallbackAt: 0 };
    const steps: number[] = [];
    const step = cardStepper(clock, (s) => steps.push(s));
    step(1, false);
    expect(clock.owed ?? []).toEqual([]);
    step(-1, true);
    expect(steps).toEqual([1, -1]);
    expect(takeEcho(clock, -1, Date.now())).toBe(-1);
  });

  it("owes an echo, with no step, for a held term shortcut's repeat the card's pace dropped", () => {
    const clock: FallbackClock = { fallbackAt: 0, bound: { J: -1 } };
    const steps: number[] = [];
    const step = cardStepper(clock, (s) => steps.push(s));
    step(1, true);
    step(1, true, true);
    step(1, true, true);
    expect(steps).toEqual([-1]);
    // Three presses of J (bound to previous-term): three echoes paid, each the way J steps.
    const now = Date.now();
    expect([takeEcho(clock, 1, now), takeEcho(clock, 1, now), takeEcho(clock, 1, now), takeEcho(clock, 1, now)]).toEqual([-1, -1, -1, 0]);
  });

  it('says which way the paid press stepped, which may be against its key (the commands swapped)', () => {
    const clock: FallbackClock = { fallbackAt: 0 };
    oweEcho(clock, -1, 10_000, 1);
    oweEcho(clock, -1, 10_001);
    expect(takeEcho(clock, 1, 10_002)).toBe(0);
    expect(takeEcho(clock, -1, 10_002)).toBe(1);
    expect(takeEcho(clock, -1, 10_003)).toBe(-1);
  });
});
