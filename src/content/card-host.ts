// The one node Backstory ever adds to a page, and only while a card shows: a host element
// with a CLOSED shadow root holding an <iframe> of the extension's card.html. The page can
// see that a host exists, but not into it, and the card's document is extension-origin, so
// the page cannot read what it shows. What the card is about goes page → background by
// typed message (card/stash) and comes back to the card by nonce (card/target); the iframe
// URL carries only the random nonce. On a page with an opaque origin (a sandboxed document)
// the content travels in the iframe URL too, for a card with no extension API there.
//
// The card talks back with postMessage to its parent (this window): its content height,
// Escape, next/previous term, and "turn off on this site" from a card with no extension API.
// Messages are JSON strings, checked for the extension origin (or the card's window) and
// the current nonce. The page sees them too; they carry nothing private, and a forged
// one can at worst resize or close the card, or turn Backstory off on the page's own site.
//
// Where a page refuses the card page (Firefox 140, sandboxed), the host holds the card itself
// (inline-card.tsx, as `makeFace`), which tells this host directly what a card page posts.
// card-element.ts makes the host and takes it away; card-layer.ts puts it on the page (in the
// top layer for a term there; again over what the page shows later); card-placement.ts, where;
// card-going.ts keeps the cards on their way out.
import { inlineCard } from '../messaging/card-content';
import type { CardTarget } from '../messaging/contract';
import { randomNonce } from '../messaging/nonce';
import { send } from '../messaging/send';
import { turnSiteOff } from '../messaging/site-off';
import { runtime } from '../platform/runtime';
import { cardPage, focusedElement, isCardHost, setStyles, showLoaded, type CardFace, type FaceMaker } from './card-element';
import { GoingCards } from './card-going';
import { attachHost, restack, watchTopLayer } from './card-layer';
import { parseCardMessage, stepMessage, type CardMessage } from './card-messages';
import { type Box, CARD_WIDTH, placeCard } from './card-placement';
import { keepTabPlace } from './tab-place';

const INITIAL_HEIGHT = 140;
const MAX_HEIGHT = 420;
/** A card shows when its content is in, or after this long without (an empty frame beats
 *  no card at all). */
const SHOW_ANYWAY_MS = 400;
/** Times one card goes over what the page shows after it: a page that shows its own toast
 *  again on every toggle it hears (ours too) would otherwise trade places with it forever. */
const MAX_RESTACKS = 8;

export interface OpenOptions {
  /** Load the card out of sight, to be shown by reveal(). */
  hidden?: boolean;
  /** The term's node: a term in the top layer takes its card there (card-layer.ts). */
  within?: Node | null;
}

export interface CardEvents {
  /** The pointer entered or left the card (hover grace). */
  onPointer(inside: boolean): void;
  /** The card asked to close (Escape inside it). */
  onClose(): void;
  /** The card asked for the next/previous term (keys inside it); `termKey`: by a term
   *  shortcut, whose command may come as well; `dropped`: a held term shortcut's repeat the
   *  card's pace dropped, which steps nothing but owes that command's echo (echo-pairs.ts). */
  onStep(direction: 1 | -1, termKey: boolean, dropped?: boolean): void;
  /** Not an event: the page's shadow roots the run read, where a popover may show over the
   *  card (card-layer.ts). */
  shadowRoots?: () => readonly ShadowRoot[];
}

export class CardHost {
  private face: CardFace | null = null;
  private nonce = '';
  private anchor: (() => Box | null) | null = null;
  /** The page reads right to left (the card lines up with the term's right edge). */
  private rtl = false;
  /** The page's CSS zoom (html { zoom }), which scales the host's fixed box again. */
  private zoom = 1;
  private height = INITIAL_HEIGHT;
  private readonly origin = new URL(runtime.getURL('')).origin;
  /** Increases with every open/close, so a late stash reply for an old card is ignored. */
  private generation = 0;
  /** The card (or the one being opened) loads out of sight until reveal(). */
  private hidden = false;
  /** The card's content is in (its first ready size came). */
  private ready = false;
  /** The card is on screen (not loading). */
  private showing = false;
  private focusOnShow = false;
  private showAnyway = 0;
  private readonly going = new GoingCards();
  /** Where the focus was before a card took it (a link the reader had tabbed to): it goes
   *  back there when the card closes. Kept while J/K hand the focus from card to card. */
  private returnTo: HTMLElement | null = null;
  /** The node the card's term starts in: Tab goes on from there when nothing else can. */
  private term: Node | null = null;
  /** Times the card now open was shown again over the page's top layer. */
  private restacks = 0;
  private readonly roots = (): readonly ShadowRoot[] => this.events.shadowRoots?.() ?? [];
  /** Listens for popovers in the shadow roots read since it was last called (as a card
   *  opens, and as the observers list new roots). */
  readonly hearRoots: () => void;

