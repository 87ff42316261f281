// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('../messaging/send', () => ({ send: vi.fn(() => Promise.reject(new Error('no background here'))) }));
vi.mock('../platform/runtime', () => ({ runtime: { onMessage: () => () => undefined, getURL: (path: string) => `https://extension.backstory.test/${path}` } }));
import { DEFAULT_SETTINGS } from '../core/records';
import type { EntityCard } from '../messaging/contract';
import { CardHost } from './card-host';
import type { CardMessage } from './card-messages';
import type { Highlighter } from './highlighter';
import { initHover } from './hover';
import { inlineCard } from './inline-card';
import { createPageRun } from './page-run';
import { listenForSteps } from './term-commands';

const card: EntityCard = {
  id: 'person:benjamin-netanyahu', name: 'Benjamin Netanyahu', type: 'person', linked: true, description: 'Israeli Prime Minister', aliases: [], related: [], notes: [],
  mentions: [{ articleId: 'a1', sentence: 'Netanyahu flew to Washington.', start: 0, end: 9, article: { id: 'a1', title: 'Talks resume', source: 'Wire', url: null, date: '2025-02-03' } }],
};

/** A face for the card with its closed shadow root opened on the way, and what it told. */
function open(pageDark = false, focus = false): { face: ReturnType<typeof inlineCard>; root: ShadowRoot; told: CardMessage[] } {
  let root: ShadowRoot | null = null;
  const attach = Element.prototype.attachShadow;
  const spy = vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    return (root = attach.call(this, init));
  });
  const told: CardMessage[] = [];
  const face = inlineCard({ nonce: 'n1', inline: { pageUrl: 'https://example.com/a', focus, content: { kind: 'entity', card } }, pageDark, tell: (m) => told.push(m) });
  spy.mockRestore();
  document.documentElement.appendChild(face.host);
  return { face, root: root!, told };
}

const settle = (): Promise<void> => new Promise((r) => setTimeout(r, 20));

afterEach(() => {
  for (const el of [...document.documentElement.children]) if (el.localName === 'backstory-card') el.remove();
});

