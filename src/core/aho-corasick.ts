// A multi-pattern string automaton (Aho–Corasick) for the page gazetteer: every stored alias
// is found in one left-to-right pass, however many aliases there are.
//
// Written here rather than taken from npm: the packages (aho-corasick, ahocorasick,
// @monyone/aho-corasick) either pull in extra code the 30 KB gz content-script budget cannot
// spare or report every overlapping match as strings, where the page needs offsets of
// whole-word, leftmost-longest, non-overlapping matches. This one is ~120 lines, keeps its
// transitions in one Map keyed by (state, UTF-16 unit), and folds curly apostrophes so
// "Netanyahu’s" and "Netanyahu's" hit the same pattern, and accented Latin letters to their
// base letter so "Erdogan" and "Erdoğan" do (fold-accents.ts: one unit for one, so offsets
// stay the page's own). Text written decomposed ("Sa" + U+0301 + "nchez") is read without the
// marks after Latin letters and its matches mapped back over them (withoutMarks); ordinary
// text, with no such mark, takes the plain pass.

import { foldLatin } from './fold-accents';

export interface AcMatch {
  start: number;
  end: number;
  /** Index of the pattern in the list given to the constructor. */
  pattern: number;
}

const APOSTROPHES = new Map<number, number>([
  [0x2019, 0x27], // ’
  [0x2018, 0x27], // ‘
  [0x02bc, 0x27], // ʼ
]);

function fold(code: number): number {
  // Called for every character of the page: ASCII and most punctuation return at once.
  if (code < 0xc0) return code;
  return code < 0x2b0 ? foldLatin(code) : (APOSTROPHES.get(code) ?? foldLatin(code));
}

// Letters, digits and marks of any script continue a word; everything else ends one.
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

function isWordChar(text: string, at: number): boolean {
  if (at < 0 || at >= text.length) return false;
  const c = text.charCodeAt(at);
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  // A low surrogate belongs to the character that starts one unit earlier.
  const from = c >= 0xdc00 && c <= 0xdfff && at > 0 ? at - 1 : at;
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(from) ?? c));
}

/** Combining diacritics (U+0300–U+036F), as decomposed (NFD) text writes accents. */
const isMark = (code: number): boolean => code >= 0x300 && code <= 0x36f;
const HAS_MARK = /[\u0300-\u036f]/;
const isAsciiLetter = (code: number): boolean => (code | 0x20) >= 97 && (code | 0x20) <= 122;

/** `text` without the combining marks that follow a Latin letter (the accents fold drops),
 *  and for each unit kept its offset in `text`. */
function withoutMarks(text: string): { kept: string; at: Int32Array } {
  const at = new Int32Array(text.length);
  let kept = '';
  let last = 0; // folded code of the last unit kept
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isMark(code) && isAsciiLetter(last)) continue;
    at[kept.length] = i;
    kept += text.charAt(i);
    last = fold(code);
  }
  return { kept, at };
}

export class AhoCorasick {
  private readonly next = new Map<number, number>();
  private fail: Int32Array = new Int32Array(1);
  /** Per state, patterns ending exactly here (own outputs only). */
  private readonly out: number[][] = [[]];
  /** Per state, the nearest state on the fail chain that has outputs (-1 when none). */
  private dict: Int32Array = new Int32Array(1);
  private readonly lengths: number[];

  constructor(written: readonly string[]) {
    // Composed, as pages are: a stored name typed decomposed ("e" + U+0301) still matches.
    // Marks NFC leaves after a Latin letter are dropped, as they are from the page's text.
    const patterns = written.map((p) => {
      const composed = p.normalize('NFC');
      return HAS_MARK.test(composed) ? withoutMarks(composed).kept : composed;
    });
    this.lengths = patterns.map((p) => p.length);
    patterns.forEach((p, i) => {
      if (p === '') return;
      let s = 0;
      for (let k = 0; k < p.length; k++) {
        const key = s * 0x10000 + fold(p.charCodeAt(k));
        let t = this.next.get(key);
        if (t === undefined) {
          t = this.out.length;
          this.out.push([]);
          this.next.set(key, t);
        }
        s = t;
      }
      this.out[s]?.push(i);
    });
    this.link();
  }

  /** Breadth-first fail links: the longest proper suffix of a state that is also a prefix. */
  private link(): void {
    const n = this.out.length;
    this.fail = new Int32Array(n);
    this.dict = new Int32Array(n).fill(-1);
    const children: [number, number][][] = Array.from({ length: n }, () => []);
    for (const [key, t] of this.next) children[Math.floor(key / 0x10000)]?.push([key % 0x10000, t]);
    const queue: number[] = [];
    for (const [, t] of children[0] ?? []) queue.push(t);
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi] as number;
      for (const [code, t] of children[s] ?? []) {
        let f = this.fail[s] as number;
        let target = this.next.get(f * 0x10000 + code);
        while (target === undefined && f !== 0) {
          f = this.fail[f] as number;
          target = this.next.get(f * 0x10000 + code);
        }
        const ft = target ?? 0;
        this.fail[t] = ft;
        this.dict[t] = (this.out[ft]?.length ?? 0) > 0 ? ft : (this.dict[ft] as number);
        queue.push(t);
      }
    }
  }

  /** Every occurrence of every pattern that stands as whole words (not inside a longer word).
   *  A match over decomposed letters covers their marks too ("Sa\u0301nchez"). */
  findAll(text: string): AcMatch[] {
    // The plain pass stops at the first mark (a test per unit, no extra pass over the text).
    const plain = this.scan(text, true);
    if (plain) return plain;
    const { kept, at } = withoutMarks(text);
    const found = this.scan(kept, false) ?? [];
    if (kept.length === text.length) return found;
    // A mark after a match's last letter is the letter's: the end runs to the next unit kept.
    return found.map((m) => ({ start: at[m.start] as number, end: m.end < kept.length ? (at[m.end] as number) : text.length, pattern: m.pattern }));
  }

  /** The automaton's pass; null when `stopAtMark` and the text holds a combining mark. */
  private scan(text: string, stopAtMark: boolean): AcMatch[] | null {
    const found: AcMatch[] = [];
    const { next, fail, out, dict, lengths } = this;
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      let code = text.charCodeAt(i);
      // ASCII, most of a page, takes the one test fold() would make anyway.
      if (code >= 0xc0) {
        if (stopAtMark && isMark(code)) return null;
        code = fold(code);
      }
      let t = next.get(s * 0x10000 + code);
      while (t === undefined && s !== 0) {
        s = fail[s] as number;
        t = next.get(s * 0x10000 + code);
      }
      s = t ?? 0;
      if (s === 0) continue;
      for (let o = (out[s]?.length ?? 0) > 0 ? s : (dict[s] as number); o > 0; o = dict[o] as number) {
        for (const p of out[o] ?? []) {
          const start = i + 1 - (lengths[p] as number);
          if (!isWordChar(text, start - 1) || !isWordChar(text, start)) {
            if (!isWordChar(text, i + 1) || !isWordChar(text, i)) found.push({ start, end: i + 1, pattern: p });
          }
        }
      }
    }
    return found;
  }

  /** Leftmost-longest, non-overlapping whole-word matches, in text order. */
  findLongest(text: string): AcMatch[] {
    const all = this.findAll(text).sort((a, b) => a.start - b.start || b.end - a.end);
    const chosen: AcMatch[] = [];
    let reach = 0;
    for (const m of all) {
      if (m.start < reach) continue;
      chosen.push(m);
      reach = m.end;
    }
    return chosen;
  }
}
