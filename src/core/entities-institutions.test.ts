import { describe, expect, it } from 'vitest';
import { lexicon as places, nonNames, seedMatcher } from '../../tests/support/seed-knowledge';
import { annotateText } from './annotate';
import { compileLexicon, findEntities } from './entities';
import { buildKnowledge } from './knowledge';
import { buildMatcherPackage, compileMatcher } from './matcher';
import { demonyms, placeLexicon, placeVariants } from './places';
import type { Article, PageAnnotation } from './types';

// Institutions' names as wire copy writes them: heads with "of", "for" and "and" ("the
// Organisation for the Prohibition of Chemical Weapons", "the Food and Drug Administration"),
// a country before one, one inside another, a short form in brackets that spells one out.
// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string, string][] =>
  findEntities(text, lexicon).map((m) => [m.text, m.type, m.canonical]);
const onPage = (text: string): [string, string, string | null][] =>
  annotateText(seedMatcher(), text)
    .filter((a: PageAnnotation) => a.quantity === undefined)
    .map((a) => [a.text, a.kind, a.canonical]);

describe('an institution named with two "of"s or "for … of"', () => {
  it('keeps "Organisation for the Prohibition of Chemical Weapons" one organisation', () => {
    expect(typed('Inspectors from the Organisation for the Prohibition of Chemical Weapons arrived on Monday.')).toEqual([
      ['Organisation for the Prohibition of Chemical Weapons', 'org', 'Organisation for the Prohibition of Chemical Weapons'],
    ]);
    expect(typed('The Office for the Coordination of Humanitarian Affairs said aid had stalled.')).toEqual([
      ['Office for the Coordination of Humanitarian Affairs', 'org', 'Office for the Coordination of Humanitarian Affairs'],
    ]);
  });

  it('folds the acronym the page gives in brackets into it', () => {
    const found = onPage('Inspectors from the Organisation for the Prohibition of Chemical Weapons (OPCW) arrived on Monday. The OPCW said its team would stay.');
    const long = 'Organisation for the Prohibition of Chemical Weapons';
    expect(found).toEqual([
      [long, 'org', long],
      ['OPCW', 'org', long],
      ['OPCW', 'org', long],
    ]);
  });

  it('keeps an institution\'s head, "for", an article and a name one: "the Administration for a Healthy America"', () => {
    expect(typed('HHS will fold several offices into a new agency, the Administration for a Healthy America.').map(([t, k]) => [t, k])).toEqual([
      ['HHS', 'org'],
      ['Administration for a Healthy America', 'org'],
    ]);
    expect(typed('The Alliance for an Open Internet said so.').map(([t]) => t)).toEqual(['Alliance for an Open Internet']);
    // Not a purpose after a name, nor "for a" in general prose.
    expect(typed('They spoke to the Washington Post for a New York story.').map(([t]) => t)).toEqual(['Washington Post', 'New York']);
    expect(typed('Officials pushed for a Healthy America plan.').map(([t]) => t)).toEqual(['Healthy America']);
  });

  it('does not run a title on into a place after a person ("Secretary of State … of Florida")', () => {
    expect(typed('Secretary of State Marco Rubio of Florida spoke.').map(([t]) => t)).toEqual(['Marco Rubio', 'Florida']);
    expect(typed('The Bank of England of old was stricter.').map(([t]) => t)).toEqual(['Bank of England']);
  });
});

describe('an institution named with "and"', () => {
  it('keeps "the Food and Drug Administration" one organisation', () => {
    expect(typed('The Food and Drug Administration approved it, and the Securities and Exchange Commission sued.')).toEqual([
      ['Food and Drug Administration', 'org', 'Food and Drug Administration'],
      ['Securities and Exchange Commission', 'org', 'Securities and Exchange Commission'],
    ]);
    expect(typed('The UN Relief and Works Agency for Palestine Refugees said 12 staff died.').map(([t]) => t)).toEqual([
      'UN Relief and Works Agency for Palestine Refugees',
    ]);
  });

  it('keeps it one after a possessive, as after "the" ("Chile’s National Geology and Mining Service")', () => {
    expect(typed('Chile’s National Geology and Mining Service said tremors were common.').map(([t, k]) => [t, k])).toEqual([
      ['Chile', 'place'],
      ['National Geology and Mining Service', 'org'],
    ]);
    expect(typed('Myanmar’s Kachin and Shan states were hit.').map(([t]) => t)).toEqual(['Myanmar', 'Kachin', 'Shan']);
  });

  it('keeps names listed with "and" apart', () => {
    expect(typed('Britain and France agreed. The Israel and Egypt delegations met the Federal Reserve and Treasury Department.').map(([t]) => t)).toEqual([
      'Britain', 'France', 'Israel', 'Egypt', 'Federal Reserve', 'Treasury Department',
    ]);
    expect(typed('The Egyptian and Qatari Foreign Ministry said so.').map(([t]) => t)).toEqual(['Qatari Foreign Ministry']);
  });

  it('keeps names listed with "and" apart when the page writes one on its own', () => {
    expect(typed('Polls favour Labour. She met the Labour and Conservative Party leaders.').map(([t]) => t)).toEqual([
      'Labour', 'Labour', 'Conservative Party',
    ]);
    expect(typed('She met the Labour and Conservative Party leaders. The Conservative Party said so.').map(([t]) => t)).toEqual([
      'Labour', 'Conservative Party', 'Conservative Party',
    ]);
    // A sentence's first word proves nothing: "Drug" here is not a name of its own.
    expect(typed('Drug prices rose. The Food and Drug Administration acted.').map(([t]) => t)).toContain('Food and Drug Administration');
  });

  it('leaves a conjunct of it opening another sentence a common noun ("Food prices rose")', () => {
    expect(typed('Food prices rose. The Food and Drug Administration acted.').map(([t]) => t)).toEqual(['Food and Drug Administration']);
  });
});

