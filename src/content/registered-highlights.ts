// The Highlights the page paints: one registered per type, under exactly the names in the
// team's design notes (../shared/DESIGN.md, beside the repo), each holding ALL registered
// ranges of its type (linked or not). Linked terms (known to the store) are also put in one
// overlay, `backstory-linked`, of higher priority, whose style (content.css) makes them
// visibly stronger; the overlay only ever adds paint, so the six type highlights stay the
// whole truth for tests. Which marks to register, and when, is the highlighter's
// (highlighter.ts).
//
// We keep our own set of registered marks: Firefox content scripts cannot iterate a
// Highlight or CSS.highlights (Xray wrappers).
import type { HighlightKind } from '../core/types';
import type { PageMark } from './page-mark';

export const HIGHLIGHT_KINDS: readonly HighlightKind[] = ['person', 'org', 'place', 'event', 'number', 'date'];
export const LINKED_OVERLAY = 'backstory-linked';

export function highlightName(kind: HighlightKind): string {
  return `backstory-${kind}`;
}

/** The page's highlight registry, or null where the API is missing. */
export function highlightRegistry(): HighlightRegistry | null {
  const css = (globalThis as { CSS?: { highlights?: HighlightRegistry } }).CSS;
  if (!css?.highlights || typeof (globalThis as { Highlight?: unknown }).Highlight !== 'function') return null;
  return css.highlights;
}

/** The type highlights and the linked overlay, registered from construction to dispose(),
 *  and the marks whose ranges they hold. */
export class RegisteredHighlights {
  private readonly byKind = new Map<HighlightKind, Highlight>();
  private readonly linked: Highlight;
  private readonly marks = new Set<PageMark>();

  constructor(private readonly registry: HighlightRegistry) {
    for (const kind of HIGHLIGHT_KINDS) {
      const h = new Highlight();
      this.byKind.set(kind, h);
      registry.set(highlightName(kind), h);
    }
    this.linked = new Highlight();
    this.linked.priority = 1;
    registry.set(LINKED_OVERLAY, this.linked);
  }

  get size(): number {
    return this.marks.size;
  }

  has(mark: PageMark): boolean {
    return this.marks.has(mark);
  }

  /** The registered marks now (a copy: free to unregister while walking it). */
  list(): PageMark[] {
    return [...this.marks];
  }

  /** Register `mark`'s range; false when it is in already, or dead (its span could not be
   *  placed in the text). */
  add(mark: PageMark): boolean {
    if (this.marks.has(mark)) return false;
    const range = mark.range;
    if (mark.dead) return false;
    this.marks.add(mark);
    this.byKind.get(mark.kind)?.add(range);
    if (mark.linked) this.linked.add(range);
    return true;
  }

  delete(mark: PageMark): void {
    if (!this.marks.delete(mark)) return;
    this.byKind.get(mark.kind)?.delete(mark.range);
    this.linked.delete(mark.range);
  }

  /** Unregister the highlights themselves (page run aborted). */
  dispose(): void {
    for (const kind of HIGHLIGHT_KINDS) this.registry.delete(highlightName(kind));
    this.registry.delete(LINKED_OVERLAY);
    this.marks.clear();
  }
}
