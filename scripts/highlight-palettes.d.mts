// Types for scripts/highlight-palettes.mjs, imported by vitest.config.ts and its test.
export interface HighlightPalettes {
  /** ':root' in the Chrome build, '' in Firefox's (see HIGHLIGHT_SCOPES). */
  scope: string;
  /** content.css's light colours of the highlights its dark palette tunes, as !important rules. */
  light: string;
  /** Its dark palette, as !important rules. */
  dark: string;
}
export const HIGHLIGHT_SCOPES: { chrome: string; firefox: string };
export function highlightPalettes(contentCss: string, scope: string): HighlightPalettes;
