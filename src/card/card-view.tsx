// The hover card's dialog, drawn by two shells: the card page (main.tsx, card.html in an
// iframe) and, where a page refuses that page, the card drawn in the host's closed shadow
// root itself (content/inline-card.tsx). The shell says where the first content comes from
// and how to tell the host; the card does the rest:
//   1. shows the first content (or its error) once load() gives it;
//   2. a related name opens its own backstory in the card, with a way back (where the card
//      can ask the background: not a card page without the extension API);
//   3. the foot of the card turns Backstory off on the page's site (site-switch.tsx);
//   4. tells the host its content height on every resize, and whether the content (or an
//      error) is in (the host shows the card only then).
// Opened by keyboard (focus), the dialog takes focus so screen readers announce it.
import type { JSX } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { CardContent, InlineCard } from '../messaging/card-content';
import { send } from '../messaging/send';
import { EntityView, type RelatedName } from './entity-view';
import { QuantityView } from './quantity-view';
import { SiteSwitch } from './site-switch';

/** What a card first shows: its content or why there is none, its page, and whether it
 *  takes the focus; what a card travelling in its URL carries, so one type (card-content.ts). */
export type FirstCard = InlineCard;

/** What a card tells its host (card-messages.ts has the host's side). */
export type TellHost = (type: 'size' | 'close' | 'next' | 'previous' | 'dropped-next' | 'dropped-previous' | 'site-off' | 'pointer-in' | 'pointer-out', extra?: { height?: number; ready?: boolean; termKey?: boolean }) => void;

export interface CardProps {
  load: () => Promise<FirstCard>;
  tell: TellHost;
  /** A related name opens in the card (it can ask the background). */
  canOpenRelated: boolean;
  /** Turns Backstory off on a site; by default the card does it through the background. */
  turnOff?: (host: string) => Promise<void>;
  /** After each resize of the card (the shell's more-below fade follows it). */
  onResize?: () => void;
}

function nameOf(content: CardContent): string {
  return content.kind === 'entity' ? content.card.name : content.card.quantity.text;
}

function label(content: CardContent | null): string {
  return content ? `Backstory: ${nameOf(content)}` : 'Backstory';
}

/** Tab and Shift+Tab go round the card (the dialog itself, then its controls): out of it,
 *  the focus would leave the card with the card still open. `active`: the element holding
 *  the focus in the card's document or shadow root. */
export function keepFocusIn(dialog: HTMLElement | null, active: Element | null, e: KeyboardEvent): void {
  if (!dialog) return;
  const stops = [dialog, ...dialog.querySelectorAll<HTMLElement>('a[href], button:not([disabled]), input:not([disabled]), [tabindex="0"]')];
  const at = stops.indexOf(active as HTMLElement);
  const next = e.shiftKey ? (at <= 0 ? stops.length - 1 : at - 1) : (at + 1) % stops.length;
  e.preventDefault();
  stops[next]?.focus();
}

export { cardKeyStep } from './card-keys';

export function Card({ load, tell, canOpenRelated, turnOff, onResize }: CardProps): JSX.Element {
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
  const tellSize = (el: HTMLElement, isReady: boolean): void => tell('size', { height: el.getBoundingClientRect().height, ready: isReady });

  useEffect(() => {
    load()
      .then((first) => {
        setFocus(first.focus);
        setPageUrl(first.pageUrl);
        if (first.content) setContent(first.content);
        else setError(first.error ?? 'Nothing to show.');
      })
      .catch((err: unknown) => setError(err instanceof Error ? err.message : String(err)));
  }, []);

  useEffect(() => {
    const el = root.current;
    if (!el) return undefined;
    const observer = new ResizeObserver(() => {
      tellSize(el, ready.current);
      onResize?.();
    });
    observer.observe(el);
    return () => observer.disconnect();
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
      {content?.kind === 'entity' && <EntityView card={content.card} onOpen={canOpenRelated ? openRelated : undefined} />}
      {content?.kind === 'quantity' && <QuantityView card={content.card} />}
      {focus && <p class="hint">J / K: next or previous term · Esc: close</p>}
      {content && pageUrl && <SiteSwitch pageUrl={pageUrl} turnOff={turnOff} />}
    </div>
  );
}
