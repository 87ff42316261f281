// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';

// The extension seams: a fixed origin (an https one: Node's URL gives other schemes an
// opaque origin), and a background that stashes every target.
vi.mock('../platform/runtime', () => ({ runtime: { getURL: (path: string) => `https://extension.backstory.test/${path}` } }));
let stashed = 0;
vi.mock('../messaging/send', () => ({ send: vi.fn(() => Promise.resolve({ nonce: `nonce-${++stashed}` })) }));
import type { CardTarget } from '../messaging/contract';
import { send } from '../messaging/send';
import { CardHost } from './card-host';
import { makeHost, type FaceMaker } from './card-element';
import type { CardMessage } from './card-messages';
import type { Box } from './card-placement';

/** A message from the card page of the last card opened (or `back` cards before it). */
function fromCard(type: string, extra: Record<string, unknown> = {}, back = 0): void {
  const data = JSON.stringify({ backstoryCard: `nonce-${stashed - back}`, type, ...extra });
  window.dispatchEvent(new MessageEvent('message', { data, origin: 'https://extension.backstory.test' }));
}
/** The card page says its content is in. */
const contentIn = (): void => fromCard('size', { height: 220, ready: true });
const shown = (host: HTMLElement | undefined): boolean => host !== undefined && host.style.getPropertyValue('opacity') !== '0' && !host.inert;

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

  it('follows a new anchor (the page made its term anew), and closes when that one is gone', async () => {
    await card.open(target, anchor);
    const host = hosts()[0] as HTMLElement;
    const top = host.style.getPropertyValue('top');
    card.reanchor(() => ({ left: 100, top: 300, width: 80, height: 20 }));
    expect(hosts()).toEqual([host]);
    expect(host.style.getPropertyValue('top')).not.toBe(top);
    card.reanchor(() => null);
    expect(hosts()).toHaveLength(0);
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

  it('loads out of sight, is not open, and shows on reveal once its content is in', async () => {
    await card.open(target, anchor, { hidden: true });
    expect(host()?.style.getPropertyValue('opacity')).toBe('0');
    expect(host()?.inert).toBe(true);
    expect(card.isOpen).toBe(false);
    expect(card.isHidden).toBe(true);
    contentIn();
    expect(shown(host())).toBe(false);
    expect(card.reveal()).toBe(true);
    expect(host()?.style.getPropertyValue('opacity')).toBe('');
    expect(host()?.inert).toBe(false);
    expect(card.isOpen).toBe(true);
    expect(card.reveal()).toBe(false);
  });

  it('revealed before its content is in (or its host is made), shows when the content comes', async () => {
    const opening = card.open(target, anchor, { hidden: true });
    expect(host()).toBeUndefined();
    expect(card.reveal()).toBe(true);
    await opening;
    expect(card.isOpen).toBe(true);
    expect(shown(host())).toBe(false);
    fromCard('size', { height: 60, ready: false }); // "Loading…"
    expect(shown(host())).toBe(false);
    contentIn();
    expect(shown(host())).toBe(true);
  });

  it('closed while hidden, leaves nothing and has nothing to reveal', async () => {
    await card.open(target, anchor, { hidden: true });
    card.close();
    expect(host()).toBeUndefined();
    expect(card.reveal()).toBe(false);
    expect(card.isOpen).toBe(false);
  });
});

