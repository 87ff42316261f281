import { describe, expect, it } from 'vitest';
import { lexicon as places, nonNames } from '../../tests/support/seed-knowledge';
import { annotateText } from './annotate';
import { compileLexicon, findEntities } from './entities';
import { buildKnowledge } from './knowledge';
import { buildMatcherPackage, compileMatcher } from './matcher';
import { demonyms, placeLexicon, placeVariants } from './places';
import type { Article } from './types';

// Companies' names as wire copy writes them; every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a company named with a trade word for its head', () => {
  it('is an organisation ("Meta Platforms", like "… Technologies")', () => {
    expect(typed('Meta Platforms filed its own appeal last week.')).toEqual([['Meta Platforms', 'org']]);
  });

  it('is an organisation where nothing else types it ("Healthcare", "Lines"), a person\'s name in the same place is not', () => {
    expect(typed('Hackers struck Change Healthcare, which halted payments.')).toEqual([['Change Healthcare', 'org']]);
    expect(typed('Police questioned Mark Halden, who ran the clinic.')).toEqual([['Mark Halden', 'person']]);
    expect(typed('Fares rose at Delta Air Lines and at Frontier.')).toEqual([['Delta Air Lines', 'org'], ['Frontier', 'org']]);
    expect(typed('Trump spoke at the company’s Irvin Works near Pittsburgh.')).toEqual([['Irvin Works', 'org'], ['Pittsburgh', 'place']]);
    expect(typed('The UN Relief and Works Agency said so.')).toEqual([['UN Relief and Works Agency', 'org']]);
  });

  it('is a railway after its "Railway" or "Railroad", with a people\'s word opening it ("Canadian Pacific Railway")', () => {
    expect(typed('Harlow Valley Railway said the line was closed.')).toEqual([['Harlow Valley Railway', 'org']]);
    expect(typed('Freight on the Canadian Pacific Railway ran late.')).toEqual([['Canadian Pacific Railway', 'org']]);
    expect(typed('Morrow Creek Railroad said it would hire.')).toEqual([['Morrow Creek Railroad', 'org']]);
    expect(typed('Senators passed the Railway Safety Act in May.')).toEqual([]);
  });

  it('is an airline after its "Air" ("Endeavor Air said"), a law named for the air is not marked', () => {
    expect(typed('Endeavor Air said the flight landed safely.')).toEqual([['Endeavor Air', 'org']]);
    expect(typed('The Clean Air Act passed in 1970.')).toEqual([]);
  });
});

describe('the first word of an organisation the page names in full', () => {
  it('is its short form ("Meta Platforms … Meta said")', () => {
    expect(typed('Meta Platforms was fined on the same day. Meta said the ruling was wrong.')).toEqual([
      ['Meta Platforms', 'org'],
      ['Meta', 'org'],
    ]);
  });

  it('is named by the full name that came first, and stored as one entity with it', () => {
    const named = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.canonical]);
    expect(named('Meta Platforms was fined. Meta said so.')).toEqual([
      ['Meta Platforms', 'Meta Platforms'],
      ['Meta', 'Meta Platforms'],
    ]);
    // A division named after its company is not the company's full name.
    expect(named('Shares in Spotify fell. Analysts expect Spotify to gain. Spotify Technology said so.')).toEqual([
      ['Spotify', 'Spotify'],
      ['Spotify', 'Spotify'],
      ['Spotify Technology', 'Spotify Technology'],
    ]);
    const meta: Article = {
      id: 'meta-1',
      title: 'Meta fined',
      source: 'Test Wire',
      url: null,
      date: '2025-04-23',
      language: 'en',
      paragraphs: ['The European Commission fined Meta Platforms €200 million on Wednesday. Meta said it would appeal.'],
    };
    const stored = buildKnowledge([meta], { lexicon: places, nonNames }).entities.filter((e) => e.name.startsWith('Meta'));
    expect(stored.map((e) => [e.name, e.type, e.aliases.includes('Meta')])).toEqual([['Meta Platforms', 'org', true]]);
  });

  it('leaves a titled person a person ("Trump Organization … President Trump")', () => {
    expect(typed('The Trump Organization sued. President Trump said it would win.')).toEqual([
      ['Trump Organization', 'org'],
      ['Trump', 'person'],
    ]);
  });
});

describe('a product named by its maker’s spelling', () => {
  it('is no name, nor is the model after it ("the iPhone Air")', () => {
    expect(typed('The iPhone Air will start at $999 in the United States, and the iPad Pro Max costs more.')).toEqual([
      ['United States', 'place'],
    ]);
  });

  it('leaves a title and a person after it, or a known name, a name', () => {
    expect(typed('Sellers on eBay Chief Executive Jamie Iannone said so. Its iPhone China sales fell.')).toEqual([
      ['Jamie Iannone', 'person'],
      ['China', 'place'],
    ]);
  });
});

