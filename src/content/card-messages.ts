// What a card page tells its host by postMessage (card-host.ts says who may send it).

export interface CardMessage {
  nonce: string;
  /** 'dropped-next'/'dropped-previous': a held term shortcut's repeat the card's pace
   *  dropped (core/step-pacer.ts): no step, but the browser may send its command too. */
  type: 'size' | 'close' | 'next' | 'previous' | 'dropped-next' | 'dropped-previous' | 'site-off' | 'pointer-in' | 'pointer-out';
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

/** The step a card's key message asks for (1 next, -1 previous, 0 none), and whether its
 *  pace dropped it (a held term shortcut's repeat: its command's echo is owed all the same). */
export function stepMessage(msg: CardMessage): { step: 1 | -1 | 0; dropped: boolean } {
  const dropped = msg.type === 'dropped-next' || msg.type === 'dropped-previous';
  const next = msg.type === 'next' || msg.type === 'dropped-next';
  return { step: next ? 1 : msg.type === 'previous' || msg.type === 'dropped-previous' ? -1 : 0, dropped };
}
