import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Names as wire copy writes them; every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a surname that opens with lower-case particles', () => {
  it('keeps "von der Leyen", "de Gaulle" whole with no given name before', () => {
    expect(typed('He called it a good deal after meeting von der Leyen at his resort.')).toEqual([['von der Leyen', 'person']]);
    expect(typed('Talks with de Gaulle failed.')).toEqual([['de Gaulle', 'person']]);
  });

  it('leaves particles before no capital out ("de facto")', () => {
    expect(typed('The group is the de facto ruler of Gaza.')).toEqual([['Gaza', 'place']]);
  });
});

describe('a title word that is part of a name', () => {
  it('keeps "General Motors" whole before a title and a person', () => {
    expect(typed('General Motors CEO Mary Barra said sales rose.')).toEqual([
      ['General Motors', 'org'],
      ['Mary Barra', 'person'],
    ]);
    expect(typed('Earnings at General Motors beat forecasts.')).toEqual([['General Motors', 'org']]);
  });

  it('still cuts a title before a person ("General Herzi Halevi")', () => {
    expect(typed('General Herzi Halevi resigned.')).toEqual([['Herzi Halevi', 'person']]);
  });
});

describe('a portfolio before a title', () => {
  it('leaves the field of an office out of the name ("Insurance Commissioner Ricardo Lara", "Police Chief")', () => {
    expect(typed('Insurance Commissioner Ricardo Lara said rates would rise. Police Chief Jim McDonnell agreed.')).toEqual([
      ['Ricardo Lara', 'person'],
      ['Jim McDonnell', 'person'],
    ]);
  });
});

describe('a title of the law before a person', () => {
  it('leaves "Advocate General", "District Judge", "Solicitor General" out of the name', () => {
    const text =
      'Advocate General Juliane Kokott said the appeal should fail. In the United States, District Judge Leonie Brinkema ruled in April, and Solicitor General John Sauer argued the case.';
    expect(typed(text)).toEqual([
      ['Juliane Kokott', 'person'],
      ['United States', 'place'],
      ['Leonie Brinkema', 'person'],
      ['John Sauer', 'person'],
    ]);
  });

  it('cuts "District Attorney" and keeps the place before it ("Manhattan District Attorney")', () => {
    expect(typed('Manhattan District Attorney Alvin Bragg said so.')).toEqual([
      ['Manhattan', 'place'],
      ['Alvin Bragg', 'person'],
    ]);
  });

  it('leaves a place named with "District" a place', () => {
    expect(typed('The District of Columbia sued. Officials in the Gaza District said so.')).toEqual([
      ['District of Columbia', 'place'],
      ['Gaza District', 'place'],
    ]);
  });
});

describe('a company named after a holding in it', () => {
  it('types "Shares in Volkswagen", "a stake in Norvell" as organisations', () => {
    expect(typed('Shares in Volkswagen rose more than 2% in Frankfurt.')).toEqual([
      ['Volkswagen', 'org'],
      ['Frankfurt', 'place'],
    ]);
    expect(typed('The fund sold its stake in Norvell last year.')).toEqual([['Norvell', 'org']]);
  });

  it('still types a place after a plain "in" ("troops in Tulkarem")', () => {
    expect(typed('Troops in Tulkarem arrested three men.')).toEqual([['Tulkarem', 'place']]);
  });
});

describe('a name ending in "State"', () => {
  it('types "Islamic State claimed" as an organisation, not a person', () => {
    expect(typed('Islamic State claimed the attack in a statement.')).toEqual([['Islamic State', 'org']]);
  });

  it('keeps a lone "the State" out and the title in "Secretary of State" out of the name', () => {
    expect(typed('He said the State must act.')).toEqual([]);
    expect(typed('Secretary of State Marco Rubio said so.')).toEqual([['Marco Rubio', 'person']]);
  });
});

