import { describe, expect, it } from 'vitest';
import { index, seedMatcher } from '../../tests/support/seed-knowledge';
import { annotateText } from './annotate';
import { buildPageSummary, foldTerms, judgeNumbers, rankRelated, sameUrl, type ReportedAnnotation } from './page-summary';
import { splitSentences } from './segment';
import type { ArticleSummary, Entity, KnowledgeIndex } from './types';

// A page written for this test, in wire style (no seed text).
const PAGE = [
  'GAZA CITY — Hamas freed three hostages on Saturday under the ceasefire deal. Benjamin Netanyahu said Israel would send envoys to Doha.',
  'Netanyahu met Steve Witkoff in Washington. Witkoff said the truce must hold, and Netanyahu agreed.',
  'The ministry in Gaza says at least 47,498 deaths have been counted, while a doctor named Karim Haddad said 33 hostages remain a priority for his neighbours.',
].join('\n\n');

/** What the content script reports: annotations, figures with the sentence they stand in. */
function report(text: string): ReportedAnnotation[] {
  const sentences = text.split('\n\n').flatMap((p) => {
    const base = text.indexOf(p);
    return splitSentences(p).map((s) => ({ ...s, start: s.start + base, end: s.end + base }));
  });
  return annotateText(seedMatcher(), text).map((a) => {
    if (a.kind !== 'number' && a.kind !== 'date') return a;
    const s = sentences.find((x) => x.start <= a.start && a.end <= x.end);
    return s ? { ...a, sentence: s.text } : a;
  });
}

const annotations = report(PAGE);

describe('foldTerms', () => {
  it('folds mentions by entity, linked first, then by count', () => {
    const terms = foldTerms(annotations);
    const netanyahu = terms.find((t) => t.entityId === 'person:benjamin-netanyahu');
    expect(netanyahu).toMatchObject({ name: 'Benjamin Netanyahu', kind: 'person', linked: true, count: 3, text: 'Benjamin Netanyahu' });
    expect(terms.find((t) => t.entityId === 'person:steve-witkoff')?.count).toBe(2);
    const firstUnlinked = terms.findIndex((t) => !t.linked);
    expect(terms.slice(0, firstUnlinked === -1 ? terms.length : firstUnlinked).every((t) => t.linked)).toBe(true);
    expect(terms.slice(firstUnlinked).every((t) => !t.linked)).toBe(true);
    const linked = terms.filter((t) => t.linked).map((t) => t.count);
    expect(linked).toEqual([...linked].sort((a, b) => b - a));
    expect(terms.some((t) => (t.kind as string) === 'number' || (t.kind as string) === 'date')).toBe(false);
  });

  it('folds unlinked names by kind and text, ignoring case', () => {
    const mk = (text: string, kind: ReportedAnnotation['kind']): ReportedAnnotation => ({ text, kind, start: 0, end: text.length, entityId: null, canonical: null });
    const terms = foldTerms([mk('Karim Haddad', 'person'), mk('KARIM HADDAD', 'person'), mk('Karim Haddad', 'org')]);
    expect(terms).toEqual([
      { entityId: null, name: 'Karim Haddad', kind: 'person', linked: false, count: 2, text: 'Karim Haddad' },
      { entityId: null, name: 'Karim Haddad', kind: 'org', linked: false, count: 1, text: 'Karim Haddad' },
    ]);
  });
});

describe('judgeNumbers', () => {
  it('compares a figure in its sentence with the stored facts', () => {
    const numbers = judgeNumbers(annotations, index);
    const toll = numbers.find((n) => n.text.includes('47,498'));
    expect(toll).toMatchObject({ kind: 'number', verdict: 'agrees' });
    expect(toll?.stored?.value).toContain('47,498');
    expect(toll?.stored?.article.id).toBe('20c5c2cd8de497bc');
    expect(toll?.reason).toBeTruthy();
  });

  it("never compares a page with its own stored copy (a saved page would agree with itself)", () => {
    const url = 'https://news.example/toll';
    const saved = { ...index, articles: index.articles.map((a) => (a.id === '20c5c2cd8de497bc' ? { ...a, url } : a)) };
    const stored = (pageUrl: string) => judgeNumbers(annotations, saved, pageUrl).map((n) => n.stored?.article.id);
    expect(stored(`${url}#section`)).not.toContain('20c5c2cd8de497bc');
    // The same figures judged from elsewhere still meet that article.
    expect(stored('https://elsewhere.example/p')).toContain('20c5c2cd8de497bc');
  });

  it('says "none" (null) when nothing stored measures the same thing', () => {
    const text = 'Shopkeepers in Gaza said 17 bicycles were sold on Saturday.';
    const numbers = judgeNumbers(report(text), index);
    const bikes = numbers.find((n) => n.text.includes('17'));
    expect(bikes).toMatchObject({ verdict: null, reason: null, stored: null });
  });

  it('judges a figure that points back with the sentence before it the report carries', () => {
    const text = 'The death toll in Gaza has risen to 48,200, the health ministry said.\n\nThe ministry’s previous tally, published at the end of January, stood at 47,460.';
    const annotations = report(text);
    const tally = (list: ReportedAnnotation[]) => judgeNumbers(list, index).find((n) => n.text.includes('47,460'));
    expect(tally(annotations)?.verdict).toBeNull();
    const withBefore = annotations.map((a) => (a.text.includes('47,460') ? { ...a, before: 'The death toll in Gaza has risen to 48,200, the health ministry said.' } : a));
    expect(tally(withBefore)).toMatchObject({ verdict: 'differs' });
  });

  it('a different stored value differs, and each figure is listed once per sentence', () => {
    const text = 'Officials said 40 hostages would be released in the ceasefire deal. Officials said 40 hostages would be released in the ceasefire deal.';
    const numbers = judgeNumbers(report(text), index);
    expect(numbers.filter((n) => n.text.includes('40'))).toHaveLength(1);
    expect(numbers[0]?.verdict).toBe('differs');
  });
});

