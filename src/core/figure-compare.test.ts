// compareFigure on hand-made quantities, so these tests pin the comparison logic alone,
// whatever the quantity parser does.
import { describe, expect, it } from 'vitest';
import { compareFigure, measureOf } from './facts';
import type { Fact, Quantity } from './types';

function quantity(sentence: string, text: string, fields: Partial<Quantity>): Quantity {
  const start = sentence.indexOf(text);
  if (start < 0) throw new Error(`"${text}" is not in "${sentence}"`);
  return { text, start, end: start + text.length, kind: 'number', form: 'count', value: null, unit: null, qualifier: null, ...fields };
}

function fact(sentence: string, text: string, fields: Partial<Quantity>, date = '2025-02-03'): Fact {
  const q = quantity(sentence, text, fields);
  return { id: `${sentence}#${text}`, quantity: q, where: { articleId: 'a1', sentence, start: q.start, end: q.end }, measure: measureOf(sentence, q), date };
}

const ISRAEL = 'The October 7, 2023 attack by Hamas left 1,210 people dead in Israel, mostly civilians.';
const GAZA = "Israel's strikes have killed at least 47,498 people in Gaza, according to the health ministry.";
const DEAL = 'Under the initial 42-day ceasefire, Hamas agreed to release 33 hostages in exchange for approximately 1,900 Palestinian prisoners.';
const JENIN = 'Israel reported the deaths of at least 50 militants and the detention of over 100 individuals in the Jenin area.';
const LAUNCH = 'The offensive was launched on January 21 in the Jenin area.';
const TURNOUT = 'Turnout in the election reached 67.4% nationwide, officials said.';
const AID = 'Donors pledged $1.5bn in reconstruction aid for the enclave.';
const WAR = 'Trump claimed credit for the deal following 15 months of war.';

const stored = {
  attackDate: fact(ISRAEL, 'October 7, 2023', { kind: 'date', form: 'date', iso: '2023-10-07' }),
  israelDead: fact(ISRAEL, '1,210 people', { value: 1210, unit: 'people' }),
  gazaDead: fact(GAZA, 'at least 47,498 people', { value: 47498, unit: 'people', qualifier: 'at least' }),
  truce: fact(DEAL, '42-day', { form: 'duration', value: 42, unit: 'day' }),
  hostages: fact(DEAL, '33 hostages', { value: 33, unit: 'hostages' }),
  prisoners: fact(DEAL, 'approximately 1,900', { value: 1900, unit: 'prisoners', qualifier: 'approximately' }),
  militants: fact(JENIN, 'at least 50 militants', { value: 50, unit: 'militants', qualifier: 'at least' }),
  detained: fact(JENIN, 'over 100 individuals', { value: 100, unit: 'individuals', qualifier: 'over' }),
  launch: fact(LAUNCH, 'January 21', { kind: 'date', form: 'date', iso: '--01-21' }),
  turnout: fact(TURNOUT, '67.4%', { form: 'percent', value: 67.4, unit: '%' }),
  aid: fact(AID, '$1.5bn', { form: 'money', value: 1.5e9, unit: 'USD' }),
  war: fact(WAR, '15 months', { form: 'duration', value: 15, unit: 'months' }),
};
const facts = Object.values(stored);

function compare(sentence: string, text: string, fields: Partial<Quantity>) {
  return compareFigure(facts, quantity(sentence, text, fields), sentence);
}
/** The best comparison, as [stored fact, verdict, reason]. */
function best(sentence: string, text: string, fields: Partial<Quantity>) {
  const [first] = compare(sentence, text, fields);
  return first ? [first.fact, first.verdict, first.reason] : null;
}

