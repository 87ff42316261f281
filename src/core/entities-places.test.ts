import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Small places no lexicon knows, as wire copy writes them; every sentence is written for this
// test (the names are real places too small for the place lexicon).
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a small place the lexicon does not know', () => {
  it('is a place before a lower-case head ("The Vesdre river")', () => {
    expect(typed('The Vesdre river burst its banks.')).toEqual([['Vesdre', 'place']]);
    expect(typed('Fires spread through the Tarn valley overnight.')).toEqual([['Tarn', 'place']]);
  });

  it('is a place listed after a known place of two words ("Santa Clara and Cupertino")', () => {
    expect(typed('Volunteers from Santa Clara and Cupertino packed boxes.')).toEqual([
      ['Santa Clara', 'place'],
      ['Cupertino', 'place'],
    ]);
    // A company listed after one is still a company by its own form.
    expect(typed('Staff from Santa Clara and Nvidia Corp. packed boxes.')[1]).toEqual(['Nvidia Corp.', 'org']);
  });

  it('is a place at the other end of a route from or to a known place ("from Los Angeles to Malibu")', () => {
    expect(typed('Smoke drifted from Los Angeles to Malibu.')).toEqual([
      ['Los Angeles', 'place'],
      ['Malibu', 'place'],
    ]);
    expect(typed('Smoke drifted from Malibu to Los Angeles.')[0]).toEqual(['Malibu', 'place']);
    expect(typed('Buyers moved from Apple to Nvidia.')).toEqual([
      ['Apple', 'org'],
      ['Nvidia', 'org'],
    ]);
  });

  it('is a place when a canyon, gorge, creek or beach ends its name ("above Topanga Canyon")', () => {
    expect(typed('Crews held their lines above Topanga Canyon.')).toEqual([['Topanga Canyon', 'place']]);
    expect(typed('Surfers left Huntington Beach as smoke rose over Cheddar Gorge.')).toEqual([
      ['Huntington Beach', 'place'],
      ['Cheddar Gorge', 'place'],
    ]);
  });

  it('is a place before a building’s lower-case noun ("the Sky Villa condominium")', () => {
    expect(typed('Rescuers worked at the Sky Villa condominium, where residents were trapped.')).toEqual([['Sky Villa', 'place']]);
  });

  it('is a place that a bridge spans, and no subject of the verb after it ("a bridge over the Irrawaddy were cut")', () => {
    expect(typed('Roads and a bridge over the Irrawaddy were cut.')).toEqual([['Irrawaddy', 'place']]);
  });

  it('is a place outside which people are, and no subject of the verb after it ("creditors outside China have")', () => {
    // A firm named for the country on the page, whose votes the country's name shares.
    expect(typed('Shares of China Harbor Group fell on Monday. Creditors outside China have pressed for a larger share.')).toContainEqual(['China', 'place']);
    expect(typed('Shares of Brazil Harbor Group fell on Monday. Lenders beyond Brazil were paid first.')).toContainEqual(['Brazil', 'place']);
  });

  it('is a place when a plural apposition says so ("Pepinster, the towns worst hit")', () => {
    expect(typed('Water rose in Theux and Pepinster, the towns worst hit in 2021.')).toEqual([
      ['Theux', 'place'],
      ['Pepinster', 'place'],
    ]);
  });

  it('keeps the head of an apposition the last noun that names a kind ("the Labour party leader")', () => {
    expect(typed('Keir Starmer, the Labour party leader, spoke.')[0]).toEqual(['Keir Starmer', 'person']);
    expect(typed('Hayat Tahrir al-Sham, the group that led the offensive, spoke.')[0]).toEqual(['Hayat Tahrir al-Sham', 'org']);
  });

  it('is a place in "the area around …" and before a bearing ("…, south of Warsaw")', () => {
    expect(typed('The area around Grójec lost half its blossom.')).toEqual([['Grójec', 'place']]);
    expect(typed('Frost hit Grójec, south of Warsaw, last week.')).toEqual([
      ['Grójec', 'place'],
      ['Warsaw', 'place'],
    ]);
  });

  it('is a place across a river or a street from another ("the Velmora, across the river from the Louvre")', () => {
    expect(typed('The boats sailed to the Velmora, across the river from the Louvre.')).toContainEqual(['Velmora', 'place']);
    // Across a table is no place's bearing: the speaker stays a person.
    expect(typed('Anna Velmora, across the table from the minister, said talks would go on.')).toEqual([['Anna Velmora', 'person']]);
  });
});

