// Where the card goes beside its term: below when it fits, else above, never over the term,
// inside the viewport.
export const CARD_WIDTH = 360;
/** Gap between the term and the card, and kept from the viewport edges. */
const GAP = 6;
const MARGIN = 8;

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Placement extends Box {
  /** Where the card sits relative to the term. */
  side: 'below' | 'above';
}

/**
 * Where a card of `size` goes next to the term `term` in a `viewport`-sized window: below
 * the term when it fits, else above, else on the side with more room with its height cut
 * to that room (the card scrolls). Never overlapping the term; inside the viewport. Lined up
 * with the term's start: its left edge, or on a right-to-left page its right edge.
 */
export function placeCard(term: Box, size: { width: number; height: number }, viewport: { width: number; height: number }, rtl = false): Placement {
  const width = Math.min(size.width, viewport.width - 2 * MARGIN);
  const below = viewport.height - MARGIN - (term.top + term.height + GAP);
  const above = term.top - GAP - MARGIN;
  let side: Placement['side'];
  let height = size.height;
  if (size.height <= below) side = 'below';
  else if (size.height <= above) side = 'above';
  else {
    side = below >= above ? 'below' : 'above';
    height = Math.max(0, side === 'below' ? below : above);
  }
  const top = side === 'below' ? term.top + term.height + GAP : term.top - GAP - height;
  const start = rtl ? term.left + term.width - width : term.left;
  const left = Math.min(Math.max(MARGIN, start), Math.max(MARGIN, viewport.width - MARGIN - width));
  return { left, top, width, height, side };
}
