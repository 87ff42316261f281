import { describe, expect, it } from 'vitest';
import { cardKeyStep, isTermKey, stepNews } from './card-keys';
import { stepPacer } from '../core/step-pacer';

const key = (init: KeyboardEventInit): KeyboardEvent => ({ key: '', code: '', altKey: false, shiftKey: false, ctrlKey: false, metaKey: false, ...init }) as KeyboardEvent;

describe('the keys a card answers to', () => {
  it('steps on J/N and K/P, and on the term shortcuts, which alone it marks as such', () => {
    const alt = { altKey: true, shiftKey: true };
    expect(cardKeyStep(key({ key: 'j', code: 'KeyJ' }))).toBe(1);
    expect(cardKeyStep(key({ key: 'p', code: 'KeyP' }))).toBe(-1);
    expect(cardKeyStep(key({ key: 'Ô', code: 'KeyJ', ...alt }))).toBe(1);
    expect(cardKeyStep(key({ key: 'K', code: 'KeyK', ...alt }))).toBe(-1);
    expect(isTermKey(key({ key: 'Ô', code: 'KeyJ', ...alt }))).toBe(true);
    expect(isTermKey(key({ key: 'K', code: 'KeyK', ...alt }))).toBe(true);
    // Near keys that are no term shortcut: plain J, Shift+J, Alt+J, Alt+Shift+N.
    expect(isTermKey(key({ key: 'j', code: 'KeyJ' }))).toBe(false);
    expect(isTermKey(key({ key: 'J', code: 'KeyJ', shiftKey: true }))).toBe(false);
    expect(isTermKey(key({ key: 'j', code: 'KeyJ', altKey: true }))).toBe(false);
    expect(isTermKey(key({ key: 'N', code: 'KeyN', ...alt }))).toBe(false);
  });

  it("steps only on the exact chord: with Ctrl or Meta held the key is the browser's or the system's", () => {
    const alt = { altKey: true, shiftKey: true };
    for (const held of [{ ctrlKey: true }, { metaKey: true }]) {
      expect(cardKeyStep(key({ key: 'J', code: 'KeyJ', ...alt, ...held }))).toBe(0);
      expect(cardKeyStep(key({ key: 'K', code: 'KeyK', ...alt, ...held }))).toBe(0);
      expect(isTermKey(key({ key: 'J', code: 'KeyJ', ...alt, ...held }))).toBe(false);
      expect(cardKeyStep(key({ key: 'n', code: 'KeyN', ...held }))).toBe(0);
      expect(cardKeyStep(key({ key: 'j', code: 'KeyJ', ...held }))).toBe(0);
    }
    // Alt alone with a letter is no card key either (Alt+J types a letter on some layouts).
    expect(cardKeyStep(key({ key: 'j', code: 'KeyJ', altKey: true }))).toBe(0);
    // The chords themselves still step.
    expect(cardKeyStep(key({ key: 'J', code: 'KeyJ', ...alt }))).toBe(1);
    expect(cardKeyStep(key({ key: 'k', code: 'KeyK' }))).toBe(-1);
  });

  it("tells the host of a held term shortcut's repeats the pace dropped, whose command may come too; of no other key's", () => {
    let t = 5000;
    const mayStep = stepPacer(() => t);
    const alt = { altKey: true, shiftKey: true };
    const held = (init: KeyboardEventInit) => stepNews(key({ repeat: true, ...init }), cardKeyStep(key(init)) as 1 | -1, mayStep);
    t += 1000;
    expect(stepNews(key({ key: 'K', code: 'KeyK', ...alt }), -1, mayStep)).toEqual({ type: 'previous', termKey: true });
    t += 30;
    expect(held({ key: 'K', code: 'KeyK', ...alt })).toEqual({ type: 'dropped-previous' });
    t += 30;
    expect(held({ key: 'Ô', code: 'KeyJ', ...alt })).toEqual({ type: 'dropped-next' });
    // A held plain J owes no command's echo: its dropped repeats say nothing.
    t += 30;
    expect(held({ key: 'j', code: 'KeyJ' })).toBeNull();
    t += 1000;
    expect(held({ key: 'j', code: 'KeyJ' })).toEqual({ type: 'next' });
  });
});
