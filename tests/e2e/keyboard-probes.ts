// What the keyboard tests (annotator-keyboard*.test.ts) read: the card that follows a step,
// whether the focus reached a card, the highlighted terms in reading order.
import type { Page } from 'puppeteer-core';
import { waitForCard, type CardView } from './card-probes';
import type { BrowserSession } from './launch';

/** waitForCard, again when a frame it reads is detached under it: a card replaced by J/K
 *  leaves the page ~100 ms after the next one arrives (card-host.ts), and card-probes'
 *  readCard lets puppeteer's synchronous 'detached Frame' error past its .catch. */
export async function waitForNextCard(session: BrowserSession, page: Page, until: (card: CardView) => boolean): Promise<CardView> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await waitForCard(session, page, { until });
    } catch (err) {
      if (attempt >= 2 || !/detached Frame/.test(String(err))) throw err;
    }
  }
}

/** Whether the focus reaches the card's frame within 3 s (it crosses into the card's process
 *  asynchronously; 1 s was too short once with a load of ~10 on two cores). */
export async function focusLands(card: CardView): Promise<boolean> {
  for (let i = 0; i < 30; i++) {
    if (await card.frame.evaluate(() => document.hasFocus())) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

/** Whether, within 3 s, the page's focus is on the card's host and the card's document
 *  has the focus on its dialog (or inside it): where a key the card answers to must land. */
export async function cardHoldsFocus(page: Page, card: CardView): Promise<boolean> {
  for (let i = 0; i < 30; i++) {
    const onHost = await page.evaluate(() => document.hasFocus() && document.activeElement?.localName === 'backstory-card');
    const inDialog = onHost && (await card.frame.evaluate(() => document.hasFocus() && document.activeElement?.closest('.card') !== null));
    if (inDialog) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

/** The highlighted texts in reading order (all six names), read in the page. */
export function termsInReadingOrder(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const ranges: Range[] = [];
    CSS.highlights.forEach((highlight, name) => {
      if (name.indexOf('backstory-') !== 0 || name === 'backstory-linked') return;
      highlight.forEach((r) => {
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        ranges.push(live);
      });
    });
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    return ranges.map((r) => r.toString());
  });
}
