// Shared shapes of the knowledge core. Every other context (background, content, card,
// popup, storage) speaks in these types, so they stay plain serialisable data.

export type EntityType = 'person' | 'org' | 'place' | 'event';
/** What a highlight is registered as; one CSS highlight name per kind (see the design notes,
 *  ../shared/DESIGN.md beside the repo). */
export type HighlightKind = EntityType | 'number' | 'date';

/** Half-open character span [start, end) in some text. */
export interface Span {
  start: number;
  end: number;
}

/** A stored article as shipped in assets/articles/*.json and kept in the store. */
export interface Article {
  id: string;
  title: string;
  source: string;
  url: string | null;
  /** ISO date, yyyy-mm-dd. */
  date: string;
  /** BCP 47 language tag, e.g. "en". */
  language: string;
  paragraphs: string[];
}

// ── Segmentation ───────────────────────────────────────────────────────────

export interface Token extends Span {
  text: string;
}

export interface Sentence extends Span {
  text: string;
}

// ── Quantities ────────────────────────────────────────────────────────────

export type QuantityForm =
  | 'count' // "33 hostages", "two officials", "1.2 million"
  | 'money' // "$1.5bn", "€200 million"
  | 'percent' // "3%", "12 percent"
  | 'range' // "10–15", "between 10 and 15"
  | 'score' // "2-0"
  | 'ordinal' // "30th" (digit ordinals only)
  | 'duration' // "42-day", "six weeks", "15 months"
  | 'date' // "October 7, 2023", "Feb. 4", "January 21"
  | 'year' // "2025"
  | 'time'; // "10:30", "9 a.m."

export interface Quantity extends Span {
  /** The surface text, text.slice(start, end); includes qualifier words and unit noun. */
  text: string;
  /** 'date' for dates, years and times; 'number' for everything else. */
  kind: 'number' | 'date';
  form: QuantityForm;
  /** Numeric value (low end of a range; first side of a score); null for dates. */
  value: number | null;
  /** Upper end of a range, second side of a score. */
  high?: number;
  /** The counted noun as written, lower-case ("hostages", "people", "days"); "%" for
   *  percentages; ISO currency code for money ("USD"). */
  unit: string | null;
  /** Lower-case qualifier as written: "at least", "more than", "nearly", "some", … */
  qualifier: string | null;
  /** Dates: ISO form as far as known ("2023-10-07", "--02-04" when the year is unknown, "2025"). */
  iso?: string;
}

// ── Entities and knowledge ────────────────────────────────────────────────

export interface EntityMention extends Span {
  text: string;
  type: EntityType;
  /** Canonical name ("Benjamin Netanyahu" for "Netanyahu"). */
  canonical: string;
  /** Set where the context's votes alone typed the name: how strongly (stored-types.ts). */
  evidence?: number;
}

/** Where a stored article mentions an entity (or states a fact). */
export interface SentenceRef {
  articleId: string;
  /** The sentence as written. */
  sentence: string;
  /** Span of the term inside `sentence`. */
  start: number;
  end: number;
}

export interface Entity {
  /** Stable id derived from the canonical name, e.g. "person:benjamin-netanyahu". */
  id: string;
  name: string;
  type: EntityType;
  /** Every surface form that refers to it, canonical name included. */
  aliases: string[];
  /** From appositions and titles: "Israel's far-right finance minister". */
  description: string | null;
  mentions: SentenceRef[];
  /** Entities that share sentences with it, most frequent first. */
  related: { id: string; count: number }[];
}

/** A stored figure and what it measures. */
export interface Fact {
  id: string;
  quantity: Quantity;
  where: SentenceRef;
  /** What is counted: the unit noun plus the clause's key words (lemma-ish, lower-case),
   *  e.g. ["people", "dead", "israel"] or ["hostages", "release"]. */
  measure: string[];
  /** Date of the stored article (yyyy-mm-dd): a differing running count (a death toll)
   *  is then reported as an older snapshot of that day. */
  date?: string;
}

export type Verdict = 'agrees' | 'differs';

