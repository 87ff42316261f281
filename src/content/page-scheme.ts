// The highlight palette that reads on the page when its darkness (page-darkness.ts) is not
// what the system's scheme gives. content.css picks its palette by prefers-color-scheme,
// the reader's system setting, and on a dark page under a light scheme (or the other way)
// the marks made for the other background read faintly. Decided once per run and applied as
// rules in the run's adopted sheet (settings-colours.ts), so no page node changes.
import { DARK_PALETTE, LIGHT_PALETTE } from './highlight-palettes';
import { linkedFallback } from './linked-fallback';
import { pageIsDark, systemIsDark, type View } from './page-darkness';

/** The rules of content.css's palette for a page that is (or is not) dark, for when the
 *  system scheme is the other one; '' when content.css already paints it. Gated by the
 *  scheme they stand in for, so a system scheme changed to match the page during the run
 *  hands the marks back to content.css. */
export function schemePalette(pageDark: boolean, systemDark: boolean): string {
  if (pageDark === systemDark) return '';
  return `@media (prefers-color-scheme: ${pageDark ? 'light' : 'dark'}) {\n${pageDark ? DARK_PALETTE : LIGHT_PALETTE}\n}`;
}

export interface PageScheme {
  /** The page reads as dark (page-darkness.ts); the card follows it too. */
  dark: boolean;
  /** The rules for the run's sheet: schemePalette's, and linkedFallback's. */
  palette: string;
}

/** This page's scheme for the run. */
export function pageScheme(doc: Document = document, view: View = window): PageScheme {
  const systemDark = systemIsDark(view);
  const dark = pageIsDark(doc, view, systemDark);
  return { dark, palette: [schemePalette(dark, systemDark), linkedFallback(dark)].filter(Boolean).join('\n') };
}
