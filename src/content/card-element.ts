// The card's host element and what happens to it: made (a host with a CLOSED shadow root
// holding the card's <iframe>, or the card itself: inline-card.tsx), loading out of sight,
// shown, taken away. card-host.ts says when; this file says how, in styles the page cannot
// override.
import { cardFragment, type InlineCard } from '../messaging/card-content';
import { runtime } from '../platform/runtime';
import type { CardMessage } from './card-messages';
import { CARD_TAG } from './card-tag';

export { CARD_TAG };

/** Every host made here. A page may make a <backstory-card> of its own: only these are ours
 *  (the page cannot add to a set that lives in the content script's world). */
const madeHosts = new WeakSet<Node>();

/** Whether `node` is a card host this content script made (not a page's look-alike). */
export function isCardHost(node: Node): boolean {
  return madeHosts.has(node);
}

/** How long a closed card that held the focus stays (hidden) before it leaves the page. */
const REMOVE_FOCUSED_AFTER_MS = 100;

export function setStyles(el: HTMLElement, styles: Record<string, string>): void {
  // CSSOM writes, not a style attribute in markup: allowed under a strict page CSP.
  for (const [k, v] of Object.entries(styles)) el.style.setProperty(k, v, 'important');
}

/** What fills a card's host: the card page in an iframe (cardFrame below), or the card
 *  drawn in the host itself where a page refuses that page (inline-card.tsx). */
export interface CardFace {
  host: HTMLElement;
  /** Gives the card the focus (a screen reader then announces the dialog). */
  focus(): void;
  /** The card page's window, whose messages are this card's; null for a card that tells
   *  its host directly. */
  source(): Window | null;
  /** Calls `fn` when the card's document has loaded (never for a card with none). */
  onLoad(fn: () => void): void;
  /** Lets go of what the card holds, once it is off the page or hidden for good. */
  dispose(): void;
}

/** Makes what fills a card's host: `inline` is the card's content where the page's origin
 *  is opaque; `tell` takes what a card drawn in the host says (a card page posts it). */
export type FaceMaker = (card: { nonce: string; inline: InlineCard | undefined; pageDark: boolean; tell: (msg: CardMessage) => void }) => CardFace;

/** The card page in an iframe (card-host.ts's default): the one face that asks the
 *  background for its target by nonce, so the only one card-host.ts stashes a target for. */
export const cardPage: FaceMaker = ({ nonce, inline, pageDark }) => cardFrame(runtime.getURL(`card.html#${cardFragment(nonce, inline)}`), pageDark);

/** A new host (not on the page, loading out of sight) with a closed shadow root. */
export function makeHost(): { host: HTMLElement; root: ShadowRoot } {
  const host = document.createElement(CARD_TAG);
  madeHosts.add(host);
  setStyles(host, { all: 'initial', position: 'fixed', 'z-index': '2147483647', display: 'block', margin: '0', padding: '0', border: '0' });
  // Not !important: text spacing a reader forces on every element (WCAG 1.4.12, a bookmarklet's
  // `* { letter-spacing: .12em !important }`) reaches a card drawn in the host by inheritance.
  for (const spacing of ['letter-spacing', 'word-spacing', 'line-height']) host.style.setProperty(spacing, 'normal');
  hideLoading(host);
  return { host, root: host.attachShadow({ mode: 'closed' }) };
}

/** A host holding an iframe of the card page at `src`. `pageDark`: the frame takes the
 *  page's scheme (a frame's prefers-color-scheme follows its element's color-scheme in both
 *  browsers). */
export function cardFrame(src: string, pageDark: boolean): CardFace {
  const { host, root } = makeHost();
  const frame = document.createElement('iframe');
  frame.src = src;
  frame.title = 'Backstory card';
  setStyles(frame, { border: '0', width: '100%', height: '100%', display: 'block', 'color-scheme': pageDark ? 'dark' : 'light', 'border-radius': '8px', 'box-shadow': '0 4px 18px rgba(0,0,0,.28)', background: 'transparent' });
  root.appendChild(frame);
  return {
    host,
    focus: () => frame.focus(),
    source: () => frame.contentWindow,
    onLoad: (fn) => frame.addEventListener('load', fn, { once: true }),
    dispose: () => undefined,
  };
}

/** A card loading out of sight: transparent, it takes no pointer, and inert takes it out of
 *  the focus order and the accessibility tree. Not visibility: hidden, under which Chromium
 *  does not render a cross-origin frame, so the card would lay out only once shown. Every
 *  card loads so, and shows once its content is in: never as an empty frame. */
function hideLoading(host: HTMLElement): void {
  setStyles(host, { opacity: '0', 'pointer-events': 'none' });
  host.inert = true;
}

export function showLoaded(host: HTMLElement): void {
  host.style.removeProperty('opacity');
  host.style.removeProperty('pointer-events');
  host.inert = false;
}

/** The element holding the focus in this document, through open shadow roots (a link in a
 *  web component), or null for none (the body). The element a card's focus goes back to. */
export function focusedElement(): HTMLElement | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el instanceof HTMLElement && el !== document.body ? el : null;
}

/** Take a card's host off the page. A key inside the card (Escape, J/K) closes or replaces
 *  it while that key event is still being delivered to the card's (out-of-process) frame;
 *  removing the frame at once can lose the event's acknowledgement, after which Chromium
 *  stops delivering input to the tab. So a host holding the focus gives it back and hides
 *  now, and leaves once the key event is over. The focus goes to `returnTo` (where it was
 *  before the card took it: the WAI-ARIA dialog pattern) when it is still on the page and
 *  takes it, without scrolling the page back to it; else to the window. The window first:
 *  only a focused window reliably takes the focus back out of the card's frame.
 *  True when the host lingers (hidden) for a moment. */
export function removeCardHost(host: HTMLElement, returnTo: HTMLElement | null = null): boolean {
  if (document.activeElement !== host) {
    host.remove();
    return false;
  }
  setStyles(host, { visibility: 'hidden' });
  window.focus();
  if (returnTo?.isConnected) returnTo.focus({ preventScroll: true });
  setTimeout(() => host.remove(), REMOVE_FOCUSED_AFTER_MS);
  return true;
}