describe('compareFigure: agrees', () => {
  it.each<[string, string, Partial<Quantity>, Fact, string]>([
    ['Hamas killed 1,210 people in Israel on that day.', '1,210 people', { value: 1210, unit: 'people' }, stored.israelDead, 'same figure'],
    ['About 1,200 people were killed in Israel.', 'About 1,200 people', { value: 1200, unit: 'people', qualifier: 'about' }, stored.israelDead, 'rounds 1,210'],
    ['The attack killed 1,200 Israelis.', '1,200 Israelis', { value: 1200, unit: 'israelis' }, stored.israelDead, 'rounds 1,210'],
    ['More than 47,000 people have been killed in Gaza.', 'More than 47,000 people', { value: 47000, unit: 'people', qualifier: 'more than' }, stored.gazaDead, '47,498 is more than 47,000'],
    ['Nearly 48,000 people have died in Gaza.', 'Nearly 48,000 people', { value: 48000, unit: 'people', qualifier: 'nearly' }, stored.gazaDead, '47,498 is nearly 48,000'],
    ['Officials say 47,000 people died in Gaza.', '47,000 people', { value: 47000, unit: 'people' }, stored.gazaDead, 'rounds 47,498'],
    ['About 50,000 people have died in Gaza.', 'About 50,000 people', { value: 50000, unit: 'people', qualifier: 'about' }, stored.gazaDead, 'rounds 47,498'],
    ['Gaza has seen roughly 47,000 deaths.', 'roughly 47,000 deaths', { value: 47000, unit: 'deaths', qualifier: 'roughly' }, stored.gazaDead, 'rounds 47,498'],
    ['Israeli forces killed 50 militants in Jenin.', '50 militants', { value: 50, unit: 'militants' }, stored.militants, 'same figure'],
    ['Over 100 individuals were detained in Jenin.', 'Over 100 individuals', { value: 100, unit: 'individuals', qualifier: 'over' }, stored.detained, 'same figure'],
    ['More than 100 individuals were detained in Jenin.', 'More than 100 individuals', { value: 100, unit: 'individuals', qualifier: 'more than' }, stored.detained, 'same figure'],
    ['At least 50 militants died in the raid.', 'At least 50 militants', { value: 50, unit: 'militants', qualifier: 'at least' }, stored.militants, 'same figure'],
    ['Israel will free nearly 2,000 Palestinian prisoners.', 'nearly 2,000', { value: 2000, unit: 'prisoners', qualifier: 'nearly' }, stored.prisoners, '1,900 is nearly 2,000'],
    ['Hamas will release 33 hostages.', '33 hostages', { value: 33, unit: 'hostages' }, stored.hostages, 'same figure'],
    ['The first 33 hostages are to return home.', '33 hostages', { value: 33, unit: 'hostages' }, stored.hostages, 'same figure'],
    ['The six weeks of the truce end in March.', 'six weeks', { form: 'duration', value: 6, unit: 'weeks' }, stored.truce, 'same duration: 42 days'],
    ['The war has gone on for more than a year.', 'more than a year', { form: 'duration', value: 1, unit: 'year', qualifier: 'more than' }, stored.war, '15 months is more than 1 year'],
    ['The ceasefire lasts 42 days.', '42 days', { form: 'duration', value: 42, unit: 'days' }, stored.truce, 'same figure'],
    ['The 42-day ceasefire began in January.', '42-day', { form: 'duration', value: 42, unit: 'day' }, stored.truce, 'same figure'],
    ['Troops detained 120 people in Jenin.', '120 people', { value: 120, unit: 'people' }, stored.detained, '120 is more than stored 100'],
    ['Between 1,000 and 1,300 people were killed in Israel.', 'Between 1,000 and 1,300 people', { form: 'range', value: 1000, high: 1300, unit: 'people' }, stored.israelDead, 'stored 1,210 is within this page’s range (1,000–1,300)'],
    ['Turnout in the election was 67%.', '67%', { form: 'percent', value: 67, unit: '%' }, stored.turnout, 'rounds 67.4%'],
    ['The pledged aid of $1.5bn has not arrived.', '$1.5bn', { form: 'money', value: 1.5e9, unit: 'USD' }, stored.aid, 'same figure'],
  ])('"%s" (%s)', (sentence, text, fields, expected, reason) => {
    expect(best(sentence, text, fields)).toEqual([expected, 'agrees', reason]);
  });

  it('compares dates of the same event only', () => {
    const s = 'The operation in Jenin began on January 21.';
    expect(best(s, 'January 21', { kind: 'date', form: 'date', iso: '--01-21' })).toEqual([stored.launch, 'agrees', 'same date']);
    const attack = 'Hamas launched the attack on Israel on 7 October 2023.';
    expect(best(attack, '7 October 2023', { kind: 'date', form: 'date', iso: '2023-10-07' })).toEqual([stored.attackDate, 'agrees', 'same date']);
  });
});

