// The hover card page (card.html, in an iframe the content script puts in a closed shadow
// root). In order:
//   1. read the nonce from location.hash; ask the background what the card is about
//      (card/target) — the target never passes through the page;
//   2. ask for the content (card/entity or card/quantity) and render it with Preact (a card
//      with no extension API, Firefox's on a sandboxed page, takes it from location.hash
//      instead; any other card ignores what the hash carries: messaging/card-content.ts);
//   3. a related name opens its own backstory in the card, with a way back;
//   4. the foot of the card turns Backstory off on the page's site (site-switch.tsx; a
//      card with no extension API, Firefox's in a sandboxed page, asks its host to);
//   5. tell the host (parent window) the content height on every resize, and whether the
//      content (or an error) is in (the host shows the card only then), and pass on Escape
//      (close) and J/K (next/previous term) as postMessage strings with the nonce.
// Opened by keyboard (target.focus), the dialog takes focus so screen readers announce it.
import { render, type JSX } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { hostOriginFor, loadCardContent, readCardFragment, type CardContent } from '../messaging/card-content';
import { send } from '../messaging/send';
import { runtime } from '../platform/runtime';
import { EntityView, type RelatedName } from './entity-view';
import { QuantityView } from './quantity-view';
import { SiteSwitch } from './site-switch';

const { nonce, inline } = readCardFragment(location.hash, runtime.available());
/** Where host messages go: the page's origin once known (nothing private is in them); '*'
 *  for a page with an opaque origin, which no address names. */
let hostOrigin = '*';

function tellHost(type: 'size' | 'close' | 'next' | 'previous' | 'site-off', extra: { height?: number; ready?: boolean } = {}): void {
  if (window.parent === window) return;
  window.parent.postMessage(JSON.stringify({ backstoryCard: nonce, type, ...extra }), hostOrigin);
}

/** The card's height, and whether its content (or its error) is in. */
function tellSize(card: HTMLElement, ready: boolean): void {
  tellHost('size', { height: card.getBoundingClientRect().height, ready });
}

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

/** Tab and Shift+Tab go round the card (the dialog itself, then its controls): out of it,
 *  the focus would leave the page for the browser's own controls, with the card still open
 *  and deaf to Escape. */
function keepFocusIn(dialog: HTMLElement | null, e: KeyboardEvent): void {
  if (!dialog) return;
  const stops = [dialog, ...dialog.querySelectorAll<HTMLElement>('a[href], button:not([disabled]), input:not([disabled]), [tabindex="0"]')];
  const at = stops.indexOf(document.activeElement as HTMLElement);
  const next = e.shiftKey ? (at <= 0 ? stops.length - 1 : at - 1) : (at + 1) % stops.length;
  e.preventDefault();
  stops[next]?.focus();
}

function nameOf(content: CardContent): string {
  return content.kind === 'entity' ? content.card.name : content.card.quantity.text;
}

function label(content: CardContent | null): string {
  return content ? `Backstory: ${nameOf(content)}` : 'Backstory';
}

