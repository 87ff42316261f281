// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The extension seams: a fixed origin, and a background that stashes every target.
vi.mock('../platform/runtime', () => ({ runtime: { getURL: (path: string) => `chrome-extension://backstory/${path}` } }));
vi.mock('../messaging/send', () => ({ send: vi.fn(() => Promise.resolve({ nonce: 'nonce' })) }));
import type { CardTarget } from '../messaging/contract';
import { type Box, CardHost, placeCard } from './card-host';

const viewport = { width: 1000, height: 800 };
const size = { width: 360, height: 200 };

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}

function inside(a: Box): boolean {
  return a.left >= 0 && a.top >= 0 && a.left + a.width <= viewport.width && a.top + a.height <= viewport.height;
}

describe('placeCard', () => {
  it('goes just below the term when there is room', () => {
    const term = { left: 100, top: 100, width: 80, height: 20 };
    const p = placeCard(term, size, viewport);
    expect(p.side).toBe('below');
    expect(p.top).toBeGreaterThanOrEqual(120);
    expect(p.top).toBeLessThan(140);
    expect(p.left).toBe(100);
    expect(overlaps(p, term)).toBe(false);
  });

  it('flips above the term near the bottom edge', () => {
    const term = { left: 100, top: 700, width: 80, height: 20 };
    const p = placeCard(term, size, viewport);
    expect(p.side).toBe('above');
    expect(p.top + p.height).toBeLessThanOrEqual(700);
    expect(overlaps(p, term)).toBe(false);
    expect(inside(p)).toBe(true);
  });

  it('shifts left at the right edge and stays inside the viewport', () => {
    const term = { left: 950, top: 100, width: 40, height: 20 };
    const p = placeCard(term, size, viewport);
    expect(p.left + p.width).toBeLessThanOrEqual(viewport.width);
    expect(inside(p)).toBe(true);
    expect(overlaps(p, term)).toBe(false);
  });

  it('cuts its height to the larger side when it fits neither, never covering the term', () => {
    const term = { left: 100, top: 300, width: 80, height: 20 };
    const p = placeCard(term, { width: 360, height: 700 }, viewport);
    expect(p.side).toBe('below');
    expect(p.height).toBeLessThan(700);
    expect(inside(p)).toBe(true);
    expect(overlaps(p, term)).toBe(false);
  });

  it('narrows on a viewport smaller than the card', () => {
    const term = { left: 10, top: 10, width: 50, height: 18 };
    const p = placeCard(term, size, { width: 300, height: 600 });
    expect(p.width).toBeLessThanOrEqual(300 - 16);
    expect(p.left).toBeGreaterThanOrEqual(8);
  });
});

describe('CardHost.close', () => {
  const target: CardTarget = { kind: 'entity', entityId: null, name: 'Smotrich', type: 'person', pageUrl: 'https://example.com/', focus: false };
  const anchor = (): Box => ({ left: 100, top: 100, width: 80, height: 20 });
  const hosts = (): Element[] => [...document.documentElement.children].filter((el) => el.localName === 'backstory-card');
  let controller: AbortController;
  let card: CardHost;

  beforeEach(() => {
    vi.useFakeTimers();
    controller = new AbortController();
    card = new CardHost({ onPointer: () => {}, onClose: () => {}, onStep: () => {} }, controller.signal);
  });
  afterEach(() => {
    controller.abort();
    vi.runAllTimers();
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('removes a card that does not hold the focus at once', async () => {
    await card.open(target, anchor);
    expect(hosts()).toHaveLength(1);
    card.close();
    expect(hosts()).toHaveLength(0);
    expect(card.isOpen).toBe(false);
  });

  it('hides a card holding the focus at once and removes it shortly after, sparing a card opened meanwhile', async () => {
    await card.open(target, anchor);
    const [old] = hosts() as HTMLElement[];
    // The focus is inside the card's frame: the page sees its host as the active element.
    const active = vi.spyOn(document, 'activeElement', 'get').mockReturnValue(old!);
    const focus = vi.spyOn(window, 'focus').mockImplementation(() => {});
    card.close();
    expect(card.isOpen).toBe(false);
    expect(old!.style.getPropertyValue('visibility')).toBe('hidden');
    expect(focus).toHaveBeenCalled();
    expect(hosts()).toEqual([old]);
    active.mockRestore();

    await card.open(target, anchor);
    const fresh = card.element;
    expect(hosts()).toEqual([old, fresh]);
    vi.advanceTimersByTime(100);
    expect(hosts()).toEqual([fresh]);
    expect(fresh!.style.getPropertyValue('visibility')).toBe('');
  });
});

describe('CardHost hidden until revealed', () => {
  const target: CardTarget = { kind: 'entity', entityId: null, name: 'Smotrich', type: 'person', pageUrl: 'https://example.com/', focus: false };
  const anchor = (): Box => ({ left: 100, top: 100, width: 80, height: 20 });
  const host = (): HTMLElement | undefined => [...document.documentElement.children].find((el) => el.localName === 'backstory-card') as HTMLElement | undefined;
  let controller: AbortController;
  let card: CardHost;

  beforeEach(() => {
    controller = new AbortController();
    card = new CardHost({ onPointer: () => {}, onClose: () => {}, onStep: () => {} }, controller.signal);
  });
  afterEach(() => controller.abort());

  it('loads out of sight, is not open, and shows on reveal', async () => {
    await card.open(target, anchor, { hidden: true });
    expect(host()?.style.getPropertyValue('opacity')).toBe('0');
    expect(host()?.inert).toBe(true);
    expect(card.isOpen).toBe(false);
    expect(card.isHidden).toBe(true);
    expect(card.reveal()).toBe(true);
    expect(host()?.style.getPropertyValue('opacity')).toBe('');
    expect(host()?.inert).toBe(false);
    expect(card.isOpen).toBe(true);
    expect(card.reveal()).toBe(false);
  });

  it('revealed before its host is made, is made visible', async () => {
    const opening = card.open(target, anchor, { hidden: true });
    expect(host()).toBeUndefined();
    expect(card.reveal()).toBe(true);
    await opening;
    expect(host()?.style.getPropertyValue('opacity')).toBe('');
    expect(card.isOpen).toBe(true);
  });

  it('closed while hidden, leaves nothing and has nothing to reveal', async () => {
    await card.open(target, anchor, { hidden: true });
    card.close();
    expect(host()).toBeUndefined();
    expect(card.reveal()).toBe(false);
    expect(card.isOpen).toBe(false);
  });
});
