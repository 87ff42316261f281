// What a hover card shows, and how it reaches the card page. Normally the card asks the
// background itself: card/target by the nonce in its URL, then card/entity or card/quantity.
// A page with an opaque origin (a sandboxed document) is different: Firefox passes the page's
// sandbox on to the card's iframe, which then has no extension API, and postMessage to a
// parent with an opaque origin can only be addressed to '*'. There the content script asks
// for the content and hands it to the card inside the iframe URL's fragment. The page cannot
// read that URL (the iframe is in a closed shadow root and its document is cross-origin),
// whereas a postMessage answer would go to whatever document the page had navigated the
// frame to meanwhile.
import type { CardTarget, EntityCard, QuantityCard } from './contract';
import { send } from './send';

export type CardContent = { kind: 'entity'; card: EntityCard } | { kind: 'quantity'; card: QuantityCard };

/** A card that travels in its URL: the content (or why there is none) and the target's
 *  page and focus. */
export interface InlineCard {
  pageUrl: string;
  focus: boolean;
  content?: CardContent;
  error?: string;
}

/** Ask the background for what the card about `target` shows. */
export async function loadCardContent(target: CardTarget): Promise<CardContent> {
  if (target.kind === 'entity') {
    const card = await send('card/entity', { entityId: target.entityId, name: target.name, type: target.type, pageUrl: target.pageUrl });
    return { kind: 'entity', card };
  }
  const card = await send('card/quantity', { quantity: target.quantity, sentence: target.sentence, before: target.before, pageUrl: target.pageUrl });
  return { kind: 'quantity', card };
}

/** The content script's side for an inline card: never rejects (an error is shown). */
export async function inlineCard(target: CardTarget): Promise<InlineCard> {
  const base = { pageUrl: target.pageUrl, focus: target.focus };
  try {
    return { ...base, content: await loadCardContent(target) };
  } catch (err) {
    return { ...base, error: err instanceof Error ? err.message : String(err) };
  }
}

/** card.html's fragment: the nonce, then the inline card when there is one. */
export function cardFragment(nonce: string, inline?: InlineCard): string {
  return inline ? `${nonce}&${encodeURIComponent(JSON.stringify(inline))}` : nonce;
}

/** The nonce and inline card a fragment holds (`inline` null when the card must ask, or
 *  when what it holds is not a card). */
export function readCardFragment(hash: string): { nonce: string; inline: InlineCard | null } {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  const amp = body.indexOf('&');
  if (amp < 0) return { nonce: body, inline: null };
  const nonce = body.slice(0, amp);
  try {
    const v = JSON.parse(decodeURIComponent(body.slice(amp + 1))) as Partial<InlineCard> | null;
    const ok = v !== null && typeof v === 'object' && typeof v.pageUrl === 'string' && (v.content !== undefined || typeof v.error === 'string');
    return { nonce, inline: ok ? { pageUrl: v.pageUrl!, focus: v.focus === true, content: v.content, error: v.error } : null };
  } catch {
    return { nonce, inline: null };
  }
}
