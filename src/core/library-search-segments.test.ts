import { describe, expect, it } from 'vitest';
import { buildLibrarySearch, foldedWords, headWords, searchLibrary, type SearchableArticle, type SearchableEntity } from './library-search';
import { mergeSegments, segmentOf, textSegments, type TextSegment } from './library-search-segments';

interface Doc extends SearchableArticle {
  date: string;
  text: string;
}

/** A small seeded generator: the same sequence every run, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

const WORDS = ['truce', 'gaza', 'doha', 'corridor', 'troops', 'hostages', 'released', 'shares', 'markets', 'envoy', 'talks', 'rafah', 'trucks', 'aid', 'négociations', 'ceasefire'];
const PEOPLE = [
  ['Steve', 'Witkoff'],
  ['Yahya', 'Sinwar'],
  ['Keith', 'Siegel'],
  ['Ofer', 'Kalderon'],
];
const QUERIES = ['gaza', 'corr', 'witkoff', 'steve', 'sin', 'truce aid', 'hostages wit', 'negoc', 'kal doha', 'trucks', 'zzz', 'a', 'keith'];

/** The entities a knowledge build would find: one per surname the library mentions, named by
 *  its longest form there, so an added article can rename an entity older ones mention. */
function entitiesOf(library: readonly Doc[]): SearchableEntity[] {
  return PEOPLE.flatMap(([first, last]) => {
    const full = `${first} ${last}`;
    const mentioning = library.filter((a) => a.text.includes(last ?? ''));
    if (!mentioning.length) return [];
    const named = mentioning.some((a) => a.text.includes(full));
    return [{ id: `person:${last ?? ''}`, name: named ? full : (last ?? ''), aliases: named ? [last ?? ''] : [], mentions: mentioning.map((a) => ({ articleId: a.id })) }];
  });
}

function article(next: () => number, id: string): Doc {
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const words = Array.from({ length: 3 + Math.floor(next() * 6) }, () => pick(WORDS));
  const [first, last] = pick(PEOPLE);
  words.push(next() < 0.3 ? `${first} ${last}` : (last ?? ''));
  return { id, title: `${pick(WORDS)} ${pick(WORDS)}`, source: pick(['Wire', 'Ha’aretz']), date: `2025-0${1 + Math.floor(next() * 9)}-1${Math.floor(next() * 10)}`, text: words.join(' ') };
}

const ordered = (docs: Iterable<Doc>): Doc[] => [...docs].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
const textOf = (docs: readonly Doc[]): TextSegment => segmentOf(docs.map((a) => ({ id: a.id, words: foldedWords(a.text) })));

/** Every query's hits (id and rank) and the names each hit shows; titles indexed here when
 *  `heads` is not given. */
function answers(library: readonly Doc[], text: readonly TextSegment[], heads?: readonly TextSegment[]): string[][] {
  const index = buildLibrarySearch(library, entitiesOf(library), text, heads);
  return QUERIES.map((q) => {
    const found = searchLibrary(index, q);
    return found.hits.map((h) => `${index.ids[h.doc]}:${h.rank}:${found.namesFor(h.doc).join('+')}`);
  });
}

