// The content script's seam for reaching an element's shadow root whatever its mode: an
// extension may read into the page's CLOSED shadow roots, which `el.shadowRoot` hides.
// Firefox gives content scripts a property on Element (`el.openOrClosedShadowRoot`, read
// through the Xray view); Chrome a function, `chrome.dom.openOrClosedShadowRoot(el)`. Both
// are looked up on use, so unit tests (happy-dom, no extension) get `el.shadowRoot`.
//
// Only elements a page can attach a root to are asked: Firefox's property also gives the
// browser's own widget roots (a <details>'s, whose slots would bypass the text map's folding).
// Chrome's call goes through the extension bindings: about 2-3 µs each (Chromium 150, 5000
// divs: 11-14 ms), some 25 times a property read. The text reader asks for every element, so
// Chrome is asked only about elements a closed root can hide something in (mayHideShadow).

interface DomApi {
  dom?: { openOrClosedShadowRoot?: (el: HTMLElement) => ShadowRoot | null | undefined };
}

/** Built-in elements that may host a shadow root (attachShadow throws on the others). */
const BUILT_IN_HOSTS = new Set([
  'article', 'aside', 'blockquote', 'body', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'main', 'nav', 'p', 'section', 'span',
]);

/** Whether a page can attach a shadow root to `el`: a custom element or one of the built-ins. */
function mayHost(el: Element): boolean {
  return el.localName.includes('-') || BUILT_IN_HOSTS.has(el.localName);
}

/** Whether Chrome is worth asking about a possible host `el`: a custom element (web
 *  components are what attach closed roots), or a built-in with nothing of its own to show
 *  but white space (a root shows instead of the host's children, so a host given one, by
 *  script or by server-rendered markup, is most often empty; one with children is left
 *  unread: asking about every div and paragraph would cost too much). */
function mayHideShadow(el: Element): boolean {
  if (el.localName.includes('-')) return true;
  if (el.firstElementChild !== null) return false;
  const only = el.firstChild;
  return only === null || (only === el.lastChild && only.nodeType === 3 && (only as Text).data.trim() === '');
}

/** `el`'s shadow root, open or closed, or null for none (nor for a browser's own widget). */
export function shadowRootOf(el: Element): ShadowRoot | null {
  const open = el.shadowRoot;
  if (open) return open;
  if (!mayHost(el)) return null;
  if ('openOrClosedShadowRoot' in el) return (el as Element & { openOrClosedShadowRoot: ShadowRoot | null }).openOrClosedShadowRoot ?? null;
  if (!mayHideShadow(el)) return null;
  const dom = (globalThis as { chrome?: DomApi }).chrome?.dom;
  if (!dom?.openOrClosedShadowRoot || !(el instanceof HTMLElement)) return null;
  try {
    return dom.openOrClosedShadowRoot(el) ?? null;
  } catch {
    return null; // an element from another realm (a same-origin frame's) fails the binding's type check
  }
}
