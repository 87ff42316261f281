import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const found = (text: string, name: string): [string, string][] =>
  findEntities(text, lexicon)
    .filter((m) => m.text === name)
    .map((m) => [m.type, m.canonical]);

describe('a place alone for the side the page names in full with it', () => {
  it('is that side where a sports role follows its possessive ("Georgetown University … Georgetown\'s coach")', () => {
    const text = 'Georgetown University won both races on Saturday. Georgetown’s coach, Emily Hart, said her rowers had trained all winter.';
    expect(found(text, 'Georgetown')).toEqual([['org', 'Georgetown University']]);
  });

  it('is that side where a clause says it won ("the Washington Capitals … for Washington, which had won")', () => {
    const text = 'The Chicago Blackhawks beat the Washington Capitals 4-3. Ovechkin scored for Washington, which had won five in a row.';
    expect(found(text, 'Washington')).toEqual([['org', 'Washington Capitals']]);
  });

  it('stays the place without a side\'s cue, or without the body named in full', () => {
    const mayor = 'Georgetown University opened a campus. Georgetown’s mayor said the city welcomed it.';
    expect(found(mayor, 'Georgetown')).toEqual([['place', 'Georgetown']]);
    const post = 'The Washington Post reported the deal. Officials in Washington said talks would go on.';
    expect(found(post, 'Washington')).toEqual([['place', 'Washington']]);
    const alone = 'Ovechkin scored for Washington, which had won five in a row.';
    expect(found(alone, 'Washington')).toEqual([['place', 'Washington']]);
  });

  it('stays a place where the clause says it won or lost a thing, not a game ("which had won a federal grant")', () => {
    const grant = 'The Boston Globe reported the story. Boston, which had won a federal grant, will build a new school.';
    expect(found(grant, 'Boston')).toEqual([['place', 'Boston']]);
    const ruling = 'The Michigan Supreme Court ruled on Friday. Michigan, which had lost the case, will appeal.';
    expect(found(ruling, 'Michigan')).toEqual([['place', 'Michigan']]);
  });
});
