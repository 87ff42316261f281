import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';
import { capsPersonCue } from './name-caps-persons';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a name in capitals that the page says is a person’s', () => {
  it('is a person’s with an apposition saying what they are or do ("said JOHN SMITH, a farmer")', () => {
    expect(typed('“We lost everything,” said JOHN SMITH, a farmer in the valley.')).toEqual([['JOHN SMITH', 'person']]);
    expect(typed('The ward was full, said ANNA PRICE, the nurse in charge.')).toEqual([['ANNA PRICE', 'person']]);
    expect(typed('The motion failed, said OWEN BRACK, the party’s spokesman.')).toEqual([['OWEN BRACK', 'person']]);
  });

  it('is a person’s who speaks as "she" or "he" ("MARY JONES said she would stay")', () => {
    expect(typed('MARY JONES said she would stay in the village.')).toEqual([['MARY JONES', 'person']]);
    expect(typed('Outside the court, TOMAS VELL told reporters he was innocent.')).toEqual([['TOMAS VELL', 'person']]);
  });

  it('is a person’s whose surname the page writes titled or speaking ("Ms. Jones", "Jones said")', () => {
    expect(typed('MARY JONES runs the shelter. Ms. Jones opened it in 2019.')).toContainEqual(['MARY JONES', 'person']);
    expect(typed('KARL OBERG founded the choir. Oberg said the hall was too small.')).toContainEqual(['KARL OBERG', 'person']);
  });
});

describe('a name in capitals that stays a body’s brand', () => {
  it('keeps a trade or a body in the apposition a body’s ("DE BEERS, the diamond miner")', () => {
    expect(typed('Shares fell after DE BEERS, the diamond miner, cut prices.')).toEqual([['DE BEERS', 'org']]);
    expect(typed('Crews from CAL FIRE, the state agency, arrived at dawn.')).toEqual([['CAL FIRE', 'org']]);
    expect(typed('Lenders such as ACME BANK, a victim of the slump, cut jobs.').map(([, t]) => t)).not.toContain('person');
  });

  it('keeps a body that speaks as "it" or with no pronoun a body’s ("CAL FIRE said it")', () => {
    expect(typed('CAL FIRE said it would add crews.')).toEqual([['CAL FIRE', 'org']]);
    expect(typed('DE BEERS said diamond sales fell.')).toEqual([['DE BEERS', 'org']]);
  });

  it('keeps a brand the page also writes in ordinary case a body’s ("DE BEERS … De Beers said")', () => {
    expect(typed('DE BEERS cut prices. De Beers said demand was weak.')).toContainEqual(['DE BEERS', 'org']);
  });

  it('keeps a name with a body’s head word a body’s, whatever its pronoun or role noun ("KENT POLICE said he")', () => {
    expect(typed('KENT POLICE said he was arrested on Friday.')).toEqual([['KENT POLICE', 'org']]);
    expect(typed('Shares rose after ACME CAPITAL, the fund manager, bought the stake.')).toEqual([['ACME CAPITAL', 'org']]);
    expect(typed('Investors backed SOLARIS ENERGY, a leader in solar panels, on Monday.')).toEqual([['SOLARIS ENERGY', 'org']]);
  });

  it('keeps a name a body’s where its last word speaks only inside another name ("the Daily Mail said")', () => {
    expect(typed('Parcels were late at ROYAL MAIL this week, the Daily Mail said.')).toContainEqual(['ROYAL MAIL', 'org']);
    expect(typed('ALPHA BANK cut rates. The European Central Bank said inflation fell.')).toContainEqual(['ALPHA BANK', 'org']);
  });
});

describe('capsPersonCue', () => {
  it('reads the cue on the name\'s line: a heading\'s name is not the paragraph\'s speaker', () => {
    const words = ['MARY', 'JONES'];
    expect(capsPersonCue(words, ' said she would stay.', 'MARY JONES said she would stay.')).toBe(true);
    expect(capsPersonCue(words, '\nsaid she would stay.', 'MARY JONES\nsaid she would stay.')).toBe(false);
    expect(capsPersonCue(words, ', a\nfarmer in the valley.', 'MARY JONES, a\nfarmer in the valley.')).toBe(false);
    expect(capsPersonCue(words, '.', 'MARY JONES. Ms.\nJones left.')).toBe(false);
    expect(capsPersonCue(words, '.', 'MARY JONES. Ms. Jones left.')).toBe(true);
    expect(capsPersonCue(words, '.', 'MARY JONES. Ann left. Jones\nsaid nothing.')).toBe(false);
    expect(capsPersonCue(words, '.', 'MARY JONES. In Leeds\nJones said she would stay.')).toBe(true);
  });
});
