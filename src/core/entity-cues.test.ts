import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a chain named for its stores (ORG_HEADS "Stores")', () => {
  it('is a body, not a person’s name of three words, wherever it stands', () => {
    expect(typed('Dollar General Stores said sales rose.')).toEqual([['Dollar General Stores', 'org']]);
    expect(typed('Analysts said Harbor Value Stores would close 40 shops.')).toContainEqual(['Harbor Value Stores', 'org']);
  });

  it('leaves the common noun and a chain named without it as they were', () => {
    expect(typed('Department stores were empty on Sunday.')).toEqual([]);
    expect(typed('Shares of Harbor Value Stores fell.')).toEqual([['Harbor Value Stores', 'org']]);
  });
});

describe('a firm named for its trade of advice or analysis (ORG_HEADS)', () => {
  it('is an organisation, not a person or a place', () => {
    expect(typed('Keith Bachman, an analyst at BMO Capital Markets, said demand held.')).toEqual([
      ['Keith Bachman', 'person'],
      ['BMO Capital Markets', 'org'],
    ]);
    expect(typed('Brightwater Economics, a consultancy, put the cost higher.')).toEqual([['Brightwater Economics', 'org']]);
    expect(typed('In Britain, Harlow Risk Analytics put the cost higher.')).toEqual([['Britain', 'place'], ['Harlow Risk Analytics', 'org']]);
    expect(typed('Pellman Consulting advised the council.')).toEqual([['Pellman Consulting', 'org']]);
  });

  it('leaves the words alone at a sentence head and a person before them as a person', () => {
    expect(typed('Markets fell on Monday after the report.')).toEqual([]);
    expect(typed('Economics was her subject, said Ann Lowell.')).toEqual([['Ann Lowell', 'person']]);
    expect(typed('Priya Natarajan, an economist, said markets were calm.')).toEqual([['Priya Natarajan', 'person']]);
  });
});

describe('a shipping firm named for its trade (ORG_HEADS)', () => {
  it('is an organisation, not a person', () => {
    expect(typed('Evergreen Marine, which operated the ship, said the cargo owners would pay.')).toEqual([['Evergreen Marine', 'org']]);
    expect(typed('said Lars Jensen, chief executive of Vespucci Maritime, a consultancy in Copenhagen.')).toEqual([
      ['Lars Jensen', 'person'],
      ['Vespucci Maritime', 'org'],
      ['Copenhagen', 'place'],
    ]);
    expect(typed('Hyundai Merchant Marine said profits rose.')).toEqual([['Hyundai Merchant Marine', 'org']]);
  });

  it('leaves a person named Marine and a Marine alone as they were', () => {
    expect(typed('Marine Le Pen said on Sunday she would run.')).toEqual([['Marine Le Pen', 'person']]);
    expect(typed('A former Marine, John Smith, said he saw the crash.')).toEqual([['Marine', 'org'], ['John Smith', 'person']]);
  });
});

describe('a strait, a cape or an isle named "of" a place (PLACE_HEADS)', () => {
  it('is one place, as a bay or a gulf is', () => {
    expect(typed('Ships went around the Cape of Good Hope, a detour of weeks.')).toEqual([['Cape of Good Hope', 'place']]);
    expect(typed('Tankers avoid the Strait of Hormuz, officials said.')).toEqual([['Strait of Hormuz', 'place']]);
    expect(typed('Ferries to the Isle of Man resumed.')).toEqual([['Isle of Man', 'place']]);
    expect(typed('Ships crossed the Taiwan Strait on Monday.')).toEqual([['Taiwan Strait', 'place']]);
  });

  it('leaves the names that open with the word as they were', () => {
    expect(typed('Cape Town officials said the drought eased.')).toEqual([['Cape Town', 'place']]);
    expect(typed('Cape Verde said on Monday it would vote.')).toEqual([['Cape Verde', 'place']]);
    expect(typed('Floods hit the Eastern Cape on Monday.')).toEqual([['Eastern Cape', 'place']]);
  });
});

