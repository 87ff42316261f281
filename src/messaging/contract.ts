// Every request a context may send to the background, with its answer. The background's
// handler map (src/background/handlers.ts) must cover each kind; anything else gets an
// error reply. The one import site for the whole conversation, kept in parts by concern:
//   page-contract.ts   a page's run (topic, annotate, report) and the popup's "This page";
//   card-contract.ts   the hover card: its target, its stash, what it shows;
//   store-contract.ts  notes, library, trash, settings, backup.
// (The popup's requests to a tab are tab-contract.ts.)
import type { CardRequests } from './card-contract';
import type { PageRequests } from './page-contract';
import type { StoreRequests } from './store-contract';

export type { CardMention, CardNote, CardTarget, EntityCard, QuantityCard } from './card-contract';
export type {
  PageAnswer,
  PageReport,
  PageReportRequest,
  PageSummary,
  RelatedArticle,
  SiteOffAnswer,
  SummaryNumber,
  SummaryTerm,
  UnreportedAnswer,
} from './page-contract';
export type { LibraryChange, LibraryHitEntry, LibraryMatch } from './store-contract';

/** The parts share no kind (an interface extending two that disagree on a key fails to compile). */
export interface Requests extends PageRequests, CardRequests, StoreRequests {}

export type RequestKind = keyof Requests;