describe('compareFigure: differs', () => {
  it.each<[string, string, Partial<Quantity>, Fact, string]>([
    ['The death toll in Gaza rose to 48,200.', '48,200', { value: 48200 }, stored.gazaDead, 'older snapshot: stored 47,498 on 3 Feb 2025'],
    ['Officials counted 48,200 deaths in Gaza.', '48,200 deaths', { value: 48200, unit: 'deaths' }, stored.gazaDead, 'older snapshot: stored 47,498 on 3 Feb 2025'],
    ['Some 40,000 people have been killed in Gaza.', 'Some 40,000 people', { value: 40000, unit: 'people', qualifier: 'some' }, stored.gazaDead, 'stored figure 47,498 is not about 40,000'],
    ['More than 50,000 people were killed in Gaza.', 'More than 50,000 people', { value: 50000, unit: 'people', qualifier: 'more than' }, stored.gazaDead, 'older snapshot: stored 47,498 on 3 Feb 2025'],
    ['Hamas will release more than 40 hostages.', 'more than 40 hostages', { value: 40, unit: 'hostages', qualifier: 'more than' }, stored.hostages, 'stored figure 33 is not more than 40'],
    ['Fewer than 1,500 prisoners will be freed.', 'Fewer than 1,500 prisoners', { value: 1500, unit: 'prisoners', qualifier: 'fewer than' }, stored.prisoners, 'stored figure 1,900 is not less than 1,500'],
    ['Some 40,000 people have been killed in Gaza.', '40,000 people', { value: 40000, unit: 'people' }, stored.gazaDead, 'stored figure is 47,498'],
    ['Officials say 48,000 people died in Gaza.', '48,000 people', { value: 48000, unit: 'people' }, stored.gazaDead, 'older snapshot: stored 47,498 on 3 Feb 2025'],
    ['Officials say 50,000 people died in Gaza.', '50,000 people', { value: 50000, unit: 'people' }, stored.gazaDead, 'older snapshot: stored 47,498 on 3 Feb 2025'],
    ['Officials say 45,000 people died in Gaza.', '45,000 people', { value: 45000, unit: 'people' }, stored.gazaDead, 'stored figure is 47,498'],
    ['Hamas is to release 35 hostages.', '35 hostages', { value: 35, unit: 'hostages' }, stored.hostages, 'stored figure is 33'],
    ['Hamas killed 1,400 people in Israel.', '1,400 people', { value: 1400, unit: 'people' }, stored.israelDead, 'older snapshot: stored 1,210 on 3 Feb 2025'],
    ['Israel will release 1,000 Palestinian prisoners.', '1,000 Palestinian prisoners', { value: 1000, unit: 'prisoners' }, stored.prisoners, 'stored figure is 1,900'],
    ['Turnout in the election was 72%.', '72%', { form: 'percent', value: 72, unit: '%' }, stored.turnout, 'stored figure is 67.4%'],
    ['Donors pledged $2bn in aid.', '$2bn', { form: 'money', value: 2e9, unit: 'USD' }, stored.aid, 'stored figure is $1.5bn'],
    ['The ceasefire will last 60 days.', '60 days', { form: 'duration', value: 60, unit: 'days' }, stored.truce, 'stored figure is 42 days'],
    ['The war has lasted 18 months.', '18 months', { form: 'duration', value: 18, unit: 'months' }, stored.war, 'stored figure is 15 months'],
    ['The truce lasted up to five weeks.', 'up to five weeks', { form: 'duration', value: 5, unit: 'weeks', qualifier: 'up to' }, stored.truce, 'stored figure 42 days is not up to 5 weeks'],
  ])('"%s" (%s)', (sentence, text, fields, expected, reason) => {
    expect(best(sentence, text, fields)).toEqual([expected, 'differs', reason]);
  });

  it('says which date the store has for the same event', () => {
    const s = 'The offensive in Jenin started on January 23.';
    expect(best(s, 'January 23', { kind: 'date', form: 'date', iso: '--01-23' })).toEqual([stored.launch, 'differs', 'stored date is 21 Jan']);
  });
});

