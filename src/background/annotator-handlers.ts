// Requests of the page side: the topic profile for the gate, the matching of page text
// (page/annotate: the compiled matcher lives here, so the page's thread only reads text and
// draws ranges), the page report for the popup, and the card-target stash that keeps what a
// card is about out of the page.
//
// Both the stash (card-stash.ts) and the reports live in storage.session (memory-backed,
// gone when the browser closes) rather than in variables: an MV3 worker can stop between the
// content script stashing a target and the card asking for it. They share its 10 MB:
// report-size.ts and session-room.ts keep the reports from crowding out the stash.
//
// A tab's report is its top frame's: a subframe (an ad, an embed of another site) can neither
// replace it nor add to what the top frame's run gathered.
import type { PageReport, PageReportRequest } from '../messaging/contract';
import type { Handlers, Sender } from '../messaging/handle';
import { ext } from '../platform/background-api';
import { annotateText } from '../core/annotate';
import { compileMatcher, type CompiledMatcher } from '../core/matcher';
import { sensitiveProfile } from '../core/records';
import type { MatcherPackage, PageAnnotation, TopicScore } from '../core/types';
import { scorePage } from '../core/topic-gate';
import { encodeReport, reportKey, storedReportUrl } from '../messaging/stored-report';
import { sameUrl } from '../core/page-summary';
import { packAnnotations, type PackedAnnotations } from '../messaging/packed-annotations';
import { currentKnowledge } from './knowledge-source';
import { PageGather } from './page-gather';
import { stashTarget, takeTarget } from './card-stash';
import { isOwnOrigin } from './page-senders';
import { fitReport } from './report-size';
import { dropReport, putReport } from './session-room';

/** The report kept for the popup holds at most this many annotations (report-size.ts then
 *  keeps those the popup shows, within its byte budget). */
const MAX_REPORTED = 2000;

const gathered = new PageGather();

/** Whether `sender` is a tab's top frame, showing a page of `url`'s origin. */
function isTopFrameOf(sender: Sender, url: unknown): sender is Sender & { tabId: number } {
  return sender.tabId !== undefined && sender.frameId === 0 && isOwnOrigin(url, sender.url);
}

async function keepReport(req: PageReportRequest, sender: Sender): Promise<null> {
  if (!isTopFrameOf(sender, req.url)) throw new Error("page/report: only a tab's top frame reports, on its own page");
  const { tabId } = sender;
  const { run } = req;
  // Only what the background found itself for this run: a page cannot hand it annotations.
  // Of every kind, whatever the run showed: the popup leaves out the kinds switched off.
  const annotations = typeof run === 'string' ? gathered.take(tabId, run, MAX_REPORTED) : [];
  // Not gathered whole here (the worker stopped during the run): a report of a part, or of
  // no terms at all, would read as all the page holds. None is kept, and the page's run,
  // done, makes the popup offer "Read the page again", as for a report let go.
  if (annotations === null) {
    await dropReport(tabId);
    return null;
  }
  const kept: PageReport = fitReport({ url: req.url, title: req.title, topic: req.topic, annotations, scheme: req.scheme });
  await putReport(tabId, encodeReport(kept));
  return null;
}

/** Forget what a tab's page reported and what its run gathered: the tab has closed, or has a
 *  page other than `unlessUrl` (a long page's report takes up to REPORT_BYTES of the 10 MB
 *  storage.session shares). The same page running again keeps its report until the new one. */
export async function forgetTabReport(tabId: number, unlessUrl?: string): Promise<void> {
  const key = reportKey(tabId);
  if (unlessUrl !== undefined) {
    const url = storedReportUrl((await ext.storage.session.get(key))[key]);
    if (url === null || sameUrl(url, unlessUrl)) return;
  }
  gathered.forget(tabId);
  await dropReport(tabId);
}
// At the top level, so a worker woken by the event has the listener.
ext.tabs?.onRemoved?.addListener((tabId) => void forgetTabReport(tabId).catch(() => undefined));

/** A page sends its text in slices of about 50k characters; more is a misbehaving caller. */
const MAX_SLICE = 500_000;

/** The compiled matcher, kept while the knowledge's version holds (a worker restart or a
 *  library change builds it again). */
let compiled: { version: string; matcher: CompiledMatcher } | null = null;

function compiledFor(pkg: MatcherPackage): CompiledMatcher {
  if (compiled?.version === pkg.version) return compiled.matcher;
  compiled = { version: pkg.version, matcher: compileMatcher(pkg) };
  return compiled.matcher;
}

async function pageMatcher(): Promise<CompiledMatcher> {
  return compiledFor((await currentKnowledge()).matcher);
}

/** `known`: the slice's matches, found already (the gate's, for the first slice). */
async function annotateSlice(text: unknown, base: unknown, run: unknown, sender: Sender, known?: PageAnnotation[]): Promise<PackedAnnotations> {
  if (typeof text !== 'string' || typeof base !== 'number' || !Number.isInteger(base) || base < 0) {
    throw new Error('page/annotate: expected { text: string, base: non-negative integer }');
  }
  if (text.length > MAX_SLICE) throw new Error(`page/annotate: a slice of at most ${MAX_SLICE} characters`);
  const found = known ?? annotateText(await pageMatcher(), text, base);
  if (typeof run === 'string' && sender.tabId !== undefined && sender.frameId === 0) gathered.add(sender.tabId, run, text, base, found);
  return packAnnotations(found);
}

export const annotatorHandlers: Partial<Handlers> = {
  'page/topic': async (req, sender) => {
    if (typeof req.text !== 'string' || typeof req.title !== 'string' || typeof req.sensitivity !== 'number') {
      throw new Error('page/topic: expected { title: string, text: string, sensitivity: number }');
    }
    const { matcher } = await currentKnowledge();
    const profile = sensitiveProfile(matcher.topic, req.sensitivity);
    // The gate counts the stored names only on a page that passes on its score, so an
    // off-topic page costs no matcher compile on a fresh worker; a page that passes is matched
    // next anyway, and its first slice's matches (the text the gate reads) are kept for that.
    let first: PageAnnotation[] | undefined;
    const score: TopicScore = {
      ...scorePage(profile, req.title, req.text, (text) => {
        const found = annotateText(compiledFor(matcher), text);
        if (text === req.text) first = found;
        return found;
      }),
      sensitivity: req.sensitivity,
    };
    // Most pages end here: their report is kept now rather than asked for in a message more.
    // A report that could not be kept (storage full) must not fail the gate.
    if (!score.onTopic && typeof req.reportUrl === 'string' && isTopFrameOf(sender, req.reportUrl)) {
      await keepReport({ url: req.reportUrl, title: req.title, topic: score }, sender).catch((err: unknown) => console.warn('Backstory: page report', err));
    }
    if (!score.onTopic || req.annotate !== true) return score;
    return { ...score, first: await annotateSlice(req.text, 0, req.run, sender, first) };
  },
  'page/annotate': (req, sender) => annotateSlice(req.text, req.base, req.run, sender),
  'page/report': (req, sender) => keepReport(req, sender),
  // The page's run found its site off: what the popup would list is no longer on the page.
  'page/site-off': async (req, sender) => {
    if (!isTopFrameOf(sender, req.url)) throw new Error("page/site-off: only a tab's top frame, on its own page");
    await forgetTabReport(sender.tabId);
    return null;
  },
  'card/stash': async (req, sender) => ({ nonce: await stashTarget(req, Date.now(), sender.tabId) }),
  'card/target': (req) => takeTarget(req.nonce),
};
