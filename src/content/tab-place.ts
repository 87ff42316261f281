// Where Tab goes on from when a card that held the focus closes and nothing on the page had
// the focus before it (a reader who opened it by the term command on a page they had not
// tabbed into): from the card's term, as a reader expects, not from the card's host (on
// <html> after everything, or at the end of a modal dialog: Tab went to the page's or the
// dialog's first link). Both browsers keep their sequential focus navigation starting point
// on the element that had the focus last, blurred or not (blink's Document::SetFocusedElement
// moves it only to a new focused element). So the last element before the term that takes the focus has it for a moment, in this
// task (never drawn so), and gives it up: Tab then reaches the first one after the term.
// Nothing is added to the page (the card host is the one node Backstory adds), no attribute
// changes, and the selection is not touched (Chromium would not read a caret put at the
// term; Firefox would, but the reader's own selection must not move). The page hears one
// focus and blur on that element. With none before the term, Tab already goes to the
// first one after it. Shift+Tab would skip the place: shift-tab-back.ts. The search looks
// into shadow roots as the text map does (flat-before.ts): a link in a web component's
// open root before the term is the place.
import { isCardHost } from './card-element';
import { flatBefore } from './flat-before';
import { armShiftTabBack } from './shift-tab-back';

/** Elements whose focus moves into another document: never the place. */
const OTHER_DOCUMENT = new Set(['iframe', 'frame', 'object', 'embed']);
/** Fields whose focus pages answer with something drawn (a search box's suggestions, shown on
 *  focus and hidden a moment after blur): a link or a button before them is used instead. */
const FIELDS = new Set(['input', 'textarea', 'select']);
/** Nodes looked at before the term, at most (a page with no focusable one before a term far
 *  down would be walked whole). On a 50,000-word article with each word in two elements
 *  (200,566 nodes, no link), 5,000 took 0.9-5.7 ms in Chromium 156 and 0-4 ms in Firefox
 *  153 (page world, this shared 2-core machine); the whole page, 218-293 and 105-285 ms;
 *  20,000, 6-28 ms, more than a frame. 5,000 is some 1,200 words of such dense markup back
 *  (the whole 50,000-word page in plain paragraphs: 1,632 nodes, 0.1 ms). */
const MAX_LOOKED_AT = 5_000;
/** Fields passed over that Shift+Tab tries, nearest first (a hidden or disabled one does not
 *  take the focus: the next is tried). */
const MAX_PASSED = 8;

/** Tab goes on from `term` (the node the closed card's term starts in) when nothing on the
 *  page has the focus; nothing is done for a term no longer on the page. */
export function keepTabPlace(term: Node | null): void {
  if (!term?.isConnected || hasFocusedElement(term)) return;
  const passed: HTMLElement[] = [];
  const place = focusPlaceBefore(term, passed);
  if (place) armShiftTabBack([...passed, place], hasFocus);
}

/** Something on the page (in `term`'s document) has the focus. */
function hasFocusedElement(term: Node): boolean {
  const active = term.ownerDocument?.activeElement ?? null;
  return active !== null && active !== term.ownerDocument?.body && !isCardHost(active);
}

/** Gives the focus to the last element before `term` (in flat tree order, its ancestors
 *  too) that takes it, and takes it back at once: that element, or null when none does.
 *  The fields and editable hosts passed over on the way, nearest first, go in `passed`
 *  (where Shift+Tab lands first: shift-tab-back.ts). */
export function focusPlaceBefore(term: Node, passed: HTMLElement[] = []): HTMLElement | null {
  if (!term.isConnected) return null;
  let at: Node | null = term;
  for (let looked = 0; looked < MAX_LOOKED_AT && (at = flatBefore(at)); looked++) {
    if (!(at instanceof HTMLElement)) continue;
    if (isPassedField(at) && passed.length < MAX_PASSED) passed.push(at);
    if (!mayTakeFocus(at)) continue;
    at.focus({ preventScroll: true });
    if (!hasFocus(at)) continue; // inert, hidden, disabled
    at.blur();
    return at;
  }
  return null;
}

/** `el` has the focus (in its tree: a shadow root's element has it there, its host in the
 *  document). */
function hasFocus(el: HTMLElement): boolean {
  return (el.getRootNode() as Document | ShadowRoot).activeElement === el;
}

/** A field or an editable host in the Tab order: not the place, but where Shift+Tab goes. */
function isPassedField(el: HTMLElement): boolean {
  const editableHost = el.isContentEditable && !el.parentElement?.isContentEditable;
  const field = FIELDS.has(el.localName) && !(el instanceof HTMLInputElement && el.type === 'hidden');
  return (field || editableHost) && el.tabIndex >= 0;
}

/** Whether `el` is of a kind that takes the focus (a link, a control, a tabindex), and the
 *  focus stays in this document and moves no caret (an editable element's would). */
function mayTakeFocus(el: HTMLElement): boolean {
  if (OTHER_DOCUMENT.has(el.localName) || FIELDS.has(el.localName) || isCardHost(el) || el.isContentEditable) return false;
  return el.tabIndex >= 0 || el.hasAttribute('tabindex');
}
