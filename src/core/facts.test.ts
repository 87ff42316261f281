// extractFacts and compareFigure with the real sentence splitter and quantity parser.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { storedFacts, verdict } from '../../tests/support/stored-figures';
import { compareFigure, extractFacts } from './facts';
import { findQuantities } from './quantities';
import type { Article, Fact } from './types';

const article: Article = {
  id: 'wire1',
  title: 'Election and aid',
  source: 'Wire',
  url: null,
  date: '2024-11-06',
  language: 'en',
  paragraphs: [
    'Turnout in the election reached 61.2%, the commission said. The vote was held on November 5.',
    'Donors pledged $3.2bn in aid at a conference in Cairo, and 40 trucks crossed into the enclave.',
    'The home side won 2-0 on the 30th.',
  ],
};

/** Compares the figure `text` of a page `sentence` with `facts`; [verdict, reason, stored sentence] of the best. */
function check(facts: readonly Fact[], sentence: string, text: string, before = '') {
  const q = findQuantities(sentence).find((found) => found.text === text);
  if (!q) throw new Error(`parser did not find "${text}" in "${sentence}"`);
  const [best] = compareFigure(facts, q, sentence, before);
  return best ? [best.verdict, best.reason, best.fact.where.sentence] : null;
}

describe('extractFacts', () => {
  const facts = extractFacts(article);

  it('keeps each figure with its sentence, offsets, measure and article date', () => {
    const turnout = facts.find((f) => f.quantity.form === 'percent');
    expect(turnout).toMatchObject({
      where: { articleId: 'wire1', sentence: 'Turnout in the election reached 61.2%, the commission said.' },
      measure: ['%', 'vote', 'election'],
      date: '2024-11-06',
    });
    const { sentence, start, end } = turnout!.where;
    expect(sentence.slice(start, end)).toBe(turnout!.quantity.text);
  });
  it('gives every fact a distinct id and skips scores and ordinals', () => {
    expect(new Set(facts.map((f) => f.id)).size).toBe(facts.length);
    expect(facts.map((f) => f.quantity.form)).not.toContain('score');
    expect(facts.map((f) => f.quantity.form)).not.toContain('ordinal');
    expect(facts.map((f) => f.quantity.text)).toEqual(expect.arrayContaining(['November 5', '$3.2bn', '40 trucks']));
  });
  it('skips the people a report cites', () => {
    const cited = extractFacts({ ...article, paragraphs: ['Talks have yet to begin, two officials briefed on the talks said. Two officials were killed.'] });
    expect(cited.map((f) => f.where.sentence)).toEqual(['Two officials were killed.']);
    const cases = extractFacts({ ...article, paragraphs: ['The CDC said 712 cases had been confirmed in 24 states.'] });
    expect(cases.map((f) => f.quantity.text)).toContain('712 cases');
  });
  it('leaves a date after a sum that names a known thing to the clause’s verb', () => {
    const court = extractFacts({
      ...article,
      paragraphs: ['The Commission fined Google in 2017.', 'The Court of Justice of the European Union upheld the shopping fine in September 2024.'],
    });
    const page = 'The EU’s Court of Justice upheld the shopping fine of €2.42 billion in September 2024.';
    expect(check(court, page, 'September 2024')?.slice(0, 2)).toEqual(['agrees', 'same month']);
    expect(check(court, 'Revenue reached €2.42 billion in September 2024.', 'September 2024')).toBeNull();
  });
  it('compares page figures with them', () => {
    expect(check(facts, 'Turnout in the election was 61%.', '61%')?.slice(0, 2)).toEqual(['agrees', 'rounds 61.2%']);
    expect(check(facts, 'Election turnout hit 58% this time.', '58%')?.slice(0, 2)).toEqual(['differs', 'stored figure is 61.2%']);
    expect(check(facts, 'Donors have pledged more than $3bn in aid.', 'more than $3bn')?.slice(0, 2)).toEqual(['agrees', '$3.2bn is more than $3bn']);
    expect(check(facts, 'The bank reported a 61.2% rise in profit.', '61.2%')).toBeNull();
  });
});

describe('facts of the stored seed articles', () => {
  const dir = 'assets/articles';
  const seeds = readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'index.json')
    .map((f) => JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')) as Article);
  const facts = seeds.flatMap((a) => extractFacts(a));
  const byText = (text: string) => facts.find((f) => f.quantity.text === text);

  it('measures the seed figures', () => {
    // "Hamas agreed to release 33 hostages": the group that acts on the count owns it.
    expect(byText('33 hostages')?.measure).toEqual(['hostages', 'release', 'ceasefire', 'deal', 'owner:Hamas']);
    expect(byText('1,210 people')?.measure).toEqual(expect.arrayContaining(['people', 'dead', 'israel']));
    expect(byText('at least 47,498 deaths')?.measure).toEqual(expect.arrayContaining(['deaths', 'dead', 'gaza']));
    expect(byText('at least 50 militants')?.measure).toEqual(expect.arrayContaining(['militants', 'dead']));
    expect(byText('over 100 individuals')?.measure).toEqual(expect.arrayContaining(['individuals', 'detained', 'jenin']));
  });

  it.each([
    ['Hamas killed about 1,200 people in Israel on October 7, 2023.', 'about 1,200 people', 'agrees', 'rounds 1,210'],
    ['More than 47,000 Palestinians have been killed in Gaza, health officials say.', 'More than 47,000 Palestinians', 'agrees', '47,498 is more than 47,000'],
    ['The death toll in Gaza has passed 48,200 deaths.', '48,200 deaths', 'differs', 'older snapshot: stored 47,498 on 3 Feb 2025'],
    ['The first phase of the truce lasts six weeks.', 'six weeks', 'agrees', 'same duration: 42 days'],
    ['Israel will free almost 2,000 Palestinian prisoners under the deal.', 'almost 2,000', 'agrees', '1,900 is nearly 2,000'],
    ['Hamas is due to release 33 hostages in the first phase.', '33 hostages', 'agrees', 'same figure'],
    ['Israel said at least 50 militants had been killed in Jenin.', 'at least 50 militants', 'agrees', 'same figure'],
    ['The Jenin offensive began on January 21.', 'January 21', 'agrees', 'same date'],
  ])('"%s"', (sentence, text, verdict, reason) => {
    expect(check(facts, sentence, text)?.slice(0, 2)).toEqual([verdict, reason]);
  });

  it('compares nothing that measures something else', () => {
    expect(check(facts, 'Hamas still holds 1,900 hostages, the army claims.', '1,900 hostages')).toBeNull();
    expect(check(facts, 'Police detained 50 militants in Jenin.', '50 militants')).toBeNull();
    expect(check(facts, 'The striker scored in the 42nd minute to win 2-0.', '2-0')).toBeNull();
    expect(check(facts, 'The tournament lasts six weeks.', 'six weeks')).toBeNull();
  });
});