describe('a place told by its own words', () => {
  it('opens with a landform or a fort ("Cape Canaveral", "Mount Kenya", "Fort Bragg")', () => {
    expect(typed('The rocket lifted off from Cape Canaveral on Friday.')).toEqual([['Cape Canaveral', 'place']]);
    expect(typed('Climbers returned from Mount Kenya, and troops left Fort Bragg.')).toEqual([
      ['Mount Kenya', 'place'],
      ['Fort Bragg', 'place'],
    ]);
  });

  it('ends in a base, a refuge or a launch site ("Space Force Base", "Wildlife Refuge", "Space Centre")', () => {
    expect(typed('It flew from Vandenberg Space Force Base on Monday.')).toEqual([['Vandenberg Space Force Base', 'place']]);
    expect(typed('Birds winter at the Loxahatchee National Wildlife Refuge.')).toEqual([
      ['Loxahatchee National Wildlife Refuge', 'place'],
    ]);
    expect(typed('The satellite was launched from the Satish Dhawan Space Centre.')).toEqual([
      ['Satish Dhawan Space Centre', 'place'],
    ]);
  });

  it('ends in a venue, a monument or a dam ("War Memorial Coliseum", "Shwedagon Pagoda", "Hoover Dam")', () => {
    expect(typed('A blood drive at the Allen County War Memorial Coliseum collected 412 pints.')).toEqual([
      ['Allen County War Memorial Coliseum', 'place'],
    ]);
    expect(typed('Crowds gathered at the Shwedagon Pagoda and Hoover Dam.')).toEqual([
      ['Shwedagon Pagoda', 'place'],
      ['Hoover Dam', 'place'],
    ]);
  });

  it('is a region ending in "State" after a place preposition ("in Kachin State"), a body elsewhere', () => {
    expect(typed('Jets carried out two air strikes in Kachin State on Sunday.')).toEqual([['Kachin State', 'place']]);
    expect(typed('Islamic State fighters attacked. Islamic State said it did.')).toEqual([
      ['Islamic State', 'org'],
      ['Islamic State', 'org'],
    ]);
  });

  it('keeps other centres institutions ("the Wilson Center said")', () => {
    expect(typed('The Wilson Center said the talks had stalled.')).toEqual([['Wilson Center', 'org']]);
  });
});

describe('a name with "and" in it', () => {
  it('is one place when the lexicon knows it whole ("Trinidad and Tobago")', () => {
    expect(typed('Kadeem Okafor of Trinidad and Tobago won. Trinidad and Tobago has three medals.')).toEqual([
      ['Kadeem Okafor', 'person'],
      ['Trinidad and Tobago', 'place'],
      ['Trinidad and Tobago', 'place'],
    ]);
  });

  it('is one body after a country\'s short form ("the U.S. Fish and Wildlife Service")', () => {
    expect(typed('The U.S. Fish and Wildlife Service will decide by December.')).toEqual([
      ['U.S. Fish and Wildlife Service', 'org'],
    ]);
  });

  it('is one body after a state\'s name ("the Texas Sheep and Goat Raisers Association"), two where a known name opens the second', () => {
    expect(typed('It runs the sale with the Texas Sheep and Goat Raisers Association, which tests.')).toEqual([
      ['Texas Sheep and Goat Raisers Association', 'org'],
    ]);
    expect(typed('It runs the sale with the Texas Rangers and Houston Astros Foundation, which gives.')).toEqual([
      ['Texas Rangers', 'org'],
      ['Houston Astros Foundation', 'org'],
    ]);
  });
});

