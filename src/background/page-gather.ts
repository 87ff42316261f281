// The page report's annotations, gathered here as page/annotate answers a top frame's run,
// so the page never sends them back (serialising thousands of annotations cost the page's
// thread more than reading its text). Numbers and dates get their sentence for the popup.
//
// Memory only: a run's chunks and its report arrive within seconds. If the worker stops in
// between, what it gathered is lost: the report then finds no gathering of its run, or one
// begun after the run's first chunk, and take() says so (null) rather than hand over a part
// or nothing; the report is not kept, and the popup offers to read the page again.
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
  /** This worker saw the run's first chunk (offset 0): nothing before it was lost. */
  fromStart: boolean;
}

export class PageGather {
  private readonly byTab = new Map<number, Gathering>();

  /** Keep what one chunk of run `run` in tab `tabId` found; `text` is the chunk, `base` its offset. */
  add(tabId: number, run: string, text: string, base: number, found: readonly PageAnnotation[]): void {
    let g = this.byTab.get(tabId);
    if (!g || g.run !== run) {
      g = { run, annotations: [], fromStart: false };
      this.byTab.set(tabId, g); // a new run (reload, navigation) replaces the old one
    }
    if (base === 0) g.fromStart = true;
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
   *  it is switched back on, and the popup lists the kinds switched on when it asks. null
   *  when this worker did not gather the run from its first chunk (it started since, or
   *  the run was taken or forgotten already). */
  take(tabId: number, run: string, max: number): Reported[] | null {
    const g = this.byTab.get(tabId);
    if (!g || g.run !== run) return null;
    this.byTab.delete(tabId);
    if (!g.fromStart) return null;
    return g.annotations.sort((a, b) => a.start - b.start).slice(0, max);
  }

  forget(tabId: number): void {
    this.byTab.delete(tabId);
  }
}
