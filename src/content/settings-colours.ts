// The user's colour per kind, applied without touching the page's DOM: a constructed
// stylesheet adopted by the document (document.adoptedStyleSheets), with one
// ::highlight(backstory-<kind>) rule per changed colour. Content scripts may do this in
// Chrome (isolated world) and in Firefox from 153 on (bug 1751346 fixed adopting sheets
// from content scripts); Firefox before that adopts a sheet made in the page's realm
// (adopt()). Where adopting still throws, the manifest's content.css colours stay.
//
// Declarations are !important: Firefox puts the manifest's content.css after the document's
// sheets (adopted ones included), so a plain rule of the same specificity would lose there.
//
// Only colours the user changed from the defaults are written: the manifest stylesheet's
// own palette (tuned per light/dark scheme) stays for the rest.
import { DEFAULT_SETTINGS, type Settings } from '../core/records';
import type { HighlightKind } from '../core/types';

/** Tint strength of the background, as in content.css. */
const TINT = '20%';

/** A colour safe to put in a rule: the browser parses it as one, and it cannot close the rule. */
export function isSafeColour(value: string, supports: (v: string) => boolean): boolean {
  return value.length <= 64 && !/[;{}<>\\]/.test(value) && supports(value);
}

/** The rules for the colours that differ from the defaults. */
export function colourRules(colours: Settings['colours'], supports: (v: string) => boolean): string {
  const rules: string[] = [];
  for (const [kind, colour] of Object.entries(colours) as [HighlightKind, string][]) {
    if (colour === DEFAULT_SETTINGS.colours[kind] || !isSafeColour(colour, supports)) continue;
    rules.push(
      `::highlight(backstory-${kind}) { background-color: color-mix(in srgb, ${colour} ${TINT}, transparent) !important; text-decoration-color: ${colour} !important; }`,
    );
  }
  // For screens only: a printed page has no marks (content.css).
  return rules.length > 0 ? `@media not print {\n${rules.join('\n')}\n}` : '';
}

interface AdoptingDocument {
  adoptedStyleSheets: CSSStyleSheet[];
}

/** The run's adopted sheet: adopted at the first colour that differs from the defaults,
 *  rewritten in place when the colours change (settings-apply.ts), removed when `signal`
 *  aborts. */
export class ColourSheet {
  private sheet: CSSStyleSheet | null = null;
  private refused = false;

  constructor(
    private readonly signal: AbortSignal,
    private readonly doc: Document = document,
  ) {
    signal.addEventListener('abort', () => this.remove(), { once: true });
  }

  /** Show `colours`. Returns false when this browser would not adopt the sheet. */
  set(colours: Settings['colours']): boolean {
    if (this.refused) return false;
    if (this.signal.aborted) return true;
    const css = colourRules(colours, (v) => CSS.supports('color', v));
    try {
      if (this.sheet) {
        this.sheet.replaceSync(css);
      } else if (css) {
        this.sheet = this.adopt(css);
      }
    } catch (err) {
      console.info('Backstory: custom colours cannot be applied here; using the default colours', err);
      this.refused = true;
      return false;
    }
    return true;
  }

  private target(): AdoptingDocument {
    return this.pageSide ?? (this.doc as unknown as AdoptingDocument);
  }

  /** Firefox before 153 refuses a content script's own sheet (bug 1751346): there the sheet
   *  is made in the page's realm, through the document's waived Xray, and adopted from it. */
  private pageSide: AdoptingDocument | null = null;

  private adopt(css: string): CSSStyleSheet {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    try {
      // push() on the observable array: assigning a new array threw in Firefox before 153.
      this.target().adoptedStyleSheets.push(sheet);
      return sheet;
    } catch (err) {
      const waived = (this.doc as { wrappedJSObject?: AdoptingDocument & { defaultView: { CSSStyleSheet: typeof CSSStyleSheet } | null } }).wrappedJSObject;
      const PageSheet = waived?.defaultView?.CSSStyleSheet;
      if (!waived || !PageSheet) throw err;
      const own = new PageSheet();
      own.replaceSync(css);
      waived.adoptedStyleSheets.push(own);
      this.pageSide = waived;
      return own;
    }
  }

  private remove(): void {
    if (!this.sheet) return;
    try {
      const list = this.target().adoptedStyleSheets;
      const at = list.indexOf(this.sheet);
      if (at >= 0) list.splice(at, 1);
    } catch {
      /* the page replaced the list; our sheet is gone with it */
    }
    this.sheet = null;
  }
}
