import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';
import type { EntityMention, EntityType } from './types';

const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const find = (text: string): EntityMention[] => findEntities(text, lexicon);
const typed = (text: string): string[] => find(text).map((m) => `${m.text}:${m.type}`);
const names = (text: string): string[] => find(text).map((m) => m.text);

// Excerpts written in the seeds' style (wire reports about the Gaza cease-fire).
const SEED_STYLE = [
  'Israeli Prime Minister Benjamin Netanyahu makes statements at Ben Gurion Airport ahead of his visit to Washington DC, where he will meet with US President Donald Trump in Tel Aviv, Israel on February 02, 2025.',
  'Israeli Prime Minister Benjamin Netanyahu will meet with President Donald Trump at the White House on Tuesday, where the two are slated to discuss “maintaining” the ongoing cease-fire agreements in Gaza and Lebanon.',
  'Netanyahu’s visit will include a private Oval Office meeting with the president, according to a senior Trump administration official.',
  'Bezalel Smotrich, Israel’s finance minister, has threatened to topple Netanyahu’s government if Israel does not return to fighting in the Gaza Strip. Smotrich has described Israel pulling out of the Philadelphi Corridor near the border with Egypt as a red line for him.',
  '“National Security Advisor Mike Waltz has said pretty clearly, as has Secretary [of State Marco] Rubio, that Hamas cannot govern Gaza. This is a terrorist organization that is responsible for the most deaths of the Jewish people in any single day since the Holocaust.”',
  '“The decisions we made during the war, combined with the bravery of our IDF soldiers, have already transformed the Middle East,” he continued.',
  'His administration\'s Middle East envoy, Steve Witkoff, conveyed a hopeful outlook. The UN reports that over 545,000 displaced Gazans have returned.',
  'As focus shifts to the West Bank, Israeli military operations have intensified in the Jenin area. On Monday, the Palestinian presidency condemned the operation.',
  'Israel\'s retaliatory strikes have resulted in at least 47,498 deaths in Gaza, according to the Hamas-run health ministry.',
].join('\n');

describe('findEntities on seed-style news', () => {
  const found = new Map<string, EntityType>(find(SEED_STYLE).map((m) => [m.canonical, m.type]));
  const expected: [string, EntityType][] = [
    ['Benjamin Netanyahu', 'person'], ['Donald Trump', 'person'], ['Netanyahu', 'person'],
    ['Trump', 'person'], ['Bezalel Smotrich', 'person'], ['Smotrich', 'person'],
    ['Mike Waltz', 'person'], ['Marco Rubio', 'person'], ['Steve Witkoff', 'person'],
    ['Hamas', 'org'], ['IDF', 'org'], ['UN', 'org'], ['Ben Gurion Airport', 'place'],
    ['Oval Office', 'place'], ['Gaza', 'place'], ['Gaza Strip', 'place'], ['Lebanon', 'place'],
    ['Israel', 'place'], ['Egypt', 'place'], ['Philadelphi Corridor', 'place'],
    ['West Bank', 'place'], ['Jenin', 'place'], ['Washington DC', 'place'], ['Tel Aviv', 'place'],
    ['Middle East', 'place'], ['Holocaust', 'event'],
  ];
  it.each(expected)('finds %s as %s', (name, type) => {
    expect(found.get(name)).toBe(type);
  });
  it('types the White House as an organisation or a place', () => {
    expect(['org', 'place']).toContain(found.get('White House'));
  });
  it('marks nothing that is not a name', () => {
    for (const not of ['Israeli', 'Palestinian', 'Gazans', 'Jewish', 'Tuesday', 'Monday', 'February', 'Prime Minister', 'President', 'National Security Advisor', 'As', 'On', 'The', 'His']) {
      expect(found.has(not), not).toBe(false);
    }
  });
  it('returns spans that slice back to the mention text, in order', () => {
    const ms = find(SEED_STYLE);
    for (const m of ms) expect(SEED_STYLE.slice(m.start, m.end)).toBe(m.text);
    for (let i = 1; i < ms.length; i++) expect(ms[i]!.start).toBeGreaterThanOrEqual(ms[i - 1]!.start);
  });
});