describe('inlineCard', () => {
  it('draws the card in a closed root with its sheet, as a labelled dialog, and says its content is in', async () => {
    const { face, root, told } = open();
    await vi.waitFor(() => expect(root.querySelector('.card')?.textContent).toContain('Netanyahu flew to Washington.'));
    expect(face.host.shadowRoot).toBeNull(); // closed
    expect(root.querySelector('style')?.textContent).toContain('.page.dark');
    const dialog = root.querySelector('.card')!;
    expect(dialog.getAttribute('role')).toBe('dialog');
    expect(dialog.getAttribute('aria-label')).toBe('Backstory: Benjamin Netanyahu');
    expect(dialog.textContent).toContain('Netanyahu flew to Washington.');
    expect(root.querySelector('mark')?.textContent).toBe('Netanyahu');
    // Told after a render and a resize observation: a busy machine may take longer than settle().
    await vi.waitFor(() => expect(told.some((m) => m.type === 'size' && m.ready === true && m.nonce === 'n1')).toBe(true));
    expect(face.source()).toBeNull();
    // Nothing of it is in the page's own tree.
    expect(document.body.textContent).not.toContain('Netanyahu');
  });

  it("takes the page's scheme", () => {
    expect(open(true).root.querySelector('.page')?.className).toBe('page dark');
    expect(open(false).root.querySelector('.page')?.className).toBe('page');
  });

  it('gives the focus to the dialog, and tells the host about Escape and J/K, which the page does not hear', async () => {
    const { face, root, told } = open(false, true);
    // The content is in after a render or two: a busy machine may take longer than settle().
    await vi.waitFor(() => expect(root.querySelector('.card')?.textContent).toContain('Esc: close'));
    face.focus();
    const dialog = root.querySelector<HTMLElement>('.card')!;
    expect(root.activeElement).toBe(dialog);
    const heard: string[] = [];
    document.addEventListener('keydown', (e) => heard.push(e.key));
    for (const key of ['j', 'k', 'Escape', 'x']) dialog.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
    expect(told.filter((m) => m.type !== 'size').map((m) => m.type)).toEqual(['next', 'previous', 'close']);
    expect(heard).toEqual([]);
    expect(dialog.textContent).toContain('Esc: close');
  });

  it('steps on a held J at the bounded pace, not at each auto-repeat', async () => {
    const { face, root, told } = open(false, true);
    await vi.waitFor(() => expect(root.querySelector('.card')?.textContent).toContain('Esc: close'));
    face.focus();
    const dialog = root.querySelector<HTMLElement>('.card')!;
    const now = vi.spyOn(performance, 'now');
    let t = performance.now() + 1000;
    now.mockImplementation(() => t);
    const hold = (repeat: boolean): void => void dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', repeat, bubbles: true, composed: true, cancelable: true }));
    hold(false);
    for (let i = 0; i < 30; i++) {
      t += 33;
      hold(true);
    }
    now.mockRestore();
    expect(told.filter((m) => m.type === 'next')).toHaveLength(4);
  });

  it("takes no step of its own for a key the page's term fallback already stepped on", async () => {
    // Drawn in the page, the card is on the fallback's path: Alt+Shift+J in it reached both,
    // and the host stepped twice (the fallback's step, then the card's 'next').
    const { face, root, told } = open(false, true);
    await vi.waitFor(() => expect(root.querySelector('.card')?.textContent).toContain('Esc: close'));
    face.focus();
    const steps: number[] = [];
    const stop = new AbortController();
    listenForSteps((s) => steps.push(s), { fallbackAt: 0 }, stop.signal);
    const press = (init: KeyboardEventInit): void => {
      const e = new KeyboardEvent('keydown', { bubbles: true, composed: true, cancelable: true, ...init });
      Object.defineProperty(e, 'isTrusted', { value: true });
      root.querySelector('.card')!.dispatchEvent(e);
    };
    try {
      press({ key: 'J', code: 'KeyJ', altKey: true, shiftKey: true });
      press({ key: 'K', code: 'KeyK', altKey: true, shiftKey: true });
      expect(steps).toEqual([1, -1]);
      // Plain J/K, which the fallback leaves alone, stay the card's.
      press({ key: 'j', code: 'KeyJ' });
      press({ key: 'k', code: 'KeyK' });
      expect(steps).toEqual([1, -1]);
      expect(told.filter((m) => m.type !== 'size').map((m) => m.type)).toEqual(['next', 'previous']);
    } finally {
      stop.abort();
    }
  });

  it('closes once on Escape in it, with hover listening as on a page: hover takes the key first, and the card leaves a key already acted on', async () => {
    const controller = new AbortController();
    const run = createPageRun(controller.signal, { index: { marks: [] } } as unknown as Highlighter, () => [], [], { current: DEFAULT_SETTINGS });
    let closes = 0;
    const card = new CardHost({ onPointer: () => {}, onClose: () => run.closeCard(), onStep: () => {} }, controller.signal, false, inlineCard);
    run.card = card;
    const closeCard = run.closeCard.bind(run);
    run.closeCard = () => {
      closes++;
      closeCard();
    };
    initHover(run, card);
    let root: ShadowRoot | null = null;
    const attach = Element.prototype.attachShadow;
    const spy = vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
      return (root = attach.call(this, init));
    });
    try {
      await card.open({ kind: 'entity', entityId: null, name: 'Netanyahu', type: 'person', pageUrl: 'https://example.com/a', focus: true }, () => ({ left: 10, top: 10, width: 80, height: 20 }));
      spy.mockRestore();
      // Shown with the focus in it: closed, it lingers a moment holding the focus, and hears the card.
      const host = card.element;
      await vi.waitFor(() => expect(document.activeElement).toBe(host));
      root!.querySelector('.card')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true, cancelable: true }));
      expect(closes).toBe(1);
      expect(card.isOpen).toBe(false);
    } finally {
      spy.mockRestore();
      controller.abort();
    }
  });

  it('lets go of its tree when disposed', async () => {
    const { face, root } = open();
    await settle();
    face.dispose();
    expect(root.querySelector('.card')).toBeNull();
  });

  it("tells its height in its own pixels on a page zoomed by CSS, which the host scales again", async () => {
    // Firefox 140 measured: under html { zoom: 1.5 } a card 274 px high measures 411.
    Object.defineProperty(HTMLElement.prototype, 'currentCSSZoom', { get: () => 1.5, configurable: true });
    const box = vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(DOMRect.fromRect({ width: 540, height: 411 }));
    try {
      const { told } = open();
      await vi.waitFor(() => expect(told.some((m) => m.type === 'size' && m.ready)).toBe(true));
      const sizes = told.filter((m) => m.type === 'size').map((m) => m.height);
      for (const height of sizes) expect(height).toBeCloseTo(274);
    } finally {
      Reflect.deleteProperty(HTMLElement.prototype, 'currentCSSZoom');
      box.mockRestore();
    }
  });
});
