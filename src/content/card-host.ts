// The one node Backstory ever adds to a page, and only while a card shows: a host element
// with a CLOSED shadow root holding an <iframe> of the extension's card.html. The page can
// see that a host exists, but not into it, and the card's document is extension-origin, so
// the page cannot read what it shows. What the card is about goes page → background by
// typed message (card/stash) and comes back to the card by nonce (card/target); the iframe
// URL carries only the random nonce. On a page with an opaque origin (a sandboxed document)
// the content travels in the iframe URL instead (messaging/card-content.ts).
//
// The card talks back with postMessage to its parent (this window): its content height,
// Escape, next/previous term, and "turn off on this site" from a card with no extension API.
// Messages are JSON strings, checked for the extension origin (or the card's window) and
// the current nonce. The page sees them too; they carry nothing private, and a forged
// one can at worst resize or close the card, or turn Backstory off on the page's own site.
import { cardFragment, inlineCard } from '../messaging/card-content';
import type { CardTarget } from '../messaging/contract';
import { randomNonce } from '../messaging/nonce';
import { send } from '../messaging/send';
import { turnSiteOff } from '../messaging/site-off';
import { runtime } from '../platform/runtime';
import { type Box, CARD_WIDTH, placeCard } from './card-placement';

const INITIAL_HEIGHT = 140;
const MAX_HEIGHT = 420;
/** How long a closed card that held the focus stays (hidden) before it leaves the page. */
const REMOVE_FOCUSED_AFTER_MS = 100;

interface CardMessage {
  nonce: string;
  type: 'size' | 'close' | 'next' | 'previous' | 'site-off';
  height?: number;
}

function parseCardMessage(data: unknown): CardMessage | null {
  if (typeof data !== 'string' || !data.startsWith('{"backstoryCard"')) return null;
  try {
    const v = JSON.parse(data) as { backstoryCard?: unknown; type?: unknown; height?: unknown };
    if (typeof v.backstoryCard !== 'string' || typeof v.type !== 'string') return null;
    return { nonce: v.backstoryCard, type: v.type as CardMessage['type'], height: typeof v.height === 'number' ? v.height : undefined };
  } catch {
    return null;
  }
}

export interface CardEvents {
  /** The pointer entered or left the card (hover grace). */
  onPointer(inside: boolean): void;
  /** The card asked to close (Escape inside it). */
  onClose(): void;
  /** The card asked for the next/previous term (keys inside it). */
  onStep(direction: 1 | -1): void;
}

/** A card loading out of sight: transparent, it takes no pointer, and inert takes it out of
 *  the focus order and the accessibility tree. Not visibility: hidden, under which Chromium
 *  does not render a cross-origin frame, so the card would lay out only once shown. */
function hideLoading(host: HTMLElement): void {
  setStyles(host, { opacity: '0', 'pointer-events': 'none' });
  host.inert = true;
}

function setStyles(el: HTMLElement, styles: Record<string, string>): void {
  // CSSOM writes, not a style attribute in markup: allowed under a strict page CSP.
  for (const [k, v] of Object.entries(styles)) el.style.setProperty(k, v, 'important');
}

export class CardHost {
  private host: HTMLElement | null = null;
  private frame: HTMLIFrameElement | null = null;
  private nonce = '';
  private anchor: (() => Box | null) | null = null;
  private height = INITIAL_HEIGHT;
  private readonly origin = new URL(runtime.getURL('')).origin;
  /** Increases with every open/close, so a late stash reply for an old card is ignored. */
  private generation = 0;
  /** The card (or the one being opened) loads out of sight until reveal(). */
  private hidden = false;
  /** Every host this card host made (observers tell them from the page's nodes). */
  private readonly made = new WeakSet<Node>();

  constructor(private readonly events: CardEvents, signal: AbortSignal) {
    window.addEventListener('message', (e) => this.onMessage(e), { signal });
    signal.addEventListener('abort', () => this.close());
  }

  get element(): HTMLElement | null {
    return this.host;
  }

  /** Whether `node` is a host this made (shown, loading, or gone). */
  owns(node: Node): boolean {
    return this.made.has(node);
  }

  /** A card is shown (not one loading out of sight). */
  get isOpen(): boolean {
    return this.host !== null && !this.hidden;
  }