describe('minimal spans', () => {
  it('leaves titles and demonyms outside', () => {
    expect(names('Israeli Prime Minister Benjamin Netanyahu spoke.')).toEqual(['Benjamin Netanyahu']);
    expect(names('He met Secretary of State Marco Rubio and National Security Advisor Mike Waltz.')).toEqual(['Marco Rubio', 'Mike Waltz']);
  });
  it('leaves a title outside when a country, a body or "Ex-" is part of it, also at a sentence start', () => {
    const people = (text: string): string[] => find(text).filter((m) => m.type === 'person').map((m) => m.text);
    expect(people('Former U.S. President Joe Biden said so.')).toEqual(['Joe Biden']);
    expect(people('Former US Secretary of State Antony Blinken said so.')).toEqual(['Antony Blinken']);
    expect(people('EU Commissioner Maria Lindqvist said so.')).toEqual(['Maria Lindqvist']);
    expect(people('Ex-President Joe Biden said so.')).toEqual(['Joe Biden']);
    expect(people('PM Netanyahu said so.')).toEqual(['Netanyahu']);
    expect(people('President Donald Trump said so.')).toEqual(['Donald Trump']);
  });
  it('leaves a hyphened prefix in a caseless script outside the name', () => {
    // Hebrew "ו-" (and): "Netanyahu and Hamas" is two names.
    expect(names('Benjamin Netanyahu ו-Hamas agreed.')).toEqual(['Benjamin Netanyahu', 'Hamas']);
  });
  it('keeps two connectors inside a name', () => {
    expect(names('Ursula von der Leyen said so.')).toEqual(['Ursula von der Leyen']);
    expect(names('They met Ursula von der Leyen in Brussels.')).toEqual(['Ursula von der Leyen', 'Brussels']);
  });
  it('keeps a country before a title as its own name', () => {
    expect(typed('U.S. President Donald Trump said on Monday there are no guarantees.')).toEqual(['U.S.:place', 'Donald Trump:person']);
  });
  it('leaves the possessive and a leading "the" outside', () => {
    expect(names('Critics of Netanyahu’s government met at the White House.')).toEqual(['Netanyahu', 'White House']);
    expect(names('The White House said no.')).toEqual(['White House']);
  });
  it('cuts hyphen suffixes and prefixes: "Hamas-run", "pro-Israel"', () => {
    expect(typed('the Hamas-run health ministry and pro-Israel groups')).toEqual(['Hamas:org', 'Israel:place']);
  });
  it('drops a demonym pair but splits two known names', () => {
    expect(names('the strong Israeli-American alliance')).toEqual([]);
    expect(names('the latest Israel-Hamas war')).toEqual(['Israel', 'Hamas']);
  });
  it('keeps a demonym that belongs to an institution’s name', () => {
    expect(typed('the Palestinian Authority and the Arab League')).toEqual(['Palestinian Authority:org', 'Arab League:org']);
  });
  it('joins names with connectors: "Bank of England", "Abu Bakr al-Baghdadi"', () => {
    expect(names('the Bank of England raised rates')).toEqual(['Bank of England']);
    expect(names('leader Abu Bakr al-Baghdadi was killed')).toEqual(['Abu Bakr al-Baghdadi']);
  });
});

describe('what is not a name', () => {
  it('rejects sentence openers, weekdays and months', () => {
    expect(names('Despite the truce, talks stalled. Meanwhile, aid entered. On Tuesday in January nothing moved.')).toEqual([]);
  });
  it('rejects lone titles', () => {
    expect(names('The President told the Prime Minister about it.')).toEqual([]);
  });
  it('only accepts known or body names in headline-case lines', () => {
    const text = 'Trump Says No Guarantees Gaza Ceasefire Will Hold\nPresident Donald Trump said the truce in Gaza may fail.';
    expect(names(text)).toEqual(['Trump', 'Gaza', 'Donald Trump', 'Gaza']);
  });
});

describe('text unlike the seeds', () => {
  it('reads a football report', () => {
    const text =
      'Arsenal beat Chelsea 2-0 at the Emirates Stadium on Saturday. Bukayo Saka scored twice before half-time, and manager Mikel Arteta praised the defence. The win lifts Arsenal to second. Saka said the Premier League title race was open.';
    const t = new Map(find(text).map((m) => [m.text, m.type]));
    expect(t.get('Bukayo Saka')).toBe('person');
    expect(t.get('Saka')).toBe('person');
    expect(t.get('Mikel Arteta')).toBe('person');
    expect(t.get('Emirates Stadium')).toBe('place');
    expect(t.get('Arsenal')).toBe('org');
    expect(t.has('Saturday')).toBe(false);
  });
  it('reads a tech earnings report', () => {
    const text =
      'Nvidia reported revenue of $39.3bn for the quarter, chief executive Jensen Huang told analysts. Shares rose 3% in New York. The Securities and Exchange Commission did not comment. Analysts expect Nvidia to keep growing.';
    const t = new Map(find(text).map((m) => [m.text, m.type]));
    expect(t.get('Jensen Huang')).toBe('person');
    expect(t.get('Nvidia')).toBe('org');
    expect(t.has('Shares')).toBe(false);
  });
  it('reads a UK politics story', () => {
    const text =
      'Prime Minister Keir Starmer faced questions in the House of Commons on Wednesday. The Conservative Party leader Kemi Badenoch said Labour had broken its promises. Starmer told MPs the economy was recovering.';
    const t = new Map(find(text).map((m) => [m.text, m.type]));
    expect(t.get('Keir Starmer')).toBe('person');
    expect(t.get('Starmer')).toBe('person');
    expect(t.get('House of Commons')).toBe('org');
    expect(t.get('Conservative Party')).toBe('org');
    expect(t.get('Kemi Badenoch')).toBe('person');
    expect(t.has('Wednesday')).toBe(false);
  });
  it('types events by their head or opener', () => {
    expect(typed('before the Super Bowl and the Munich Security Conference, during Operation Iron Wall')).toEqual([
      'Super Bowl:event', 'Munich Security Conference:event', 'Operation Iron Wall:event',
    ]);
  });
});

