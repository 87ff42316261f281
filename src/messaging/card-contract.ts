// What a hover card is about and what it shows: the requests of the card and of the
// content script that opens it (src/background/annotator-handlers.ts, card-handlers.ts).
// Part of the background's conversation; contract.ts gathers the whole of it.
import type { ArticleSummary, EntityType, FigureComparison, Quantity, SentenceRef } from '../core/types';

/** A stored article reference with the sentence that mentions the term. */
export interface CardMention extends SentenceRef {
  article: ArticleSummary;
}

export interface EntityCard {
  id: string | null;
  name: string;
  type: EntityType;
  linked: boolean;
  description: string | null;
  aliases: string[];
  mentions: CardMention[];
  /** Mentions in the page's own stored copy were left out (a saved page quotes itself). */
  savedHere?: boolean;
  related: { id: string; name: string; type: EntityType; count: number }[];
  notes: CardNote[];
}

/** A note on a card; `term`: the page-only name it was written on, now one of the entity's. */
export interface CardNote {
  id: string;
  text: string;
  created: string;
  term?: string;
}

export interface QuantityCard {
  quantity: Quantity;
  comparisons: (FigureComparison & { article: ArticleSummary })[];
}

/** What a hover card is about. The content script stashes it in the background under a
 *  random nonce and opens card.html#<nonce>; the card asks for it back. Nothing of it
 *  passes through the page (on a sandboxed page the content script sends the card its
 *  content instead: card-content.ts). `focus`: the card was opened by keyboard and takes focus. */
export type CardTarget =
  | { kind: 'entity'; entityId: string | null; name: string; type: EntityType; pageUrl: string; focus: boolean }
  | { kind: 'quantity'; quantity: Quantity; sentence: string; before?: string; earlier?: string; pageUrl: string; focus: boolean };

export interface CardRequests {
  'card/entity': { req: { entityId: string | null; name: string; type: EntityType; pageUrl: string }; res: EntityCard };
  /** `before`: the sentence before the figure's, for a figure that points back at it;
   *  `earlier`: the text before it (its paragraph's, and the paragraphs before in reach),
   *  where whose figure it is is looked for when its sentence does not say (paragraphBefore). */
  'card/quantity': { req: { quantity: Quantity; sentence: string; before?: string; earlier?: string; pageUrl: string }; res: QuantityCard };
  /** Content → background: keep a card target, get the nonce to open the card with. */
  'card/stash': { req: CardTarget; res: { nonce: string } };
  /** Card → background: the target stashed under the nonce (null when unknown or expired). */
  'card/target': { req: { nonce: string }; res: CardTarget | null };
}
