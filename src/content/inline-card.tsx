// The card drawn in its host's closed shadow root, for a document that refuses the card
// page: Firefox before 153 refuses a sandboxed document (an opaque origin) the extension's
// own files, card.html as well as content-more.js, so its card iframe stays empty. Only
// content-more-classic.ts uses it (the copy the background injects where that import() was
// refused), so the content script every page loads does not grow.
//
// The same dialog as the card page's (card/card-view.tsx), with the content the content
// script fetched for such a page (card-host.ts, messaging/card-content.ts). The page still
// cannot read it: the root is closed, and the stylesheet is a <style> inside it (a sandbox
// policy does not restrict styles; a constructed sheet would have to be the page's own object
// in Firefox 140: settings-colours.ts). What a card page would post, it tells the host
// directly; keys pressed in it stop at the root, as they stopped in the card's frame.
import { render } from 'preact';
import { Card, cardKeyStep, keepFocusIn, type FirstCard, type TellHost } from '../card/card-view';
import { stepPacer } from '../core/step-pacer';
import { makeHost, type FaceMaker } from './card-element';

declare const __BACKSTORY_CARD_CSS__: string;

/** Keys inside the card are the card's: the page's own shortcuts (bubbling listeners) do not
 *  hear them, as they did not hear keys in the card's frame. */
const CARD_KEYS = ['keydown', 'keyup', 'keypress'] as const;

/** The zoom `el` is drawn at: the product of its own and its ancestors' CSS zoom. */
const zoomOf = (el: Element): number => (el as { currentCSSZoom?: number }).currentCSSZoom || 1;

export const inlineCard: FaceMaker = ({ nonce, inline, pageDark, tell }) => {
  const { host, root } = makeHost();
  const style = document.createElement('style');
  // Not selectable: in Firefox 140 a selection made in the card is the page's getSelection(),
  // whose anchorNode leads into this closed root (measured: the page read the whole card).
  style.textContent = `${__BACKSTORY_CARD_CSS__}.page{user-select:none}`;
  // The stand-ins for the card page's <html> and <body> (scripts/shadow-card-css.mjs).
  const page = document.createElement('div');
  page.className = pageDark ? 'page dark' : 'page';
  const body = document.createElement('div');
  body.className = 'body';
  page.appendChild(body);
  root.append(style, page);

  // The card measures itself in viewport pixels (getBoundingClientRect), which the page's
  // CSS zoom (html { zoom }) scales; the host wants the card's own pixels, as a card page's
  // frame gives them, and scales the box by the zoom itself (card-host.ts's place()).
  const say: TellHost = (type, { height, ...extra } = {}) => tell({ nonce, type, ...extra, ...(height === undefined ? {} : { height: height / zoomOf(body) }) });
  const dialog = (): HTMLElement | null => root.querySelector<HTMLElement>('.card');
  /** A card taller than its host scrolls; the fade at its foot says so (as the card page's). */
  const markMoreBelow = (): void => {
    body.classList.toggle('more-below', body.scrollTop + body.clientHeight < body.scrollHeight - 2);
  };
  body.addEventListener('scroll', markMoreBelow, { passive: true });
  // The host's height changes when it is placed.
  const resized = new ResizeObserver(markMoreBelow);
  resized.observe(body);
  for (const type of CARD_KEYS) root.addEventListener(type, (e) => e.stopPropagation());
  const mayStep = stepPacer(); // a held step key steps on at a bounded pace
  root.addEventListener('keydown', (event) => {
    const e = event as KeyboardEvent;
    if (e.key === 'Tab') return keepFocusIn(dialog(), root.activeElement, e);
    // A key the content script already acted on on its way here (the term fallback's
    // Alt+Shift+J/K, term-commands.ts; Escape, which hover.ts closes the card on) is no
    // second step or close: a card page never heard those.
    if (e.defaultPrevented) return;
    const step = cardKeyStep(e);
    if (e.key === 'Escape') say('close');
    else if (step !== 0) {
      if (mayStep(e)) say(step === 1 ? 'next' : 'previous');
    } else return;
    e.preventDefault();
  });

  const first: FirstCard = inline ?? { pageUrl: location.href, focus: false, error: 'Nothing to show.' };
  // The content script has the extension API: related names open here, and it turns its
  // site off itself.
  render(<Card load={() => Promise.resolve(first)} tell={say} canOpenRelated onResize={markMoreBelow} />, body);
  return {
    host,
    focus: () => dialog()?.focus(),
    source: () => null,
    onLoad: () => undefined,
    dispose: () => {
      resized.disconnect();
      render(null, body);
    },
  };
};