describe('compareFigure: does not compare what measures something else', () => {
  const factsOf = (sentence: string, text: string, fields: Partial<Quantity>) => compare(sentence, text, fields).map((c) => c.fact);

  it('keeps hostages and prisoners apart', () => {
    expect(factsOf('Israel will release 33 Palestinian prisoners.', '33 Palestinian prisoners', { value: 33, unit: 'prisoners' })).not.toContain(stored.hostages);
    expect(factsOf('Hamas holds 1,900 hostages.', '1,900 hostages', { value: 1900, unit: 'hostages' })).toEqual([]);
    // Hostages taken are not hostages released.
    expect(factsOf('Gunmen abducted 30 hostages.', '30 hostages', { value: 30, unit: 'hostages' })).toEqual([]);
  });
  it('calls a different count a difference only when both figures say what happened', () => {
    const still = fact('Of the 251 hostages, 91 are still in Gaza.', '91', { value: 91, unit: 'hostages' });
    const with91 = [...facts, still];
    const page = (sentence: string, text: string, value: number) => compareFigure(with91, quantity(sentence, text, { value, unit: 'hostages' }), sentence);
    // Released is not held: no comparison with the 91 still there.
    expect(page('On Saturday 33 hostages were released.', '33 hostages', 33).map((c) => c.fact)).not.toContain(still);
    // Held and held: a difference worth showing.
    expect(page('Of those taken, 76 hostages remain in Gaza.', '76 hostages', 76).find((c) => c.fact === still)?.verdict).toBe('differs');
    // Says nothing of what happened: the same value agrees, another tells nothing.
    expect(page('The list named 91 hostages.', '91 hostages', 91).find((c) => c.fact === still)?.verdict).toBe('agrees');
    expect(page('The list named 60 hostages.', '60 hostages', 60).some((c) => c.fact === still)).toBe(false);
    // A figure the store has the same value of agrees with it first, though another stored
    // count shares more words ("held", "Gaza") with the page's sentence.
    const [first] = page('The deal provides for the release of 33 hostages held in Gaza.', '33 hostages', 33);
    expect([first?.fact, first?.verdict]).toEqual([stored.hostages, 'agrees']);
  });
  it('keeps 50 militants killed apart from 100 individuals detained', () => {
    expect(factsOf('Israel said 50 individuals were detained in Jenin.', '50 individuals', { value: 50, unit: 'individuals' })).toEqual([stored.detained]);
    expect(factsOf('Troops killed 100 militants in Jenin.', '100 militants', { value: 100, unit: 'militants' })).toEqual([stored.militants]);
  });
  it('keeps deaths in one place apart from deaths in another', () => {
    expect(factsOf('1,210 people have been killed.', '1,210 people', { value: 1210, unit: 'people' })).toEqual([stored.israelDead]);
    expect(factsOf('1,210 people have been killed in Lebanon.', '1,210 people', { value: 1210, unit: 'people' })).toEqual([]);
  });
  it('keeps people in general apart from one kind of people', () => {
    expect(factsOf('Israel said 1,210 soldiers were killed.', '1,210 soldiers', { value: 1210, unit: 'soldiers' })).toEqual([]);
    expect(factsOf('Troops arrested 100 militants in Jenin.', '100 militants', { value: 100, unit: 'militants' })).toEqual([]);
  });
  it('takes figures an order of magnitude apart for other measures', () => {
    // A single incident's dead are not the war's toll, a batch of hostages not the phase total.
    expect(factsOf('Two people were killed in Israel on Monday.', 'Two people', { value: 2, unit: 'people' })).toEqual([]);
    expect(factsOf('Hamas released three hostages on Saturday.', 'three hostages', { value: 3, unit: 'hostages' })).toEqual([]);
    expect(factsOf('The war has lasted 15 months.', '15 months', { form: 'duration', value: 15, unit: 'months' })).toEqual([stored.war]);
  });
  it('needs the same topic for durations, shares, sums and dates', () => {
    expect(factsOf('42 trucks of aid entered Gaza.', '42 trucks', { value: 42, unit: 'trucks' })).toEqual([]);
    expect(factsOf('The match lasted 90 minutes.', '90 minutes', { form: 'duration', value: 90, unit: 'minutes' })).toEqual([]);
    expect(factsOf('Inflation hit 67.4% last year.', '67.4%', { form: 'percent', value: 67.4, unit: '%' })).toEqual([]);
    expect(factsOf('The company made $1.5bn in profit.', '$1.5bn', { form: 'money', value: 1.5e9, unit: 'USD' })).toEqual([]);
    expect(factsOf('Donors pledged €1.5bn in aid.', '€1.5bn', { form: 'money', value: 1.5e9, unit: 'EUR' })).toEqual([]);
    expect(factsOf('The election is on January 21.', 'January 21', { kind: 'date', form: 'date', iso: '--01-21' })).toEqual([]);
    const killed = 'On October 7, 2023, 12 people were killed in a flood.';
    expect(factsOf(killed, 'October 7, 2023', { kind: 'date', form: 'date', iso: '2023-10-07' })).toEqual([]);
    expect(factsOf('A six-week truce.', 'six-week', { form: 'duration', value: 6, unit: 'week' })).not.toContain(stored.war);
  });
  it('ignores counts that say nothing of what they count', () => {
    expect(factsOf('The two met on Tuesday.', 'two', { value: 2 })).toEqual([]);
    expect(factsOf('Two officials spoke to reporters.', 'Two officials', { value: 2, unit: 'officials' })).toEqual([]);
    expect(factsOf('The team won 2-0.', '2-0', { form: 'score', value: 2, high: 0 })).toEqual([]);
  });
});

