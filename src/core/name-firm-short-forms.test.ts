import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a firm named again without its corporate suffix', () => {
  it('is the firm, though its last word heads places ("Country Garden Holdings … Country Garden")', () => {
    expect(typed('Maple Garden Holdings missed a payment. Analysts said Maple Garden had been seen as sound.')).toContainEqual(['Maple Garden', 'org']);
    expect(typed('Shares of Silver Bay Ltd. fell. Silver Bay said sales would recover.')).toContainEqual(['Silver Bay', 'org']);
  });

  // Must not change: a place whose name opens a firm named for it with a trade's word, and a place alone.
  it('leaves a venue a firm is named after, and a place the page names alone', () => {
    expect(typed('Madison Square Garden Entertainment said the Madison Square Garden would host the game.')).toContainEqual(['Madison Square Garden', 'place']);
    expect(typed('Crowds filled Maple Garden on Sunday.')).toEqual([['Maple Garden', 'place']]);
  });

  it('leaves a place the page puts someone at or sends someone to ("flights at Lark Airport")', () => {
    expect(typed('Lark Airport Holdings said flights at Lark Airport would resume on Friday.')).toContainEqual(['Lark Airport', 'place']);
    expect(typed('Tarn Stadium Ltd. reported a loss as fans returned to Tarn Stadium.')).toContainEqual(['Tarn Stadium', 'place']);
    // A holding is in the firm, not somewhere.
    expect(typed('Maple Garden Holdings missed a payment. Shares in Maple Garden fell.')).toContainEqual(['Maple Garden', 'org']);
  });
});
