// content.css's two highlight palettes as rules to adopt, read out of it at build time
// (scripts/highlight-palettes.mjs; esbuild's `define` in the build, vitest.config.ts in the
// unit tests), so the colours stay written once, in content.css.

/** What the build defines (scripts/highlight-palettes.mjs makes it; its .d.mts takes this type). */
export interface HighlightPalettes {
  /** ':root' in the Chrome build, '' in Firefox's (see HIGHLIGHT_SCOPES). */
  scope: string;
  /** content.css's light colours of the highlights its dark palette tunes, as !important rules. */
  light: string;
  /** Its dark palette, as !important rules. */
  dark: string;
}

declare const __BACKSTORY_PALETTES__: HighlightPalettes;
// Read once: esbuild writes a defined object out again at every mention.
const palettes = __BACKSTORY_PALETTES__;

/** What this build writes before `::highlight(…)` (':root' in Chrome's), so an adopted rule
 *  has the specificity and the cost of content.css's own. */
export const HIGHLIGHT_SCOPE: string = palettes.scope;
/** The light palette's colours, one !important rule per highlight the dark one tunes. */
export const LIGHT_PALETTE: string = palettes.light;
/** The dark palette, as !important rules. */
export const DARK_PALETTE: string = palettes.dark;
