// Custom elements read before the page defined them. A component defined after
// document_idle (a lazily loaded bundle) attaches its shadow root (open or closed) on
// upgrade, in its constructor or connectedCallback, and attaching a shadow root makes no
// mutation record: the observers would never read the text rendered into it.
//
// The content script cannot hear the definition: its isolated world does not share the
// page's customElements registry (null in Chromium's content scripts; Firefox's Xray view
// does not reliably reflect it), so whenDefined is out of reach, and patching the page's
// attachShadow is not ours to do. What it can see is the DOM: the element's root (open, or
// closed through the extension's reach: readableShadowRoot) and the CSS state `:defined`.
// So the elements a read met undefined are looked at again a few times (CHECKS_MS after the
// latest were noted): one that now has a shadow root is handed on to be read, one defined
// without a shadow root (a light-DOM component: its rendering makes mutations) or gone from
// the page is forgotten, and none is kept past the last look. The cost is a property read
// and a selector match per element noted, a few times over.
import { isUndefinedCustomElement, readableShadowRoot } from './text-rules';

/** When the elements are looked at again, in ms after the latest were noted. */
export const CHECKS_MS = [500, 2000, 5000, 10_000];
/** The most elements kept: an app whose components are never custom elements (Angular's
 *  tags are undefined for good) is not worth more. */
const MAX_NOTED = 1000;

export class LateHosts {
  /** Element → when it was noted (performance.now()). */
  private readonly noted = new Map<Element, number>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** When the pending look is due (performance.now()). */
  private dueAt = 0;
  private step = 0;

  /** `found` gets each noted element once it has a shadow root. */
  constructor(private readonly signal: AbortSignal, private readonly found: (host: Element) => void) {
    signal.addEventListener('abort', () => {
      clearTimeout(this.timer);
      this.noted.clear();
    }, { once: true });
  }

  /** Keep an eye on `elements` (as a read met them: undefined custom elements). */
  note(elements: readonly Element[]): void {
    if (this.signal.aborted) return;
    const now = performance.now();
    let added = false;
    for (const el of elements) {
      if (this.noted.size >= MAX_NOTED) break;
      if (this.noted.has(el)) continue;
      this.noted.set(el, now);
      added = true;
    }
    if (!added) return;
    // New ones start the looks over; those noted before get more looks, never fewer. A look
    // already due sooner stays: a page adding elements every few hundred ms would otherwise
    // push the first look back for good.
    this.step = 0;
    if (this.timer === undefined || this.dueAt > now + CHECKS_MS[0]!) this.schedule();
  }

  /** How many elements are kept (for tests). */
  get size(): number {
    return this.noted.size;
  }

  private schedule(): void {
    clearTimeout(this.timer);
    const wait = CHECKS_MS[this.step]! - (this.step > 0 ? CHECKS_MS[this.step - 1]! : 0);
    this.dueAt = performance.now() + wait;
    this.timer = setTimeout(() => this.look(), wait);
  }

  private look(): void {
    this.timer = undefined;
    if (this.signal.aborted) return;
    const oldest = performance.now() - CHECKS_MS[CHECKS_MS.length - 1]!;
    for (const [el, at] of this.noted) {
      if (readableShadowRoot(el)) {
        this.noted.delete(el);
        if (el.isConnected) this.found(el);
      } else if (!el.isConnected || !isUndefinedCustomElement(el) || at <= oldest) {
        this.noted.delete(el);
      }
    }
    this.step++;
    if (this.noted.size > 0 && this.step < CHECKS_MS.length) this.schedule();
  }
}
