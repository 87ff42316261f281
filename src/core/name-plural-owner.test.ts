import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const names = (text: string): string[] => findEntities(text, lexicon).map((m) => m.text);

describe('a name ending in "s" before an apostrophe and another name', () => {
  it('owns that name where the text writes it bare inside a sentence', () => {
    expect(names('The union struck GM and Stellantis at once. It shut Stellantis\' Toledo Assembly Complex on Friday.')).toContain('Toledo Assembly Complex');
  });
  it('owns it where the lexicon knows it', () => {
    expect(names('Officials toured Texas\' Capitol Building on Monday.')).not.toContain('Texas\' Capitol Building');
  });
  it('is a plural inside one name where it stands only there or opening a sentence', () => {
    expect(names('Members of the Palestinian Prisoners’ Club met. Prisoners were freed later.')).toContain('Palestinian Prisoners’ Club');
    expect(names('The Teachers\' Union said it would strike.')).toContain('Teachers\' Union');
  });
});
