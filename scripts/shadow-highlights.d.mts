// Types for scripts/shadow-highlights.mjs, imported by the build and the background.
export const SHADOW_SCOPE: string;
export const SHADOW_SHEET: string;
export function inShadowTrees(css: string): string;
