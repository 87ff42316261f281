// What a card page tells its host by postMessage (card-host.ts says who may send it).

export interface CardMessage {
  nonce: string;
  type: 'size' | 'close' | 'next' | 'previous' | 'site-off' | 'pointer-in' | 'pointer-out';
  height?: number;
  /** With a size: the card's content (or its error) is in. */
  ready?: boolean;
  /** With a next/previous: the key was a term shortcut (Alt+Shift+J/K), whose command the
   *  browser may send as well (echo-pairs.ts). */
  termKey?: boolean;
}

/** A message from a card page, or null for anything else the window hears. */
export function parseCardMessage(data: unknown): CardMessage | null {
  if (typeof data !== 'string' || !data.startsWith('{"backstoryCard"')) return null;
  try {
    const v = JSON.parse(data) as { backstoryCard?: unknown; type?: unknown; height?: unknown; ready?: unknown; termKey?: unknown };
    if (typeof v.backstoryCard !== 'string' || typeof v.type !== 'string') return null;
    return { nonce: v.backstoryCard, type: v.type as CardMessage['type'], height: typeof v.height === 'number' ? v.height : undefined, ready: v.ready === true, termKey: v.termKey === true };
  } catch {
    return null;
  }
}