describe('names listed after a place preposition', () => {
  it('reads every name of "in A and B" and "in A, B and C" as a place', () => {
    expect(typed('Gins in Seminole and Lamesa expect to run until March.')).toEqual([
      ['Seminole', 'place'],
      ['Lamesa', 'place'],
    ]);
  });

  it('reads a name inside the list as a place too ("in Thuringia, Saxony and Saxony-Anhalt")', () => {
    expect(typed('Gins in Seminole, Lamesa and Seagraves expect to run until March.')).toEqual([
      ['Seminole', 'place'],
      ['Lamesa', 'place'],
      ['Seagraves', 'place'],
    ]);
    expect(typed('The AfD won almost every seat in Thuringia, Saxony and Saxony-Anhalt.').map(([t, k]) => `${t}:${k}`)).toContain('Saxony:place');
  });
});

describe('land and water named by their head', () => {
  it('reads a Plains, an Aquifer or a Basin as a place', () => {
    expect(typed('Rains ended two years of drought on the South Plains.')).toEqual([['South Plains', 'place']]);
    expect(typed('The acreage is irrigated from the Ogallala Aquifer, according to officials.')).toEqual([['Ogallala Aquifer', 'place']]);
  });
});

describe('faith and community adjectives', () => {
  it('are no names, like demonyms ("in Mennonite and Indigenous communities")', () => {
    expect(typed('Most of the cases were in Mennonite and Indigenous communities.')).toEqual([]);
  });

  it('nor are party adjectives ("no Republican sponsor"), while the parties’ own names are', () => {
    expect(typed('The bill has no Republican sponsor and few Democratic votes.')).toEqual([]);
    expect(typed('The Republican Party and the Democratic Party met in the Democratic Republic of the Congo.')).toEqual([
      ['Republican Party', 'org'],
      ['Democratic Party', 'org'],
      ['Democratic Republic of the Congo', 'place'],
    ]);
  });
});

describe('names listed before a plural head', () => {
  it('each take it, the span left as written ("Los Angeles and Ventura counties")', () => {
    const named = (text: string) => findEntities(text, lexicon).map((m) => [m.text, m.type, m.canonical]);
    expect(named('Winds hit Los Angeles and Ventura counties.')).toEqual([
      ['Los Angeles', 'place', 'Los Angeles County'],
      ['Ventura', 'place', 'Ventura County'],
    ]);
    expect(named('Power was cut in Kern, Tulare and Fresno counties. Los Angeles was calm.')).toEqual([
      ['Kern', 'place', 'Kern County'],
      ['Tulare', 'place', 'Tulare County'],
      ['Fresno', 'place', 'Fresno County'],
      ['Los Angeles', 'place', 'Los Angeles'],
    ]);
  });
});

