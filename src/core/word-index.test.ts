import { describe, expect, it } from 'vitest';
import { buildWordIndex, forPrefix, wordIndexBuilder } from './word-index';

describe('word index', () => {
  it('finds the documents of every word with the prefix, each once a word', () => {
    const wi = buildWordIndex(3, (d) => [['gaza', 'gazan', 'truce'], ['gaza', 'gaza'], ['doha']][d] ?? []);
    const docs: number[] = [];
    forPrefix(wi, 'gaz', (d) => docs.push(d));
    expect(docs).toEqual([0, 1, 0]);
    const none: number[] = [];
    forPrefix(wi, 'zz', (d) => none.push(d));
    forPrefix(wi, 'truces', (d) => none.push(d));
    expect(none).toEqual([]);
  });

  it("takes documents in any order, a document's words together", () => {
    const b = wordIndexBuilder();
    b.add(2, ['doha', 'gaza']);
    b.add(0, ['gaza', 'gaza']);
    const docs: number[] = [];
    forPrefix(b.finish(), 'ga', (d) => docs.push(d));
    expect(docs).toEqual([2, 0]);
  });
});
