// Highlights inside the page's shadow roots, in a build whose ::highlight() rules are bare
// (Firefox's: HIGHLIGHT_SCOPES in scripts/highlight-palettes.mjs). Firefox matches such
// rules element by element, with no highlight inheritance, and a document's author sheets
// (the manifest's content.css, the run's adopted colours) do not reach into a shadow tree:
// its ranges were registered and hovered, but nothing painted. A user-origin sheet does
// reach every tree (checked in Firefox 140: a user sheet's ::highlight() paints in open and
// closed roots, in subframes too), so the background puts the same rules in as user sheets
// (shadow-sheet.ts), each scoped to elements of shadow trees: in the document they match
// nothing, and its cascade stays content.css's and the adopted sheet's alone. Chromium
// needs none of this: its rules sit on :root and are inherited through the flat tree.
//
// The build writes content-shadow.css with this module too (scripts/build.mjs, through
// scripts/import-source.mjs): one source for the scoping. It runs in Node there, so it uses
// no browser API.

/** Elements of a shadow tree only: the descendant combinator does not cross a shadow
 *  boundary, so every element of the document is `:root` or under it, and none of a root's. */
export const SHADOW_SCOPE = ':not(:root, :root *)';

/** The build's copy of content.css in SHADOW_SCOPE (Firefox build only). */
export const SHADOW_SHEET = 'content-shadow.css';

/** `css` (bare ::highlight() rules) with every rule scoped to shadow trees; comments dropped. */
export function inShadowTrees(css: string): string {
  return css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[\s,{}])::highlight\(/g, `$1${SHADOW_SCOPE}::highlight(`);
}
