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
export function attachHost(host: HTMLElement, within: Node | null): void {
  const layer = within ? topLayerOf(within) : null;
  const canShow = typeof host.showPopover === 'function';
  if (layer && canShow) {
    host.popover = 'manual';
    layer.appendChild(host);
    host.showPopover();
    return;
  }
  document.documentElement.appendChild(host);
  if (!canShow || openModals().length > 0 || shownOverlays((el) => el.localName === host.localName).length === 0) return;
  host.popover = 'manual';
  host.showPopover();
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
 *  fullscreen element) but lie over it, less those `mine` says are ours (a card host). */
export function shownOverlays(mine: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  for (const selector of [':popover-open', ':fullscreen']) {
    try {
      for (const el of document.querySelectorAll(selector)) if (!mine(el) && !out.includes(el)) out.push(el);
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