describe('text segments follow the library', () => {
  it('answer every search as a fresh build does, through adds, deletes and restores', () => {
    const next = random(7);
    const stored = new Map<string, Doc>();
    for (let i = 0; i < 40; i++) stored.set(`a${i}`, article(next, `a${i}`));
    const segments = textSegments();
    const heads = textSegments();
    const bin: Doc[] = [];
    let made = 40;
    const reads: number[] = [];
    for (let step = 0; step < 160; step++) {
      const roll = next();
      if (step > 0 && roll < 0.35 && stored.size > 5) {
        // Delete; sometimes told at once (library/delete), else seen at the next search.
        const victim = [...stored.values()][Math.floor(next() * stored.size)] as Doc;
        stored.delete(victim.id);
        bin.push(victim);
        if (next() < 0.5) {
          segments.forget([victim.id]);
          heads.forget([victim.id]);
        }
      } else if (step > 0 && roll < 0.55 && bin.length) {
        // Restore: the same article, or (an import) other text under the same id.
        const back = bin.splice(Math.floor(next() * bin.length), 1)[0] as Doc;
        stored.set(back.id, next() < 0.5 ? back : { ...article(next, back.id), date: back.date });
      } else if (step > 0) {
        const count = next() < 0.9 ? 1 : 3;
        for (let k = 0; k < count; k++, made++) stored.set(`a${made}`, article(next, `a${made}`));
      }
      // Skip a search now and then: several changes between two searches.
      if (step > 0 && next() < 0.2) continue;
      const library = ordered(stored.values());
      const missing = segments.follow(library.map((a) => a.id));
      reads.push(missing.length);
      if (missing.length) segments.add(textOf(missing.map((id) => stored.get(id) as Doc)));
      const newHeads = heads.follow(library.map((a) => a.id)).map((id) => stored.get(id) as Doc);
      if (newHeads.length) heads.add(segmentOf(newHeads.map((a) => ({ id: a.id, words: headWords(a) }))));
      expect(answers(library, segments.segments(), heads.segments()), `step ${step}`).toEqual(answers(library, [textOf(library)]));
    }
    // A change reads what it added, not the library.
    expect(reads[0]).toBe(40);
    expect(Math.max(...reads.slice(1))).toBeLessThanOrEqual(6);
    expect(segments.segments().length).toBeGreaterThan(0);
  });

  it('keeps new text in a delta until it outgrows its share of the base', () => {
    const next = random(3);
    const docs = Array.from({ length: 64 }, (_, i) => article(next, `d${i}`));
    const segments = textSegments();
    segments.follow(docs.map((d) => d.id));
    segments.add(textOf(docs));
    segments.add(textOf([article(next, 'new')]));
    expect(segments.segments().map((s) => s.ids.length)).toEqual([64, 1]);
    segments.forget(['d0', 'new']);
    expect(segments.follow([...docs.slice(1).map((d) => d.id), 'new'])).toEqual(['new']);
  });
});

describe('text segments kept across a worker restart', () => {
  it('a copy restored into new segments answers as a fresh build, reading only what changed since', () => {
    const next = random(11);
    const stored = new Map<string, Doc>();
    for (let i = 0; i < 64; i++) stored.set(`a${i}`, article(next, `a${i}`));
    const first = textSegments();
    const sync = (segments: ReturnType<typeof textSegments>): number => {
      const missing = segments.follow(ordered(stored.values()).map((a) => a.id));
      if (missing.length) segments.add(textOf(missing.map((id) => stored.get(id) as Doc)));
      return missing.length;
    };
    sync(first);
    stored.set('b1', article(next, 'b1'));
    stored.delete('a3');
    sync(first);
    expect(first.segments()).toHaveLength(2); // a base and a delta
    // structuredClone: what the store gives back.
    const kept = structuredClone(first.segments());
    // Meanwhile: one deleted, one added, one stored again under its id with other text (the
    // caller blanks its document: the text hash it was indexed with differs).
    stored.delete('a5');
    stored.set('b2', article(next, 'b2'));
    stored.set('a7', article(next, 'a7'));
    const a7 = kept[0]?.ids.indexOf('a7') ?? -1;
    if (kept[0]) kept[0].ids[a7] = '';
    const second = textSegments();
    second.restore(kept);
    expect(sync(second)).toBe(2); // b2 and a7
    const library = ordered(stored.values());
    expect(answers(library, second.segments())).toEqual(answers(library, [textOf(library)]));
    // Restoring again, now that it holds documents, changes nothing.
    second.restore([textOf([article(next, 'a1')])]);
    expect(answers(library, second.segments())).toEqual(answers(library, [textOf(library)]));
  });

  it('an id held twice in what was kept keeps one document', () => {
    const next = random(5);
    const one = article(next, 'x');
    const other = { ...article(next, 'x'), text: 'dolphins' };
    const segments = textSegments();
    segments.restore([textOf([one]), textOf([other])]);
    expect(segments.follow(['x'])).toEqual([]);
    expect(answers([one], segments.segments())).toEqual(answers([one], [textOf([one])]));
  });
});

describe('mergeSegments', () => {
  it('keeps the live documents of each part, renumbered in order, and the words only they hold', () => {
    const a = segmentOf([
      { id: 'x', words: ['gaza', 'truce'] },
      { id: 'y', words: ['doha'] },
    ]);
    const b = segmentOf([{ id: 'z', words: ['gaza', 'aid'] }]);
    a.ids[1] = '';
    const merged = mergeSegments([a, b]);
    expect(merged.ids).toEqual(['x', 'z']);
    expect(merged.index.words).toEqual(['aid', 'gaza', 'truce']);
    expect([...merged.index.starts]).toEqual([0, 1, 3, 4]);
    expect([...merged.index.docs]).toEqual([1, 0, 1, 0]);
  });
});
