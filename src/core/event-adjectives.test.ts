import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const names = (text: string): string[] => findEntities(text, lexicon).map((m) => m.text);

describe('an event adjective alone', () => {
  it('is no name before a noun where the text names the event in the plural', () => {
    const text = 'The Olympic flame reached Lyon on Monday. The Olympics open in Paris next week, and an Olympic record is expected.';
    expect(names(text)).not.toContain('Olympic');
    expect(names(text)).toContain('Olympics');
  });

  it('is no name where the lexicon knows the event ("Olympics", stored)', () => {
    const stored = compileLexicon([...placeLexicon(), ['Olympics', 'event']], demonyms(), placeVariants());
    const found = findEntities('Zidane carried the Olympic flame through the streets of Paris.', stored).map((m) => m.text);
    expect(found).not.toContain('Olympic');
  });

  it('stays a name with no such event, or in a longer name, or as a subject', () => {
    expect(names('Shares of Olympic rose after the carrier said Olympic flights were full.')).toContain('Olympic');
    expect(names('The Olympic Games opened in Paris after the Olympics had been in Tokyo.')).toContain('Olympic Games');
    expect(names('Analysts said Olympic would bid for the rights before the Olympics.')).toContain('Olympic');
  });
});

describe('the Paralympics', () => {
  it('name themselves, as the Olympics do, so their adjective is no name either', () => {
    const found = findEntities('Tickets for the Paralympics sold well, and the Paralympic team hopes for 20 golds.', lexicon);
    expect(found.map((m) => [m.text, m.type])).toEqual([['Paralympics', 'event']]);
  });
});
