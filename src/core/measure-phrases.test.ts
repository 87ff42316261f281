import { describe, expect, it } from 'vitest';
import { figureIn, measureIn as measure, sentenceFact as fact, storedFacts, verdict as storedVerdict, verdictOn as verdict } from '../../tests/support/stored-figures';
import { shareBaseLength } from './measure-phrases';

describe('a time allowed', () => {
  it('is a deadline, said with the word or with "has N days to"', () => {
    expect(measure('Both companies have 60 days to comply.', '60 days')).toContain('deadline');
    expect(measure('Google has 60 days to tell the regulator how it will end them.', '60 days')).toContain('deadline');
    expect(measure('The talks lasted 60 days to the end of May.', '60 days')).not.toContain('deadline');
  });
  it('agrees with the same deadline written as a compound', () => {
    const stored = fact('Both companies have 60 days to comply or face periodic penalty payments.', '60 days');
    expect(verdict(stored, 'Apple said the Commission had set a 60-day deadline that gave it no guidance.', '60-day')).toBe('agrees');
    expect(verdict(stored, 'Apple said the review took 60 days.', '60 days')).toBeNull();
  });
});

describe('the day a rule took effect', () => {
  const STORED = 'The law, whose obligations took effect in March 2024, applies to seven companies.';
  it('is read from "took effect in", "came into force on" and "has applied since"', () => {
    expect(measure(STORED, 'March 2024')).toEqual(['in-force']);
    expect(measure('The truce took effect on January 19.', 'January 19')).toEqual(['ceasefire', 'in-force']);
    expect(measure('The rules came into force on Jan. 1.', 'Jan. 1')).toEqual(['in-force']);
    expect(measure('The law, which has applied since March 2024, names seven companies.', 'March 2024')).toEqual(['in-force']);
  });
  it('compares with the same day said another way', () => {
    expect(verdict(fact(STORED, 'March 2024'), 'The law, which has applied since March 2024, names seven companies.', 'March 2024')).toBe('agrees');
  });
});

describe('a date that says since when', () => {
  it('takes no topic from a neighbouring clause', () => {
    const s = 'The Commission has fined Google more than €8 billion in four cases since 2017, including €4.34 billion in 2018.';
    expect(measure(s, '2017')).toEqual([]);
    expect(verdict(fact('Regulators fined the bank €1 billion in 2014.', '2014'), s, '2017')).toBeNull();
  });
});

describe('a count designated as a class', () => {
  it('meets a count of that class', () => {
    const stored = fact('The law applies to seven companies designated as gatekeepers.', 'seven companies');
    expect(verdict(stored, 'The law names seven gatekeepers, among them Amazon.', 'seven gatekeepers')).toBe('agrees');
  });
});

describe('the price of one', () => {
  const SEATS = 'NASA pays SpaceX about $72 million a seat under its crew contracts.';
  it('is read from "a seat", "per seat" and "for each seat"', () => {
    expect(measure(SEATS, 'about $72 million')).toContain('per-seat');
    expect(measure('It paid $88 million for each seat on the Soyuz.', '$88 million')).toContain('per-seat');
    expect(measure('Tickets cost $50 per seat.', '$50')).toContain('per-seat');
    expect(measure('NASA pays SpaceX about $72 million a year.', 'about $72 million')).not.toContain('per-seat');
  });
  it('compares with the price of one seat only, and two estimates to one step differ', () => {
    const stored = fact(SEATS, 'about $72 million');
    expect(verdict(stored, 'NASA pays SpaceX about $69 million a seat, the agency said.', 'about $69 million')).toBe('differs');
    expect(verdict(stored, 'NASA pays SpaceX about $70 million per seat, the agency said.', 'about $70 million')).toBe('agrees');
    // The same figure, said about on the page only, is that figure.
    const exact = fact('NASA pays SpaceX $72 million a seat under its crew contracts.', '$72 million');
    expect(verdict(exact, 'NASA pays SpaceX about $72 million a seat, the agency said.', 'about $72 million')).toBe('agrees');
    const total = fact('The crew contracts cost NASA $4.9 billion.', '$4.9 billion');
    expect(verdict(total, 'The crew contracts cost NASA about $5 billion.', 'about $5 billion')).toBe('agrees');
    expect(verdict(total, 'The crew contracts cost NASA about $5 billion a seat.', 'about $5 billion')).toBeNull();
  });
});

