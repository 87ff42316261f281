// When the content script's work may start.

/** Boot once the page is shown. A page Chrome prerenders (speculation rules) may never be:
 *  nothing is read before, and until it is shown the background knows its top frame by an id
 *  other than 0, which it takes for a subframe's and whose report it refuses. */
export function whenShown(start: () => void): void {
  if ((document as Document & { prerendering?: boolean }).prerendering !== true) setTimeout(start, 0);
  else document.addEventListener('prerenderingchange', () => setTimeout(start, 0), { once: true });
}