describe('a dateline in capitals', () => {
  it('is one place, its first word included ("PORT SUDAN, Sudan —")', () => {
    expect(typed('PORT SUDAN, Sudan — Health workers began vaccinating people.')).toEqual([
      ['PORT SUDAN', 'place'],
      ['Sudan', 'place'],
    ]);
    expect(typed('PORT HARCOURT, Nigeria — Workers said.')[0]).toEqual(['PORT HARCOURT', 'place']);
  });

  it('takes a state’s abbreviation after the city as a place, its period included ("ALTADENA, Calif. —")', () => {
    expect(typed('ALTADENA, Calif. — Residents began returning.')).toEqual([
      ['ALTADENA', 'place'],
      ['Calif.', 'place'],
    ]);
    expect(typed('YORK, Neb. — The co-op fired its manager.')).toEqual([
      ['YORK', 'place'],
      ['Neb.', 'place'],
    ]);
  });

  it('takes it so with a wire\'s credit before the dash ("SEATTLE, Wash. (AP) —"), and leaves a word in a sentence alone', () => {
    expect(typed('SEATTLE, Wash. (AP) — Police arrested a man.')).toEqual([
      ['SEATTLE', 'place'],
      ['Wash.', 'place'],
      ['AP', 'org'],
    ]);
    expect(typed('SEATTLE, Wash. (AP) — Police arrested a man. Crews will wash the hull (AP) — again.')).toEqual([
      ['SEATTLE', 'place'],
      ['Wash.', 'place'],
      ['AP', 'org'],
      ['AP', 'org'],
    ]);
  });

  it('keeps a capitals city with only a wire\'s credit before the dash ("SEATTLE (AP) —"), not a name in brackets in a sentence', () => {
    expect(typed('SEATTLE (AP) — Boeing said it would cut jobs.')).toEqual([['SEATTLE', 'place'], ['AP', 'org'], ['Boeing', 'org']]);
    expect(typed('The NATO (AP) — report said so.').map(([t]) => t)).not.toContain('The NATO');
  });

  it('takes no all-caps flag in brackets for a wire\'s credit ("BREAKING (UPDATED) —", "EXCLUSIVE (VIDEO) —")', () => {
    expect(typed('BREAKING (UPDATED) — The Louvre reopened on Monday.').map(([t]) => t)).not.toContain('BREAKING');
    expect(typed('EXCLUSIVE (VIDEO) — Prince Harry spoke to ITV.').map(([t]) => t)).not.toContain('EXCLUSIVE');
    expect(typed('LONDON (Reuters) — The Bank of England held rates.')[0]).toEqual(['LONDON', 'place']);
  });
});

describe('a building named for a person in full', () => {
  it('is a place ("the Konrad Adenauer House", "Royal Albert Hall")', () => {
    expect(typed('Talks continued at the Konrad Adenauer House, the party’s headquarters.')).toEqual([['Konrad Adenauer House', 'place']]);
    expect(typed('She sang at the Royal Albert Hall.')).toEqual([['Royal Albert Hall', 'place']]);
  });

  it('is a place when a town’s or a state’s seat is named so ("City Hall", "Town Hall")', () => {
    expect(typed('The chief met the mayor at City Hall on Thursday.')).toEqual([['City Hall', 'place']]);
    expect(typed('Protesters gathered outside Town Hall.')).toEqual([['Town Hall', 'place']]);
  });

  it('leaves a body named with one word before it, or a surname, as it was ("Chatham House", "Jerry Hall")', () => {
    expect(typed('Experts at Chatham House said so.')).toEqual([['Chatham House', 'org']]);
    expect(typed('Jerry Hall said so.')).toEqual([['Jerry Hall', 'person']]);
  });
});

describe('a place the lexicon spells with accents', () => {
  it('is typed from the lexicon when the text drops them, and the other way round', () => {
    const accented = compileLexicon([['Zürich', 'place'], ['Banco de España', 'org']], []);
    expect(typed2(accented, 'Talks moved to Zurich on Monday.')).toEqual([['Zurich', 'place']]);
    expect(typed2(accented, 'Banco de Espana raised its forecast.')).toEqual([['Banco de Espana', 'org']]);
    const plain = compileLexicon([['Zurich', 'place']], []);
    expect(typed2(plain, 'Talks moved to Zürich on Monday.')).toEqual([['Zürich', 'place']]);
  });
});

function typed2(lex: ReturnType<typeof compileLexicon>, text: string): [string, string][] {
  return findEntities(text, lex).map((m) => [m.text, m.type]);
}

describe('a name where a craft or a traveller is bound', () => {
  it('is a place after "to" with a verb of going before it ("carrying packages to Helena")', () => {
    expect(typed('The plane was carrying 1,800 pounds of packages to Helena. It came down.')).toEqual([['Helena', 'place']]);
  });

  it('is not where another verb takes "to" ("flew supplies and handed them to Oxfam")', () => {
    expect(typed('The crew flew supplies in and handed them to Oxfam.')).toEqual([['Oxfam', 'org']]);
  });
});
