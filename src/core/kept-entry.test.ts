import { describe, expect, it } from 'vitest';
import { keptEntryValid, keptUnder } from './kept-entry';

const kept = { tag: '1.2.0', lexiconKey: 'lex', hash: 'h1' };
const now = { tag: '1.2.0', lexiconKey: 'lex', hash: 'h1' };

describe('keptEntryValid', () => {
  it('keeps an entry written by this release, with this lexicon, from the same text', () => {
    expect(keptEntryValid(kept, now)).toBe(true);
    // Where the lexicon does not apply (the search's words), on neither side.
    expect(keptEntryValid({ tag: '1.2.0', hash: 'h1' }, { tag: '1.2.0', hash: 'h1' })).toBe(true);
  });

  it('another release means read the article again', () => {
    expect(keptEntryValid(kept, { ...now, tag: '1.3.0' })).toBe(false);
    expect(keptEntryValid({ ...kept, tag: '1.1.0' }, now)).toBe(false);
  });

  it('another lexicon means read the article again', () => {
    expect(keptEntryValid(kept, { ...now, lexiconKey: 'lex2' })).toBe(false);
    // An entry kept without a lexicon is no good where one applies, and the other way round.
    expect(keptEntryValid({ tag: '1.2.0', hash: 'h1' }, now)).toBe(false);
    expect(keptEntryValid(kept, { tag: '1.2.0', hash: 'h1' })).toBe(false);
  });

  it('changed text means read the article again', () => {
    expect(keptEntryValid(kept, { ...now, hash: 'h2' })).toBe(false);
  });

  it('nothing kept, or an article no longer stored, means read it again', () => {
    expect(keptEntryValid(undefined, now)).toBe(false);
    expect(keptEntryValid(kept, { ...now, hash: undefined })).toBe(false);
  });
});

describe('keptUnder', () => {
  it('asks only what holds for every article: the release and the lexicon, not the text', () => {
    expect(keptUnder(kept, { tag: '1.2.0', lexiconKey: 'lex' })).toBe(true);
    const changed = { ...kept, hash: 'h-other' };
    expect(keptUnder(changed, { tag: '1.2.0', lexiconKey: 'lex' })).toBe(true);
    expect(keptUnder(kept, { tag: '1.3.0', lexiconKey: 'lex' })).toBe(false);
    expect(keptUnder(kept, { tag: '1.2.0', lexiconKey: 'lex2' })).toBe(false);
    expect(keptUnder({ tag: '1.2.0' }, { tag: '1.2.0', lexiconKey: 'lex' })).toBe(false);
  });

  it('is the half of keptEntryValid that needs no article', () => {
    for (const tag of ['1.2.0', '1.3.0']) for (const lexiconKey of ['lex', 'lex2', undefined]) {
      const at = { tag, lexiconKey };
      expect(keptEntryValid(kept, { ...at, hash: 'h1' })).toBe(keptUnder(kept, at));
    }
  });
});