describe('a company’s name opening a sentence before a plural noun', () => {
  const apple: Article = {
    id: 'apple-1',
    title: 'Apple fined',
    source: 'Test Wire',
    url: null,
    date: '2025-04-23',
    language: 'en',
    paragraphs: ['The European Commission fined Apple €500 million on Wednesday. Apple said it would appeal.'],
  };
  const page = compileMatcher(buildMatcherPackage(buildKnowledge([apple], { lexicon: places, nonNames }), places, nonNames));
  const linked = (text: string): string[] =>
    annotateText(page, text)
      .filter((a) => a.quantity === undefined)
      .map((a) => `${a.text}:${a.entityId === null ? 'unlinked' : 'linked'}`);

  it('is the common noun when the page writes it in lower case ("Apple growers … Polish apples")', () => {
    const text = 'WARSAW — Apple growers in Poland expect a poor harvest. Exports of Polish apples fell.';
    expect(linked(text)).toEqual(['WARSAW:unlinked', 'Poland:unlinked']);
    expect(findEntities(text, compileLexicon([...places, ['Apple', 'org']], nonNames)).map((m) => m.text)).toEqual(['WARSAW', 'Poland']);
  });

  it('is still the company before its shares or with no lower-case word on the page', () => {
    expect(linked('Apple shares fell. Growers of apples were calm.')).toEqual(['Apple:linked']);
    expect(linked('Apple engineers built it. They said so.')).toEqual(['Apple:linked']);
  });
});

describe('a product named by what follows it', () => {
  it('is no name when every mention carries a model number ("Ariane 6", "Falcon 9")', () => {
    expect(typed('An Ariane 6 rocket lifted off from Lisbon, and the firm will fly seven Ariane 6 missions.')).toEqual([
      ['Lisbon', 'place'],
    ]);
    expect(typed('Most were Falcon 9 launches from Florida.')).toEqual([['Florida', 'place']]);
  });

  it('keeps a maker the page also names alone ("Boeing 737" … "Boeing said")', () => {
    expect(typed('Airlines grounded the Boeing 737 jets, and Boeing said it would inspect them.').map((t) => t[0])).toEqual([
      'Boeing',
      'Boeing',
    ]);
  });

  it('is no name before a craft noun, at every mention ("the Orion capsule", "Starship")', () => {
    expect(typed('He backed the Orion capsule, and SpaceX said its Starship rocket flew; a version of Starship will land.')).toEqual([
      ['SpaceX', 'org'],
    ]);
  });

  it('keeps a name before a rocket it fired ("a Hamas rocket")', () => {
    expect(typed('A Hamas rocket fell near Sderot, and Hamas said it had fired it.').map((t) => t[0])).toContain('Hamas');
  });
});

describe('a lone word opening a sentence, listed with a name the page accepts', () => {
  it('is a name: "Vanguard and BlackRock, its two largest investors, …"', () => {
    expect(typed('Index funds hold a fifth of the shares. Vanguard and BlackRock, its two largest investors, have not said.')).toEqual([
      ['Vanguard', 'org'],
      ['BlackRock', 'org'],
    ]);
  });

  it('stays a common word when the page also writes it in lower case', () => {
    expect(typed('Climate and BlackRock were the talk of the day. The climate was warm.')).toEqual([['BlackRock', 'org']]);
  });
});

describe('a name called "the other" of a kind the page has named before', () => {
  it('takes the kind of the earlier name ("Glass Lewis, the other large proxy adviser")', () => {
    const text =
      'Harwell Proxy Services, the proxy adviser, urged a vote against the plan. Glass Lewis, the other large proxy adviser, backed it.';
    expect(typed(text)).toEqual([
      ['Harwell Proxy Services', 'org'],
      ['Glass Lewis', 'org'],
    ]);
  });

  it('keeps a role noun a person when the earlier name has no head word of its kind', () => {
    const text = 'Maria Lopez, the chief economist, spoke first. Avi Ohayon, the other chief economist, agreed.';
    expect(typed(text)).toEqual([
      ['Maria Lopez', 'person'],
      ['Avi Ohayon', 'person'],
    ]);
  });
});

describe('a product named by what the sentence says of it', () => {
  it('leaves a craft named after "named" unmarked ("the capsule, named Endeavour")', () => {
    expect(typed('The Dragon capsule, named Endeavour, docked on Saturday. Endeavour will stay a week.')).toEqual([]);
  });

  it('leaves a brand between its maker and the goods unmarked ("the maker of Crestwood cereals")', () => {
    expect(typed('Norbury, the maker of Crestwood cereals, had higher sales.')).toEqual([['Norbury', 'org']]);
  });

  it('keeps a maker named after "maker of" with no goods after it', () => {
    expect(typed('Shares in Halvorsen, the maker of Crestwood, fell.').map(([t]) => t)).toEqual(['Halvorsen', 'Crestwood']);
  });
});

