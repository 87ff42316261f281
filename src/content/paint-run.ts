// What a run paints with: the page's scheme (content.css's other palette where it is not
// the system's, page-scheme.ts) and the reader's colours for that scheme, on the run's
// adopted sheet, and the same rules for marks in shadow roots (shadow-styles.ts).
import { pageScheme } from './page-scheme';
import type { LiveSettings } from './settings-apply';
import { ColourSheet } from './settings-colours';
import { shadowStyles } from './shadow-styles';

/** Paints the run once: past the gate, or for notes on a page off topic (its hit tests and
 *  style reads cost 1.5–2.5 ms on a long page, which every page off topic would pay).
 *  Whether the page reads dark. */
export function paintRun(applied: LiveSettings, signal: AbortSignal): boolean {
  if (!applied.colours) {
    const scheme = pageScheme();
    applied.pageDark = scheme.dark;
    applied.colours = new ColourSheet(signal, document, scheme.palette, scheme.dark ? 'dark' : 'light', (css) => shadowStyles.setColours(css));
    applied.colours.set(applied.settings);
  }
  return applied.pageDark;
}