describe('a sum given to a public body', () => {
  const VOTE = 'A Senate committee voted to give the space agency $24.9 billion next year, rather than the $18.8 billion the administration had asked for.';
  it('is that body’s budget', () => {
    expect(measure(VOTE, '$24.9 billion')).toContain('budget');
    expect(measure('Congress gave NASA about $25 billion.', 'about $25 billion')).toContain('budget');
    expect(measure('The donors will give refugees $25 million.', '$25 million')).not.toContain('budget');
  });
  it('agrees with the stored budget', () => {
    const stored = fact('The White House proposed cutting the agency’s budget by 24%, to $18.8 billion in 2026 from $24.9 billion.', '$24.9 billion');
    expect(verdict(stored, VOTE, '$24.9 billion')).toBe('agrees');
  });
});

describe('the day of a maiden flight', () => {
  const STORED = 'Ariane 6 cost about €4 billion to develop, and its first flight, in July 2024, ended with a failed burn.';
  it('is read from "first flight", "first launch" or "maiden flight" before the date', () => {
    expect(measure(STORED, 'July 2024')).toContain('first-flight');
    expect(measure('It has flown five times since its maiden launch in July 2024.', 'July 2024')).toContain('first-flight');
    expect(measure('It has flown five times since July 2024.', 'July 2024')).not.toContain('first-flight');
  });
  it('agrees with the same month said of a first launch', () => {
    expect(verdict(fact(STORED, 'July 2024'), 'Ariane 6 had flown five times since its first launch in July 2024.', 'July 2024')).toBe('agrees');
  });
});

describe('the base of a share', () => {
  it('ends at a verb: "82% of kindergartners | have had both doses"', () => {
    const s = 'Roughly 82% of kindergartners have had both doses.';
    const q = figureIn(s, 'Roughly 82%');
    expect(shareBaseLength(q, s.slice(q.end))).toBe(' of kindergartners'.length);
  });
});

describe('a record set beside a clause', () => {
  const S = 'Of those, 53 people have been hospitalized, and two school-age children have died, the first measles deaths in the United States since 2015.';
  it('gives its place to no other clause of the sentence', () => {
    expect(measure(S, 'two')).not.toContain('united states');
    expect(measure('Two children have died, most of them in the United States.', 'Two children')).toContain('united states');
  });
  it('leaves a count of the deaths in one state of it comparable', () => {
    const stored = fact(S, 'two');
    expect(verdict(stored, 'The outbreak in West Texas ended after 762 cases, and two children died there.', 'two children')).toBe('agrees');
  });
});

describe('who every one of a count was', () => {
  const S = 'Two unvaccinated school-age children have died in Texas.';
  it('makes "N deaths, both of them children" a count of children', () => {
    const stored = fact(S, 'Two');
    expect(verdict(stored, 'The outbreak in Texas ended after 762 cases and two deaths, both of them children.', 'two deaths')).toBe('agrees');
    expect(verdict(stored, 'The outbreak in Texas ended after 762 cases and two deaths, all of them children.', 'two deaths')).toBe('agrees');
  });
  it('leaves people in general and some of them apart', () => {
    const stored = fact(S, 'Two');
    expect(verdict(stored, 'The outbreak in Texas ended after 762 cases and two deaths.', 'two deaths')).toBeNull();
    expect(verdict(stored, 'The outbreak in Texas ended after 762 cases and two deaths, most of them children.', 'two deaths')).toBeNull();
  });
});

describe('a part of a counted whole', () => {
  it('is marked with the whole\'s noun: "208 of the 630 seats", "16 of the 33 hostages"', () => {
    expect(measure('The CDU/CSU will hold 208 of the 630 seats.', '208')).toContain('counts:seats');
    expect(measure('With the handover, 16 of the 33 hostages due have come home.', '16')).toContain('counts:hostages');
  });
  it('is no part of a whole that is not counted', () => {
    expect(measure('Prices rose on 2 of the 3 days in March.', '2').some((w) => w.startsWith('counts:'))).toBe(false);
    expect(measure('The party won 208 seats of the 630.', '208 seats').some((w) => w.startsWith('counts:'))).toBe(false);
  });
});

describe('a count that must be reached', () => {
  const STORED = 'Together the CDU/CSU and the SPD hold 328 of the 630 seats, 12 more than the 316 needed for a majority.';
  it('is marked by "needed" or "required" right after it', () => {
    expect(measure(STORED, '316')).toContain('needed-for');
    expect(measure('Aid agencies needed 316 trucks a day.', '316 trucks')).not.toContain('needed-for');
  });
  it('agrees with the same count needed, and a count won near it stays apart', () => {
    const stored = fact(STORED, '316');
    expect(verdict(stored, 'Together the two blocs command 328 seats, more than the 316 required for a majority.', '316')).toBe('agrees');
    expect(verdict(stored, 'Merz won 310 votes, short of the 316 needed; in the second he won 325.', '325')).toBeNull();
  });
});