describe('compareFigure: ordering', () => {
  it('puts the most similar first and gives similarities in 0..1', () => {
    const s = 'The six-week ceasefire deal holds.';
    const results = compare(s, 'six-week', { form: 'duration', value: 6, unit: 'week' });
    expect(results[0]?.fact).toBe(stored.truce);
    for (const r of results) expect(r.similarity).toBeGreaterThan(0);
    for (const r of results) expect(r.similarity).toBeLessThanOrEqual(1);
    for (let i = 1; i < results.length; i++) expect(results[i - 1]!.similarity).toBeGreaterThanOrEqual(results[i]!.similarity);
  });
});

describe('compareFigure: stored bounds', () => {
  // The demo page against an AFP wire three days older.
  const HOLDING = 'Despite the ceasefire holding for over two weeks, two Hamas officials confirmed that the group is open to negotiations.';
  const STRIKE = 'At least five people were killed in the strike in Rafah.';
  const holding = fact(HOLDING, 'over two weeks', { form: 'duration', value: 2, unit: 'weeks', qualifier: 'over' });
  const strike = fact(STRIKE, 'At least five people', { value: 5, unit: 'people', qualifier: 'at least' });
  const all = [holding, strike];
  const judge = (sentence: string, text: string, fields: Partial<Quantity>) =>
    compareFigure(all, quantity(sentence, text, fields), sentence).map((c) => [c.fact, c.verdict, c.reason]);
  const INTO = 'Three weeks into the cease-fire between Israel and Hamas, negotiators are preparing for the hardest part of the deal.';

  it('takes a larger page figure as within a stored "over N weeks"', () => {
    expect(judge(INTO, 'Three weeks', { form: 'duration', value: 3, unit: 'weeks' })).toEqual([
      [holding, 'agrees', '3 weeks is more than stored 2 weeks'],
    ]);
  });
  it('says the stored figure was a bound when the page falls below it', () => {
    const s = 'Ten days into the cease-fire, aid began to flow.';
    expect(judge(s, 'Ten days', { form: 'duration', value: 10, unit: 'days' })).toEqual([
      [holding, 'differs', 'stored figure is more than 2 weeks'],
    ]);
  });
  it('takes a small stored "at least" count as a floor', () => {
    const s = 'Seven people were killed in the strike in Rafah.';
    expect(judge(s, 'Seven people', { value: 7, unit: 'people' })).toEqual([[strike, 'agrees', '7 is at least stored 5']]);
  });
  it('keeps a precise "at least" count as that count', () => {
    expect(best('The toll in Gaza rose to 48,200 people killed.', '48,200 people', { value: 48200, unit: 'people' })).toEqual([
      stored.gazaDead, 'differs', 'older snapshot: stored 47,498 on 3 Feb 2025',
    ]);
  });
});