  /** `pageDark`: the card takes the page's scheme, not only the system's (a frame's
   *  prefers-color-scheme follows its element's color-scheme in both browsers), so a dark
   *  page does not get a glaring light card. */
  constructor(private readonly events: CardEvents, signal: AbortSignal, private readonly pageDark = false, private readonly makeFace: FaceMaker = cardPage) {
    window.addEventListener('message', (e) => this.onMessage(e), { signal });
    signal.addEventListener('abort', () => this.close());
    // The page showed something in the top layer after the card: the card goes over it, or
    // closes where a modal dialog made it inert (the dialog has the focus then).
    this.hearRoots = watchTopLayer((el) => el instanceof Node && isCardHost(el), () => {
      if (!this.face || ++this.restacks > MAX_RESTACKS) return;
      if (!restack(this.face.host, this.roots)) this.events.onClose();
    }, signal, this.roots);
  }

  get element(): HTMLElement | null {
    return this.face?.host ?? null;
  }

  /** Whether `node` is a card host of ours (shown, loading, or gone), not a page's look-alike. */
  owns(node: Node): boolean {
    return isCardHost(node);
  }

  /** A card is shown or about to be (not one loading out of sight until reveal()). */
  get isOpen(): boolean {
    return this.face !== null && !this.hidden;
  }

  /** Show a card for `target`, placed by `anchor` (the term's box now, or null if gone),
   *  once its content is in. `hidden`: load it out of sight, to be shown by reveal() (hover
   *  loads the card while the pointer rests, so it shows at once when the delay ends). */
  async open(target: CardTarget, anchor: () => Box | null, { hidden = false, within = null }: OpenOptions = {}): Promise<void> {
    const generation = ++this.generation;
    this.hidden = hidden;
    // Noted now, before the stash answers: the focus is still where the reader left it, or
    // in the card this one replaces (which keeps the element noted for it).
    if (target.focus && !this.holdsFocus()) this.returnTo = focusedElement();
    this.term = within;
    // A page with an opaque origin gets its card inline as well (card-content.ts says why):
    // a card with no API does without the stash. Only the card page asks for it by nonce.
    const stash = this.makeFace === cardPage ? send('card/stash', target).then((stashed) => stashed.nonce) : Promise.resolve(randomNonce());
    const opaque = window.origin === 'null';
    const [inline, nonce] = await Promise.all([opaque ? inlineCard(target) : undefined, opaque ? stash.catch(randomNonce) : stash]);
    if (generation !== this.generation) return; // closed or replaced meanwhile
    if (this.face && this.showing) {
      this.going.leave({ face: this.face, nonce: this.nonce });
      this.forget();
    } else this.removeHost();
    this.nonce = nonce;
    this.restacks = 0;
    this.ready = false;
    this.showing = false;
    this.focusOnShow = target.focus;
    this.anchor = anchor;
    // Once per card, not at every scroll frame place() follows.
    this.rtl = getComputedStyle(document.documentElement).direction === 'rtl';
    this.zoom = (document.documentElement as { currentCSSZoom?: number }).currentCSSZoom || 1;
    this.height = INITIAL_HEIGHT;
    const face = this.makeFace({ nonce, inline, pageDark: this.pageDark, tell: (msg) => this.hear(msg) });
    const { host } = face;
    // Shown before its frame loaded (SHOW_ANYWAY_MS): focus it when it has.
    if (target.focus) face.onLoad(() => this.showing && this.face === face && face.focus());
    host.addEventListener('pointerenter', () => this.events.onPointer(true));
    host.addEventListener('pointerleave', () => this.events.onPointer(false));
    this.face = face;
    this.place();
    if (this.face !== face) return; // its term had left the viewport, or was gone: closed
    this.hearRoots();
    attachHost(host, within, this.roots);
    if (!this.hidden) this.showWhenReady();
  }

  /** Show the card opened hidden (at once if its content is in, else as soon as it is).
   *  False when there is none. */
  reveal(): boolean {
    if (!this.hidden) return false;
    this.hidden = false;
    if (this.face) this.showWhenReady();
    return true;
  }

  private showWhenReady(): void {
    if (this.ready) this.show();
    else {
      clearTimeout(this.showAnyway);
      this.showAnyway = window.setTimeout(() => this.show(), SHOW_ANYWAY_MS);
    }
  }

