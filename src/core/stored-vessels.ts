// A ship is a craft (product-vessels.ts), but one stored article may show it by a vessel's
// noun ("freed the container ship Ever Given") while another writes it alone ("The Ever Given
// sailed out"), where its name reads as an org's. A name a stored article shows to be a
// vessel's is a craft in every stored article: its mentions are no entity, and pages read it
// as a stored product (stored-products.ts). Only a vessel's noun counts: a model number
// ("Falcon 9") leaves a stored "Falcon" an entity (knowledge.ts).

import { linkKey } from './alias-key';
import { vesselName } from './product-vessels';

/** The product names each article found that the article itself shows to be a vessel's,
 *  lower-cased as linkKey compares them. */
export function storedVessels(articles: { text: string; products?: string[] }[]): Set<string> {
  const out = new Set<string>();
  for (const { text, products } of articles) {
    for (const name of products ?? []) {
      const key = linkKey(name).toLowerCase();
      for (let i = text.indexOf(name); i !== -1 && !out.has(key); i = text.indexOf(name, i + 1)) {
        if (vesselName(text, i, i + name.length)) out.add(key);
      }
    }
  }
  return out;
}
