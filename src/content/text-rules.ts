// Which elements the text map (text-map.ts) reads, skips and separates, and so which page
// mutations can change what it reads (page-watch.ts, observers.ts).
//
// Hidden text is skipped by markup only (hidden, aria-hidden, inert, skipped tags, the body
// of a closed <details>), not by computed style: getComputedStyle per element would cost
// more than the whole match. Ranges over text hidden by CSS are harmless (they do not
// paint, and hit-testing cannot reach them); the keyboard path checks visibility before it
// scrolls to a term.

import { shadowRootOf } from '../platform/shadow-root';
import { CARD_TAG } from './card-tag';

/** Elements whose text is never prose a reader sees, or never ours to touch (local names:
 *  lower case for HTML, SVG and MathML alike). */
const SKIP = new Set([
  'script', 'style', 'noscript', 'textarea', 'input', 'select', 'option', 'template', 'iframe', 'object',
  'embed', 'canvas', 'video', 'audio', 'svg', 'math', 'head', 'title', 'button', 'code', 'pre', 'kbd', 'samp',
]);

/** Elements laid out as blocks by default; their edges separate words. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'html', 'legend', 'li', 'main', 'nav', 'ol', 'p', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'tr', 'ul',
]);

/** A text/plain document: the browser shows it as one <pre>, which is then the prose. */
const PLAIN_TEXT = typeof document !== 'undefined' && document.contentType === 'text/plain';

/** Whether an element and everything under it is left out. */
export function isSkipped(el: Element, exclude?: Element | null): boolean {
  if (el === exclude) return true;
  if (SKIP.has(el.localName)) return !(PLAIN_TEXT && el.localName === 'pre');
  // Most elements of an article carry no attribute at all: one call settles them.
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden') || el.hasAttribute('inert')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/** Whether `el` is a closed <details>: only its summary shows until the reader opens it
 *  ("Read more" folds), so the rest is hidden by markup as much as `hidden` is. */
export function isFolded(el: Element): boolean {
  return el.localName === 'details' && !el.hasAttribute('open');
}

/** The summary a closed <details> shows: its first <summary> child, or null. */
export function foldedSummary(details: Element): Element | null {
  for (let c = details.firstElementChild; c; c = c.nextElementSibling) if (c.localName === 'summary') return c;
  return null;
}

/** The shadow root the text map reads in place of `el`'s children: open or closed (an
 *  extension may read the page's closed roots), but never inside a card host's closed root,
 *  which is Backstory's own (a card drawn there is no page text, even while it leaves). */
export function readableShadowRoot(el: Element): ShadowRoot | null {
  return el.localName === CARD_TAG ? el.shadowRoot : shadowRootOf(el);
}

/** Whether `el` is a custom element the page has not defined yet (and so has no shadow
 *  root yet): one it defines later may attach a shadow root on upgrade, which no mutation
 *  record reports (late-hosts.ts). `:defined` is CSS, so the content script's isolated world
 *  can test it, where the page's customElements registry is out of its reach. */
export function isUndefinedCustomElement(el: Element): boolean {
  return el.localName.includes('-') && el.shadowRoot === null && !el.matches(':defined');
}

/** Whether every node of a list is one the text map never reads (skipped elements such as
 *  the scripts, styles and iframes analytics and ads add while a page loads; comments). */
function allUnread(nodes: NodeList): boolean {
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.nodeType === 8) continue;
    if (node.nodeType !== 1 || !isSkipped(node as Element)) return false;
  }
  return true;
}

/** Whether a mutation can change what the text map reads: edited text, or added or removed
 *  nodes other than ones it skips. */
export function touchesText(record: MutationRecord): boolean {
  return record.type !== 'childList' || !allUnread(record.addedNodes) || !allUnread(record.removedNodes);
}

/** Whether `el` is laid out as a block by default (the observers re-read changed text by
 *  the same blocks this walk separates). */
export function isBlock(el: Element): boolean {
  return BLOCK.has(el.localName);
}
