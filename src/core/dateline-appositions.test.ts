import { describe, expect, it } from 'vitest';
import { appositionNotDateline } from './dateline-appositions';
import { compileLexicon, findEntities } from './entities';
import { datelineEnds } from './page-lines';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('capitals at a line’s start with an apposition after the comma', () => {
  it('are a name in running text, not a dateline ("JOHN SMITH, a farmer, said")', () => {
    expect(typed('JOHN SMITH, a farmer, said the crops had failed.')).toEqual([['JOHN SMITH', 'person']]);
    expect(typed('ANNA PRICE, the nurse in charge, said the ward was full.')).toEqual([['ANNA PRICE', 'person']]);
    expect(datelineEnds('OWEN BRACK, a retired teacher, voted early.').size).toBe(0);
  });

  it('keep a body that the apposition calls a trade a body ("ACME CAPITAL, the fund manager,", "NATO, the alliance,")', () => {
    expect(typed('ACME CAPITAL, the fund manager, said profits rose.')).toEqual([['ACME CAPITAL', 'org']]);
    expect(typed('NATO, the alliance, said it would act.')).toEqual([['NATO', 'org']]);
  });

  it('tells a lower-case word after the comma from a capitalised one', () => {
    expect(appositionNotDateline('KIM LEE, a baker, said', 7)).toBe(true);
    expect(appositionNotDateline('JENIN, West Bank — Raids', 5)).toBe(false);
  });
});

describe('real datelines', () => {
  it('stay places, with a region, a date or a wire’s credit after them', () => {
    expect(typed('GAZA CITY — Strikes hit the north overnight.')).toEqual([['GAZA CITY', 'place']]);
    expect(typed('GAZA CITY, Dec. 5 — Strikes hit the north overnight.')).toEqual([['GAZA CITY', 'place']]);
    expect(typed('PORT SUDAN, Sudan — Ships waited offshore.')).toContainEqual(['PORT SUDAN', 'place']);
    expect(typed('WASHINGTON (AP) — The Senate voted on Tuesday.')).toContainEqual(['WASHINGTON', 'place']);
    expect(typed('ALTADENA, Calif. — The fire spread at night.')).toContainEqual(['ALTADENA', 'place']);
  });

  it('stay places with a lower-case date or credit after the comma, as other languages’ wires write them', () => {
    expect(typed('PARIS, le 3 mars — Les grévistes ont défilé.')).toContainEqual(['PARIS', 'place']);
    expect(typed('BUENOS AIRES, oct 3 — El peso cayó.')).toContainEqual(['BUENOS AIRES', 'place']);
    expect(typed('BERLIN, dpa — Die Regierung beschloss.')).toContainEqual(['BERLIN', 'place']);
    expect(appositionNotDateline('PARIS, le 3 mars — Les', 5)).toBe(false);
  });

  it('leave all-caps bodies in running text bodies ("CAL FIRE said", "FEMA said")', () => {
    expect(typed('FEMA said aid would arrive.')).toEqual([['FEMA', 'org']]);
    expect(typed('CAL FIRE said it would add crews.')).toEqual([['CAL FIRE', 'org']]);
  });
});