export interface FigureComparison {
  verdict: Verdict;
  /** Why, for the card: "rounds 1,210", "47,498 is more than 47,000", "another value". */
  reason: string;
  fact: Fact;
  /** How sure the match of "measures the same thing" is, 0..1. */
  similarity: number;
}

/** An article as a list shows it: its fields without the language and the text. */
export type ArticleSummary = Pick<Article, 'id' | 'title' | 'source' | 'url' | 'date'>;

export interface TopicProfile {
  /** term (lower-case word or entity id) → weight. */
  weights: Record<string, number>;
  /** Score at or above which a page counts as on-topic. */
  threshold: number;
  /** Terms that are words of stored place names (and those places' ids): a page sharing
   *  only these is near the story's places, not about it. Absent in older profiles. */
  places?: string[];
  /** Terms the stored articles write only inside a name of two words or more ("eagle" of
   *  "American Eagle"): a page's word counts only where written as a name. Absent in older
   *  profiles. */
  nameWords?: string[];
  /** Stored names of three words or more whose lead (all but the last word) has a name word
   *  ("Silicon Valley Bank"): a page writing the lead alone names something else, so its words
   *  count with the places' (topic-names.ts). Absent in older profiles. */
  ledNames?: string[];
  /** Capitalised words the stored articles write joined in a name, as term pairs whose first
   *  is a profile term ("ford motor" of "Ford Motor Co."): a page writing that term only at the
   *  head of another name ("Ford Field") names something else (topic-name-pairs.ts). Absent in
   *  older profiles. */
  namePairs?: string[];
}

export interface TopicScore {
  score: number;
  onTopic: boolean;
  /** The threshold the verdict was made at (after the sensitivity setting). It is part of a
   *  page's stored report, so a run at a new sensitivity stores a changed report, which
   *  Chromium's storage.onChanged reports (it stays silent on a write of the same value). */
  threshold?: number;
  /** The Topic sensitivity setting that threshold came from, kept with it: the popup names
   *  both, and a setting asked for apart from the report can be newer than the page's run. */
  sensitivity?: number;
  /** The terms and entities that contributed most, best first. */
  top: { term: string; weight: number }[];
}

export interface KnowledgeIndex {
  /** Changes whenever the content changes; page scripts cache matchers by it. */
  version: string;
  articles: ArticleSummary[];
  entities: Entity[];
  facts: Fact[];
  topic: TopicProfile;
  /** Names the stored articles show to be products (no type): "Black Hawk". Absent in an
   *  index built before, or with none. */
  products?: string[];
}

// ── Page side ─────────────────────────────────────────────────────────────

/** Compact, serialisable matcher handed from the background to content scripts. */
export interface MatcherPackage {
  version: string;
  /** Entities the page can link to, by index. */
  entities: { id: string; name: string; type: EntityType }[];
  /** Surface form → index into `entities`. Case-sensitive forms as written in the store. */
  aliases: [alias: string, entity: number][];
  /** Names whose type is known (countries, cities, demonym-free places, organisations from
   *  data packages) but that have no stored backstory: highlighted, not linked. */
  lexicon: [name: string, type: EntityType][];
  /** Capitalised words that are never names on their own: demonyms and adjectives of
   *  places ("Israeli", "Palestinian", "American"), so discovery can skip them. */
  nonNames: string[];
  topic: TopicProfile;
  /** The stored articles' product names (KnowledgeIndex.products), never marked on a page. */
  products?: string[];
  /** Stored one-word places the gazetteer has no entry of (stored-towns.ts): weak evidence
   *  of a place on the page, as the gazetteer's towns are. Absent with none. */
  towns?: string[];
}

/** One thing the page side highlights. */
export interface PageAnnotation extends Span {
  text: string;
  kind: HighlightKind;
  /** Linked to a stored entity (known to the store) or only discovered on the page. */
  entityId: string | null;
  canonical: string | null;
  quantity?: Quantity;
}

// ── Anchoring (W3C Web Annotation selectors) ──────────────────────────────

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export type TextSelector = TextQuoteSelector | TextPositionSelector;

export interface AnchorResult extends Span {
  /** 'position' when the position selector still matches, 'quote' exact quote found, 'fuzzy' approximate. */
  method: 'position' | 'quote' | 'fuzzy';
}
