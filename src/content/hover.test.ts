// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GRACE_MS } from './hover';
import { DELAY_MS, hoverAtRest, remake, termIn, wait } from '../../tests/support/hover-at-rest';

describe('hover under a resting pointer when the page re-makes the text', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("tests the pointer again once the marks are re-read, and opens the new mark's card", async () => {
    const { run, opened, anchors, use, stop } = hoverAtRest();
    const p = document.querySelector('p')!;
    const before = termIn(p);
    use(before);
    await wait(DELAY_MS + 80);
    expect(opened).toEqual([before.range.startContainer]);
    // The page replaces the paragraph's text with another term: the mark dies, the
    // observers read a new one there, and its card opens.
    before.dead = true;
    const after = termIn(p, 'Gaza');
    use(after);
    run.onMarksChanged(performance.now());
    await wait(DELAY_MS + 80);
    expect(opened).toEqual([before.range.startContainer, after.range.startContainer]);
    expect(anchors).toHaveLength(0);
    stop.abort();
  });

  it('keeps the shown card, following the new mark, when the page makes the same term anew (a live ticker)', async () => {
    const { run, opened, anchors, use, stop } = hoverAtRest();
    const p = document.querySelector('p')!;
    let last = termIn(p);
    use(last);
    await wait(DELAY_MS + 80);
    for (let i = 0; i < 2; i++) last = await remake({ run, use }, last);
    // Opened once, never closed or loaded again: moved to each new mark in turn.
    expect(opened).toHaveLength(1);
    expect(anchors).toHaveLength(2);
    expect(anchors[1]!()).not.toBeNull();
    last.dead = true;
    expect(anchors[1]!()).toBeNull();
    stop.abort();
  });

  it('tests again once the new marks are registered, which only then are hit-tested', async () => {
    const { run, opened, use, stop } = hoverAtRest();
    const p = document.querySelector('p')!;
    const before = termIn(p);
    use(before);
    await wait(DELAY_MS + 80);
    // The observers' batch is done before the new mark is registered: the pointer is on no term.
    const after = await remake({ run, use }, before, 'Gaza');
    expect(opened).toEqual([before.range.startContainer, after.range.startContainer]);
    stop.abort();
  });

  it('opens the card pending for a re-made term once its new mark is registered', async () => {
    const { run, opened, use, stop } = hoverAtRest();
    const p = document.querySelector('p')!;
    const before = termIn(p);
    use(before);
    await wait(10); // hovered, its card not yet due
    const after = await remake({ run, use }, before);
    expect(opened).toEqual([after.range.startContainer]);
    stop.abort();
  });

  it('opens nothing twice for a mark the batch left alone', async () => {
    const { run, opened, use, caretTests, stop } = hoverAtRest();
    const term = termIn(document.querySelector('p')!);
    use(term);
    await wait(DELAY_MS + 80);
    const tested = caretTests();
    run.onMarksChanged(performance.now());
    await wait(DELAY_MS + 80);
    expect(caretTests()).toBe(tested + 1);
    expect(opened).toEqual([term.range.startContainer]);
    stop.abort();
  });

  it('does not reopen a card the reader closed (Escape) when the page re-makes its term', async () => {
    const { run, opened, use, stop } = hoverAtRest();
    const p = document.querySelector('p')!;
    const before = termIn(p);
    use(before);
    await wait(DELAY_MS + 80);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    // A live ticker re-making the paragraph, twice, the pointer at rest all along.
    let last = before;
    for (let i = 0; i < 2; i++) last = await remake({ run, use }, last);
    expect(opened).toEqual([before.range.startContainer]);
    // The pointer moving on to a term still opens its card.
    const next = termIn(p);
    use(next);
    document.dispatchEvent(new PointerEvent('pointermove', { clientX: 12, clientY: 10 }));
    await wait(DELAY_MS + 80);
    expect(opened).toEqual([before.range.startContainer, next.range.startContainer]);
    stop.abort();
  });

  it('leaves a card the reader is in (by the focus, or the pointer) when the page re-makes the term under the pointer', async () => {
    for (const into of ['focus', 'pointer'] as const) {
      const { run, opened, use, stop } = hoverAtRest();
      const p = document.querySelector('p')!;
      const before = termIn(p);
      use(before);
      await wait(DELAY_MS + 80);
      const host = document.body.appendChild(document.createElement('button'));
      host.id = 'card-host';
      if (into === 'focus') host.focus();
      else run.onCardPointer(true);
      await remake({ run, use }, before);
      expect(opened, into).toEqual([before.range.startContainer]);
      stop.abort();
    }
  });

  it('tests nothing again for a pointer resting off every term', async () => {
    const { run, use, caretTests, stop } = hoverAtRest();
    use(null);
    await wait(30);
    const tested = caretTests();
    expect(tested).toBe(1);
    run.onMarksChanged(performance.now());
    await wait(30);
    expect(caretTests()).toBe(tested);
    stop.abort();
  });

  it('tests again a pointer that came onto the re-made text before its new mark, and opens its card', async () => {
    for (const came of ['after', 'before'] as const) {
      const { run, opened, use, caretTests, stop } = hoverAtRest();
      const p = document.querySelector('p')!;
      // The page re-makes the paragraph as the pointer comes to rest on it: tested (on no
      // term: the new text's mark is not in yet) before the batch, or before the change.
      let changedAt = performance.now();
      use(null);
      await wait(30);
      if (came === 'before') changedAt = performance.now();
      const after = termIn(p);
      run.onMarksChanged(changedAt);
      await wait(30);
      // Nothing to meet before the new mark registers: the owed test comes then.
      expect(caretTests(), came).toBe(1);
      use(after);
      run.highlighter.onRegistered(false);
      await wait(DELAY_MS + 80);
      expect(caretTests(), came).toBe(came === 'after' ? 2 : 1);
      expect(opened, came).toEqual(came === 'after' ? [after.range.startContainer] : []);
      stop.abort();
    }
  });

  it('costs one caret test per batch, and opens nothing, as the pointer moves off every term while a ticker elsewhere re-renders', async () => {
    for (const registering of [true, false]) {
      const { run, opened, use, caretTests, stop } = hoverAtRest();
      (run.highlighter as { registering: boolean }).registering = registering;
      use(null);
      await wait(30);
      for (let i = 0; i < 3; i++) {
        const changedAt = performance.now();
        document.dispatchEvent(new PointerEvent('pointermove', { clientX: 20 + i, clientY: 10 }));
        await wait(30);
        const tested = caretTests();
        run.onMarksChanged(changedAt);
        await wait(30);
        run.highlighter.onRegistered(false);
        await wait(30);
        expect(caretTests(), `${registering} ${i}`).toBe(tested + 1);
      }
      await wait(DELAY_MS + 80);
      expect(opened).toEqual([]);
      stop.abort();
    }
  });

  it('tests nothing again as marks register while the reader scrolls with a card open (no page change behind it)', async () => {
    const { run, opened, use, caretTests, stop } = hoverAtRest();
    const term = termIn(document.querySelector('p')!);
    use(term);
    await wait(DELAY_MS + 80);
    expect(opened).toHaveLength(1);
    const tested = caretTests();
    // Scrolling registers the marks coming into the band, turn after turn.
    for (let i = 0; i < 5; i++) {
      run.highlighter.onRegistered(i < 4);
      await wait(20);
    }
    expect(caretTests()).toBe(tested);
    stop.abort();
  });

  it("opens the pending card of a re-made term whose new mark comes in a later turn of the band's registration", async () => {
    const { run, opened, use, stop } = hoverAtRest();
    const p = document.querySelector('p')!;
    const before = termIn(p);
    use(before);
    await wait(10); // hovered, its card not yet due
    before.dead = true;
    const after = termIn(p);
    use(null);
    run.onMarksChanged(performance.now());
    await wait(30);
    // The first turn registers other marks of the band; the term's comes in the second.
    run.highlighter.onRegistered(true);
    await wait(30);
    use(after);
    run.highlighter.onRegistered(false);
    await wait(DELAY_MS + 80);
    expect(opened).toEqual([after.range.startContainer]);
    stop.abort();
  });

  it('closes a shown card in the grace when the page took its term away and nothing is left to register', async () => {
    const { run, use, card, stop } = hoverAtRest();
    const before = termIn(document.querySelector('p')!);
    use(before);
    await wait(DELAY_MS + 80);
    expect(card.isOpen).toBe(true);
    before.dead = true;
    document.querySelector('p')!.textContent = 'no term here';
    use(null);
    (run.highlighter as { registering: boolean }).registering = false;
    run.onMarksChanged(performance.now());
    await wait(GRACE_MS + 100);
    expect(card.isOpen).toBe(false);
    stop.abort();
  });

  it("keeps a shown card past the grace while the re-made term's registration is still going on, and closes it when it ends without the term", async () => {
    for (const comes of [true, false]) {
      const { run, opened, anchors, use, card, stop } = hoverAtRest();
      const p = document.querySelector('p')!;
      const before = termIn(p);
      use(before);
      await wait(DELAY_MS + 80);
      before.dead = true;
      const after = termIn(p);
      use(null);
      run.onMarksChanged(performance.now());
      // A large page: the band takes longer than the grace to register.
      run.highlighter.onRegistered(true);
      await wait(GRACE_MS + 100);
      expect(card.isOpen, String(comes)).toBe(true);
      if (comes) use(after);
      run.highlighter.onRegistered(false);
      await wait(GRACE_MS + 100);
      expect(card.isOpen, String(comes)).toBe(comes);
      expect(opened).toHaveLength(1);
      expect(anchors).toHaveLength(comes ? 1 : 0);
      stop.abort();
    }
  });
});