describe('a name after "a" that modifies a noun', () => {
  it('types "a Cincinnati Reds cap" as an organisation, not a person', () => {
    expect(typed('One suspect wore a Cincinnati Reds cap.')).toEqual([['Cincinnati Reds', 'org']]);
  });

  it('leaves a person after "a" with no noun to modify alone ("a Maria Lopez")', () => {
    expect(typed('The bank teller, a Maria Lopez, called police.')).toEqual([['Maria Lopez', 'person']]);
  });
});

describe('a lone given name of a person named in full', () => {
  it('types "Rovman" after "Rovman Powell" as the person', () => {
    expect(typed('Rovman Powell hit 52. “Rovman showed us how,” the coach said.')).toEqual([
      ['Rovman Powell', 'person'],
      ['Rovman', 'person'],
    ]);
  });

  it('leaves a known place that is also a given name a place ("Israel Katz" … "Israel")', () => {
    expect(typed('Israel Katz said so. Israel struck Gaza.').map(([t, k]) => `${t}:${k}`)).toEqual([
      'Israel Katz:person',
      'Israel:place',
      'Gaza:place',
    ]);
  });

  it('types a minor town that is the given name a person’s where nothing puts it somewhere ("Lara Trump" … "Lara said")', () => {
    expect(typed('Lara Trump spoke at the rally. Lara said the race was close.')).toEqual([
      ['Lara Trump', 'person'],
      ['Lara', 'person'],
    ]);
    // A place's cue keeps the town: "flew to Austin", "voters in Lara".
    expect(typed('Austin Reaves scored 20 points. The team then flew to Austin.')).toEqual([
      ['Austin Reaves', 'person'],
      ['Austin', 'place'],
    ]);
    expect(typed('Lara Trump spoke at the rally. Voters in Lara turned out.')).toEqual([
      ['Lara Trump', 'person'],
      ['Lara', 'place'],
    ]);
  });
});

describe('an article before a name', () => {
  it('does not open a surname with "al" ("al Qaeda" is no person)', () => {
    expect(typed('Fighters loyal to al Qaeda attacked.').map(([, k]) => k)).not.toContain('person');
    expect(typed('He joined bin Laden in 1996.')).toEqual([['bin Laden', 'person']]);
  });
});

describe('a name before an occasion after "a"', () => {
  it('is whoever holds it ("a Donald Trump rally"), not the event', () => {
    expect(typed('He spoke at a Donald Trump rally in Ohio.')).toEqual([['Donald Trump', 'person'], ['Ohio', 'place']]);
    expect(typed('She sang at a Taylor Swift campaign rally.')).toEqual([['Taylor Swift', 'person']]);
  });

  it('leaves the event named with "the" an event ("the Nova music festival")', () => {
    expect(typed('They met at the Nova music festival.')).toEqual([['Nova', 'event']]);
    expect(typed('He watched a Six Nations match.')).toEqual([['Six Nations', 'event']]);
  });
});

describe('a hyphenated word with a demonym in it', () => {
  it('keeps a double given name whole ("Jan-Christian Dreesen")', () => {
    expect(typed('The club’s chief executive, Jan-Christian Dreesen, said so.')).toEqual([['Jan-Christian Dreesen', 'person']]);
  });

  it('still splits a known name from a demonym, and leaves demonyms alone out', () => {
    expect(typed('The Israeli-American hostage was freed in the Israel-Hamas deal.')).toEqual([
      ['Israel', 'place'],
      ['Hamas', 'org'],
    ]);
  });

  it('reads a combining form before a demonym as no name ("Sino-Japanese", "Anglo-French")', () => {
    expect(typed('The Sino-Japanese talks and the Anglo-French deal stalled.')).toEqual([]);
  });
});

describe('a person told by the words around the name', () => {
  it('follows a crew role ("the Russian cosmonaut Oleg Platonov are due")', () => {
    expect(typed('Kimiya Yui and the Russian cosmonaut Oleg Platonov are due to dock.')).toEqual([
      ['Kimiya Yui', 'person'],
      ['Oleg Platonov', 'person'],
    ]);
    expect(typed('NASA astronauts Zena Kovac and Oleg Platonov are due back in May.')[1]).toEqual(['Zena Kovac', 'person']);
  });

  it('heads an administration ("the Trump administration", "the Biden administration")', () => {
    expect(typed('He left the Trump administration in May.')).toEqual([['Trump', 'person']]);
    expect(typed('Rules set by the Biden administration were dropped.')).toEqual([['Biden', 'person']]);
  });
});

