import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a church named for two saints is one name', () => {
  it('keeps "and" between the saints ("the Cathedral of St. Peter and St. Paul", "Saints Cyril and Methodius")', () => {
    expect(typed('The fire was set inside the Cathedral of St. Peter and St. Paul by a caretaker.')).toEqual([
      ['Cathedral of St. Peter and St. Paul', 'place'],
    ]);
    expect(typed('Pilgrims filled the Church of Saints Cyril and Methodius on Sunday.')).toEqual([
      ['Church of Saints Cyril and Methodius', 'place'],
    ]);
  });

  it('still lists two names after a title\'s "of" or without a dedicated building', () => {
    expect(typed('The Archbishop of St. Andrews and St. Paul spoke.').map(([name]) => name)).toEqual(['St. Andrews', 'St. Paul']);
    expect(typed('The Church of Scotland and Amnesty International said they would help.')).not.toContainEqual([
      'Church of Scotland and Amnesty International',
      'org',
    ]);
  });
});

describe('two saints named before what is dedicated to them', () => {
  it('keeps "Sts. Peter and Paul Cathedral", "Saints Cyril and Methodius Church" whole', () => {
    expect(typed('Mass was held at Sts. Peter and Paul Cathedral on Sunday.')).toEqual([['Sts. Peter and Paul Cathedral', 'place']]);
    expect(typed('The Saints Cyril and Methodius Church reopened in May.')).toEqual([['Saints Cyril and Methodius Church', 'place']]);
  });

  it('keeps them whole with a rite\'s words before the head, and before a university', () => {
    expect(typed('Mass was held at Sts. Peter and Paul Catholic Church on Sunday.')).toEqual([['Sts. Peter and Paul Catholic Church', 'place']]);
    expect(typed('Ss. Peter and Paul Ukrainian Orthodox Church reopened.')).toEqual([['Ss. Peter and Paul Ukrainian Orthodox Church', 'place']]);
    expect(typed('Sts. Cyril and Methodius University said fees rose.')).toEqual([['Sts. Cyril and Methodius University', 'org']]);
  });

  it('must not change: the saints with no building after, a club named with "and"', () => {
    expect(typed('Sts. Peter and Paul were martyrs in Rome.').map(([t]) => t)).toContain('Sts. Peter');
    expect(typed('Sts. Peter and Paul Day Parade was held.').map(([t]) => t)).toContain('Sts. Peter');
    expect(typed('The Saints and Sinners Club met in Dublin.')).toEqual([
      ['Saints and Sinners Club', 'org'],
      ['Dublin', 'place'],
    ]);
  });
});