describe('compareFigure: a length is not time elapsed', () => {
  const INITIAL = 'Under the initial 42-day ceasefire deal, Hamas agreed to release 33 hostages.';
  const initial = fact(INITIAL, '42-day', { form: 'duration', value: 42, unit: 'day' });
  const judge = (sentence: string, text: string, fields: Partial<Quantity>) =>
    compareFigure([initial], quantity(sentence, text, fields), sentence).map((c) => [c.verdict, c.reason]);

  it('does not hold "N weeks into the truce" against the truce\'s length', () => {
    const s = 'Three weeks into the cease-fire between Israel and Hamas, negotiators are preparing.';
    expect(judge(s, 'Three weeks', { form: 'duration', value: 3, unit: 'weeks' })).toEqual([]);
    const after = 'After six weeks of the ceasefire, the talks resumed.';
    expect(judge(after, 'six weeks', { form: 'duration', value: 6, unit: 'weeks' })).toEqual([]);
  });
  it('pairs the length of a first stage with the length of the initial deal', () => {
    const s = 'Witkoff has said the second phase should begin before the 42-day first stage expires on March 1.';
    expect(judge(s, '42-day', { form: 'duration', value: 42, unit: 'day' })).toEqual([['agrees', 'same figure']]);
  });
  it('still compares a length with a length said in words', () => {
    const s = 'The ceasefire will last 60 days.';
    expect(judge(s, '60 days', { form: 'duration', value: 60, unit: 'days' })).toEqual([['differs', 'stored figure is 42 days']]);
  });
});

describe('compareFigure: sums given as a range', () => {
  const GUIDE = 'The company guided quarterly revenue to between $22 billion and $23 billion.';
  const guide = fact(GUIDE, 'between $22 billion and $23 billion', { form: 'range', value: 22e9, high: 23e9, unit: 'USD' });
  it('compares a sum with a range of sums and shows the range as written', () => {
    const s = 'The company expects revenue of $22.5 billion this quarter.';
    const inside = compareFigure([guide], quantity(s, '$22.5 billion', { form: 'money', value: 22.5e9, unit: 'USD' }), s);
    expect(inside.map((c) => [c.verdict, c.reason])).toEqual([['agrees', '$22.5 billion is within the stored range (between $22 billion and $23 billion)']]);
    const below = 'The company expects revenue of $20 billion this quarter.';
    const out = compareFigure([guide], quantity(below, '$20 billion', { form: 'money', value: 20e9, unit: 'USD' }), below);
    expect(out.map((c) => [c.verdict, c.reason])).toEqual([['differs', 'stored figure is between $22 billion and $23 billion']]);
  });
});

describe('a sum’s currency', () => {
  it('is its unit, not a place it shares with every other sum in that currency', () => {
    const stored = 'The agency spent $11 million on aid in Texas.';
    const facts = [fact(stored, '$11 million', { form: 'money', value: 11e6, unit: 'USD' })];
    const page = 'The agency spent $11 million on aid in Mexico.';
    expect(compareFigure(facts, quantity(page, '$11 million', { form: 'money', value: 11e6, unit: 'USD' }), page)).toEqual([]);
    const same = 'The agency had spent $11 million on aid in Texas.';
    expect(compareFigure(facts, quantity(same, '$11 million', { form: 'money', value: 11e6, unit: 'USD' }), same)[0]?.verdict).toBe('agrees');
  });
});