  /** Show a card for `target`, placed by `anchor` (the term's box now, or null if gone).
   *  `hidden`: load it out of sight, to be shown by reveal() (hover loads the card while
   *  the pointer rests, so it shows at once when the delay ends). */
  async open(target: CardTarget, anchor: () => Box | null, { hidden = false } = {}): Promise<void> {
    const generation = ++this.generation;
    this.hidden = hidden;
    // A page with an opaque origin gets its card inline (card-content.ts says why).
    const inline = window.origin === 'null' ? await inlineCard(target) : undefined;
    const nonce = inline ? randomNonce() : (await send('card/stash', target)).nonce;
    if (generation !== this.generation) return; // closed or replaced meanwhile
    this.removeHost();
    this.nonce = nonce;
    this.anchor = anchor;
    this.height = INITIAL_HEIGHT;
    const host = document.createElement('backstory-card');
    this.made.add(host);
    setStyles(host, { all: 'initial', position: 'fixed', 'z-index': '2147483647', display: 'block', margin: '0', padding: '0', border: '0' });
    if (this.hidden) hideLoading(host);
    const root = host.attachShadow({ mode: 'closed' });
    const frame = document.createElement('iframe');
    frame.src = runtime.getURL(`card.html#${cardFragment(nonce, inline)}`);
    frame.title = 'Backstory card';
    setStyles(frame, { border: '0', width: '100%', height: '100%', display: 'block', 'color-scheme': 'normal', 'border-radius': '8px', 'box-shadow': '0 4px 18px rgba(0,0,0,.28)', background: 'transparent' });
    if (target.focus) frame.addEventListener('load', () => frame.focus(), { once: true });
    host.addEventListener('pointerenter', () => this.events.onPointer(true));
    host.addEventListener('pointerleave', () => this.events.onPointer(false));
    root.appendChild(frame);
    this.host = host;
    this.frame = frame;
    this.place();
    document.documentElement.appendChild(host);
  }

  /** Show the card opened hidden (at once if it has loaded, else as soon as it has).
   *  False when there is none. */
  reveal(): boolean {
    if (!this.hidden) return false;
    this.hidden = false;
    if (this.host) {
      this.host.style.removeProperty('opacity');
      this.host.style.removeProperty('pointer-events');
      this.host.inert = false;
      this.place();
    }
    return true;
  }

  /** Whether the card is loading out of sight (opened hidden, not revealed). */
  get isHidden(): boolean {
    return this.hidden;
  }

  close(): void {
    this.generation++;
    this.hidden = false;
    this.removeHost();
  }

  /** Follow the term (scroll, resize); close when it has left the viewport. */
  place(): void {
    if (!this.host || !this.anchor) return;
    const term = this.anchor();
    const view = { width: document.documentElement.clientWidth || window.innerWidth, height: window.innerHeight };
    if (!term || term.top + term.height < 0 || term.top > view.height) {
      this.close();
      return;
    }
    const p = placeCard(term, { width: CARD_WIDTH, height: Math.min(this.height, MAX_HEIGHT) }, view);
    setStyles(this.host, { left: `${p.left}px`, top: `${p.top}px`, width: `${p.width}px`, height: `${p.height}px` });
  }

  /** Focus the card (keyboard path, already open). */
  focus(): void {
    this.frame?.focus();
  }

  private removeHost(): void {
    const host = this.host;
    if (host && document.activeElement === host) {
      // A key inside the card (Escape, J/K) closes or replaces it while that key event is
      // still being delivered to the card's (out-of-process) frame. Removing the frame at
      // once can lose the event's acknowledgement, after which Chromium stops delivering
      // input to the tab. Take the focus back and hide the card now; remove it once the key
      // event is over. A card opened meanwhile is a new host, untouched by this.
      setStyles(host, { visibility: 'hidden' });
      window.focus();
      setTimeout(() => host.remove(), REMOVE_FOCUSED_AFTER_MS);
    } else host?.remove();
    this.host = null;
    this.frame = null;
    this.anchor = null;
  }

  private onMessage(event: MessageEvent): void {
    // A card in a sandboxed page is sandboxed too: its origin is opaque, so it is known by
    // its window instead.
    const fromCard = event.origin === this.origin || (event.origin === 'null' && event.source !== null && event.source === this.frame?.contentWindow);
    if (!fromCard) return;
    const msg = parseCardMessage(event.data);
    if (!msg || !this.host || msg.nonce !== this.nonce) return;
    if (msg.type === 'size' && msg.height !== undefined) {
      this.height = Math.max(40, Math.ceil(msg.height));
      this.place();
    } else if (msg.type === 'close') this.events.onClose();
    else if (msg.type === 'next') this.events.onStep(1);
    else if (msg.type === 'previous') this.events.onStep(-1);
    // From a card with no extension API (see card/main.tsx). At worst a forged one turns
    // Backstory off on the page's own site.
    else if (msg.type === 'site-off') turnSiteOff(location.hostname).catch((err: unknown) => console.warn('Backstory: turning off on this site', err));
  }
}
