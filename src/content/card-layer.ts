// Where the card host goes, so the card shows over the term it is about. A term inside the
// top layer (a modal <dialog>, a shown popover such as a lightbox, a fullscreen element) is
// drawn over everything a host on <html> could reach, whatever its z-index, and a modal
// dialog makes everything outside it inert: a card there would sit behind the dialog's
// ::backdrop, deaf to the pointer and the focus. So such a card's host goes inside the
// term's top-layer element (not inert) and shows as a manual popover: in the top layer
// itself, above that element, placed against the viewport rather than a transformed
// dialog's box, and never clipped by the dialog's overflow. Checked in Chromium 150 and
// Firefox 140: a popover on <html> shown over a modal dialog is inert there (hit-testing
// passes through it), one inside the dialog is not. A manual popover closes no other
// popover, and the page's own ones stay as they are. A card for a term on the page itself
// goes on <html>, shown as a manual popover too while the page shows one of its own (a toast,
// a chat bubble), so that it is drawn over it (a later top-layer element is over earlier ones).
// What the page shows in the top layer after the card opened would lie over it in turn:
// watchTopLayer() hears it and restack() shows the card again, last (see there).
// Ours are told from the page's by isCardHost(), not by name: a page's own <backstory-card>
// shown in the top layer lies over the card like any other overlay. A page's popover may
// sit in a shadow root, out of the document's reach: `roots` are those the run read (open
// and closed), searched and listened to as the document is.
import { isCardHost } from './card-element';

/** The page's shadow roots the run read (run.shadowRoots), where a popover may be too. */
export type Roots = () => readonly ShadowRoot[];
const NO_ROOTS: Roots = () => [];

/** Top-layer elements: their own layer over the page. */
const TOP_LAYER = [':modal', ':popover-open', ':fullscreen'];

/** Whether `el` is in the top layer now (a selector the browser does not know is false). */
export function inTopLayer(el: Element): boolean {
  for (const selector of TOP_LAYER) {
    try {
      if (el.matches(selector)) return true;
    } catch {
      // An engine without popovers (or a test DOM) does not parse the selector.
    }
  }
  return false;
}

/** The innermost top-layer element holding `node` (across shadow roots), or null. */
export function topLayerOf(node: Node): Element | null {
  let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
  while (el) {
    if (inTopLayer(el)) return el;
    const up: Element | null = el.parentElement;
    if (up) el = up;
    else {
      const root = el.getRootNode();
      el = root instanceof ShadowRoot ? root.host : null;
    }
  }
  return null;
}

/** Puts `host` on the page where the card shows over the term at `within`: inside the
 *  term's top-layer element and shown into the top layer as a manual popover; else on
 *  <html>, shown as a manual popover too while the page shows one of its own (a toast, a
 *  chat bubble) or a fullscreen element: the later-shown is drawn over the earlier, so the
 *  card is over it where the two meet. Not while a modal dialog is open: a popover outside
 *  it is inert. The host's inline styles (card-element.ts) undo the UA's [popover] ones. */
export function attachHost(host: HTMLElement, within: Node | null, roots: Roots = NO_ROOTS): void {
  const layer = within ? topLayerOf(within) : null;
  const canShow = typeof host.showPopover === 'function';
  if (layer && canShow) {
    host.popover = 'manual';
    layer.appendChild(host);
    host.showPopover();
    return;
  }
  document.documentElement.appendChild(host);
  if (!canShow || openModals().length > 0 || shownOverlays(isCardHost, roots()).length === 0) return;
  host.popover = 'manual';
  host.showPopover();
}

/** Shows `host` into the top layer again, last, so that it is drawn over what the page has
 *  shown there since it opened (a toast over the card's spot, a lightbox); one on <html>
 *  that was not a popover becomes one. False, doing nothing, when a modal dialog not
 *  holding the host is open: the card is inert behind it, and its owner closes it. Hiding
 *  and showing at once keeps the focus in the card's frame (checked in Chromium 150 and
 *  Firefox 140, with the focus on a button inside the frame): the host's inline display
 *  outranks the UA's display: none for a closed popover, so it is never out of the layout
 *  in between, and no frame is drawn between the two. */
