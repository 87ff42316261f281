import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';
import { holderApposition } from './name-owner-appositions';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typeOf = (text: string, name: string): string | undefined => findEntities(text, lexicon).find((m) => m.text === name)?.type;
const at = (text: string, name: string): boolean => holderApposition(text, text.indexOf(name));

describe('a name with a place’s head holding a role', () => {
  it('is a body after a holder’s role in apposition', () => {
    expect(typeOf('The tanker’s owner, Blue Ocean, said it would pay for the clean-up.', 'Blue Ocean')).toBe('org');
    expect(typeOf("The hotel's operator, Silver Lake, has closed two floors.", 'Silver Lake')).toBe('org');
  });
  it('is a body as the agent of owning or running a thing', () => {
    expect(typeOf('The mine is owned by Copper Valley and run by a local crew.', 'Copper Valley')).toBe('org');
  });
  it('leaves a place named after other words alone', () => {
    expect(typeOf('The tanker sank in the Blue Ocean, far from shore.', 'Blue Ocean')).toBe('place');
    expect(typeOf('Hikers reached Silver Lake on Tuesday.', 'Silver Lake')).toBe('place');
    expect(typeOf('The ship was owned by a firm based near Copper Valley.', 'Copper Valley')).toBe('place');
  });
  it('reads only the role right before the name', () => {
    expect(at('its owner, Blue Ocean, said', 'Blue Ocean')).toBe(true);
    expect(at('owned by Blue Ocean since 2010', 'Blue Ocean')).toBe(true);
    expect(at('the owner said Blue Ocean was calm', 'Blue Ocean')).toBe(false);
    expect(at('the owners met in Blue Ocean', 'Blue Ocean')).toBe(false);
  });
});