// A small hand-made store: three articles, entities spread unevenly.
const summary = (id: string, date: string, url: string | null = null): ArticleSummary => ({ id, title: `Article ${id}`, source: 'Wire', url, date });
const entity = (id: string, name: string, articleIds: string[]): Entity => ({
  id, name, type: 'person', aliases: [name], description: null, related: [],
  mentions: articleIds.map((articleId) => ({ articleId, sentence: name, start: 0, end: name.length })),
});
const small: Pick<KnowledgeIndex, 'entities' | 'articles'> = {
  articles: [summary('a', '2025-01-01'), summary('b', '2025-01-02'), summary('c', '2025-01-03', 'https://news.example/c#top')],
  entities: [entity('p:common', 'Common Name', ['a', 'b', 'c']), entity('p:rare', 'Rare Name', ['b']), entity('p:mid', 'Mid Name', ['a', 'c']), entity('p:absent', 'Not On Page', ['a'])],
};
const linked = (id: string, times = 1): ReportedAnnotation[] =>
  Array.from({ length: times }, (_, k) => ({ text: id, kind: 'person', start: k, end: k + 1, entityId: id, canonical: id }));

describe('rankRelated', () => {
  it('ranks by IDF-weighted shared entities; a rare shared name outweighs a common one', () => {
    const ranked = rankRelated([...linked('p:common'), ...linked('p:rare'), ...linked('p:mid')], small);
    expect(ranked.map((r) => r.article.id)).toEqual(['b', 'c', 'a']);
    expect(ranked[0]?.shared).toEqual(['Rare Name', 'Common Name']);
    expect(ranked.every((r) => r.score > 0 && r.score <= 1)).toBe(true);
    expect(ranked.map((r) => r.score)).toEqual([...ranked.map((r) => r.score)].sort((x, y) => y - x));
    // Entities absent from the page never count as a reason.
    expect(ranked.some((r) => r.shared.includes('Not On Page'))).toBe(false);
  });

  it('a name the page repeats counts for more than one it mentions once', () => {
    expect(rankRelated([...linked('p:rare'), ...linked('p:mid')], small)[0]?.article.id).toBe('b');
    expect(rankRelated([...linked('p:rare'), ...linked('p:mid', 5)], small).map((r) => r.article.id)).toEqual(['c', 'a', 'b']);
  });

  it('an article covering every page entity scores 1; a tie goes to the newer article', () => {
    const ranked = rankRelated(linked('p:mid'), small);
    expect(ranked.map((r) => [r.article.id, r.score])).toEqual([['c', 1], ['a', 1]]);
  });

  it('leaves out the page itself when it is stored, and nothing is related without linked names', () => {
    expect(rankRelated(linked('p:mid'), small, { excludeUrl: 'https://news.example/c' }).map((r) => r.article.id)).toEqual(['a']);
    const unlinked: ReportedAnnotation = { text: 'Somebody', kind: 'person', start: 0, end: 8, entityId: null, canonical: null };
    expect(rankRelated([unlinked], small)).toEqual([]);
  });

  it('finds the seed articles for a page about their topic', () => {
    const ranked = rankRelated(annotations, index);
    expect(ranked.map((r) => r.article.id).sort()).toEqual(index.articles.map((a) => a.id).sort());
    expect(ranked[0]?.shared.length).toBeGreaterThan(1);
    // Witkoff is stored in one article only: the one that mentions him ranks first.
    expect(ranked[0]?.shared).toContain('Steve Witkoff');
  });
});

describe('buildPageSummary', () => {
  it('keeps the report topic and adds the threshold', () => {
    const topic = { score: 0.4, onTopic: true, top: [{ term: 'hostage', weight: 0.2 }] };
    const s = buildPageSummary({ url: 'https://news.example/p', title: 'A page', topic, annotations }, index as KnowledgeIndex, 0.15);
    expect(s.topic).toEqual({ ...topic, threshold: 0.15 });
    expect(s.terms.length).toBeGreaterThan(3);
    expect(s.related.length).toBe(2);
  });

  it('shows the threshold the page was judged at, not one set since (the page runs again)', () => {
    const topic = { score: 0.14, onTopic: true, threshold: 0.1, top: [] };
    const s = buildPageSummary({ url: 'https://news.example/p', title: 'A page', topic, annotations }, index as KnowledgeIndex, 0.15);
    expect(s.topic).toMatchObject({ score: 0.14, onTopic: true, threshold: 0.1 });
  });

  it('passes on the palette the page is drawn in; none where the page gave none', () => {
    const topic = { score: 0.4, onTopic: true, top: [] };
    expect(buildPageSummary({ url: 'https://news.example/p', title: 'A page', topic, annotations, scheme: 'dark' }, index as KnowledgeIndex, 0.15).scheme).toBe('dark');
    expect(buildPageSummary({ url: 'https://news.example/p', title: 'A page', topic, annotations }, index as KnowledgeIndex, 0.15)).not.toHaveProperty('scheme');
  });

  it('sameUrl ignores the fragment and a trailing slash, not the query', () => {
    expect(sameUrl('https://x.example/a/#c', 'https://x.example/a')).toBe(true);
    expect(sameUrl('https://x.example/a?p=1', 'https://x.example/a?p=2')).toBe(false);
  });
});