describe('a country before a department named with "of"', () => {
  it('names "US Department of Justice" as the Department of Justice, one organisation', () => {
    expect(typed('The US Department of Justice opened an inquiry. The Department of Justice said on Friday it would appeal. The UK Ministry of Defence agreed.')).toEqual([
      ['US Department of Justice', 'org', 'Department of Justice'],
      ['Department of Justice', 'org', 'Department of Justice'],
      ['UK Ministry of Defence', 'org', 'Ministry of Defence'],
    ]);
  });

  it('is one stored entity with the unprefixed name, and a page links it whole', () => {
    const doj: Article = {
      id: 'doj-1',
      title: 'Justice Department opens inquiry',
      source: 'Test Wire',
      url: null,
      date: '2025-02-01',
      language: 'en',
      paragraphs: ['The US Department of Justice opened an inquiry on Monday. The Department of Justice said it would report in March.'],
    };
    const stored = buildKnowledge([doj], { lexicon: places, nonNames });
    const orgs = stored.entities.filter((e) => e.name.includes('Justice'));
    expect(orgs.map((e) => [e.name, e.type, e.mentions.length])).toEqual([['Department of Justice', 'org', 2]]);
    const page = compileMatcher(buildMatcherPackage(stored, places, nonNames));
    const found = annotateText(page, 'The U.S. Department of Justice appealed.').filter((a) => a.quantity === undefined);
    expect(found.map((a) => [a.text, a.kind, a.entityId])).toEqual([['U.S. Department of Justice', 'org', 'org:department-of-justice']]);
  });

  it('still folds an acronym that spells the country too ("U.S. Agency for International Development (USAID)")', () => {
    const found = onPage('The U.S. Agency for International Development (USAID) was closed. USAID staff left.');
    expect(found.map(([t, kind, canonical]) => [t, kind, canonical])).toEqual([
      ['U.S. Agency for International Development', 'org', 'Agency for International Development'],
      ['USAID', 'org', 'Agency for International Development'],
      ['USAID', 'org', 'Agency for International Development'],
    ]);
    const usaid: Article = {
      id: 'usaid-1',
      title: 'Aid agency closed',
      source: 'Test Wire',
      url: null,
      date: '2025-02-01',
      language: 'en',
      paragraphs: ['The U.S. Agency for International Development (USAID) was closed on Monday. USAID staff were sent home.'],
    };
    const stored = buildKnowledge([usaid], { lexicon: places, nonNames }).entities.filter((e) => e.type === 'org');
    expect(stored.map((e) => [e.name, e.mentions.length])).toEqual([['Agency for International Development', 3]]);
  });

  it('folds a bracketed acronym that keeps a small word\'s letter ("DOJ", "BOI")', () => {
    expect(onPage('The US Department of Justice (DOJ) opened an inquiry. The DOJ said it would appeal.').map(([t, , c]) => [t, c])).toEqual([
      ['US Department of Justice', 'Department of Justice'],
      ['DOJ', 'Department of Justice'],
      ['DOJ', 'Department of Justice'],
    ]);
    const boi: Article = {
      id: 'boi-1',
      title: 'Rates held',
      source: 'Test Wire',
      url: null,
      date: '2025-02-01',
      language: 'en',
      paragraphs: ['The Bank of Israel (BOI) held rates on Monday. The BOI said inflation eased.'],
    };
    const stored = buildKnowledge([boi], { lexicon: places, nonNames }).entities.filter((e) => e.type === 'org');
    expect(stored.map((e) => [e.name, e.mentions.length])).toEqual([['Bank of Israel', 3]]);
  });

  it('leaves a person known by initials a person ("Mohammed bin Salman (MBS)")', () => {
    expect(typed('Mohammed bin Salman (MBS) met the envoy.')[0]).toEqual(['Mohammed bin Salman', 'person', 'Mohammed bin Salman']);
  });

  it('leaves a title after a country alone ("US Secretary of State")', () => {
    expect(typed('US Secretary of State Marco Rubio spoke.').map(([t]) => t)).toEqual(['US', 'Marco Rubio']);
  });
});

