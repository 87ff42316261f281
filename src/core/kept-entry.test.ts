import { describe, expect, it } from 'vitest';
import { keptEntryValid } from './kept-entry';

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
