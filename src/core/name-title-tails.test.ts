import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { inTitleTail } from './name-title-tails';
import { demonyms, placeLexicon, placeVariants } from './places';

const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): string[] => findEntities(text, lexicon).map((m) => `${m.text}:${m.type}`);

describe('a title\'s tail after its head', () => {
  it('stays outside the person\'s name ("President Pro Tempore", "Bishop Emeritus")', () => {
    expect(typed('State Senate President Pro Tempore Ann Bright said the bill would pass.')).toEqual(['Ann Bright:person']);
    expect(typed('President Pro Tem Carl Udall opened the session.')).toEqual(['Carl Udall:person']);
    expect(typed('Bishop Emeritus Tom Keane led the prayers.')).toEqual(['Tom Keane:person']);
  });

  it('knows "Professor" as a title\'s head, with or without its tail', () => {
    expect(typed('The trial was run by Professor Emeritus Ruth Okafor and her team.')).toEqual(['Ruth Okafor:person']);
    expect(typed('The paper, by Professor Dan Ilves, was published.')).toEqual(['Dan Ilves:person']);
  });

  it('is no tail without a title before it ("Mary Elect", "the Pro Tem Group")', () => {
    expect(typed('Mary Elect said she would run.')).toEqual(['Mary Elect:person']);
    expect(inTitleTail(['Pro', 'Tem', 'Group'], 0)).toBe(false);
    expect(inTitleTail(['President', 'Pro', 'Tem'], 2)).toBe(true);
  });
});