describe('a carmaker or a trade body named for its trade in the plural (ORG_HEADS)', () => {
  it('is an organisation, not a person of three words', () => {
    expect(typed('The regulator accused Fiat Chrysler Automobiles on Thursday of hiding software.')).toEqual([
      ['Fiat Chrysler Automobiles', 'org'],
    ]);
    expect(typed('Talks with Halvorsen Automotive ended without a deal.')).toEqual([['Halvorsen Automotive', 'org']]);
    expect(typed('The American Trucking Associations said fuel is a fleet’s second-largest cost.')).toEqual([
      ['American Trucking Associations', 'org'],
    ]);
  });

  it('leaves the common nouns and a person before them as they were', () => {
    expect(typed('Automotive sales fell in March, said Ann Lowell.')).toEqual([['Ann Lowell', 'person']]);
    expect(typed('Associations of growers met in Fresno.')).toEqual([['Fresno', 'place']]);
  });
});

describe('an investment firm named for its trade of management (ORG_HEADS "Management")', () => {
  it('is an organisation, not a person of two or three words', () => {
    expect(typed('Funds led by Knighthead Capital Management and Certares Management bought the stake.')).toEqual([
      ['Knighthead Capital Management', 'org'],
      ['Certares Management', 'org'],
    ]);
    expect(typed('Shares of Waste Management rose, said Dana Ortiz.')).toEqual([['Waste Management', 'org'], ['Dana Ortiz', 'person']]);
  });

  it('leaves the bodies that carry it inside their names and the common noun as they were', () => {
    expect(typed('Federal Emergency Management Agency teams arrived.')).toEqual([['Federal Emergency Management Agency', 'org']]);
    expect(typed('She studied at the Kellogg School of Management.')).toEqual([['Kellogg School of Management', 'org']]);
    expect(typed('Hotel management changed hands in Fresno.')).toEqual([['Fresno', 'place']]);
  });
});

describe('a body named for its sport (ORG_HEADS "Baseball", "Soccer", …)', () => {
  it('is an organisation, not a person', () => {
    expect(typed('She said Major League Baseball would decide by Friday.')).toEqual([['Major League Baseball', 'org']]);
    expect(typed('He watched Monday Night Football with Ana Ruiz.')).toContainEqual(['Ana Ruiz', 'person']);
    expect(typed('USA Basketball named its roster.')).toEqual([['USA Basketball', 'org']]);
  });

  it('leaves bodies that end in another head and the common noun as they were', () => {
    expect(typed('Rugby Football Union officials said the match would go ahead.')).toEqual([['Rugby Football Union', 'org']]);
    expect(typed('Baseball returned to Fresno on Monday.')).toEqual([['Fresno', 'place']]);
  });
});

describe('a project or an initiative as an organisation\'s head', () => {
  it('keeps a people\'s name or an "and" inside the body it heads', () => {
    expect(typed('The Uyghur Human Rights Project said the report was accurate.')).toEqual([['Uyghur Human Rights Project', 'org']]);
    expect(typed('The Kurdish Rights Initiative said the vote was fair.')).toEqual([['Kurdish Rights Initiative', 'org']]);
    expect(typed('The Belt and Road Initiative lent billions.')).toEqual([['Belt and Road Initiative', 'org']]);
  });

  it('must not change: the word opening a sentence as a common noun, a body already typed', () => {
    expect(typed('Project managers said the work was late.')).toEqual([]);
    expect(typed('The Innocence Project said the man was freed.')).toEqual([['Innocence Project', 'org']]);
  });
});