describe('a figure that points back at the one before', () => {
  const stored: Article = {
    ...article,
    id: 'wire2',
    paragraphs: ['The health ministry said the death toll in Gaza reached 47,498 on Monday. The previous count was higher than expected.'],
  };
  const facts = extractFacts(stored);
  const sentence = 'The ministry’s previous tally, published at the end of January, stood at 47,460.';

  it('is compared as what the last figure of the sentence before measured', () => {
    const before = 'The death toll in Gaza has risen to 48,200, the health ministry said on Thursday.';
    expect(check(facts, sentence, '47,460', before)).toEqual(['differs', 'stored figure is 47,498', stored.paragraphs[0]!.split('. ')[0] + '.']);
  });

  it('is compared with nothing when there is no sentence before it', () => {
    expect(check(facts, sentence, '47,460')).toBeNull();
  });
});

describe('a stored bound superseded by a later exact count', () => {
  const facts = (date: string, text: string, id: string): Fact[] =>
    extractFacts({ id, title: 't', source: 's', url: null, date, language: 'en', paragraphs: [text] });
  const stored = [
    ...facts('2025-01-10', 'At least 10 people have died in the fires, the sheriff said.', 'early'),
    ...facts('2025-01-16', 'The death toll rose to 25, with 16 people killed in the Eaton fire, the medical examiner said.', 'later'),
  ];
  const best = (sentence: string, text: string) => {
    const q = findQuantities(sentence).find((f) => f.text === text);
    if (!q) throw new Error(text);
    return compareFigure(stored, q, sentence)[0];
  };
  it('judges the page figure against the newer exact count, not the older bound it meets', () => {
    expect(best('The fires have killed 29 people, the medical examiner said.', '29 people')?.verdict).toBe('differs');
    expect(best('The fires have killed 29 people, the medical examiner said.', '29 people')?.fact.where.articleId).toBe('later');
  });
  it('keeps an agreement with the newer count', () => {
    expect(best('The death toll rose to 25, the medical examiner said.', '25')?.verdict).toBe('agrees');
  });
});

describe('a few named things called back by their number ("the two fires")', () => {
  const stored = extractFacts({ ...article, date: '2025-01-16', paragraphs: ['About 12,300 structures have been destroyed in the two fires, and 3,500 claims were filed from two fires.'] });
  it('are a reference, not a figure, on either side', () => {
    expect(stored.map((f) => f.quantity.text)).toEqual(['About 12,300 structures', '3,500 claims', 'two fires']);
    expect(check(stored, 'The death toll from the two fires rose to 27.', 'two fires')).toBeNull();
  });
  it('but a count without "the" is still one', () => {
    expect(check(stored, 'Crews fought two fires overnight.', 'two fires')?.[0]).toBe('agrees');
  });
  it('and so is a part of a total set out after a colon ("killed 67 people: the 64 on the jet and the three soldiers")', () => {
    const crash = storedFacts('2025-03-11', 'The collision killed 67 people, 64 on the jet and three soldiers on the helicopter.');
    expect(verdict(crash, 'The crash killed 67 people: the 64 on the jet and the three soldiers on the Black Hawk.', 'three soldiers')?.[0]).toBe('agrees');
    // No figure before the colon: still a reference.
    expect(verdict(crash, 'The Army named them on Thursday: the three soldiers on the Black Hawk.', 'three soldiers')).toBeNull();
  });
});

describe('what a sum could come to', () => {
  it('is an estimate of it like any other ("could reach $40 billion" against "estimated … at $28 billion")', () => {
    const stored = storedFacts('2025-01-16', 'The risk modeler Verisk estimated insured losses at $28 billion, the costliest wildfire disaster on record.');
    expect(verdict(stored, 'Insured losses from the wildfires could reach $40 billion, the modeler Moody’s RMS said.', '$40 billion')).toEqual(['differs', 'stored figure is $28 billion']);
  });
  it('while what a count could come to is still no count of what happened', () => {
    const stored = storedFacts('2025-04-03', 'The death toll from the earthquake rose to 3,085, the military government said.');
    expect(verdict(stored, 'The USGS estimated that deaths from the earthquake could exceed 5,000.', '5,000')).toBeNull();
  });
});
