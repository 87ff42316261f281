// The evaluation set's gold: topic folders in tests/eval/topics/ (pages and the seeds they
// are scored against), each page checked and its spans resolved to character offsets. Gold
// spans are written as (text, occurrence) so a human can read and edit them; this file is
// the one place that turns them into offsets.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, EntityType, Verdict } from '../src/core/types';

export type PageTopic = 'on' | 'near' | 'off';

export interface GoldEntity {
  text: string;
  occurrence: number;
  types: EntityType[];
  canonical: string;
  /** The canonical entity is named in the stored seed articles. */
  linked: boolean;
}

export interface GoldNumber {
  text: string;
  occurrence: number;
  kind: 'number' | 'date';
}

export interface GoldFact {
  text: string;
  occurrence: number;
  verdict: Verdict;
}

export interface GoldPage {
  id: string;
  title: string;
  topic: PageTopic;
  expectOnTopic: boolean;
  note?: string;
  paragraphs: string[];
  entities: GoldEntity[];
  numbers: GoldNumber[];
  facts: GoldFact[];
}

export interface Located {
  start: number;
  end: number;
}

/** A page with every gold span located in its text. */
export interface ResolvedPage {
  page: GoldPage;
  text: string;
  entities: (GoldEntity & Located)[];
  numbers: (GoldNumber & Located)[];
  facts: (GoldFact & Located)[];
}

export const ENTITY_TYPES: readonly EntityType[] = ['person', 'org', 'place', 'event'];
export const PAGE_SEPARATOR = '\n\n';
export const MIN_WORDS = 150;
export const MAX_WORDS = 450;

export function pageText(page: Pick<GoldPage, 'paragraphs'>): string {
  return page.paragraphs.join(PAGE_SEPARATOR);
}

/** Start of the n-th (1-based) match of `needle`, scanning from one past the previous
 *  match, so overlapping matches and matches inside longer words count; -1 when absent. */
export function findOccurrence(text: string, needle: string, n: number): number {
  if (needle === '' || !Number.isInteger(n) || n < 1) return -1;
  let at = -1;
  for (let seen = 0; seen < n; seen++) {
    at = text.indexOf(needle, at + 1);
    if (at === -1) return -1;
  }
  return at;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function locate<T extends { text: string; occurrence: number }>(
  text: string,
  items: T[],
  what: string,
  problems: string[],
): (T & Located)[] {
  const out: (T & Located)[] = [];
  for (const item of items) {
    const start = findOccurrence(text, item.text, item.occurrence);
    if (start === -1) problems.push(`${what} "${item.text}" #${item.occurrence} is not in the text`);
    else out.push({ ...item, start, end: start + item.text.length });
  }
  return out;
}

function overlaps(spans: (Located & { text: string })[], what: string, problems: string[]): void {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1]!;
    const cur = sorted[i]!;
    if (cur.start < prev.end) problems.push(`${what} "${prev.text}" and "${cur.text}" overlap at ${cur.start}`);
  }
}

