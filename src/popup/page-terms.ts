// How "This page" orders what the background found: terms grouped by kind, linked ones
// (known to the stored articles) before page-only ones, then by mentions; the topic's
// shared terms strongest first. Pure, so the order is pinned by tests.
import type { HighlightKind, TopicScore } from '../core/types';
import type { PageSummary, SummaryNumber, SummaryTerm } from '../messaging/contract';

export const KIND_ORDER: HighlightKind[] = ['person', 'org', 'place', 'event', 'number', 'date'];
export const KIND_LABEL: Record<HighlightKind, string> = {
  person: 'People',
  org: 'Organisations',
  place: 'Places',
  event: 'Events',
  number: 'Figures',
  date: 'Dates',
};

/** The terms and figures of the kinds switched on now (`shown`; all when not said): the
 *  page's report lists every kind its run found, and the page draws only those switched on. */
export function shownOnly(summary: Pick<PageSummary, 'terms' | 'numbers' | 'shown'>): { terms: SummaryTerm[]; numbers: SummaryNumber[] } {
  const { shown } = summary;
  if (!shown) return { terms: summary.terms, numbers: summary.numbers };
  const on = new Set(shown);
  return { terms: summary.terms.filter((t) => on.has(t.kind)), numbers: summary.numbers.filter((n) => on.has(n.kind)) };
}

/** The heading over the figures: what the list holds. */
export function numbersHeading(numbers: readonly SummaryNumber[]): string {
  const figures = numbers.some((n) => n.kind === 'number');
  const dates = numbers.some((n) => n.kind === 'date');
  return figures && dates ? 'Figures and dates' : dates ? 'Dates' : 'Figures';
}

export interface TermGroup {
  kind: HighlightKind;
  terms: SummaryTerm[];
  /** Mentions of all the group's terms together. */
  mentions: number;
}

export function compareTerms(a: SummaryTerm, b: SummaryTerm): number {
  if (a.linked !== b.linked) return a.linked ? -1 : 1;
  if (a.count !== b.count) return b.count - a.count;
  return a.name.localeCompare(b.name);
}

/** Groups in KIND_ORDER (empty groups left out); within a group linked first, then by count. */
export function groupTerms(terms: SummaryTerm[]): TermGroup[] {
  const byKind = new Map<HighlightKind, SummaryTerm[]>();
  for (const t of terms) {
    const list = byKind.get(t.kind);
    if (list) list.push(t);
    else byKind.set(t.kind, [t]);
  }
  return KIND_ORDER.flatMap((kind) => {
    const list = byKind.get(kind);
    if (!list) return [];
    const sorted = [...list].sort(compareTerms);
    return [{ kind, terms: sorted, mentions: sorted.reduce((n, t) => n + t.count, 0) }];
  });
}

/** Linked terms, one per entity, for pickers (entity notes, the notes filter). */
export function linkedEntities(terms: SummaryTerm[]): { id: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const t of [...terms].sort(compareTerms)) if (t.linked && t.entityId && !seen.has(t.entityId)) seen.set(t.entityId, t.name);
  return [...seen].map(([id, name]) => ({ id, name }));
}

const ENTITY_TERM = /^(?:person|org|place|event):(.+)$/;

/** The topic's top terms, strongest first, at most `max`. Entity ids ("person:benjamin-
 *  netanyahu") are shown by the term's name when the page lists it. Off topic, only names:
 *  the words such a page shares with the stored articles are ones all news uses ("following",
 *  "hold"), which explain nothing. */
export function topTopicTerms(topic: TopicScore, terms: SummaryTerm[], max = 6): string[] {
  const names = new Map(terms.filter((t) => t.entityId).map((t) => [t.entityId as string, t.name]));
  return topic.top
    .filter((t) => topic.onTopic || ENTITY_TERM.test(t.term))
    .sort((a, b) => b.weight - a.weight)
    .slice(0, max)
    .map((t) => names.get(t.term) ?? prettyTerm(t.term));
}

function prettyTerm(term: string): string {
  const m = ENTITY_TERM.exec(term);
  if (!m?.[1]) return term;
  return m[1].split('-').map((w) => (w ? w[0]!.toUpperCase() + w.slice(1) : w)).join(' ');
}

/** "0.23" — scores are small fractions; two decimals are what tells them apart. */
export function formatScore(n: number): string {
  return Number.isFinite(n) ? n.toFixed(2) : '–';
}
