// What a hover card shows, assembled from the knowledge index: an entity's backstory
// (stored mentions with their articles, related entities) and a page figure compared with
// the stored figures that measure the same thing.
import { entityLookup } from '../core/entity-lookup';
import { compareFigure } from '../core/facts';
import { RELATED_KEPT } from '../core/knowledge';
import { otherArticles } from '../core/page-summary';
import type { Entity, EntityType, KnowledgeIndex } from '../core/types';
import type { CardMention, EntityCard, QuantityCard } from '../messaging/contract';
import type { Handlers } from '../messaging/handle';
import { currentKnowledge } from './knowledge-source';
import { notesForCard } from './store-setup';

/** Enough to read on a card; the popup lists the rest. */
const MAX_MENTIONS = 6;
const MAX_COMPARISONS = 4;

/** The stored entity a card is about: by id, else by a name it is known under (of its type).
 *  Looked up in maps made once per build (core/entity-lookup), not by a scan per card. */
export function findEntity(index: KnowledgeIndex, entityId: string | null, name: string, type: EntityType): Entity | null {
  const lookup = entityLookup(index.entities);
  return (entityId ? lookup.byId.get(entityId) : undefined) ?? lookup.byName(type, name) ?? null;
}

/** `pageUrl`: the page the card is shown on; its own stored copy is not its backstory. */
export function entityCard(index: KnowledgeIndex, entityId: string | null, name: string, type: EntityType, pageUrl?: string): EntityCard {
  const entity = findEntity(index, entityId, name, type);
  if (!entity) {
    return { id: null, name, type, linked: false, description: null, aliases: [], mentions: [], related: [], notes: [] };
  }
  const articles = otherArticles(index.articles, pageUrl);
  const mentions: CardMention[] = [];
  const seen = new Set<string>();
  const own = new Set(index.articles.filter((a) => !articles.has(a.id)).map((a) => a.id));
  let savedHere = false;
  for (const ref of entity.mentions) {
    const article = articles.get(ref.articleId);
    savedHere ||= own.has(ref.articleId);
    // One sentence per article and wording: the same line quoted twice tells nothing new.
    const key = `${ref.articleId}\u0000${ref.sentence}`;
    if (!article || seen.has(key)) continue;
    seen.add(key);
    mentions.push({ ...ref, article });
    if (mentions.length >= MAX_MENTIONS) break;
  }
  const { byId } = entityLookup(index.entities);
  const related = entity.related.slice(0, RELATED_KEPT).flatMap((r) => {
    const other = byId.get(r.id);
    return other ? [{ id: other.id, name: other.name, type: other.type, count: r.count }] : [];
  });
  return {
    id: entity.id,
    name: entity.name,
    type: entity.type,
    linked: true,
    description: entity.description,
    aliases: entity.aliases.filter((a) => a !== entity.name),
    mentions,
    ...(savedHere && { savedHere }),
    related,
    notes: [],
  };
}

export function quantityCard(
  index: KnowledgeIndex,
  req: { quantity: QuantityCard['quantity']; sentence: string; before?: unknown; earlier?: unknown; pageUrl?: unknown },
): QuantityCard {
  const articles = otherArticles(index.articles, typeof req.pageUrl === 'string' ? req.pageUrl : undefined);
  const before = typeof req.before === 'string' ? req.before : '';
  const comparisons = compareFigure(index.facts, req.quantity, req.sentence, before, typeof req.earlier === 'string' ? req.earlier : before)
    .flatMap((c) => {
      const article = articles.get(c.fact.where.articleId);
      return article ? [{ ...c, article }] : [];
    })
    .slice(0, MAX_COMPARISONS);
  return { quantity: req.quantity, comparisons };
}

/** The card with the user's notes on the entity (a store that fails to answer costs the notes
 *  only): made on it, or written on one of its names (a name only pages had when the note was
 *  written; for a name no stored article has, the notes written on it). Asked by a web page
 *  (an inline card), only the notes made on that page's site. */
async function entityCardWithNotes(req: { entityId: string | null; name: string; type: EntityType; pageUrl?: unknown }, origin: string | null): Promise<EntityCard> {
  const pageUrl = typeof req.pageUrl === 'string' ? req.pageUrl : undefined;
  const card = entityCard((await currentKnowledge()).index, req.entityId, req.name, req.type, pageUrl);
  const id = card.id ?? req.entityId;
  const names = card.linked ? [card.name, ...card.aliases] : [req.name];
  const notes = await notesForCard(id, names, origin).catch((err: unknown) => {
    console.warn('Backstory: notes for a card', err);
    return [];
  });
  return { ...card, notes };
}

export const cardHandlers: Partial<Handlers> = {
  'card/entity': (req, sender) => entityCardWithNotes(req, sender.pageOrigin ?? null),
  'card/quantity': async (req) => quantityCard((await currentKnowledge()).index, req),
};
