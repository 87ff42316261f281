import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';
import { athleticConference } from './name-athletic-conferences';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a conference of college sides', () => {
  it('is a league, a body', () => {
    expect(typed('The Owls earned their first American Athletic Conference win of the season.')).toContainEqual([
      'American Athletic Conference',
      'org',
    ]);
    expect(athleticConference(['Southeastern', 'Conference'], ' title game on Saturday')).toBe('org');
  });

  it('leaves a meeting called a conference an event', () => {
    expect(typed('Leaders met at the Munich Security Conference on Friday.')).toEqual([['Munich Security Conference', 'event']]);
    expect(athleticConference(['Munich', 'Security', 'Conference'], ' on Friday.')).toBeNull();
    expect(athleticConference(['Conference'], ' win')).toBeNull();
  });
});

describe('a record, a schedule or play after a conference’s name', () => {
  it('is a meeting’s where nothing near speaks of sport ("the Paris Peace Conference record")', () => {
    expect(typed('Historians studied the Paris Peace Conference record.')).toEqual([['Paris Peace Conference', 'event']]);
    expect(typed('Organisers released the Munich Security Conference schedule.')).toEqual([['Munich Security Conference', 'event']]);
    expect(typed('The Yalta Conference record shows who won the argument.')).toEqual([['Yalta Conference', 'event']]);
  });

  it('is a league’s beside a win-loss record, a season or a game’s figures', () => {
    expect(typed('The side went 6-2 in Southeastern Conference play.')).toEqual([['Southeastern Conference', 'org']]);
    expect(athleticConference(['Big', 'East', 'Conference'], ' record for assists in a game', 'She holds the ')).toBe('org');
    expect(athleticConference(['Southeastern', 'Conference'], ' schedule for the season.', 'The Tigers released their ')).toBe('org');
  });
});

describe('words of markets, talks and dates before a meeting’s record or schedule', () => {
  it('are no sport ("Shares won support", "Stocks lost ground", "March 3-4")', () => {
    expect(typed('Shares won support as the Munich Security Conference lead was set.')).toEqual([['Munich Security Conference', 'event']]);
    expect(athleticConference(['Policy', 'Conference'], ' schedule slipped.', 'Stocks lost ground as the ')).toBeNull();
    expect(athleticConference(['Security', 'Conference'], ' schedule slipped.', 'Talks ran March 3-4, and the ')).toBeNull();
    expect(athleticConference(['Judicial', 'Conference'], ' record was sealed.', 'After a 5-4 ruling, the ')).toBeNull();
  });

  it('leave a league’s play, win-loss record and season as they were', () => {
    expect(typed('The Tigers lost twice in Southeastern Conference play last month.')).toContainEqual(['Southeastern Conference', 'org']);
    expect(athleticConference(['Big', 'East', 'Conference'], ' play.', 'The side is 5-1 in ')).toBe('org');
    expect(athleticConference(['Mountain', 'West', 'Conference'], ' schedule on Friday.', 'The team opens its ')).toBe('org');
  });
});

describe('athleticConference on one line', () => {
  it('reads the word after the name on its line only: a heading\'s conference has no game in the paragraph', () => {
    expect(athleticConference(['Southeastern', 'Conference'], '\ntitle game on Saturday')).toBeNull();
    expect(athleticConference(['Big', 'East', 'Conference'], '\nrecord for assists in a game', 'She holds the ')).toBeNull();
    expect(athleticConference(['Big', 'East', 'Conference'], ' record for assists in a game', 'She holds the ')).toBe('org');
  });
});