describe('a person\'s age', () => {
  it('is a count of age, the person\'s own', () => {
    expect(measure('Merz, 69, said he wanted to form a government by mid-April.', '69')).toEqual(expect.arrayContaining(['counts:age', 'age-of:Merz']));
    expect(measure('Israel released 69, the army said.', '69')).not.toContain('counts:age');
  });
  it('agrees with the same person\'s age, not with another person\'s', () => {
    const stored = fact('Merz, 69, said he wanted to form a government by mid-April.', '69');
    expect(verdict(stored, 'Merz, 69, led his conservatives to about 29 percent of the vote.', '69')).toBe('agrees');
    expect(verdict(stored, 'Gregor Gysi, 69, of Die Linke opened the session.', '69')).toBeNull();
  });
});

describe('the share a party needs for seats', () => {
  const STORED = storedFacts('2025-02-24', 'The FDP, at 4.3%, and the BSW, at 4.97%, fell short of the 5% threshold and will have no seats.');
  it('is a threshold, said as one or as a hurdle', () => {
    expect(measure('The BSW missed the 5% threshold by 9,529 votes in the federal election.', '5%')).toContain('share-threshold');
    expect(measure('Both failed to clear the 5% hurdle.', '5%')).toContain('share-threshold');
    expect(measure('The FDP, at 4.3%, fell short of the 5% threshold.', '4.3%')).not.toContain('share-threshold');
  });
  it('agrees with the stored threshold, and a party’s share beside it is no threshold', () => {
    expect(storedVerdict(STORED, 'The BSW missed the 5% threshold by 9,529 votes in the federal election.', '5%')).toEqual(['agrees', 'same figure']);
    expect(storedVerdict(STORED, 'The FDP’s 4.3% was confirmed.', '4.3%')).toEqual(['agrees', 'same figure']);
  });
});

describe('a body’s members counted with its possessive', () => {
  const STORED = storedFacts('2025-04-09', 'The deal still needs the approval of the SPD’s 358,000 members in a ballot that closes on April 29.');
  it('are its size', () => {
    expect(measure('About 56% of the party’s 362,000 members took part.', '362,000 members')).toContain('membership');
    expect(measure('The union says its 1,200 members will strike.', '1,200 members')).toContain('membership');
    expect(measure('In all, 1,200 members took part.', '1,200 members')).not.toContain('membership');
  });
  it('differ from another count of them, though neither says what happened to them', () => {
    expect(storedVerdict(STORED, 'About 56% of the party’s 362,000 members took part.', '362,000 members')).toEqual(['differs', 'stored figure is 358,000']);
    expect(storedVerdict(STORED, 'In all, 362,000 members took part.', '362,000 members')).toBeNull();
  });
});

describe('a list of names and bare figures after "<noun>s:"', () => {
  const page = 'The final figures changed no party’s seats: the CDU/CSU keeps 208, the AfD 152, the SPD 120, the Greens 85 and Die Linke 64.';
  it('counts what the noun names', () => {
    expect(measure(page, '120')).toContain('counts:seats');
    expect(measure(page, '64')).toContain('counts:seats');
    expect(measure('The seats: 120 went to the SPD.', '120')).not.toContain('counts:seats');
  });
  it('agrees with the stored count of that noun', () => {
    const stored = storedFacts('2025-02-24', 'The Social Democrats will have 120 seats. The Greens won 11.6% and 85 seats.');
    expect(storedVerdict(stored, page, '85')).toEqual(['agrees', 'same figure']);
  });
});

describe('a magnitude', () => {
  const STORED = storedFacts('2025-03-29', 'A magnitude 7.7 earthquake struck central Myanmar on Friday, killing at least 1,002 people.');
  it('is what a bare figure after "magnitude" counts, as "7.7-magnitude" says', () => {
    expect(measure('The magnitude 7.7 quake brought down parts of the palace walls.', '7.7')).toContain('counts:magnitude');
    expect(measure('The quake, of magnitude 7.7, was centred near Mandalay.', '7.7')).toContain('counts:magnitude');
    expect(measure('A 7.7-magnitude quake struck.', '7.7-magnitude')).toContain('magnitude');
    expect(measure('The quake brought down 7 towers.', '7 towers')).not.toContain('counts:magnitude');
  });
  it('agrees with the stored magnitude, though no event is said of it', () => {
    expect(storedVerdict(STORED, 'The quake, of magnitude 7.7, was centred near Myanmar’s second city.', '7.7')).toEqual(['agrees', 'same figure']);
  });
});

