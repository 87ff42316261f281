// Types for scripts/highlight-palettes.mjs, imported by vitest.config.ts and its test. The
// palettes' shape is the content script's (what it reads from the build's define).
import type { HighlightPalettes } from '../src/content/highlight-palettes';

export type { HighlightPalettes };
export const HIGHLIGHT_SCOPES: { chrome: string; firefox: string };
export function highlightPalettes(contentCss: string, scope: string): HighlightPalettes;