export function restack(host: HTMLElement, roots: Roots = NO_ROOTS): boolean {
  if (openModals().some((modal) => !isInside(modal, host))) return false;
  if (!host.isConnected || typeof host.showPopover !== 'function') return true;
  if (host.matches(':popover-open')) host.hidePopover();
  else if (shownOverlays(isCardHost, roots()).length > 0) host.popover = 'manual';
  else return true; // on <html>, over all the page shows
  host.showPopover();
  return true;
}

/** Calls `changed` at the next frame after the page changed its top layer: showed a popover
 *  or a dialog (its beforetoggle: both browsers fire it, for a dialog too, but it neither
 *  bubbles nor leaves a shadow root, so it is heard on its way down, on the document and on
 *  each of `roots`) or entered fullscreen. At the next frame, not at once: beforetoggle
 *  comes before the element is shown, and a frame callback still comes before the page is
 *  drawn with it. Toggles of the elements `mine` says are ours (a card host's own restack)
 *  are not the page's. Returns what listens to the roots read since (called as a card
 *  opens: the top layer matters only while one shows); a root it finds already showing a
 *  popover counts as a change too: a component that showed one in the task that put it on
 *  the page did so before anything listened there. */
export function watchTopLayer(mine: (el: EventTarget | null) => boolean, changed: () => void, signal: AbortSignal, roots: Roots = NO_ROOTS): () => void {
  let frame = 0;
  const soon = (): void => {
    if (frame || signal.aborted) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      changed();
    });
  };
  const later = (e: Event): void => {
    if (!mine(e.target) && (e as ToggleEvent).newState !== 'closed') soon();
  };
  document.addEventListener('beforetoggle', later, { capture: true, signal });
  document.addEventListener('fullscreenchange', later, { capture: true, signal });
  signal.addEventListener('abort', () => cancelAnimationFrame(frame));
  const heard = new WeakSet<ShadowRoot>();
  const hearRoots = (): void => {
    const fresh: ShadowRoot[] = [];
    for (const root of roots()) {
      if (heard.has(root)) continue;
      heard.add(root);
      fresh.push(root);
      root.addEventListener('beforetoggle', later, { capture: true, signal });
    }
    if (fresh.length > 0 && overlaysIn(fresh, mine).length > 0) soon();
  };
  hearRoots();
  return hearRoots;
}

/** The open modal dialogs: while there is one, everything outside them is inert (a step of
 *  the keyboard there would open a card for a term behind the dialog's ::backdrop). */
export function openModals(): Element[] {
  try {
    return [...document.querySelectorAll('dialog:modal')];
  } catch {
    return []; // no :modal (a test DOM)
  }
}

/** The shown top-layer elements that leave the page live (a popover such as a lightbox, a
 *  fullscreen element) but lie over it, in the document or in `roots` (the page's shadow
 *  roots read), less those `mine` says are ours (a card host). */
export function shownOverlays(mine: (el: Element) => boolean, roots: readonly ShadowRoot[] = []): Element[] {
  return overlaysIn([document, ...roots], mine);
}

/** shownOverlays() of `scopes` only: shadow roots just found are looked in alone (one a
 *  component opened a popover in before we listened), not the whole page again. */
function overlaysIn(scopes: readonly (Document | ShadowRoot)[], mine: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  for (const selector of [':popover-open', ':fullscreen']) {
    try {
      for (const scope of scopes) for (const el of scope.querySelectorAll(selector)) if (!mine(el) && !out.includes(el)) out.push(el);
    } catch {
      // no such selector (an older engine, a test DOM)
    }
  }
  return out;
}

/** Whether `node` is inside `layer`, across shadow roots. */
export function isInside(layer: Element, node: Node): boolean {
  for (let at: Node | null = node; at; at = at.parentNode ?? (at instanceof ShadowRoot ? at.host : null)) if (at === layer) return true;
  return false;
}