describe('a known company before a product it makes', () => {
  const withMaker = compileLexicon([...placeLexicon(), ['Boeing', 'org']], demonyms(), placeVariants());
  const found = (text: string): [string, string][] => findEntities(text, withMaker).map((m) => [m.text, m.type]);

  it('marks the maker only ("the Boeing Starliner test pilots")', () => {
    expect(found('Seats went to the Boeing Starliner test pilots on Monday.')).toEqual([['Boeing', 'org']]);
  });

  it('keeps a run that speaks, or has a head word of its own, whole', () => {
    expect(found('Boeing Defense said on Monday it would bid.')).toEqual([['Boeing Defense', 'org']]);
    expect(found('Staff at Boeing Capital fear cuts.')).toEqual([['Boeing Capital', 'org']]);
  });
});

describe('a brand between a maker and its goods, said with a verb', () => {
  it('leaves "MVA-BN" unmarked in "which makes the MVA-BN vaccine" and "the MVA-BN shot made by"', () => {
    expect(typed('Bavarian Nordic, which makes the MVA-BN vaccine, said it would deliver doses.').map(([t]) => t)).toEqual(['Bavarian Nordic']);
    expect(typed('Most of them were the MVA-BN shot made by the Danish company Bavarian Nordic.').map(([t]) => t)).toEqual(['Bavarian Nordic']);
  });
});

describe('a model code glued to its digits', () => {
  it('is no part of its maker\'s name ("five Airbus A350 jets", "an MQ9 drone")', () => {
    expect(typed('The group expects five Airbus A350 jets by June.').map(([t, k]) => [t, k])).toEqual([['Airbus', 'org']]);
    expect(typed('A drone, an MQ9, was shot down.')).toEqual([]);
  });
});

describe('a name before a figure in a list that leaves out its verb', () => {
  it('is no product with a model number ("the Greens 85 and Die Linke 64")', () => {
    expect(typed('The CDU/CSU keeps 208, the Greens 85 and Die Linke 64, the officer said.').map(([t]) => t)).toEqual(['CDU/CSU', 'Greens', 'Die Linke']);
    expect(typed('The Greens won 85 seats, and Die Linke 64 seats.').map(([t]) => t)).toEqual(['Greens', 'Die Linke']);
  });
});

describe('a company with a unit’s number in its name', () => {
  it('keeps "No. 10" between the name’s words ("China Railway No. 10 Engineering Group")', () => {
    expect(typed('The contractor, China Railway No. 10 Engineering Group, said it followed the design.')).toEqual([
      ['China Railway No. 10 Engineering Group', 'org'],
    ]);
    expect(typed('Shares of China Railway rose. No. 10 said so.')).toEqual([['China Railway', 'org']]);
  });
});

describe('a company opening with peoples joined by a hyphen', () => {
  it('keeps them in its name ("Italian-Thai Development"), an adjective elsewhere', () => {
    expect(typed('The contractor, a joint venture of Italian-Thai Development and China Railway, has said so.')).toEqual([
      ['Italian-Thai Development', 'org'],
      ['China Railway', 'org'],
    ]);
    expect(typed('Israeli-Palestinian talks resumed.')).toEqual([]);
    expect(typed('Italian-Thai Development said on Monday that work had stopped.')).toEqual([['Italian-Thai Development', 'org']]);
    expect(typed('The Iranian-American Jason Rezaian spoke.')).toEqual([['Jason Rezaian', 'person']]);
  });
});

describe('a company written with "Co." after its name', () => {
  it('is an organisation, as "Corp." and "Inc." make one', () => {
    expect(typed('The union struck General Motors, Ford Motor Co. and Stellantis at once.')).toContainEqual(['Ford Motor Co.', 'org']);
  });
  it('leaves a person named before a lower-case "co." alone', () => {
    expect(typed('Jim Farley, its chief executive, said the co. would not pay more.')).toContainEqual(['Jim Farley', 'person']);
  });
});

describe('brands listed between a maker and its goods', () => {
  it('leaves each brand unmarked ("the maker of Jeep and Ram vehicles")', () => {
    expect(typed('Stellantis, the maker of Jeep and Ram vehicles, raised its offer.').map(([t]) => t)).toEqual(['Stellantis']);
    expect(typed('Norbury, the maker of Crestwood, Halvey and Brannock cereals, had higher sales.').map(([t]) => t)).toEqual(['Norbury']);
  });

  it('keeps names listed after "maker of" with no goods after them', () => {
    expect(typed('Shares in Halvorsen, the maker of Crestwood and Brannock, fell.').map(([t]) => t)).toEqual(['Halvorsen', 'Crestwood', 'Brannock']);
  });
});
