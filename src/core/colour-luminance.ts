// Whether a CSS colour is dark, for the content script's guess at a page's scheme
// (content/page-scheme.ts). Reads the colours getComputedStyle gives back: rgb()/rgba(),
// with commas or the space-and-slash syntax. Other forms (oklch(), color(), names) are not
// parsed: the caller treats them as unknown rather than guess.

/** An sRGB colour, channels 0–255, alpha 0–1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** A channel as a number (a trailing % of `scale`), clamped; NaN where it is not a number. */
function channel(text: string, scale: number): number {
  const percent = text.endsWith('%');
  const body = percent ? text.slice(0, -1) : text;
  const value = body === '' ? NaN : percent ? (Number(body) / 100) * scale : Number(body);
  return Math.min(scale, Math.max(0, value));
}

/** `rgb(…)` / `rgba(…)` as numbers; null for anything else (or a malformed one). Read
 *  without a regular expression: the content script reads a page's colours before its first
 *  highlight, and compiling the one regular expression this took cost about a millisecond. */
export function parseRgb(text: string): Rgba | null {
  const t = text.trim().toLowerCase();
  const open = t.indexOf('(');
  const name = t.slice(0, Math.max(0, open));
  if ((name !== 'rgb' && name !== 'rgba') || !t.endsWith(')')) return null;
  const parts = t.slice(open + 1, -1).replaceAll(',', ' ').replaceAll('/', ' ').replaceAll('\t', ' ').split(' ').filter((p) => p !== '');
  if (parts.length < 3 || parts.length > 4) return null;
  const [r, g, b] = parts.slice(0, 3).map((p) => channel(p, 255)) as [number, number, number];
  const a = parts.length === 4 ? channel(parts[3] as string, 1) : 1;
  return [r, g, b, a].some(Number.isNaN) ? null : { r, g, b, a };
}

/** `top` painted over the opaque `under` (source-over, in sRGB as browsers blend). */
export function over(top: Rgba, under: Rgba): Rgba {
  const mix = (t: number, u: number): number => t * top.a + u * (1 - top.a);
  return { r: mix(top.r, under.r), g: mix(top.g, under.g), b: mix(top.b, under.b), a: 1 };
}

function linear(c: number): number {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of an opaque colour: 0 black … 1 white. */
export function relativeLuminance({ r, g, b }: Rgba): number {
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG contrast ratio of two opaque colours, 1 … 21. */
export function contrastRatio(x: Rgba, y: Rgba): number {
  const [hi, lo] = [relativeLuminance(x), relativeLuminance(y)].sort((p, q) => q - p) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Luminance where black and white text read equally well on a colour (contrast with
 *  each is the same): below it, light text reads better, so the colour counts as dark. */
export const DARK_BELOW = Math.sqrt(1.05 * 0.05) - 0.05;

export const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };

/** Whether `colour`, painted over `under` (opaque; white by default) for its transparent
 *  part, is dark. */
export function isDark(colour: Rgba, under: Rgba = WHITE): boolean {
  return relativeLuminance(colour.a >= 1 ? colour : over(colour, under)) < DARK_BELOW;
}
