// Dates compared through the whole chain (tests/support/stored-figures).
import { describe, expect, it } from 'vitest';
import { measureIn, storedFacts, verdict } from '../../tests/support/stored-figures';
import type { Fact } from './types';

const ATTACK = storedFacts('2025-02-03', 'The October 7, 2023 attack by Hamas left 1,210 people dead in Israel, mostly civilians.');
const LAUNCH = storedFacts('2025-02-03', 'The offensive was launched on January 21 in the Jenin area.');

describe('a full date against the same stored day', () => {
  it('agrees when the page says what else happened that day', () => {
    expect(verdict(ATTACK, 'All three had been abducted on Oct. 7, 2023, from the Nova music festival.', 'Oct. 7, 2023')).toEqual(['agrees', 'same date']);
    const war = 'More than 47,000 people have been killed since the war began on October 7, 2023, when militants killed 1,200 people in southern Israel.';
    expect(verdict(ATTACK, war, 'October 7, 2023')).toEqual(['agrees', 'same date']);
  });
  it('takes a stored date\'s year from its article when the sentence gives none', () => {
    expect(verdict(LAUNCH, 'Troops have been deployed since January 21, 2025.', 'January 21, 2025')).toEqual(['agrees', 'same date']);
    // An article of early February means the January just gone; one of December the next.
    const december = storedFacts('2024-12-30', 'The offensive will be launched on January 21 in the Jenin area.');
    expect(verdict(december, 'Troops have been deployed since January 21, 2025.', 'January 21, 2025')).toEqual(['agrees', 'same date']);
  });
  it('does not agree across years', () => {
    expect(verdict(ATTACK, 'All three had been abducted on Oct. 7, 2024.', 'Oct. 7, 2024')).toBeNull();
    expect(verdict(ATTACK, 'The attack on October 7, 2024 was marked by vigils.', 'October 7, 2024')).toEqual(['differs', 'stored date is 7 Oct 2023']);
    expect(verdict(LAUNCH, 'The Jenin operation began on January 21, 2024.', 'January 21, 2024')).toEqual(['differs', 'stored date is 21 Jan 2025']);
  });
  it('does not hold a year alone against a year the store only implies', () => {
    expect(verdict(LAUNCH, 'It is the largest operation in the camp since 2002.', '2002')).toBeNull();
  });
  it('needs the year: a day and month alone still need the same event', () => {
    expect(verdict(ATTACK, 'All three had been abducted on 7 October.', '7 October')).toBeNull();
    expect(verdict(ATTACK, 'Israel launched its offensive after the 7 October attack.', '7 October')).toEqual(['agrees', 'same date']);
  });
  it('keeps a day the page gives another event apart', () => {
    expect(verdict(ATTACK, 'On October 7, 2023, 12 people were killed in a flood.', 'October 7, 2023')).toBeNull();
    expect(verdict(ATTACK, 'The election was held on October 7, 2023.', 'October 7, 2023')).toBeNull();
    expect(verdict(LAUNCH, 'The talks opened on January 21, 2025.', 'January 21, 2025')).toBeNull();
  });
  it('does not take a measure both dates speak of for one event', () => {
    const ecb = storedFacts('2025-06-05', 'The ECB began cutting rates in June 2024, when the deposit rate stood at a record 4%.');
    const page = 'It would help the 1.8 million households due to come off fixed-rate mortgages by the end of 2026.';
    expect(verdict(ecb, page, '2026')).toBeNull();
    expect(verdict(ecb, 'Inflation and rates rose in May 2025.', 'May 2025')).toBeNull();
    // The day a term ends is the end of that term.
    const term = storedFacts('2025-09-17', 'Powell’s term as chair ends in May 2026.');
    expect(verdict(term, 'Powell’s term as chair runs until May 2027.', 'May 2027')).toEqual(['differs', 'stored date is May 2026']);
  });
  it('leaves a stored date without an article date as written', () => {
    const undated: Fact[] = LAUNCH.map((f) => ({ ...f, date: undefined }));
    expect(verdict(undated, 'The Jenin operation began on January 21, 2024.', 'January 21, 2024')).toEqual(['agrees', 'same date']);
  });
});

