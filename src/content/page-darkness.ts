// Whether a page reads as dark where its reader reads, whatever the system's scheme says:
// many news sites paint their own dark page under a light system scheme, and a light page
// can be shown under a dark one. Read from computed styles and hit tests the first paint
// already worked out. The run's highlight palette (page-scheme.ts) and the card's scheme
// (card-host.ts) follow it.
import { isDark, over, parseRgb, WHITE, type Rgba } from '../core/colour-luminance';

/** What a dark canvas is painted with (both browsers' Canvas colour in a dark scheme is
 *  near this); only its darkness matters. */
const DARK_CANVAS: Rgba = { r: 18, g: 18, b: 18, a: 1 };

const SYSTEM_DARK = '(prefers-color-scheme: dark)';

/** Whether the reader's system asks for a dark scheme. */
export function systemIsDark(view: Pick<Window, 'matchMedia'> = window): boolean {
  return view.matchMedia(SYSTEM_DARK).matches;
}

export type View = Pick<Window, 'getComputedStyle' | 'matchMedia' | 'innerWidth' | 'innerHeight'>;

/** Whether a computed `color-scheme` gives the canvas its dark colour: the page allows only
 *  dark, or both and the system prefers dark. */
function darkCanvas(colorScheme: string, systemDark: boolean): boolean {
  const words = colorScheme.split(/\s+/);
  return words.includes('dark') && (systemDark || !words.includes('light'));
}

/** Where the reader reads: three points down the middle of the viewport. */
const READING_POINTS = [1 / 3, 1 / 2, 2 / 3];

/** The elements whose backgrounds lie under a point, from the root in (many sites paint
 *  their dark page on a wrapper, not on the body); without a hit (a frame with no size yet),
 *  the root and the body. The first paint has laid the page out, so the hit test forces no
 *  layout. */
function layersAt(doc: Document, x: number, y: number): Element[] {
  const root = doc.documentElement;
  const hit = typeof doc.elementFromPoint === 'function' ? doc.elementFromPoint(x, y) : null;
  if (!hit || !root.contains(hit)) return doc.body ? [root, doc.body] : [root];
  const layers: Element[] = [];
  for (let el: Element | null = hit; el; el = el.parentElement) layers.push(el);
  return layers.reverse();
}

/** Whether the page reads dark under one point: the backgrounds there painted over the
 *  canvas; where all are transparent, the canvas its color-scheme gives, then the text colour
 *  there (light text over no background we can read means the dark is painted deeper, an
 *  image). */
function darkAt(layers: Element[], view: View, systemDark: boolean): boolean {
  const styles = layers.map((el) => view.getComputedStyle(el));
  const canvasDark = darkCanvas(styles[0]?.colorScheme ?? '', systemDark);
  let under = canvasDark ? DARK_CANVAS : WHITE;
  let painted = false;
  for (const style of styles) {
    const background = parseRgb(style.backgroundColor);
    if (!background || background.a === 0) continue;
    under = over(background, under);
    painted = true;
  }
  if (painted) return isDark(under);
  if (canvasDark) return true;
  const text = parseRgb(styles[styles.length - 1]?.color ?? '');
  return text !== null && !isDark(text);
}

/** Whether the page reads as dark where the reader reads: most of the reading points, so
 *  one light box (an advert, a pull quote) on a dark page does not decide. It stops once
 *  either side has most of them: each point is a hit test over the whole page's layout
 *  (~0.4 ms on a 50k-word page), and on most pages the first two agree. */
export function pageIsDark(doc: Document, view: View, systemDark: boolean): boolean {
  const x = view.innerWidth / 2;
  const most = Math.floor(READING_POINTS.length / 2) + 1;
  let dark = 0;
  let light = 0;
  for (const at of READING_POINTS) {
    if (darkAt(layersAt(doc, x, view.innerHeight * at), view, systemDark)) dark++;
    else light++;
    if (dark >= most || light >= most) break;
  }
  return dark >= most;
}
