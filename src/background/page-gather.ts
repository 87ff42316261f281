// The page report's annotations, gathered here as page/annotate answers a top frame's run,
// so the page never sends them back (serialising thousands of annotations cost the page's
// thread more than reading its text). Numbers and dates get their sentence for the popup,
// and as much of their paragraph as the hover card's verdict reads (owner-context.ts), so
// popup and card judge a figure alike.
//
// Memory only: a run's chunks and its report arrive within seconds. If the worker stops in
// between, what it gathered is lost: the report then finds no gathering of its run, or one
// begun after the run's first chunk, and take() says so (null) rather than hand over a part
// or nothing; the report is not kept, and the popup offers to read the page again.
import { pointsBack } from '../core/measure';
import { ownerContext } from '../core/owner-context';
import { judgedFigures, withinSentence } from '../core/page-summary';
import { paragraphBefore, SentencesOf, sentenceBefore } from '../core/sentence-around';
import type { PageAnnotation } from '../core/types';
import type { PageReport } from '../messaging/contract';

type Reported = PageReport['annotations'][number];

/** More than a report keeps (2000): a late chunk (the page's observers) may hold annotations
 *  earlier in the page than the last kept, and the report keeps the first in page order. */
const MAX_GATHERED = 6000;
/** Figures, in page order, whose owner is looked for earlier in their paragraph as the
 *  card does: reading the names of those sentences costs ~0.5 ms a figure, and a long live
 *  page's 400 judged figures held the worker ~250 ms. Later ones are judged by their
 *  sentence alone (and the one before, where they point back). */
const OWNER_CONTEXTS = 100;

interface Gathering {
  run: string;
  annotations: Reported[];
  /** This worker saw the run's first chunk (offset 0): nothing before it was lost. */
  fromStart: boolean;
  /** Each figure's chunk and its sentence's start there: what comes before it in its
   *  paragraph is read when the report is taken, for the figures the popup judges only. */
  paragraphs: Map<Reported, { text: string; at: number }>;
}

export class PageGather {
  private readonly byTab = new Map<number, Gathering>();

  /** Keep what one chunk of run `run` in tab `tabId` found; `text` is the chunk, `base` its offset. */
  add(tabId: number, run: string, text: string, base: number, found: readonly PageAnnotation[]): void {
    let g = this.byTab.get(tabId);
    if (!g || g.run !== run) {
      g = { run, annotations: [], fromStart: false, paragraphs: new Map() };
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
      const figure: Reported = before ? { ...a, sentence: s.text, before } : { ...a, sentence: s.text };
      g.annotations.push(figure);
      g.paragraphs.set(figure, { text, at: s.start });
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
    const taken = g.annotations.sort((a, b) => a.start - b.start).slice(0, max);
    const judged = judgedFigures();
    let read = 0;
    return taken.map((a) => {
      const where = g.paragraphs.get(a);
      if (!where || !judged(a) || a.sentence === undefined || read++ >= OWNER_CONTEXTS) return a;
      // Whose figure it is, when its sentence names no one ("The benchmark rate stays at
      // 4.25%" after "The Bank of England held rates"), as the card reads it (hover.ts).
      const local = withinSentence(a.quantity, a.sentence);
      const earlier = ownerContext(local.quantity, local.sentence, a.before ?? '', paragraphBefore(where.text, where.at));
      return earlier === undefined ? a : { ...a, earlier };
    });
  }

  forget(tabId: number): void {
    this.byTab.delete(tabId);
  }
}
