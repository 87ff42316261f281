// The user's settings as the content script applies them at the start of each page run:
// whether Backstory is off on this site, which kinds are shown, and a highlighter that
// draws only those kinds (observers and the first pass both go through it, so a switched-
// off kind is never drawn and hover, which hit-tests drawn marks only, ignores it too).
import { isSiteOff } from '../core/off-sites';
import { DEFAULT_SETTINGS, type Note, type Settings } from '../core/records';
import type { HighlightKind, PageAnnotation } from '../core/types';
import { type AnnotationBatch, filterBatch, toBatch } from '../messaging/packed-annotations';
import { send } from '../messaging/send';
import { HIGHLIGHT_KINDS, Highlighter } from './highlighter';
import type { TextMap } from './text-map';

/** The stored settings and, given `pageUrl`, that page's notes (page/start); the default
 *  settings and no notes known when the background cannot answer (the page still works). */
export async function loadStart(pageUrl?: string): Promise<{ settings: Settings; notes: Note[] | null }> {
  try {
    return await send('page/start', pageUrl === undefined ? {} : { pageUrl });
  } catch (err) {
    console.warn('Backstory: settings unavailable, using the defaults', err);
    return { settings: DEFAULT_SETTINGS, notes: null };
  }
}

/** Whether `host` is one the user turned Backstory off on ("www.example.com" as listed). */
export function siteIsOff(settings: Pick<Settings, 'offSites'>, host: string): boolean {
  return isSiteOff(settings.offSites, host);
}

export function enabledKinds(settings: Pick<Settings, 'types'>): Set<HighlightKind> {
  const on = new Set<HighlightKind>();
  for (const [kind, shown] of Object.entries(settings.types) as [HighlightKind, boolean][]) if (shown) on.add(kind);
  return on;
}

/** A highlighter that leaves out the kinds the user switched off. The type highlights stay
 *  registered (empty), so what the page shows under each name is still the whole truth. */
export class KindFilteredHighlighter extends Highlighter {
  constructor(registry: HighlightRegistry, private readonly shown: ReadonlySet<HighlightKind>) {
    super(registry);
  }

  override add(map: TextMap, annotations: AnnotationBatch | readonly PageAnnotation[]): number {
    if (this.shown.size === HIGHLIGHT_KINDS.length) return super.add(map, annotations);
    const batch = toBatch(annotations);
    return super.add(map, filterBatch(batch, (i) => this.shown.has(batch.kind(i))));
  }
}