/** Everything wrong with a parsed page file (empty when it is well-formed). */
export function pageProblems(raw: unknown, fileId?: string): string[] {
  const p: string[] = [];
  if (!isRecord(raw)) return ['page is not an object'];
  const { id, title, topic, expectOnTopic, paragraphs, entities, numbers, facts } = raw;
  if (typeof id !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) p.push('id must be kebab-case');
  if (fileId !== undefined && id !== fileId) p.push(`id "${String(id)}" differs from file name "${fileId}"`);
  if (typeof title !== 'string' || title.trim() === '') p.push('title missing');
  if (topic !== 'on' && topic !== 'near' && topic !== 'off') p.push('topic must be on, near or off');
  if (typeof expectOnTopic !== 'boolean') p.push('expectOnTopic must be boolean');
  if (topic === 'off' && expectOnTopic !== false) p.push('an off-topic page must expect rejection');
  if (topic === 'on' && expectOnTopic !== true) p.push('an on-topic page must expect acceptance');
  if (!Array.isArray(paragraphs) || paragraphs.length === 0) return [...p, 'paragraphs missing'];
  for (const para of paragraphs) {
    if (typeof para !== 'string' || para.trim() !== para || para === '' || para.includes(PAGE_SEPARATOR)) {
      p.push(`bad paragraph: ${JSON.stringify(para).slice(0, 60)}`);
    }
  }
  if (!Array.isArray(entities) || !Array.isArray(numbers) || !Array.isArray(facts)) {
    return [...p, 'entities, numbers and facts must be arrays'];
  }
  const spanOk = (x: unknown): x is Record<string, unknown> & { text: string; occurrence: number } =>
    isRecord(x) && typeof x.text === 'string' && x.text !== '' && Number.isInteger(x.occurrence) && Number(x.occurrence) >= 1;
  for (const e of entities) {
    if (!spanOk(e)) { p.push(`bad entity ${JSON.stringify(e)}`); continue; }
    const types: unknown = e.types;
    if (!Array.isArray(types) || types.length === 0 || !types.every((t) => ENTITY_TYPES.includes(t as EntityType)) || new Set(types).size !== types.length) {
      p.push(`entity "${e.text}" has bad types`);
    }
    if (typeof e.canonical !== 'string' || e.canonical === '') p.push(`entity "${e.text}" lacks a canonical name`);
    if (typeof e.linked !== 'boolean') p.push(`entity "${e.text}" lacks linked`);
  }
  for (const n of numbers) {
    if (!spanOk(n) || (n.kind !== 'number' && n.kind !== 'date')) p.push(`bad number ${JSON.stringify(n)}`);
  }
  for (const f of facts) {
    if (!spanOk(f) || (f.verdict !== 'agrees' && f.verdict !== 'differs')) p.push(`bad fact ${JSON.stringify(f)}`);
  }
  // Spans are only located once the shapes are right.
  if (p.length > 0) return p;
  const page = raw as unknown as GoldPage;
  const words = pageText(page).split(/\s+/).length;
  if (words < MIN_WORDS || words > MAX_WORDS) p.push(`${words} words, outside ${MIN_WORDS}–${MAX_WORDS}`);
  const resolved = resolveSpans(page, p);
  overlaps(resolved.entities, 'entities', p);
  overlaps(resolved.numbers, 'numbers', p);
  for (const f of resolved.facts) {
    if (!resolved.numbers.some((n) => n.start === f.start && n.end === f.end)) p.push(`fact "${f.text}" is not a gold number`);
  }
  return p;
}

function resolveSpans(page: GoldPage, problems: string[]): ResolvedPage {
  const text = pageText(page);
  return {
    page,
    text,
    entities: locate(text, page.entities, 'entity', problems),
    numbers: locate(text, page.numbers, 'number', problems),
    facts: locate(text, page.facts, 'fact', problems),
  };
}

/** Locates a well-formed page's gold spans; throws with every problem otherwise. */
export function resolvePage(raw: unknown, fileId?: string): ResolvedPage {
  const problems = pageProblems(raw, fileId);
  if (problems.length > 0) throw new Error(`page ${fileId ?? '?'}: ${problems.join('; ')}`);
  return resolveSpans(raw as GoldPage, []);
}

const EVAL_DIR = join(import.meta.dirname, '..', 'tests', 'eval', 'topics');
const SHIPPED_ARTICLES_DIR = join(import.meta.dirname, '..', 'assets', 'articles');

/** One evaluation topic: its pages, scored against a store built from its own seeds. */
export interface EvalTopic {
  id: string;
  pagesDir: string;
  /** The topic's seeds/ folder, or the extension's shipped articles (the Gaza seeds) for a
   *  topic without one, so those are not kept twice. */
  seedsDir: string;
}

/** Every topic folder under tests/eval/topics, in name order. */
export function listTopics(dir: string = EVAL_DIR): EvalTopic[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((id) => {
      const own = join(dir, id, 'seeds');
      return { id, pagesDir: join(dir, id, 'pages'), seedsDir: existsSync(own) ? own : SHIPPED_ARTICLES_DIR };
    });
}

/** The stored articles of a topic, in file-name order. */
export function loadSeeds(topic: EvalTopic): Article[] {
  return readdirSync(topic.seedsDir)
    .filter((f) => f.endsWith('.json') && f !== 'index.json')
    .sort()
    .map((f) => JSON.parse(readFileSync(join(topic.seedsDir, f), 'utf8')) as Article);
}

/** Reads and resolves every page of a topic, in file-name order. */
export function loadPages(topic: EvalTopic): ResolvedPage[] {
  return readdirSync(topic.pagesDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => resolvePage(JSON.parse(readFileSync(join(topic.pagesDir, f), 'utf8')) as unknown, f.replace(/\.json$/, '')));
}
