import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Organisations' names as wire copy writes them; every sentence is written for this test.
// Institutions named with "of", "for" and "and": entities-institutions.test.ts.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string, string][] =>
  findEntities(text, lexicon).map((m) => [m.text, m.type, m.canonical]);

describe('an organisation with no head word of its own', () => {
  it('is an organisation after "The cooperative," ("The cooperative, Central Plains Grain, has …")', () => {
    expect(typed('The cooperative, Central Plains Grain, has about 900 members.')).toEqual([
      ['Central Plains Grain', 'org', 'Central Plains Grain'],
    ]);
  });

  it('is what the plural noun before "such as" says ("insurers such as State Farm and Allstate")', () => {
    expect(typed('Private insurers such as State Farm and Allstate stopped writing policies.')).toEqual([
      ['State Farm', 'org', 'State Farm'],
      ['Allstate', 'org', 'Allstate'],
    ]);
    expect(typed('Leaders such as Angela Merkel spoke.')).toEqual([['Angela Merkel', 'person', 'Angela Merkel']]);
  });

  it('is an organisation when an apposition says it is a group ("X, the group that …")', () => {
    const text = 'Hayat Tahrir al-Sham, the group that led the rebel offensive, took Damascus. Rebels led by Hayat Tahrir al-Sham entered the city.';
    expect(typed(text).filter(([t]) => t.startsWith('Hayat'))).toEqual([
      ['Hayat Tahrir al-Sham', 'org', 'Hayat Tahrir al-Sham'],
      ['Hayat Tahrir al-Sham', 'org', 'Hayat Tahrir al-Sham'],
    ]);
    expect(typed('Jabhat al-Nusra, a jihadist group, fought on.')).toEqual([['Jabhat al-Nusra', 'org', 'Jabhat al-Nusra']]);
  });

  it('is an organisation when an acronym of its capitals follows in brackets', () => {
    expect(typed('Fighters of Hayat Tahrir al-Sham (HTS) entered Aleppo on Friday.')[0]).toEqual(['Hayat Tahrir al-Sham', 'org', 'Hayat Tahrir al-Sham']);
  });

  it('leaves a person named the same way a person ("Ahmed al-Sharaa, the group’s leader")', () => {
    expect(typed('Ahmed al-Sharaa, the group’s leader, spoke on Sunday.')).toEqual([['Ahmed al-Sharaa', 'person', 'Ahmed al-Sharaa']]);
    expect(typed('Mark Ruffalo, a spokesman for the group, said no.')[0]?.[1]).toBe('person');
    expect(typed('Avi Ohayon, the man who found them, spoke.')[0]?.[1]).toBe('person');
  });

  it('does not take a clause after a place for an apposition ("In Idlib, the group said")', () => {
    expect(typed('In Kafr Nabl, the group said it would stay.')[0]?.[1]).not.toBe('org');
  });
});

describe('an organisation named with a common word for its head', () => {
  it('is an organisation when its last word is "International", whatever verb follows', () => {
    expect(typed('Amnesty International said the strikes were unlawful. Transparency International ranked it 120th.')).toEqual([
      ['Amnesty International', 'org', 'Amnesty International'],
      ['Transparency International', 'org', 'Transparency International'],
    ]);
  });
});

describe('an organisation with a capitalised preposition in its name', () => {
  it('keeps "Doctors Without Borders" whole at a sentence start, and an organisation', () => {
    expect(typed('Doctors Without Borders said clinics closed. Aid came from Mothers Against Drunk Driving.')).toEqual([
      ['Doctors Without Borders', 'org', 'Doctors Without Borders'],
      ['Mothers Against Drunk Driving', 'org', 'Mothers Against Drunk Driving'],
    ]);
  });

  it('still drops a sentence opener before a preposition that opens no name', () => {
    expect(typed('Officials Against the plan spoke. Without Hamas, the deal fails.').map(([t]) => t)).toEqual(['Hamas']);
  });
});

describe('an organisation, a title, a person', () => {
  it('are two names with the title left out ("Bank of England Governor Andrew Bailey")', () => {
    const text =
      'He said Bank of England Governor Andrew Bailey agreed, as did Montgomery County Sheriff Rob Streck, European Commission President Ursula von der Leyen and White House Press Secretary Karoline Leavitt.';
    expect(typed(text).map(([t, type]) => [t, type])).toEqual([
      ['Bank of England', 'org'], ['Andrew Bailey', 'person'],
      ['Montgomery County', 'place'], ['Rob Streck', 'person'],
      ['European Commission', 'org'], ['Ursula von der Leyen', 'person'],
      ['White House', 'org'], ['Karoline Leavitt', 'person'],
    ]);
    expect(typed('The ruling of the International Court of Justice President Nawaf Salam stood.').map(([t]) => t)).toEqual([
      'International Court of Justice', 'Nawaf Salam',
    ]);
    expect(typed('He met Israel Defense Forces Chief of Staff Eyal Zamir, then Chief of Staff Susie Wiles.').map(([t]) => t)).toEqual([
      'Israel Defense Forces', 'Eyal Zamir', 'Susie Wiles',
    ]);
  });

  it('leaves names with a title word of their own whole', () => {
    expect(typed('The UN General Assembly voted, and Martin Luther King Jr. was quoted.').map(([t]) => t)).toEqual([
      'UN General Assembly', 'Martin Luther King Jr.',
    ]);
  });
});

