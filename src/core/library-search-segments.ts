// The Library search's text index, kept up to date instead of rebuilt: indexing the text is
// most of a build (seconds at 10k news-length articles), and a library change touches a few
// articles. The text lives in segments, each a word index over its own documents (articles,
// by id): a large base and a small delta. Added articles are indexed alone and merged into
// the delta; the delta is merged into the base once it holds a share of it. A deleted article
// is a tombstone (its id blanked), dropped at the next merge that copies its segment. The
// titles and sources are kept the same way (they never change under an id either).
//
// An article's text never changes under its id while it is stored (the store only adds), but
// a deleted id may come back with other text (a restore, an import): once gone from the
// library a document stays dead, and the article coming back is indexed again.
import { wordIndexBuilder, type WordIndex } from './word-index';

export interface TextSegment {
  /** Article id per document; '' for a deleted one. */
  ids: string[];
  index: WordIndex;
}

/** Merge when the delta's documents reach this share of the base's. */
const DELTA_SHARE = 1 / 8;
/** Copy the base without its tombstones once they are this share of it. */
const DEAD_SHARE = 1 / 4;

/** One index over several segments' live documents (renumbered in order, tombstones left
 *  out): a walk over their sorted vocabularies at once, no re-reading of text. */
export function mergeSegments(parts: readonly TextSegment[]): TextSegment {
  const ids: string[] = [];
  const renumber = parts.map((p) =>
    Int32Array.from(p.ids, (id) => {
      if (!id) return -1;
      ids.push(id);
      return ids.length - 1;
    }),
  );
  let room = 0;
  for (const p of parts) room += p.index.docs.length;
  const words: string[] = [];
  const starts: number[] = [];
  const docs = new Uint32Array(room);
  let at = 0;
  const next = parts.map(() => 0);
  for (;;) {
    // The least word any part is at (parts are few: a base and a delta or two).
    let word: string | undefined;
    for (let pi = 0; pi < parts.length; pi++) {
      const w = parts[pi]?.index.words[next[pi] ?? 0];
      if (w !== undefined && (word === undefined || w < word)) word = w;
    }
    if (word === undefined) break;
    const from = at;
    parts.forEach((p, pi) => {
      const i = next[pi] ?? 0;
      if (p.index.words[i] !== word) return;
      next[pi] = i + 1;
      const to = renumber[pi] ?? new Int32Array(0);
      for (let k = p.index.starts[i] ?? 0, end = p.index.starts[i + 1] ?? 0; k < end; k++) {
        const d = to[p.index.docs[k] ?? 0] ?? -1;
        if (d >= 0) docs[at++] = d;
      }
    });
    // A word only dead documents held is gone with them.
    if (at > from) {
      words.push(word);
      starts.push(from);
    }
  }
  starts.push(at);
  return { ids, index: { words, starts: Uint32Array.from(starts), docs: docs.slice(0, at) } };
}

/** Index articles' words as one segment. */
export function segmentOf(docs: readonly { id: string; words: Iterable<string> }[]): TextSegment {
  const builder = wordIndexBuilder();
  docs.forEach((d, i) => builder.add(i, d.words));
  return { ids: docs.map((d) => d.id), index: builder.finish() };
}

export interface TextSegments {
  /** Blank the documents of articles no longer in `library`; the ids in it that no live
   *  document holds (to read and add). */
  follow(library: readonly string[]): string[];
  /** Blank the documents of these articles now (all, without ids): deleted, they may come
   *  back under the same id with other text before the next `follow` sees them gone. */
  forget(ids?: readonly string[]): void;
  /** Take newly indexed articles (none already held by a live document). */
  add(segment: TextSegment): void;
  /** Start from segments kept from an earlier worker (the caller blanked the documents whose
   *  article changed); does nothing once this holds any document. */
  restore(segments: readonly TextSegment[]): void;
  /** The segments to search, base first. */
  segments(): readonly TextSegment[];
}

export function textSegments(): TextSegments {
  let base: TextSegment = { ids: [], index: { words: [], starts: new Uint32Array(1), docs: new Uint32Array(0) } };
  let delta: TextSegment | null = null;
  /** Live documents: id → where. */
  const live = new Map<string, { segment: TextSegment; doc: number }>();
  let dead = 0;

  const holdAll = (s: TextSegment): void => s.ids.forEach((id, doc) => id && live.set(id, { segment: s, doc }));
  const kill = (ids: readonly string[]): void => {
    for (const id of ids) {
      const at = live.get(id);
      if (!at) continue;
      at.segment.ids[at.doc] = '';
      live.delete(id);
      if (at.segment === base) dead++;
    }
  };
  const liveIn = (s: TextSegment): number => s.ids.reduce((n, id) => (id ? n + 1 : n), 0);

  return {
    follow(library) {
      const keep = new Set(library);
      kill([...live.keys()].filter((id) => !keep.has(id)));
      if (dead > base.ids.length * DEAD_SHARE) {
        base = mergeSegments([base]);
        dead = 0;
        holdAll(base);
      }
      return library.filter((id) => !live.has(id));
    },
    forget: (ids) => kill(ids ?? [...live.keys()]),
    add(segment) {
      if (!delta && !live.size) {
        base = segment;
        dead = 0;
        holdAll(base);
        return;
      }
      const parts = delta ? [delta, segment] : [segment];
      if (parts.reduce((n, s) => n + liveIn(s), 0) >= liveIn(base) * DELTA_SHARE) {
        base = mergeSegments([base, ...parts]);
        delta = null;
        dead = 0;
        holdAll(base);
      } else {
        delta = parts.length > 1 ? mergeSegments(parts) : segment;
        holdAll(delta);
      }
    },
    restore(segments) {
      if (live.size || delta) return;
      // An id twice (never written so, but the store is not trusted) keeps its first document.
      const seen = new Set<string>();
      const parts = segments.map((seg) => ({ ids: seg.ids.map((id) => (id && !seen.has(id) && seen.add(id) ? id : '')), index: seg.index }));
      const kept = parts.filter((seg) => seg.ids.some(Boolean));
      if (!kept.length) return;
      base = kept.length > 2 ? mergeSegments(kept) : (kept[0] as TextSegment);
      delta = kept.length === 2 ? (kept[1] as TextSegment) : null;
      dead = base.ids.length - liveIn(base);
      holdAll(base);
      if (delta) holdAll(delta);
    },
    segments: () => (delta ? [base, delta] : [base]),
  };
}