function Card(): JSX.Element {
  const [content, setContent] = useState<CardContent | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [focus, setFocus] = useState(false);
  const [pageUrl, setPageUrl] = useState<string | null>(null);
  /** What the card showed before each related name opened in it (with that name's id), the
   *  last on top. */
  const [trail, setTrail] = useState<{ content: CardContent; opened: string }[]>([]);
  /** After Back, the related name to focus again: the reader returns where they left. */
  const returnTo = useRef<string | null>(null);
  const [opening, setOpening] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  // Read by the size observer, which outlives renders.
  const ready = useRef(false);
  ready.current = content !== null || error !== null;

  useEffect(() => {
    if (inline) {
      setFocus(inline.focus);
      setPageUrl(inline.pageUrl);
      if (inline.content) setContent(inline.content);
      else setError(inline.error ?? 'Nothing to show.');
      return;
    }
    send('card/target', { nonce })
      .then((target) => {
        if (!target) throw new Error('This card has expired.');
        hostOrigin = hostOriginFor(target.pageUrl, location.ancestorOrigins?.[0]);
        setFocus(target.focus);
        setPageUrl(target.pageUrl);
        return loadCardContent(target);
      })
      .then(setContent)
      .catch((err: unknown) => setError(err instanceof Error ? err.message : String(err)));
  }, []);

  useEffect(() => {
    const el = root.current;
    if (!el) return undefined;
    const observer = new ResizeObserver(() => {
      tellSize(el, ready.current);
      markMoreBelow();
    });
    observer.observe(el);
    // The frame's own height changes when the host places the card: that resizes the window.
    window.addEventListener('resize', markMoreBelow);
    window.addEventListener('scroll', markMoreBelow, { passive: true });
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', markMoreBelow);
      window.removeEventListener('scroll', markMoreBelow);
    };
  }, []);

  // Content the same height as "Loading…" would resize nothing: say it is in anyway.
  useEffect(() => {
    const el = root.current;
    if (el && ready.current) tellSize(el, true);
  }, [content, error]);

  // In the same task as the content's render, not a frame later: until then the focus would
  // sit on the card's top (or a button that is gone) for a screen reader to announce.
  useLayoutEffect(() => {
    if (!focus || !content) return;
    const id = returnTo.current;
    returnTo.current = null;
    const opened = id ? root.current?.querySelector<HTMLElement>(`[data-related-id="${CSS.escape(id)}"]`) : null;
    (opened ?? root.current)?.focus();
  }, [focus, content]);

  // The card holds the focus once the reader works in it: the button pressed goes away.
  const openRelated = (name: RelatedName): void => {
    if (!content || !pageUrl || opening) return;
    setOpening(true);
    send('card/entity', { entityId: name.id, name: name.name, type: name.type, pageUrl })
      .then((card) => {
        setTrail([...trail, { content, opened: name.id }]);
        setContent({ kind: 'entity', card });
        setFocus(true);
      })
      .catch((err: unknown) => setError(`Could not show ${name.name}: ${err instanceof Error ? err.message : String(err)}`))
      .finally(() => setOpening(false));
  };
  const back = (): void => {
    const before = trail[trail.length - 1];
    if (!before) return;
    setTrail(trail.slice(0, -1));
    setError(null);
    returnTo.current = before.opened;
    setContent(before.content);
  };
  const before = trail[trail.length - 1]?.content;

  return (
    <div class="card" role="dialog" aria-label={label(content)} aria-busy={opening} tabIndex={-1} ref={root}>
      {before && (
        <button type="button" class="back" data-action="back" onClick={back}>
          ← Back to {nameOf(before)}
        </button>
      )}
      {error && <p class="error">{error}</p>}
      {!error && !content && <p class="muted">Loading…</p>}
      {content?.kind === 'entity' && <EntityView card={content.card} onOpen={inline ? undefined : openRelated} />}
      {content?.kind === 'quantity' && <QuantityView card={content.card} />}
      {focus && <p class="hint">J / K: next or previous term · Esc: close</p>}
      {content && pageUrl && <SiteSwitch pageUrl={pageUrl} turnOff={runtime.available() ? undefined : askHostToTurnOff} />}
    </div>
  );
}

// Focus arriving on the frame (the host focused the iframe) goes to the dialog.
window.addEventListener('focus', () => document.querySelector<HTMLElement>('.card')?.focus());
// Keys anywhere in the card's document, not only inside the dialog: a key reaching the frame
// while its body holds the focus (a pressed button went away, the focus came in before the
// dialog was drawn) would otherwise be lost, and Escape leave the card open.
document.addEventListener('keydown', (e) => {
  if (e.key === 'Tab') return keepFocusIn(document.querySelector<HTMLElement>('.card'), e);
  if (e.key === 'Escape') tellHost('close');
  else if (e.key === 'j' || e.key === 'n' || (e.altKey && e.shiftKey && e.code === 'KeyJ')) tellHost('next');
  else if (e.key === 'k' || e.key === 'p' || (e.altKey && e.shiftKey && e.code === 'KeyK')) tellHost('previous');
  else return;
  e.preventDefault();
});
render(<Card />, document.getElementById('card')!);