describe('a one-name organisation with its article', () => {
  it('is an organisation that speaks, since a person takes no "the" ("The Taliban said")', () => {
    expect(typed('The Taliban said so. The Houthis warned of more attacks.').map(([t, type]) => [t, type])).toEqual([
      ['Taliban', 'org'],
      ['Houthis', 'org'],
    ]);
    expect(typed('Trump said no. Later, Bolton said yes, and Witkoff warned them.').map(([, type]) => type)).toEqual(['person', 'person', 'person']);
  });

  it('is an organisation before a phrase that says so ("the Shin Bet security agency")', () => {
    expect(typed('The Shin Bet security agency said the suspect was held. Shin Bet said so.').map(([t, type]) => [t, type])).toEqual([
      ['Shin Bet', 'org'],
      ['Shin Bet', 'org'],
    ]);
  });
});

describe('a company told by what the text says of it', () => {
  it('is a subsidiary, and the next sentence speaks of "its" staff ("Norvane, a subsidiary of …")', () => {
    const text =
      'Norvane said the satellite had separated. Norvane, a subsidiary of Kestrel Group, plans five launches this year. Its chief executive said so.';
    expect(typed(text).map((t) => t[1])).toEqual(['org', 'org', 'org']);
  });
});

describe('a name the places list knows as a city, said to be based somewhere', () => {
  it('is an organisation ("Raleigh, which is based in Nottingham"), a place otherwise', () => {
    expect(typed('The report said that Raleigh, which is based in Nottingham, had raised prices.')).toEqual([
      ['Raleigh', 'org', 'Raleigh'],
      ['Nottingham', 'place', 'Nottingham'],
    ]);
    expect(typed('The report said that Raleigh, which is near Durham, had grown.')).toEqual([
      ['Raleigh', 'place', 'Raleigh'],
      ['Durham', 'place', 'Durham'],
    ]);
    expect(typed('Dana Pryce, who is based in Raleigh, said the bikes sold well.')).toEqual([
      ['Dana Pryce', 'person', 'Dana Pryce'],
      ['Raleigh', 'place', 'Raleigh'],
    ]);
  });
});

describe('an organisation that is the subject of a verb with "its"', () => {
  it('is an organisation: "Goldman Sachs raised its forecast" (a person would be "his")', () => {
    expect(typed('Goldman Sachs raised its forecast for gold on Monday.')).toEqual([['Goldman Sachs', 'org', 'Goldman Sachs']]);
    expect(typed('Halvorsen Tait has cut its outlook for the year.')).toEqual([['Halvorsen Tait', 'org', 'Halvorsen Tait']]);
  });

  it('leaves a person whose "its" follows a preposition or a conjunction', () => {
    expect(typed('Maria Lopez and its board met on Monday.')).toEqual([['Maria Lopez', 'person', 'Maria Lopez']]);
    expect(typed('Maria Lopez raised her forecast on Monday.')).toEqual([['Maria Lopez', 'person', 'Maria Lopez']]);
  });
});

describe('an ampersand written inside a word', () => {
  it('keeps "AT&T" and "Texas A&M AgriLife Extension Service" one name', () => {
    expect(typed('Shares of AT&T fell on Monday.').map(([t]) => t)).toEqual(['AT&T']);
    expect(typed('Costs rose, according to the Texas A&M AgriLife Extension Service, and prices fell.').map(([t, type]) => [t, type])).toEqual([
      ['Texas A&M AgriLife Extension Service', 'org'],
    ]);
  });
});

describe('two acronyms joined by a slash', () => {
  it('keeps "CDU/CSU" one alliance, not the CDU and the CSU', () => {
    expect(typed('The CDU/CSU will hold 208 seats, the conservative bloc said.')).toEqual([['CDU/CSU', 'org', 'CDU/CSU']]);
  });

  it('leaves two countries two: "US/UK talks"', () => {
    expect(typed('Officials said the US/UK talks would resume in Geneva.').map(([t]) => t)).toEqual(['US', 'UK', 'Geneva']);
  });
});

describe('a party named after its alliance', () => {
  it('is still that party, not the alliance\'s short form ("the CDU/CSU … the CDU said")', () => {
    expect(typed('The CDU/CSU won the most seats. The CDU said it would lead the talks.')).toEqual([
      ['CDU/CSU', 'org', 'CDU/CSU'],
      ['CDU', 'org', 'CDU'],
    ]);
  });
});

describe('a plural written with "’s" inside a name', () => {
  it('keeps "European People’s Party" and "Women’s Institute" one name, as "Prisoners’ Club" is', () => {
    expect(typed('Manfred Weber, the leader of the European People’s Party, spoke. The Women’s Institute met.').map(([t, k]) => [t, k])).toEqual([
      ['Manfred Weber', 'person'],
      ['European People’s Party', 'org'],
      ['Women’s Institute', 'org'],
    ]);
  });
});

describe('a generic head alone', () => {
  it('is a name after "the" and before a role of its own ("the Commission president")', () => {
    expect(typed('Ursula von der Leyen, the Commission president, needs their votes.').map(([t, k]) => [t, k])).toEqual([
      ['Ursula von der Leyen', 'person'],
      ['Commission', 'org'],
    ]);
  });

  it('is still dropped on its own ("The Commission will decide")', () => {
    expect(typed('Officials said the Commission will decide in May.')).toEqual([]);
  });
});

describe('a capitalised word with a short lower-case tail after a hyphen', () => {
  it('is one word of the name ("The Co-op Bank"), where a longer tail is cut ("Hamas-run")', () => {
    expect(typed('The Co-op Bank said it would close 20 branches.')).toEqual([['Co-op Bank', 'org', 'Co-op Bank']]);
    expect(typed('The Hamas-run Health Ministry said so.').map(([t]) => t)).toEqual(['Hamas', 'Health Ministry']);
  });
});