describe('news conventions', () => {
  it('reads a dateline in capitals as a place with its ordinary spelling', () => {
    const ms = find('JENIN, West Bank — Troops withdrew.\n\nNEW ORLEANS — The game ended.');
    expect(ms.map((m) => [m.text, m.type, m.canonical])).toEqual([
      ['JENIN', 'place', 'Jenin'], ['West Bank', 'place', 'West Bank'], ['NEW ORLEANS', 'place', 'New Orleans'],
    ]);
  });
  it('keeps a plural possessive inside a name and joins "for" after an institution head', () => {
    expect(typed('said the Palestinian Prisoners’ Club and the Office for Budget Responsibility')).toEqual([
      'Palestinian Prisoners’ Club:org', 'Office for Budget Responsibility:org',
    ]);
  });
  it('types named storms as events, even at a sentence start', () => {
    expect(typed('Storm Orla will bring gusts, forecasters said.')).toEqual(['Storm Orla:event']);
  });
  it('types an unknown name listed with a known place as a place', () => {
    expect(typed('Violence spread to Tulkarem and Tubas overnight.')).toEqual(['Tulkarem:place', 'Tubas:place']);
  });
  it('splits known names written side by side', () => {
    expect(typed('the U.S. Middle East envoy arrived')).toEqual(['U.S.:place', 'Middle East:place']);
  });
  it('does not take a common noun opening a sentence for a name', () => {
    expect(names('Violence has also spread. Support was lower. Temperatures will fall.')).toEqual([]);
  });
  it('reads a club named again as "the X" as an organisation, not a person', () => {
    const t = new Map(find('Fans of the Philadelphia Eagles celebrated. The Eagles led 24-0 at halftime, and the Eagles’ defence held.').map((m) => [m.text, m.type]));
    expect(t.get('Philadelphia Eagles')).toBe('org');
    expect(t.get('Eagles')).toBe('org');
  });
  it('types a lone surname known from the lexicon as a person', () => {
    const withStore = compileLexicon([['Steve Witkoff', 'person'], ...placeLexicon()], demonyms());
    expect(findEntities('He was due to meet Witkoff on Thursday.', withStore).map((m) => m.type)).toEqual(['person']);
  });
});

describe('common nouns that look like names', () => {
  it('drops a capitalised common noun that opens the sentence', () => {
    expect(typed('Rivals Microsoft and Amazon report next week.')).toEqual(['Microsoft:org', 'Amazon:org']);
    expect(names('President Trump said so.')).toEqual(['Trump']);
  });

  it('drops a plural role noun that opens the sentence, even before a speech verb', () => {
    expect(names('Economists said the outlook was weak. Strategists said rates would hold.')).toEqual([]);
    expect(names('Diplomats told Reuters the talks had stalled.')).toEqual(['Reuters']);
    expect(names('Organisers said 98 of the donors were new. Volunteers told Reuters so.')).toEqual(['Reuters']);
  });

  it('skips acronyms of common nouns', () => {
    expect(names('Demand for its AI tools grew, the CEO said, while GDP slowed in Japan.')).toEqual(['Japan']);
  });
});

describe('a country before an organisation', () => {
  it('names "US Federal Reserve" as the Federal Reserve, one organisation with its prefix', () => {
    const found = find('The US Federal Reserve held rates, and the U.S. Federal Reserve chair spoke. The UK Foreign Office said so.');
    expect(found.map((m) => [m.text, m.type, m.canonical])).toEqual([
      ['US Federal Reserve', 'org', 'Federal Reserve'],
      ['U.S. Federal Reserve', 'org', 'Federal Reserve'],
      ['UK Foreign Office', 'org', 'Foreign Office'],
    ]);
  });

  it('keeps a one-word organisation and names that are not organisations whole', () => {
    expect(find('The US Army said so.').map((m) => m.canonical)).toEqual(['US Army']);
  });
});
