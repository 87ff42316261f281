// What a hover card shows, and how it reaches the card page. Normally the card asks the
// background itself: card/target by the nonce in its URL, then card/entity or card/quantity.
// A page with an opaque origin (a sandboxed document) is different: Firefox passes the page's
// sandbox on to the card's iframe, which then has no extension API, and postMessage to a
// parent with an opaque origin can only be addressed to '*'. There the content script asks
// for the content and hands it to the card inside the iframe URL's fragment. The page cannot
// read that URL (the iframe is in a closed shadow root and its document is cross-origin),
// whereas a postMessage answer would go to whatever document the page had navigated the
// frame to meanwhile. It stashes the target too: Chrome's card there does have the API.
//
// card.html is web-accessible, so any site can frame it with a fragment of its making. A
// card with the extension API therefore ignores inline content and asks by nonce, which
// only a stashed target answers; only a card with no API (which can do nothing but show
// what it is given) takes what its URL carries.
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
  const { quantity, sentence, before, earlier, pageUrl } = target;
  const card = await send('card/quantity', { quantity, sentence, before, earlier, pageUrl });
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

/** The nonce and inline card a fragment holds (`inline` null when the card must ask: it
 *  has the extension API, or the fragment holds no card). */
export function readCardFragment(hash: string, hasExtensionApi: boolean): { nonce: string; inline: InlineCard | null } {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  const amp = body.indexOf('&');
  if (amp < 0) return { nonce: body, inline: null };
  if (hasExtensionApi) return { nonce: body.slice(0, amp), inline: null };
  const nonce = body.slice(0, amp);
  try {
    const v = JSON.parse(decodeURIComponent(body.slice(amp + 1))) as Partial<InlineCard> | null;
    const ok = v !== null && typeof v === 'object' && typeof v.pageUrl === 'string' && (v.content !== undefined || typeof v.error === 'string');
    return { nonce, inline: ok ? { pageUrl: v.pageUrl!, focus: v.focus === true, content: v.content, error: v.error } : null };
  } catch {
    return { nonce, inline: null };
  }
}

/** Where a card's messages to its host go: the page's origin, or '*' when the host's origin
 *  is opaque (a sandboxed page: no address names it, and a message to its URL's origin is
 *  dropped). `parentOrigin`: location.ancestorOrigins[0], which both browsers give. */
export function hostOriginFor(pageUrl: string | null, parentOrigin: string | undefined): string {
  if (pageUrl === null || parentOrigin === 'null') return '*';
  try {
    return new URL(pageUrl).origin;
  } catch {
    return '*';
  }
}
