import { describe, expect, it } from 'vitest';
import { HELD_STEP_MS, type KeyPress, stepPacer } from './step-pacer';

const press = (repeat: boolean): KeyPress => ({ repeat });

describe('a step key held down', () => {
  it('steps at a bounded pace on auto-repeat, counted from the last step', () => {
    let t = 1000;
    const mayStep = stepPacer(() => t);
    expect(mayStep(press(false))).toBe(true);
    // Auto-repeat every 33 ms for a second: a step each HELD_STEP_MS.
    let steps = 0;
    for (let i = 0; i < 30; i++) {
      t += 33;
      if (mayStep(press(true))) steps++;
    }
    expect(steps).toBe(Math.floor(990 / HELD_STEP_MS));
  });

  it('steps on every fresh press however quick, and paces a repeat from when it was made', () => {
    let t = 0;
    const mayStep = stepPacer(() => t);
    // A key still held as a new card came: its first repeats there are paced too.
    t += 10;
    expect(mayStep(press(true))).toBe(false);
    t += HELD_STEP_MS;
    expect(mayStep(press(true))).toBe(true);
    for (let i = 0; i < 3; i++) {
      t += 20;
      expect(mayStep(press(false))).toBe(true);
    }
  });
});