describe('a township named with its head (PLACE_HEADS "Township")', () => {
  it('is a place, not a person of two words', () => {
    expect(typed('Residents of Darlington Township, across the state line, were allowed back.')).toContainEqual([
      'Darlington Township',
      'place',
    ]);
    expect(typed('Lower Merion Township voted on Monday to widen the road.')).toEqual([['Lower Merion Township', 'place']]);
  });

  // Must not change: the common noun, and a body named for the township, keep their readings.
  it('leaves the common noun and a township body alone', () => {
    expect(typed('The township said the road would reopen.')).toEqual([]);
    expect(typed('The Township Board said it would meet.')).toEqual([['Township Board', 'org']]);
    expect(typed('Township officials met Ana Ruiz.')).toEqual([['Ana Ruiz', 'person']]);
  });
});

describe('a firm named "… Global" (ORG_HEADS "Global")', () => {
  it('is a body, not a person of three words', () => {
    expect(typed('The petition was filed by Top Shine Global, an investor, in June.')).toContainEqual(['Top Shine Global', 'org']);
    expect(typed('Analysts at Harbor Bright Global said prices would fall.')).toContainEqual(['Harbor Bright Global', 'org']);
  });

  // Must not change: the common adjective opens no name.
  it('leaves a global adjective and a person alone', () => {
    expect(typed('Global markets fell as Ana Ruiz spoke.')).toEqual([['Ana Ruiz', 'person']]);
  });
});

describe('a volcano or a landform named before its lower-case noun (PLACE_NOUNS_AFTER)', () => {
  it('makes the name a place, not a body', () => {
    expect(typed('Ash rose from the Hekla volcano on Monday.')).toEqual([['Hekla', 'place']]);
    expect(typed('A fissure opened along the Eldborg crater row overnight.')).toEqual([['Eldborg', 'place']]);
    expect(typed('Lava spilled from the Kolbeinn fissure into the valley.')).toEqual([['Kolbeinn', 'place']]);
    expect(typed('Hikers crossed the Langjökull glacier in a day.')).toEqual([['Langjökull', 'place']]);
  });
});

describe('a named episode of fires in the plural (EVENT_NOUNS_AFTER "fires")', () => {
  it('is an event, as one fire is', () => {
    expect(typed('Ash fell for months during the Laki fires of the 18th century.')).toEqual([['Laki', 'event']]);
    expect(typed('Crews fought the Ridgeline fire for a week.')).toEqual([['Ridgeline', 'event']]);
  });
});

describe('a coal company named for its ware (ORG_HEADS "Coal")', () => {
  it('is a body, not a person, after the name of a river or a creek', () => {
    expect(typed('The pit, owned by Pike Creek Coal, opened in 2008 and was meant to grow.')).toEqual([['Pike Creek Coal', 'org']]);
  });

  // Must not change: the lower-case ware and a sentence's first word.
  it('leaves coal the ware alone', () => {
    expect(typed('Coal prices fell as Ana Ruiz spoke.')).toEqual([['Ana Ruiz', 'person']]);
    expect(typed('The Harlan coal mine shut.')).not.toContainEqual(['Harlan coal', 'org']);
  });
});

describe('an observatory (ORG_HEADS "Observatory")', () => {
  it('is a body whole with the continent\'s adjective that opens it', () => {
    expect(typed('the Andean Southern Observatory said on Wednesday.')).toEqual([['Andean Southern Observatory', 'org']]);
    expect(typed('the European Northern Observatory said on Wednesday.')).toEqual([['European Northern Observatory', 'org']]);
  });
});

describe('a chamber of a legislature or of trade (ORG_HEADS "Chamber")', () => {
  it('is one body with what it is "of"', () => {
    expect(typed('The party won 40 of the 120 seats in the Chamber of Delegates in May.')).toEqual([['Chamber of Delegates', 'org']]);
    expect(typed('Members of the Chamber of Commerce voted on Monday.')).toEqual([['Chamber of Commerce', 'org']]);
  });

  // Must not change: "the Chamber" after its full form is that body still.
  it('keeps the short form after the full one', () => {
    expect(typed('The Chamber of Delegates passed the bill on Monday, and the Chamber will vote again.')).toEqual([
      ['Chamber of Delegates', 'org'],
      ['Chamber', 'org'],
    ]);
  });
});