describe('the next of something that recurs', () => {
  const NEXT = storedFacts('2025-06-05', 'Bundesbank President Joachim Nagel said the bank should keep all options open at its next meeting on July 24.');
  it('is each article’s own next one: another day is another meeting, not a difference', () => {
    expect(verdict(NEXT, 'The Governing Council next meets on Oct. 30 in Florence.', 'Oct. 30')).toBeNull();
    expect(verdict(NEXT, 'Its next meeting on July 24 will be in Frankfurt.', 'July 24')).toEqual(['agrees', 'same date']);
  });
  it('leaves dates of one event compared as before', () => {
    const meeting = storedFacts('2025-06-05', 'The leaders will hold a meeting on July 24.');
    expect(verdict(meeting, 'The leaders will hold a meeting on July 28.', 'July 28')).toEqual(['differs', 'stored date is 24 Jul']);
  });
});

describe('the date of a coup', () => {
  const stored = storedFacts('2025-04-02', 'The National Unity Government (NUG), the shadow administration formed by lawmakers ousted in the 2021 coup, declared a pause.');
  it('is said with the word or by an army seizing power', () => {
    expect(measureIn('It was the first vote since the army seized power in 2021.', '2021')).toContain('coup');
    expect(measureIn('It was the first vote since the party won power in 2021.', '2021')).not.toContain('coup');
  });
  it('is no body’s figure: the commission a page quotes does not keep it from the stored coup', () => {
    expect(verdict(stored, 'The Union Election Commission said on Monday it was the first vote since the army seized power in 2021.', '2021')).toEqual(['agrees', 'same year']);
  });
});

describe('the day fires broke out', () => {
  it('is the day of a disaster, said with "fires" or "blaze"', () => {
    const stored = storedFacts('2025-01-10', 'The fires broke out on January 7 as Santa Ana winds gusted.');
    expect(verdict(stored, 'Shares have fallen about 30% since the fires began on January 7.', 'January 7')).toEqual(['agrees', 'same date']);
  });
});

describe('the day of a cyberattack', () => {
  const HACK = storedFacts('2024-03-04', 'The systems have been offline since a ransomware attack that began on Feb. 21.');
  it('is the day the page says ransomware hackers struck', () => {
    expect(verdict(HACK, 'The outage began on Feb. 21, when a ransomware gang broke into the network.', 'Feb. 21')).toEqual(['agrees', 'same date']);
    expect(verdict(HACK, 'The cyberattack began on Feb. 21.', 'Feb. 21')).toEqual(['agrees', 'same date']);
  });
  it('is not the day of anything else', () => {
    expect(verdict(HACK, 'The outage began on Feb. 21, when a storm cut the power.', 'Feb. 21')).toBeNull();
  });
});

describe('the day an activity going on since then began', () => {
  const OPENED = storedFacts('2024-05-02', 'The Office for Civil Rights opened an investigation on March 13.');
  it('is the day it was opened', () => {
    const page = 'The Office for Civil Rights, which has been investigating since March 13, lists breaches online.';
    expect(verdict(OPENED, page, 'March 13')).toEqual(['agrees', 'same date']);
    expect(verdict(OPENED, page.replace('March 13', 'April 2'), 'April 2')).toEqual(['differs', 'stored date is 13 Mar']);
  });
  it('is no other body’s inquiry, nor a day things were counted since', () => {
    expect(verdict(OPENED, 'The FBI, which has been investigating since March 13, declined to comment.', 'March 13')).toBeNull();
    expect(verdict(OPENED, 'The office has logged 40 breaches since March 13.', 'March 13')).toBeNull();
  });
});

describe('the day of a crash', () => {
  const CRASH = storedFacts('2025-03-11', 'The helicopter that collided with the regional jet on Jan. 29 was flying too high, the board said.');
  it('is the day the page says the aircraft collided or crashed', () => {
    expect(verdict(CRASH, 'Senators asked why warnings went unheeded before the Jan. 29 collision that killed 67 people.', 'Jan. 29')).toEqual(['agrees', 'same date']);
    expect(verdict(CRASH, 'Sixty-seven people died in the crash on Jan. 29.', 'Jan. 29')).toEqual(['agrees', 'same date']);
  });
  it('is not the day of anything else', () => {
    expect(verdict(CRASH, 'The talks began on Jan. 29, the ministry said.', 'Jan. 29')).toBeNull();
  });
});
