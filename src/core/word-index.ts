// A word index: a sorted vocabulary and the documents holding each word, in typed arrays, so
// that a word prefix is one binary search away from its documents (library-search.ts).

/** A sorted vocabulary; word i's documents are docs[starts[i] .. starts[i + 1]). */
export interface WordIndex {
  words: string[];
  starts: Uint32Array;
  docs: Uint32Array;
}

/** A copy that holds no reference to the text it was cut from: V8 keeps a long match as a
 *  slice of its whole article, and an index key would keep every article's text alive. */
const ownCopy = (s: string): string => (s.length < 13 ? s : [...s].join(''));

export interface WordIndexBuilder {
  /** All of one document's words in one call (a document given twice is counted twice). */
  add(doc: number, words: Iterable<string>): void;
  finish(): WordIndex;
}

/** Documents may come in any order (the store reads articles in key order, a batch at a
 *  time, so no whole library of text is held at once). */
export function wordIndexBuilder(): WordIndexBuilder {
  const postings = new Map<string, number[]>();
  let total = 0;
  return {
    add(doc, words) {
      for (const w of words) {
        let p = postings.get(w);
        if (!p) postings.set(ownCopy(w), (p = []));
        // A document's words come together: a repeat is always the last one pushed.
        if (p[p.length - 1] !== doc) {
          p.push(doc);
          total++;
        }
      }
    },
    finish() {
      const words = [...postings.keys()].sort();
      const starts = new Uint32Array(words.length + 1);
      const docs = new Uint32Array(total);
      let at = 0;
      words.forEach((w, i) => {
        starts[i] = at;
        const p = postings.get(w) ?? [];
        docs.set(p, at);
        at += p.length;
      });
      starts[words.length] = at;
      postings.clear();
      return { words, starts, docs };
    },
  };
}

/** Index `count` documents by their words. */
export function buildWordIndex(count: number, wordsOf: (doc: number) => Iterable<string>): WordIndex {
  const builder = wordIndexBuilder();
  for (let d = 0; d < count; d++) builder.add(d, wordsOf(d));
  return builder.finish();
}

/** Calls `each` with every document holding a word that starts with `prefix`. */
export function forPrefix(index: WordIndex, prefix: string, each: (doc: number) => void): void {
  const { words, starts, docs } = index;
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((words[mid] ?? '') < prefix) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < words.length && (words[i] ?? '').startsWith(prefix); i++) {
    for (let k = starts[i] ?? 0, end = starts[i + 1] ?? 0; k < end; k++) each(docs[k] ?? 0);
  }
}