describe('a given name that is also a country', () => {
  it('is a person when the surname alone is a person’s, by an age ("Jordan Pryce … Pryce, 27,")', () => {
    expect(typed('He held off Jordan Pryce of the United States. Pryce, 27, said he was tired.')).toEqual([
      ['Jordan Pryce', 'person'],
      ['United States', 'place'],
      ['Pryce', 'person'],
    ]);
  });
});

describe('an apposition whose head is a role after a place word', () => {
  it('reads "X, the state health commissioner," as a person, not a state', () => {
    expect(typed('Jennifer Shuford, the state health commissioner, said vaccination had barely moved.')).toEqual([['Jennifer Shuford', 'person']]);
  });
});

describe('a name opened by a German article', () => {
  it('is an organisation, a party or a paper, never a person ("Die Linke", "Der Spiegel")', () => {
    expect(typed('Gregor Gysi of Die Linke opened the session. Die Linke won 8.8%, Der Spiegel reported.')).toEqual([
      ['Gregor Gysi', 'person'],
      ['Die Linke', 'org'],
      ['Die Linke', 'org'],
      ['Der Spiegel', 'org'],
    ]);
  });

  it('leaves a French particle to the surname ("Le Pen")', () => {
    expect(typed('Marine Le Pen said the vote was rigged. Le Pen said she would appeal.')).toEqual([
      ['Marine Le Pen', 'person'],
      ['Le Pen', 'person'],
    ]);
  });
});

describe('a faith word that is also a given name', () => {
  it('opens a person\'s name before a surname ("Christian Lindner")', () => {
    expect(typed('The Free Democratic Party (FDP) of Christian Lindner, at 4.3%, fell out.')).toEqual([
      ['Free Democratic Party', 'org'],
      ['FDP', 'org'],
      ['Christian Lindner', 'person'],
    ]);
    expect(typed('Christian Lindner said the budget was fair.')).toEqual([['Christian Lindner', 'person']]);
  });

  it('stays outside before a group word or a common noun ("Christian Zionists", "Christian leaders")', () => {
    expect(typed('Christian Zionists rallied in Texas.')).toEqual([['Texas', 'place']]);
    expect(typed('He met Christian leaders in Rome.')).toEqual([['Rome', 'place']]);
  });

  it('opens a charity named for its aid, which is no surname ("Christian Aid said")', () => {
    expect(typed('Christian Aid said food ran short.')).toEqual([['Christian Aid', 'org']]);
    expect(typed('Christian Aid said the aid arrived late.')).toEqual([['Christian Aid', 'org']]);
  });
});

describe('a known person after an institution\'s "of"', () => {
  it('is a name of its own, not the end of the body\'s ("the Free Democratic Party of Christian Lindner")', () => {
    const known = compileLexicon([['Christian Lindner', 'person'], ...placeLexicon()], demonyms(), placeVariants());
    const text = 'The Free Democratic Party of Christian Lindner won 4.3%, and the Bank of England held rates.';
    expect(findEntities(text, known).map((m) => [m.text, m.type])).toEqual([
      ['Free Democratic Party', 'org'],
      ['Christian Lindner', 'person'],
      ['Bank of England', 'org'],
    ]);
  });
});

describe('a known place before a party member’s word', () => {
  it('marks only the place ("the Texas Republican who chairs …")', () => {
    expect(typed('Ted Cruz, the Texas Republican who chairs the committee, spoke.')).toEqual([['Ted Cruz', 'person'], ['Texas', 'place']]);
  });

  it('leaves a party’s name whole ("the Ohio Republican Party")', () => {
    expect(typed('The Ohio Republican Party met on Monday.')).toEqual([['Ohio Republican Party', 'org']]);
  });
});
