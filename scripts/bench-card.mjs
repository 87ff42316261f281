// The hover card's latency (used by scripts/bench.mjs): how long after the hover delay ends
// the card is shown, and when its content was laid out. The design notes' goal
// (../shared/DESIGN.md, beside the repo) is the card within one frame (~16.7 ms at 60 Hz)
// after the hover delay.
//
// Measured in the page, on its own clock: the pointer's arrival (the first pointermove on the
// term), the card host shown (added, or made visible after loading out of sight: a
// MutationObserver on the page sees the host's style), and the card's size messages to its
// parent (the page sees them too; the last one is its content laid out). The delay's end is
// taken as arrival + the delay setting; hover hit-tests on the next animation frame, so a
// card on time reads 0–17 ms.
import { sleep } from './bench-trace.mjs';

const INSTRUMENT = `(() => {
  const w = window;
  w.__card = { moved: 0, shown: 0, sizes: [] };
  document.addEventListener('pointermove', (e) => { if (!w.__card.moved) w.__card.moved = e.timeStamp; }, { capture: true });
  new MutationObserver((records) => {
    for (const r of records) {
      const el = r.type === 'attributes' ? r.target : Array.from(r.addedNodes).find((n) => n.localName === 'backstory-card');
      if (el && el.localName === 'backstory-card' && !el.inert && el.style.getPropertyValue('opacity') !== '0' && !w.__card.shown) w.__card.shown = performance.now();
    }
  }).observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['style'] });
  window.addEventListener('message', (e) => {
    if (typeof e.data === 'string' && e.data.indexOf('"size"') > 0) w.__card.sizes.push(performance.now());
  });
})()`;

/** Hovers each of `terms` on `path` in turn (`rounds` times), each time from off the text,
 *  and returns, per hover, the card shown and its content laid out, in ms after the delay
 *  (null where no card showed within 600 ms of it). */
export async function cardLatency(h, session, path, terms, { delayMs = 350, rounds = 2 } = {}) {
  const page = await session.open(path);
  const out = [];
  try {
    await h.waitForHighlights(page, { atLeast: 10 });
    await page.evaluate(INSTRUMENT);
    for (let round = 0; round < rounds; round++) {
      for (const term of terms) {
        await h.moveAway(page);
        await sleep(700); // past the grace period: the last card is gone
        const at = await h.locateText(page, term);
        if (!at) continue;
        await page.evaluate('window.__card = { moved: 0, shown: 0, sizes: [] }');
        await page.mouse.move(at.x, at.y);
        await sleep(delayMs + 600);
        const c = await page.evaluate('window.__card');
        if (!c.moved || !c.shown) {
          out.push({ term, shown: null, content: null }); // no card: counted, not timed
          continue;
        }
        const end = c.moved + delayMs;
        out.push({ term, shown: c.shown - end, content: c.sizes.length ? c.sizes[c.sizes.length - 1] - end : null });
      }
    }
  } finally {
    await page.close();
  }
  return out;
}