describe('an institution inside a body the page names alone', () => {
  it('is two names ("the White House Council of Economic Advisers")', () => {
    const text = 'Stephen Miran chaired the White House Council of Economic Advisers. He will return to the White House.';
    expect(typed(text).map(([t]) => t)).toEqual(['Stephen Miran', 'White House', 'Council of Economic Advisers', 'White House']);
  });

  it('leaves a name with no "of" of its own, or a country before one, whole', () => {
    expect(typed('The New York Stock Exchange opened. New York was calm.').map(([t]) => t)).toEqual(['New York Stock Exchange', 'New York']);
    expect(typed('The United States Department of Justice sued. The United States agreed.').map(([t]) => t)).toEqual([
      'United States Department of Justice', 'United States',
    ]);
  });

  it('leaves a branch named for its place whole ("Federal Reserve Bank of Kansas City")', () => {
    const text = 'Jeffrey Schmid, president of the Federal Reserve Bank of Kansas City, dissented. The Federal Reserve held.';
    expect(typed(text).map(([t]) => t)).toEqual(['Jeffrey Schmid', 'Federal Reserve Bank of Kansas City', 'Federal Reserve']);
  });
});

describe('an institution whose field names two things with "and"', () => {
  it('keeps "Centers for Disease Control and Prevention" and "Department of Health and Human Services" one name', () => {
    expect(typed('Nationally, the Centers for Disease Control and Prevention has counted 800 cases.')).toEqual([
      ['Centers for Disease Control and Prevention', 'org', 'Centers for Disease Control and Prevention'],
    ]);
    expect(typed('The Department of Health and Human Services will cut 10,000 jobs.')).toEqual([
      ['Department of Health and Human Services', 'org', 'Department of Health and Human Services'],
    ]);
    expect(typed('The agency, the Africa Centres for Disease Control and Prevention, said on Thursday.').map(([t]) => t)).toEqual([
      'Africa Centres for Disease Control and Prevention',
    ]);
  });

  it('still splits two bodies joined by "and" ("the Department of Justice and FBI")', () => {
    expect(typed('The Department of Justice and FBI said the case was closed.').map(([t]) => t)).toEqual(['Department of Justice', 'FBI']);
    expect(typed('Officials at the Bank of England and Treasury met on Monday.').map(([t]) => t)).toEqual(['Bank of England', 'Treasury']);
  });
});

describe('a body named by what it is for ("the Campaign for Nuclear Disarmament")', () => {
  it('is one name after a head that names bodies only before "for"', () => {
    expect(typed('The Coalition for Epidemic Preparedness Innovations funds vaccines.')).toEqual([
      ['Coalition for Epidemic Preparedness Innovations', 'org', 'Coalition for Epidemic Preparedness Innovations'],
    ]);
    expect(typed('Marchers from the Campaign for Nuclear Disarmament met.').map(([t]) => t)).toEqual(['Campaign for Nuclear Disarmament']);
    expect(typed('The Bank for International Settlements warned.').map(([t]) => t)).toEqual(['Bank for International Settlements']);
  });

  it('ends at "for" before a lower-case word ("The Coalition for the first time lost")', () => {
    expect(typed('The Coalition for the first time lost a vote.').map(([t]) => t)).toEqual(['Coalition']);
  });
});

describe('a name with "for" or "of" spelt out by the short form in brackets after it', () => {
  it('keeps "Alternative for Germany (AfD)" and "Patriots for Europe (PfE)" one organisation each', () => {
    expect(typed('The far-right Alternative for Germany (AfD) came second.')[0]).toEqual(['Alternative for Germany', 'org', 'Alternative for Germany']);
    expect(typed('Its lawmakers sit with Patriots for Europe (PfE) in the parliament.')[0]?.[0]).toBe('Patriots for Europe');
  });

  it('keeps a name with "of" that the noun after calls a group one ("the Europe of Sovereign Nations group")', () => {
    expect(typed('Its members stay in the Europe of Sovereign Nations group, their leader said.')).toEqual([
      ['Europe of Sovereign Nations', 'org', 'Europe of Sovereign Nations'],
    ]);
  });

  it('still ends a name at "for" without such brackets, or where they spell something else', () => {
    expect(typed('He thanked Kennedy for Tuesday’s vote.').map(([t]) => t)).toEqual(['Kennedy']);
    expect(typed('She voted for Germany (DE) in the final.').map(([t]) => t)).toEqual(['Germany', 'DE']);
  });
});

describe('a museum named with "of"', () => {
  it('is one organisation, as an institute is ("The Museum of Modern Art opens", "the Museum of Natural History")', () => {
    expect(typed('The Museum of Modern Art opens a season of westerns.').map(([t, k]) => [t, k])).toEqual([['Museum of Modern Art', 'org']]);
    expect(typed('Crowds filled the Museum of Natural History on Sunday.').map(([t, k]) => [t, k])).toEqual([['Museum of Natural History', 'org']]);
  });

  it('leaves a museum in lower case unmarked ("a museum of modern art in Oslo")', () => {
    expect(typed('She opened a museum of modern art in Oslo.').map(([t, k]) => [t, k])).toEqual([['Oslo', 'place']]);
  });
});
