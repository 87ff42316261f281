// Where Tab goes on from when a card that held the focus closes and nothing on the page had
// the focus before it (a reader who pressed J on a page they had not tabbed into): from the
// card's term, as a reader expects, not from where the card's host was (the end of the
// page, so Tab went to the page's first link). Both browsers keep the sequential focus
// navigation starting point where a focused element was removed: an empty element of ours
// takes the focus just before the term and leaves at once, in the same task (never drawn).
import { claimHost, setStyles } from './card-element';
import { CARD_TAG } from './card-tag';

/** A focusable empty element put just before `term` (the node the term's range starts in),
 *  for removeCardHost to give the focus to; the caller removes it right after. Null when the
 *  term is no longer on the page. */
export function tabPlaceBefore(term: Node | null): HTMLElement | null {
  const parent = term?.parentNode;
  if (!term || !parent || !term.isConnected) return null;
  const place = document.createElement(CARD_TAG);
  claimHost(place); // the observers pass over it, as over a card's host
  place.tabIndex = -1;
  setStyles(place, { all: 'initial', position: 'fixed', width: '0', height: '0', outline: 'none' });
  parent.insertBefore(place, term);
  return place;
}
