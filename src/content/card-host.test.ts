// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The extension seams: a fixed origin, and a background that stashes every target.
vi.mock('../platform/runtime', () => ({ runtime: { getURL: (path: string) => `chrome-extension://backstory/${path}` } }));
vi.mock('../messaging/send', () => ({ send: vi.fn(() => Promise.resolve({ nonce: 'nonce' })) }));
import type { CardTarget } from '../messaging/contract';
import { CardHost } from './card-host';
import type { Box } from './card-placement';

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
