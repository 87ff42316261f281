// What of a page's report is kept in storage.session, which holds 10 MB (Chrome and Firefox)
// for every tab's report and the card stash together. The page names its title and address
// itself (a document.title can run to megabytes), so both are clipped; the annotations are
// cut to what the popup can show (page-summary.ts: terms by entity, the first MAX_NUMBERS
// distinct figures and dates each, with their sentence) and then to a byte budget, in page order.
import { clipText, LIMITS } from '../core/backup-schemas';
import { judgedFigures } from '../core/page-summary';
import type { PageReport } from '../messaging/contract';

/** A report's most, as stored (characters of its JSON). A long page's 2,000 terms and 200
 *  figures with their sentences come to about half of it. */
export const REPORT_BYTES = 256 * 1024;
/** Longer than any article's address; a clipped one names no page, so the popup shows none. */
export const REPORT_URL_MAX = 16_384;
/** The topic's contributing terms kept (the gate sends 8). */
const TOP_TERMS = 20;
const TERM_MAX = 200;

/** `report` as it may be kept: title, address and topic clipped, annotations the popup uses
 *  within `maxBytes`. */
export function fitReport(report: PageReport, maxBytes = REPORT_BYTES): PageReport {
  const { topic } = report;
  const kept: PageReport = {
    url: clipText(String(report.url), REPORT_URL_MAX),
    title: clipText(String(report.title), LIMITS.title),
    topic: {
      score: Number(topic?.score) || 0,
      onTopic: topic?.onTopic === true,
      top: (Array.isArray(topic?.top) ? topic.top : []).slice(0, TOP_TERMS).map((t) => ({ term: clipText(String(t?.term), TERM_MAX), weight: Number(t?.weight) || 0 })),
      // The threshold the page was judged at: the popup shows it with the verdict, and a run
      // at a new sensitivity must store a changed report (Chromium is silent on an equal one).
      ...(Number.isFinite(topic?.threshold) ? { threshold: topic.threshold } : {}),
      // …and the setting that set it, which the popup names beside it.
      ...(Number.isFinite(topic?.sensitivity) ? { sensitivity: topic.sensitivity } : {}),
    },
    annotations: [],
    // Only the two names: the page sends it.
    ...(report.scheme === 'dark' || report.scheme === 'light' ? { scheme: report.scheme } : {}),
  };
  let bytes = JSON.stringify(kept).length;
  // Every name counts; a figure or date only as the popup judges it.
  const judged = judgedFigures();
  for (const a of report.annotations) {
    if ((a.kind === 'number' || a.kind === 'date') && !judged(a)) continue;
    const size = JSON.stringify(a).length + 1;
    if (bytes + size > maxBytes) break;
    bytes += size;
    kept.annotations.push(a);
  }
  return kept;
}
