// @vitest-environment happy-dom
// CardHost.close and where Tab goes on from after a card that held the focus (tab-place.ts).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../platform/runtime', () => ({ runtime: { getURL: (path: string) => `https://extension.backstory.test/${path}` } }));
let stashed = 0;
vi.mock('../messaging/send', () => ({ send: vi.fn(() => Promise.resolve({ nonce: `nonce-${++stashed}` })) }));
import type { CardTarget } from '../messaging/contract';
import { CardHost } from './card-host';
import type { Box } from './card-placement';

describe('CardHost.close, Tab’s place after a card that held the focus', () => {
  const target: CardTarget = { kind: 'entity', entityId: null, name: 'Port Ellis', type: 'place', pageUrl: 'https://example.com/', focus: true };
  const anchor = (): Box => ({ left: 100, top: 100, width: 80, height: 20 });
  let controller: AbortController;
  let card: CardHost;

  beforeEach(() => {
    vi.useFakeTimers();
    controller = new AbortController();
    card = new CardHost({ onPointer: () => {}, onClose: () => {}, onStep: () => {} }, controller.signal);
    document.body.innerHTML = '<p><a id="near" href="#near">near</a></p><p id="term">The mayor of Port Ellis spoke.</p><button id="reader">Share</button>';
  });
  afterEach(() => {
    controller.abort();
    vi.runAllTimers();
    vi.useRealTimers();
    vi.restoreAllMocks();
    document.getSelection()?.removeAllRanges();
    document.body.innerHTML = '';
  });

  /** Opens a keyboard card for the term and gives it the focus (its frame's, as the page sees it). */
  async function openFocused(): Promise<void> {
    await card.open(target, anchor, { within: document.getElementById('term')!.firstChild });
    vi.spyOn(document, 'activeElement', 'get').mockReturnValue(card.element);
    vi.spyOn(window, 'focus').mockImplementation(() => {});
  }

  it('puts the place at the term when nothing had the focus before the card', async () => {
    await openFocused();
    const near = vi.spyOn(document.getElementById('near')!, 'focus');
    card.close();
    expect(near).toHaveBeenCalledWith({ preventScroll: true });
  });

  it('gives the focus back to what had it instead', async () => {
    const reader = document.getElementById('reader') as HTMLButtonElement;
    reader.focus();
    await openFocused();
    const focus = vi.spyOn(reader, 'focus');
    const near = vi.spyOn(document.getElementById('near')!, 'focus');
    card.close();
    expect(focus).toHaveBeenCalled();
    expect(near).not.toHaveBeenCalled();
  });
});
