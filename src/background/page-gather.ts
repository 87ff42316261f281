// The page report's annotations, gathered here as page/annotate answers a top frame's run,
// so the page never sends them back (serialising thousands of annotations cost the page's
// thread more than reading its text). Numbers and dates get their sentence for the popup.
//
// Memory only: a run's chunks and its report arrive within seconds. If the worker stops in
// between, the report arrives to an empty gathering and lists no terms; the next visit
// (or the next run after a settings/library change) reports in full.
import { pointsBack } from '../core/measure';
import { SentencesOf, sentenceBefore } from '../core/sentence-around';
import type { PageAnnotation } from '../core/types';
import type { PageReport } from '../messaging/contract';

type Reported = PageReport['annotations'][number];

/** More than a report keeps (2000): a late chunk (the page's observers) may hold annotations
 *  earlier in the page than the last kept, and the report keeps the first in page order. */
const MAX_GATHERED = 6000;

interface Gathering {
  run: string;
  annotations: Reported[];
}

export class PageGather {
  private readonly byTab = new Map<number, Gathering>();

  /** Keep what one chunk of run `run` in tab `tabId` found; `text` is the chunk, `base` its offset. */
  add(tabId: number, run: string, text: string, base: number, found: readonly PageAnnotation[]): void {
    let g = this.byTab.get(tabId);
    if (!g || g.run !== run) {
      g = { run, annotations: [] };
      this.byTab.set(tabId, g); // a new run (reload, navigation) replaces the old one
    }
    const sentences = new SentencesOf(text);
    for (const a of found) {
      if (g.annotations.length >= MAX_GATHERED) break;
      if (a.kind !== 'number' && a.kind !== 'date') {
        g.annotations.push(a);
        continue;
      }
      const s = sentences.around(a.start - base, a.end - base);
      // The sentence before only where the figure may point back at it (the report is kept
      // whole in storage.session).
      const before = a.quantity && pointsBack(s.text, a.quantity, a.start - base - s.start) ? sentenceBefore(text, s.start) : undefined;
      g.annotations.push(before ? { ...a, sentence: s.text, before } : { ...a, sentence: s.text });
    }
  }

  /** The run's annotations of every kind, in page order, at most `max`; forgets the run.
   *  Every kind: the page keeps the marks of a kind switched off and shows them again when
   *  it is switched back on, and the popup lists the kinds switched on when it asks. */
  take(tabId: number, run: string, max: number): Reported[] {
    const g = this.byTab.get(tabId);
    if (!g || g.run !== run) return [];
    this.byTab.delete(tabId);
    return g.annotations.sort((a, b) => a.start - b.start).slice(0, max);
  }

  forget(tabId: number): void {
    this.byTab.delete(tabId);
  }
}
