// A ship is a craft (product-vessels.ts), but one stored article may show it by a vessel's
// noun ("freed the container ship Ever Given") while another writes it alone ("The Ever Given
// sailed out"), where its name reads as an org's. A name a stored article shows to be a
// vessel's is a craft there, and in another stored article where "the" goes before it, as news
// writes a ship's name: those mentions are no entity, and pages read it as a stored product
// (stored-products.ts). Without "the" the name is another bearer's ("the tanker Maria" …
// "Maria said she would run", "a tanker Vitol chartered" … "Vitol said it"). Only a vessel's
// noun counts: a model number ("Falcon 9") leaves a stored "Falcon" an entity (knowledge.ts).

import { linkKey } from './alias-key';
import { vesselName } from './product-vessels';

const THE_BEFORE = /\bthe[ \t\u00a0]+$/i;

/** Per lower-cased name (as linkKey compares them), the indexes of the articles that show it
 *  to be a vessel's, among the product names each article found. */
export function storedVessels(articles: { text: string; products?: string[] }[]): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  articles.forEach(({ text, products }, article) => {
    for (const name of products ?? []) {
      const key = linkKey(name).toLowerCase();
      for (let i = text.indexOf(name); i !== -1; i = text.indexOf(name, i + 1)) {
        if (!vesselName(text, i, i + name.length)) continue;
        out.set(key, (out.get(key) ?? new Set()).add(article));
        break;
      }
    }
  });
  return out;
}

/** Whether a mention of `canonical` at `start` of article `article`'s `text` is a stored
 *  vessel's: its article shows it to be one, or "the" goes before it. */
export function isVesselMention(vessels: Map<string, Set<number>>, canonical: string, article: number, text: string, start: number): boolean {
  const shown = vessels.get(linkKey(canonical).toLowerCase());
  return shown !== undefined && (shown.has(article) || THE_BEFORE.test(text.slice(Math.max(0, start - 8), start)));
}
