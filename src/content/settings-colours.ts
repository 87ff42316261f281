// The user's colour per kind, applied without touching the page's DOM: a constructed
// stylesheet adopted by the document (document.adoptedStyleSheets), with one
// ::highlight(backstory-<kind>) rule per changed colour. Content scripts may do this in
// Chrome (isolated world) and in Firefox from 153 on (bug 1751346 fixed adopting sheets
// from content scripts); Firefox before that adopts a sheet made by the page's own objects
// (adopt()). Where adopting still throws, the manifest's content.css colours stay.
//
// Declarations are !important: Firefox puts the manifest's content.css after the document's
// sheets (adopted ones included), so a plain rule of the same specificity would lose there.
//
// The colours are those of the page's scheme (the reader keeps one set for light pages and
// one for dark ones), and only those the user changed from that scheme's defaults are
// written: the manifest stylesheet's own palette (tuned per light/dark scheme) stays for the
// rest, or the other one of its palettes when the page's scheme is not the system's
// (page-scheme.ts), written first in the same sheet so the user's colours, after it, win.
import { coloursField, DEFAULT_SETTINGS, type ColourScheme, type Settings } from '../core/records';
import type { HighlightKind } from '../core/types';
import { HIGHLIGHT_SCOPE } from './highlight-palettes';

/** Tint strength of the background, as in content.css. */
const TINT = '20%';

/** A colour safe to put in a rule: the browser parses it as one, and it cannot close the rule. */
export function isSafeColour(value: string, supports: (v: string) => boolean): boolean {
  return value.length <= 64 && !/[;{}<>\\]/.test(value) && supports(value);
}

/** The rules for the colours that differ from `defaults` (those of the colours' scheme), after
 *  `palette` (rules). */
export function colourRules(colours: Settings['colours'], supports: (v: string) => boolean, palette = '', defaults = DEFAULT_SETTINGS.colours): string {
  const rules: string[] = palette ? [palette] : [];
  for (const [kind, colour] of Object.entries(colours) as [HighlightKind, string][]) {
    if (colour === defaults[kind] || !isSafeColour(colour, supports)) continue;
    rules.push(
      `${HIGHLIGHT_SCOPE}::highlight(backstory-${kind}) { background-color: color-mix(in srgb, ${colour} ${TINT}, transparent) !important; text-decoration-color: ${colour} !important; }`,
    );
  }
  // For screens only: a printed page has no marks (content.css).
  return rules.length > 0 ? `@media not print {\n${rules.join('\n')}\n}` : '';
}

interface AdoptingDocument {
  adoptedStyleSheets: CSSStyleSheet[];
  defaultView: { CSSStyleSheet: typeof CSSStyleSheet } | null;
}

/** Firefox's view of the page's own objects, past this script's Xray wrappers. */
interface Waivable {
  wrappedJSObject?: AdoptingDocument;
}

/** Both schemes' colours, as the settings hold them. */
export type SchemeColours = Pick<Settings, 'colours' | 'darkColours'>;

/** The run's adopted sheet, showing the colours of the page's `scheme`: adopted at the first
 *  colour that differs from that scheme's defaults (or at once, for a `palette`:
 *  page-scheme.ts), rewritten in place when the colours change (settings-apply.ts), removed
 *  when `signal` aborts. */
export class ColourSheet {
  private sheet: CSSStyleSheet | null = null;
  /** The document whose list holds `sheet`: this script's view of it, or the page's own. */
  private holder: AdoptingDocument | null = null;
  private refused = false;

  /** `shown` hears each text the sheet takes (shadow-styles.ts puts it where the document's
   *  sheets do not reach). */
  constructor(
    private readonly signal: AbortSignal,
    private readonly doc: Document = document,
    private readonly palette = '',
    private readonly scheme: ColourScheme = 'light',
    private readonly shown: (css: string) => void = () => {},
  ) {
    signal.addEventListener('abort', () => this.remove(), { once: true });
  }

  /** Show the colours of the page's scheme. Returns false when this browser would not adopt
   *  the sheet. */
  set(settings: SchemeColours): boolean {
    if (this.refused) return false;
    if (this.signal.aborted) return true;
    const field = coloursField(this.scheme);
    const css = colourRules(settings[field], (v) => CSS.supports('color', v), this.palette, DEFAULT_SETTINGS[field]);
    try {
      if (this.sheet) this.sheet.replaceSync(css);
      else if (css) this.adopt(css);
    } catch (err) {
      console.info('Backstory: custom colours cannot be applied here; using the default colours', err);
      this.refused = true;
      return false;
    }
    this.shown(css);
    return true;
  }

  /** Adopt a sheet of `css`. push() on the observable array: assigning a new array from a
   *  content script throws in Firefox ("Accessing from Xray wrapper is not supported"), and
   *  before 153 (bug 1751346) its Xray view of the array has no push() either (checked on
   *  140 ESR): there the sheet is made and adopted by the page's own objects
   *  (wrappedJSObject), which is all this needs of the page; the page could see the sheet
   *  in Chrome too. The list is changed with this script's own Array methods: the page's
   *  may be replaced (a hostile page's throw). */
  private adopt(css: string): void {
    const own = this.doc as unknown as AdoptingDocument;
    const page = typeof own.adoptedStyleSheets.push === 'function' ? null : (this.doc as unknown as Waivable).wrappedJSObject;
    const holder = page ?? own;
    const Sheet = page?.defaultView?.CSSStyleSheet ?? CSSStyleSheet;
    const sheet = new Sheet();
    sheet.replaceSync(css);
    Array.prototype.push.call(holder.adoptedStyleSheets, sheet);
    this.sheet = sheet;
    this.holder = holder;
  }

  private remove(): void {
    if (!this.sheet || !this.holder) return;
    try {
      const list = this.holder.adoptedStyleSheets;
      const at = Array.prototype.indexOf.call(list, this.sheet);
      if (at >= 0) Array.prototype.splice.call(list, at, 1);
    } catch {
      /* the page replaced the list; our sheet is gone with it */
    }
    this.sheet = this.holder = null;
  }
}
