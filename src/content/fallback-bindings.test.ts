import { describe, expect, it } from 'vitest';
import { boundStep, learnBinding } from './fallback-bindings';
import type { FallbackClock } from './term-commands';

describe('which way the fallback keys step', () => {
  it('goes the default way until a command says otherwise, then the way it said', () => {
    const clock: FallbackClock = { fallbackAt: 0 };
    expect([boundStep(clock, 1), boundStep(clock, -1)]).toEqual([1, -1]);
    learnBinding(clock, 'K', 1);
    learnBinding(clock, 'J', -1);
    expect([boundStep(clock, 1), boundStep(clock, -1)]).toEqual([-1, 1]);
  });

  it('frees a key its command left, and learns nothing where the background did not say', () => {
    const clock: FallbackClock = { fallbackAt: 0 };
    learnBinding(clock, 'K', 1);
    learnBinding(clock, undefined, -1);
    expect(boundStep(clock, -1)).toBe(1);
    // next-term moved to other keys: K is the fallback's previous again.
    learnBinding(clock, null, 1);
    expect(boundStep(clock, -1)).toBe(-1);
    // next-term from K to J: K is free, J is next.
    learnBinding(clock, 'K', 1);
    learnBinding(clock, 'J', 1);
    expect([boundStep(clock, 1), boundStep(clock, -1)]).toEqual([1, -1]);
  });
});