  private show(): void {
    clearTimeout(this.showAnyway);
    if (!this.face || this.hidden || this.showing) return;
    this.showing = true;
    showLoaded(this.face.host);
    this.place();
    // The card it replaces goes first: holding the focus, it hands it to this window, and
    // only a focused window reliably passes it on into a frame. A card not taking the focus
    // (hover) lets it go back where it was.
    this.going.drop(this.focusOnShow ? null : this.returnTo);
    if (this.focusOnShow) this.face?.focus();
  }

  /** Whether the card is loading out of sight (opened hidden, not revealed). */
  get isHidden(): boolean {
    return this.hidden;
  }

  close(): void {
    this.generation++;
    this.hidden = false;
    const returnTo = this.returnTo;
    // The card holds the focus and nothing had it before: Tab goes on from its term.
    const place = !returnTo?.isConnected && this.holdsFocus() ? this.term : null;
    this.returnTo = null;
    this.removeHost(returnTo);
    this.going.drop(returnTo);
    keepTabPlace(place);
  }

  /** A card of ours (shown, loading or leaving) holds the focus. */
  private holdsFocus(): boolean {
    const active = document.activeElement;
    return active !== null && isCardHost(active);
  }

  /** The card's term was made anew by the page (its text re-rendered): follow the new one. */
  reanchor(anchor: () => Box | null): void {
    if (!this.face) return;
    this.anchor = anchor;
    this.place();
  }

  /** Follow the term (scroll, resize); close when it has left the viewport. */
  place(): void {
    const host = this.face?.host;
    if (!host || !this.anchor) return;
    const term = this.anchor();
    const view = { width: document.documentElement.clientWidth || window.innerWidth, height: window.innerHeight };
    if (!term || term.top + term.height < 0 || term.top > view.height) {
      this.close();
      return;
    }
    // In viewport pixels (the term's box is), and the card at its own size; the host's
    // styles are in the zoomed page's pixels.
    const z = this.zoom;
    const p = placeCard(term, { width: CARD_WIDTH * z, height: Math.min(this.height, MAX_HEIGHT) * z }, view, this.rtl);
    setStyles(host, { left: `${p.left / z}px`, top: `${p.top / z}px`, width: `${p.width / z}px`, height: `${p.height / z}px` });
    // A transform on <html> places fixed boxes in its (scrolling) box: correct by where it landed.
    const at = host.isConnected ? host.getBoundingClientRect() : null;
    if (at && (Math.abs(at.left - p.left) > 0.5 || Math.abs(at.top - p.top) > 0.5)) {
      setStyles(host, { left: `${(2 * p.left - at.left) / z}px`, top: `${(2 * p.top - at.top) / z}px` });
    }
  }

  /** `returnTo`: where the focus goes if this card holds it (else the window). */
  private removeHost(returnTo: HTMLElement | null = null): void {
    clearTimeout(this.showAnyway);
    if (this.face) this.going.takeAway({ face: this.face, nonce: this.nonce }, returnTo);
    this.forget();
  }

  private forget(): void {
    this.face = null;
    this.anchor = null;
    this.showing = false;
  }

  private onMessage(event: MessageEvent): void {
    // A card in a sandboxed page is sandboxed too: its origin is opaque, so it is known by
    // its window instead.
    const faces = [this.face, ...this.going.faces()];
    const fromCard = event.origin === this.origin || (event.origin === 'null' && event.source !== null && faces.some((f) => f && event.source === f.source()));
    const msg = fromCard ? parseCardMessage(event.data) : null;
    if (msg) this.hear(msg);
  }

  /** What a card (of this host's: shown, leaving or lingering) says. */
  private hear(msg: CardMessage): void {
    const current = this.face !== null && msg.nonce === this.nonce;
    if (!current && !this.going.hears(msg)) return;
    const { step, dropped } = stepMessage(msg);
    if (msg.type === 'size') {
      // The card on its way out keeps its size.
      if (!current || msg.height === undefined) return;
      this.height = Math.max(40, Math.ceil(msg.height));
      this.place();
      if (msg.ready && !this.ready) {
        this.ready = true;
        if (!this.hidden) this.show();
      }
    } else if (msg.type === 'close') this.events.onClose();
    else if (msg.type === 'pointer-in' || msg.type === 'pointer-out') {
      // Chromium gives the host no pointerenter for a pointer going into its frame: the card says.
      if (current) this.events.onPointer(msg.type === 'pointer-in');
    }
    // A dropped repeat is only ever a term shortcut's (the card sends no other).
    else if (step !== 0) this.events.onStep(step, dropped || msg.termKey === true, dropped);
    // From a card with no extension API (see card/main.tsx). At worst a forged one turns
    // Backstory off on the page's own site.
    else if (msg.type === 'site-off') turnSiteOff(location.hostname).catch((err: unknown) => console.warn('Backstory: turning off on this site', err));
  }
}