describe('people an aid effort reached with supplies', () => {
  it('are a count of what was done for them', () => {
    expect(measure('The WFP said it had reached 100,000 people with food.', '100,000 people')).toContain('aided');
    expect(measure('The toll reached 3,000 people by Friday.', '3,000 people')).not.toContain('aided');
  });
  it('so a later, larger count differs from the stored one', () => {
    const stored = storedFacts('2025-04-02', 'The World Food Programme (WFP) said it had reached 100,000 people with food and needed $17.6 million.');
    expect(storedVerdict(stored, 'The WFP said it had now reached more than 300,000 people with food.', 'more than 300,000 people')).toEqual([
      'differs',
      'stored figure 100,000 is not more than 300,000',
    ]);
  });
});

describe('what a fire did', () => {
  it('burned land and is held by its containment, so other values differ', () => {
    expect(measure('The Palisades fire had burned 19,978 acres.', '19,978 acres')).toContain('burned');
    expect(measure('The Eaton fire was 55% contained.', '55%')).toContain('containment');
    const stored = storedFacts('2025-01-16', 'The Eaton fire had burned 14,117 acres and was 55% contained on Wednesday.');
    expect(storedVerdict(stored, 'The Eaton fire has burned 14,021 acres.', '14,021 acres')?.[0]).toBe('differs');
    expect(storedVerdict(stored, 'The Eaton fire was 89% contained on Saturday.', '89%')?.[0]).toBe('differs');
  });
});

describe('a distance between two places', () => {
  const stored = storedFacts('2025-03-29', 'In Bangkok, more than 1,000 km to the south, a 30-storey tower collapsed.');
  it('is said from either end: "more than 1,000 km away, near Mandalay"', () => {
    expect(measure('The quake was centred more than 1,000 km away, near Mandalay.', 'more than 1,000 km')).toContain('distance-apart');
    expect(storedVerdict(stored, 'The quake, of magnitude 7.7, was centred more than 1,000 km away, near Mandalay.', 'more than 1,000 km')).toEqual(['agrees', 'same figure']);
  });
  it('but a length in one place is that place’s', () => {
    expect(storedVerdict(stored, 'Crews cleared more than 1,000 km of roads in Mandalay.', 'more than 1,000 km')).toBeNull();
  });
});

describe('land a fire grew to', () => {
  it('is land it burned, so another acreage of the fire differs', () => {
    expect(measure('The Palisades fire grew to 17,234 acres on Wednesday night.', '17,234 acres')).toContain('burned');
    const stored = storedFacts('2025-01-10', 'The Palisades fire had burned 19,978 acres, CAL FIRE said.');
    expect(storedVerdict(stored, 'The Palisades fire grew to 17,234 acres on Wednesday night, CAL FIRE said.', '17,234 acres')?.[0]).toBe('differs');
  });
  it('but a farm that grew to an acreage burned nothing', () => {
    expect(measure('The cooperative grew to 17,234 acres of corn.', '17,234 acres')).not.toContain('burned');
  });
});

describe('how long systems have been out', () => {
  const OFFLINE = storedFacts('2024-03-04', 'The company said its claims and payment systems had been offline for 12 days after a ransomware attack.');
  it('is one measure, said "offline" or "down"', () => {
    expect(measure('Its systems had been down for 16 days by Thursday.', '16 days')).toContain('out-of-service');
    expect(storedVerdict(OFFLINE, 'Change Healthcare’s systems had been down for 16 days by Thursday.', '16 days')).toEqual(['differs', 'stored figure is 12 days']);
    expect(storedVerdict(OFFLINE, 'The systems had been offline for 12 days.', '12 days')).toEqual(['agrees', 'same figure']);
  });
  it('is not another length: a strike, or a price down for a week', () => {
    expect(storedVerdict(OFFLINE, 'Nurses at the hospital had been on strike for 16 days.', '16 days')).toBeNull();
    expect(measure('Shares were down for five days in a row.', 'five days')).not.toContain('out-of-service');
    expect(measure('The truce had held for 16 days.', '16 days')).not.toContain('out-of-service');
  });
});

describe('the share of something working again', () => {
  const RUNNING = storedFacts('2024-05-02', 'It has advanced more than $6 billion to providers, and about 80% of its claims systems are running again.');
  it('is one measure, whatever the clause before speaks of', () => {
    expect(measure('The company said 99% of its claims systems were running again.', '99%')).toContain('back-in-service');
    expect(storedVerdict(RUNNING, 'The company said 99% of its claims systems were running again.', '99%')).toEqual(['differs', 'stored figure is 80%']);
    expect(storedVerdict(RUNNING, 'About 80% of the claims systems are back online.', 'About 80%')).toEqual(['agrees', 'same figure']);
  });
  it('is not a share running on time, nor one still down', () => {
    expect(measure('About 80% of flights were running on time.', 'About 80%')).not.toContain('back-in-service');
    expect(storedVerdict(RUNNING, 'The company said 99% of its claims systems were still down.', '99%')).toBeNull();
  });
});
