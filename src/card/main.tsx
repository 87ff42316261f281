// The hover card page (card.html, in an iframe the content script puts in a closed shadow
// root): the shell around the card (card-view.tsx) for a card in its own document. In order:
//   1. read the nonce from location.hash; ask the background what the card is about
//      (card/target) — the target never passes through the page;
//   2. ask for the content (card/entity or card/quantity) for the card to render (a card
//      with no extension API, Firefox's on a sandboxed page, takes it from location.hash
//      instead; any other card ignores what the hash carries: messaging/card-content.ts);
//   3. a card with no extension API turns its site off by asking its host to;
//   4. tell the host (parent window) what the card says (its size, Escape, J/K, a held
//      term key's dropped repeat) as postMessage strings with the nonce.
import { render } from 'preact';
import { hostOriginFor, loadCardContent, readCardFragment } from '../messaging/card-content';
import { send } from '../messaging/send';
import { runtime } from '../platform/runtime';
import { stepNews } from './card-keys';
import { stepPacer } from '../core/step-pacer';
import { Card, cardKeyStep, keepFocusIn, type FirstCard, type TellHost } from './card-view';

const { nonce, inline } = readCardFragment(location.hash, runtime.available());
/** Where host messages go: the page's origin once known (nothing private is in them); '*'
 *  for a page with an opaque origin, which no address names. */
let hostOrigin = '*';

const tellHost: TellHost = (type, extra = {}) => {
  if (window.parent === window) return;
  window.parent.postMessage(JSON.stringify({ backstoryCard: nonce, type, ...extra }), hostOrigin);
};

/** A card taller than the room the host gave it scrolls; a fade at its foot says so
 *  (a line cut in half looked like the end) until the reader reaches the end. */
function markMoreBelow(): void {
  const scroller = document.scrollingElement;
  if (!scroller) return;
  document.body.classList.toggle('more-below', scroller.scrollTop + scroller.clientHeight < scroller.scrollHeight - 2);
}

/** With no extension API here, the host (the content script) turns its own site off. */
function askHostToTurnOff(): Promise<void> {
  tellHost('site-off');
  return Promise.resolve();
}

async function load(): Promise<FirstCard> {
  if (inline) return inline;
  const target = await send('card/target', { nonce });
  if (!target) throw new Error('This card has expired.');
  hostOrigin = hostOriginFor(target.pageUrl, location.ancestorOrigins?.[0]);
  const first = { pageUrl: target.pageUrl, focus: target.focus };
  try {
    return { ...first, content: await loadCardContent(target) };
  } catch (err) {
    return { ...first, error: err instanceof Error ? err.message : String(err) };
  }
}

// Focus arriving on the frame (the host focused the iframe) goes to the dialog.
window.addEventListener('focus', () => document.querySelector<HTMLElement>('.card')?.focus());
// The frame's own height changes when the host places the card: that resizes the window.
window.addEventListener('resize', markMoreBelow);
window.addEventListener('scroll', markMoreBelow, { passive: true });
// The pointer in the card keeps it open (hover's grace). Chromium tells the page nothing when
// the pointer goes from the page into this frame (no pointerenter on the host; measured), so
// the card says it; Firefox's host hears it as well, which is the same news twice.
document.documentElement.addEventListener('pointerenter', () => tellHost('pointer-in'));
document.documentElement.addEventListener('pointerleave', () => tellHost('pointer-out'));
// Keys anywhere in the card's document, not only inside the dialog: a key reaching the frame
// while its body holds the focus (a pressed button went away, the focus came in before the
// dialog was drawn) would otherwise be lost, and Escape leave the card open. A step key
// held down steps on at a bounded pace (core/step-pacer.ts).
const mayStep = stepPacer();
document.addEventListener('keydown', (e) => {
  if (e.key === 'Tab') return keepFocusIn(document.querySelector<HTMLElement>('.card'), document.activeElement, e);
  const step = cardKeyStep(e);
  if (e.key === 'Escape') tellHost('close');
  // Alt+Shift+J/K here are the term shortcuts a browser may also send as its command: the
  // host owes that echo (no content script hears keys in this frame to note it), for a held
  // key's repeat the pace dropped too, or the browser's command on that repeat would step.
  else if (step !== 0) {
    const news = stepNews(e, step, mayStep);
    if (news) tellHost(news.type, news.termKey ? { termKey: true } : {});
  } else return;
  e.preventDefault();
});
const hasApi = runtime.available();
render(<Card load={load} tell={tellHost} canOpenRelated={!inline} turnOff={hasApi ? undefined : askHostToTurnOff} onResize={markMoreBelow} />, document.getElementById('card')!);