describe('CardHost shows a card only with its content', () => {
  const target = (name: string): CardTarget => ({ kind: 'entity', entityId: null, name, type: 'person', pageUrl: 'https://example.com/', focus: false });
  const anchor = (): Box => ({ left: 100, top: 100, width: 80, height: 20 });
  const hosts = (): HTMLElement[] => [...document.documentElement.children].filter((el) => el.localName === 'backstory-card') as HTMLElement[];
  let controller: AbortController;
  let card: CardHost;
  let steps: number[];
  let closes: number;

  beforeEach(() => {
    vi.useFakeTimers();
    steps = [];
    closes = 0;
    controller = new AbortController();
    card = new CardHost({ onPointer: () => {}, onClose: () => closes++, onStep: (d) => steps.push(d) }, controller.signal);
  });
  afterEach(() => {
    controller.abort();
    vi.runAllTimers();
    vi.useRealTimers();
  });

  it('opens out of sight and shows when the card page says its content is in', async () => {
    await card.open(target('Smotrich'), anchor);
    expect(card.isOpen).toBe(true);
    expect(shown(hosts()[0])).toBe(false);
    contentIn();
    expect(shown(hosts()[0])).toBe(true);
    expect(hosts()[0]!.style.getPropertyValue('height')).toBe('220px');
  });

  it('shows anyway when the content is late', async () => {
    await card.open(target('Smotrich'), anchor);
    vi.advanceTimersByTime(399);
    expect(shown(hosts()[0])).toBe(false);
    vi.advanceTimersByTime(1);
    expect(shown(hosts()[0])).toBe(true);
  });

  it('keeps the card on screen until the next one has its content, and takes keys in it meanwhile', async () => {
    await card.open(target('Smotrich'), anchor);
    contentIn();
    const [first] = hosts();
    await card.open(target('Netanyahu'), anchor);
    const second = hosts()[1]!;
    expect(hosts()).toEqual([first, second]);
    expect(shown(first)).toBe(true);
    expect(shown(second)).toBe(false);
    // The first card's size is its own; J pressed in it still steps.
    fromCard('size', { height: 300, ready: true }, 1);
    expect(shown(second)).toBe(false);
    fromCard('next', {}, 1);
    expect(steps).toEqual([1]);
    contentIn();
    expect(hosts()).toEqual([second]);
    expect(shown(second)).toBe(true);
  });

  it('still takes a key from a card it replaced while that card, holding the focus, lingers', async () => {
    const focused = (name: string): CardTarget => ({ ...target(name), focus: true }) as CardTarget;
    await card.open(focused('Smotrich'), anchor);
    contentIn();
    const [first] = hosts();
    const active = vi.spyOn(document, 'activeElement', 'get').mockReturnValue(first!);
    vi.spyOn(window, 'focus').mockImplementation(() => {});
    await card.open(focused('Netanyahu'), anchor);
    contentIn();
    active.mockRestore();
    // The new card shows; the old one is hidden but on the page for a moment.
    expect(hosts()).toEqual([first, card.element]);
    fromCard('size', { height: 300, ready: true }, 1);
    expect(card.element!.style.getPropertyValue('height')).toBe('220px');
    fromCard('close', {}, 1);
    expect(closes).toBe(1);
    fromCard('previous', {}, 1);
    expect(steps).toEqual([-1]);
    // Once it is gone, its keys are no one's.
    vi.advanceTimersByTime(100);
    fromCard('close', {}, 1);
    expect(closes).toBe(1);
  });

  it('leaves nothing on the page when its term has left the viewport before the card is made', async () => {
    await card.open(target('Smotrich'), () => ({ left: 100, top: 5000, width: 80, height: 20 }));
    expect(hosts()).toHaveLength(0);
    expect(card.isOpen).toBe(false);
    await card.open(target('Smotrich'), () => null);
    expect(hosts()).toHaveLength(0);
  });

  it('lands by its term when a transform on <html> makes the scrolled root the box it is placed in', async () => {
    // The page scrolled 300 px: the root's box, where a fixed host then goes, starts 300 px up.
    const box = vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
      const left = parseFloat(this.style.getPropertyValue('left'));
      const top = parseFloat(this.style.getPropertyValue('top')) - 300;
      return { left, top, right: left, bottom: top, width: 0, height: 0, x: left, y: top, toJSON: () => ({}) };
    });
    onTestFinished(() => box.mockRestore());
    await card.open(target('Smotrich'), anchor);
    contentIn();
    const [host] = hosts();
    // Below the term (top 100, height 20, a 6 px gap), in the window.
    expect(parseFloat(host!.style.getPropertyValue('top'))).toBe(126 + 300);
    expect(parseFloat(host!.style.getPropertyValue('left'))).toBe(100);
  });

  it('replaces a card still loading at once, and closing takes every card away', async () => {
    await card.open(target('Smotrich'), anchor);
    contentIn();
    await card.open(target('Netanyahu'), anchor);
    await card.open(target('Witkoff'), anchor);
    expect(hosts()).toHaveLength(2); // the one shown, and the last one asked for
    card.close();
    expect(hosts()).toHaveLength(0);
    expect(card.isOpen).toBe(false);
  });

  it('on a page with an opaque origin, stashes the target as well as carrying the card inline', async () => {
    // Chrome's card there has the extension API, and so ignores what its URL carries.
    Object.defineProperty(window, 'origin', { value: 'null', configurable: true });
    onTestFinished(() => void Reflect.deleteProperty(window, 'origin'));
    const roots: ShadowRoot[] = [];
    const attach = Element.prototype.attachShadow;
    vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
      const root = attach.call(this, init);
      roots.push(root);
      return root;
    });
    vi.mocked(send).mockClear();
    await card.open(target('Smotrich'), anchor);
    expect(vi.mocked(send).mock.calls.map(([kind]) => kind).sort()).toEqual(['card/entity', 'card/stash']);
    const src = roots[0]?.querySelector('iframe')?.getAttribute('src') ?? '';
    const stashedNonce = (await vi.mocked(send).mock.results[vi.mocked(send).mock.calls.findIndex(([kind]) => kind === 'card/stash')]!.value as { nonce: string }).nonce;
    expect(src.startsWith(`https://extension.backstory.test/card.html#${stashedNonce}&`)).toBe(true);
  });

  it('stashes nothing for a face that draws the card itself, and hears it by the nonce it gave it', async () => {
    Object.defineProperty(window, 'origin', { value: 'null', configurable: true });
    onTestFinished(() => void Reflect.deleteProperty(window, 'origin'));
    const given: { nonce: string; tell: (msg: CardMessage) => void }[] = [];
    const drawn: FaceMaker = (c) => {
      given.push(c);
      return { host: makeHost().host, focus: () => {}, source: () => null, onLoad: () => {}, dispose: () => {} };
    };
    const inline = new CardHost({ onPointer: () => {}, onClose: () => closes++, onStep: () => {} }, controller.signal, false, drawn);
    vi.mocked(send).mockClear();
    await inline.open(target('Smotrich'), anchor);
    expect(vi.mocked(send).mock.calls.map(([kind]) => kind)).toEqual(['card/entity']);
    const [{ nonce, tell }] = given as [(typeof given)[0]];
    expect(nonce).toMatch(/^[0-9a-f]{32}$/);
    tell({ nonce, type: 'size', height: 220, ready: true });
    expect(shown(inline.element ?? undefined)).toBe(true);
    tell({ nonce, type: 'close' });
    expect(closes).toBe(1);
  });
});
