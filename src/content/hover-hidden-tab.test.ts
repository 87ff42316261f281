// @vitest-environment happy-dom
// A tab hidden and shown again: the pointer it forgot, and a shown card whose term went meanwhile.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GRACE_MS } from './hover';
import { DELAY_MS, hoverAtRest, termIn, wait } from '../../tests/support/hover-at-rest';

describe('hover in a tab hidden and shown again', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
  });
  const show = (state: 'hidden' | 'visible'): void => {
    Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  };

  it('closes in the grace a shown card whose term the page took away while the tab was hidden', async () => {
    // The hidden tab forgets the pointer (hit-test.ts), so nothing tested it: the card
    // stayed, over text that no longer had its term, until the reader moved the pointer.
    const { run, use, card, stop } = hoverAtRest();
    const before = termIn(document.querySelector('p')!);
    use(before);
    await wait(DELAY_MS + 80);
    expect(card.isOpen).toBe(true);
    show('hidden');
    before.dead = true;
    document.querySelector('p')!.textContent = 'no term here';
    use(null);
    (run.highlighter as { registering: boolean }).registering = false;
    run.onMarksChanged(performance.now());
    run.highlighter.onRegistered(false);
    await wait(GRACE_MS + 100);
    show('visible');
    await wait(GRACE_MS + 100);
    expect(card.isOpen).toBe(false);
    stop.abort();
  });

  it('keeps the card, following the term, when the pointer moves onto the term re-made while the tab was hidden', async () => {
    const { run, use, card, anchors, stop } = hoverAtRest();
    const p = document.querySelector('p')!;
    const before = termIn(p);
    use(before);
    await wait(DELAY_MS + 80);
    show('hidden');
    before.dead = true;
    const after = termIn(p);
    use(after);
    run.onMarksChanged(performance.now());
    run.highlighter.onRegistered(false);
    show('visible');
    document.dispatchEvent(new MouseEvent('pointermove', { clientX: 11, clientY: 10 }));
    await wait(GRACE_MS + 100);
    expect(card.isOpen).toBe(true);
    expect(anchors).toHaveLength(1);
    stop.abort();
  });

  it('keeps a shown card whose term stayed while the tab was hidden', async () => {
    const { use, card, stop } = hoverAtRest();
    use(termIn(document.querySelector('p')!));
    await wait(DELAY_MS + 80);
    show('hidden');
    await wait(30);
    show('visible');
    await wait(GRACE_MS + 100);
    expect(card.isOpen).toBe(true);
    stop.abort();
  });
});
