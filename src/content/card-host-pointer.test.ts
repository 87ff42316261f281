// @vitest-environment happy-dom
// The pointer in a card, as its card page tells it (card/main.tsx): hover's grace keeps the
// card open while the pointer is in it, and Chromium gives the host no pointerenter then.
// And which keys a step in the card came from.
import { describe, expect, it, vi } from 'vitest';

vi.mock('../platform/runtime', () => ({ runtime: { getURL: (path: string) => `https://extension.backstory.test/${path}` } }));
let stashed = 0;
vi.mock('../messaging/send', () => ({ send: vi.fn(() => Promise.resolve({ nonce: `nonce-${++stashed}` })) }));
import type { CardTarget } from '../messaging/contract';
import { CardHost } from './card-host';
import type { Box } from './card-placement';

/** A message from the card page of the last card opened (or `back` cards before it). */
function fromCard(type: string, extra: Record<string, unknown> = {}, back = 0): void {
  const data = JSON.stringify({ backstoryCard: `nonce-${stashed - back}`, type, ...extra });
  window.dispatchEvent(new MessageEvent('message', { data, origin: 'https://extension.backstory.test' }));
}
const contentIn = (): void => fromCard('size', { height: 220, ready: true });

describe('CardHost hears the pointer in its card from the card page', () => {
  const target: CardTarget = { kind: 'entity', entityId: null, name: 'Smotrich', type: 'person', pageUrl: 'https://example.com/', focus: false };
  const anchor = (): Box => ({ left: 100, top: 100, width: 80, height: 20 });

  it('as its host hears it (Chromium gives the host no pointerenter for its frame), from the card showing only', async () => {
    vi.useFakeTimers();
    const controller = new AbortController();
    const inside: boolean[] = [];
    const card = new CardHost({ onPointer: (at) => inside.push(at), onClose: () => {}, onStep: () => {} }, controller.signal);
    try {
      await card.open(target, anchor);
      contentIn();
      fromCard('pointer-in');
      fromCard('pointer-out');
      expect(inside).toEqual([true, false]);
      // A card it replaced says nothing about the pointer in this one.
      await card.open({ ...target, name: 'Netanyahu' }, anchor);
      contentIn();
      fromCard('pointer-in', {}, 1);
      expect(inside).toEqual([true, false]);
      // Nor does a message of no card's.
      window.dispatchEvent(new MessageEvent('message', { data: JSON.stringify({ backstoryCard: `nonce-${stashed}`, type: 'pointer-in' }), origin: 'https://elsewhere.test' }));
      expect(inside).toEqual([true, false]);
    } finally {
      controller.abort();
      vi.runAllTimers();
      vi.useRealTimers();
    }
  });
});

describe('CardHost hears a step the card took on a term shortcut', () => {
  const target: CardTarget = { kind: 'entity', entityId: null, name: 'Smotrich', type: 'person', pageUrl: 'https://example.com/', focus: true };
  const anchor = (): Box => ({ left: 100, top: 100, width: 80, height: 20 });

  it('passes on that the key was Alt+Shift+J/K (its command may come too), from the card only', async () => {
    vi.useFakeTimers();
    const controller = new AbortController();
    const steps: [number, boolean][] = [];
    const card = new CardHost({ onPointer: () => {}, onClose: () => {}, onStep: (d, termKey) => steps.push([d, termKey]) }, controller.signal);
    try {
      await card.open(target, anchor);
      contentIn();
      fromCard('next', { termKey: true });
      fromCard('previous');
      expect(steps).toEqual([[1, true], [-1, false]]);
      // The page cannot say it: its messages are not the card's.
      window.dispatchEvent(new MessageEvent('message', { data: JSON.stringify({ backstoryCard: `nonce-${stashed}`, type: 'next', termKey: true }), origin: 'https://elsewhere.test' }));
      expect(steps).toHaveLength(2);
    } finally {
      controller.abort();
      vi.runAllTimers();
      vi.useRealTimers();
    }
  });

  it("passes on a held term shortcut's repeat the card's pace dropped, as no step, from the card only", async () => {
    vi.useFakeTimers();
    const controller = new AbortController();
    const heard: [number, boolean, boolean | undefined][] = [];
    const card = new CardHost({ onPointer: () => {}, onClose: () => {}, onStep: (d, termKey, dropped) => heard.push([d, termKey, dropped]) }, controller.signal);
    try {
      await card.open(target, anchor);
      contentIn();
      fromCard('dropped-next');
      fromCard('dropped-previous');
      fromCard('next');
      expect(heard).toEqual([[1, true, true], [-1, true, true], [1, false, false]]);
      window.dispatchEvent(new MessageEvent('message', { data: JSON.stringify({ backstoryCard: `nonce-${stashed}`, type: 'dropped-next' }), origin: 'https://elsewhere.test' }));
      expect(heard).toHaveLength(3);
    } finally {
      controller.abort();
      vi.runAllTimers();
      vi.useRealTimers();
    }
  });
});
