// Linked terms (known to the stored articles) read stronger than page-only ones through the
// `backstory-linked` highlight's solid underline (content.css). Firefox paints no
// text-decoration from ::highlight() before 146, so there (140 ESR) every term looked the
// same; those versions get a deeper wash on linked terms instead, darker on a light page and
// lighter on a dark one, so the type's hue still shows through.
import { HIGHLIGHT_SCOPE } from './highlight-palettes';
import { LINKED_WASH } from './linked-wash';

/** The first Firefox that paints text-decoration from ::highlight() (MDN browser-compat-data). */
const FIREFOX_DECORATES = 146;

/** Whether this browser draws ::highlight() underlines: all but Firefox before 146. A
 *  paint cannot be feature-tested from script, so the version decides. */
export function paintsHighlightDecorations(userAgent: string = navigator.userAgent): boolean {
  const firefox = /\bFirefox\/(\d+)/.exec(userAgent);
  return !firefox || Number(firefox[1]) >= FIREFOX_DECORATES;
}

/** The rule giving linked terms their deeper wash where underlines are not drawn; ''
 *  where they are. */
export function linkedFallback(pageDark: boolean, userAgent?: string): string {
  if (paintsHighlightDecorations(userAgent)) return '';
  return `${HIGHLIGHT_SCOPE}::highlight(backstory-linked) { background-color: ${LINKED_WASH[pageDark ? 'dark' : 'light']} !important; }`;
}
