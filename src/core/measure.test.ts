import { describe, expect, it } from 'vitest';
import { storedFacts, verdict } from '../../tests/support/stored-figures';
import { measureOf } from './measure';
import { ELAPSED_MARK } from './measure-durations';
import { eventLemma, topicLemma } from './measure-lexicon';
import { placesIn } from './measure-places';
import { findQuantities } from './quantities';
import type { Quantity } from './types';

function q(sentence: string, text: string, fields: Partial<Quantity> = {}): Quantity {
  const start = sentence.indexOf(text);
  if (start < 0) throw new Error(`"${text}" not in "${sentence}"`);
  return { text, start, end: start + text.length, kind: 'number', form: 'count', value: 1, unit: null, qualifier: null, ...fields };
}
function measure(sentence: string, text: string, fields: Partial<Quantity> = {}): string[] {
  return measureOf(sentence, q(sentence, text, fields));
}

describe('measureOf', () => {
  it('gives the unit, the lemma of what happened and the place', () => {
    expect(measure('The blast left 1,210 people dead in Israel.', '1,210 people', { unit: 'people' })).toEqual(['people', 'dead', 'israel']);
    expect(measure('Hamas will release 33 hostages.', '33 hostages', { unit: 'hostages' })).toEqual(['hostages', 'release']);
    expect(measure('Gunmen freed 12 captives.', '12 captives', { unit: 'captives' })).toEqual(['captives', 'release']);
    expect(measure('Some 20 hostages are held captive in Gaza.', 'Some 20 hostages', { unit: 'hostages' })).toEqual(['hostages', 'held', 'gaza']);
  });
  it('maps killed/dead/deaths to "dead", and a death noun as unit adds it', () => {
    expect(measure('Troops killed 9 militants.', '9 militants', { unit: 'militants' })).toEqual(['militants', 'dead']);
    expect(measure('There were 9 deaths.', '9 deaths', { unit: 'deaths' })).toEqual(['deaths', 'dead']);
  });
  it('reads only the clause of the figure', () => {
    const s = 'Hamas agreed to release 33 hostages in exchange for 1,900 prisoners, while 91 hostages remain in Gaza.';
    expect(measure(s, '33 hostages', { unit: 'hostages' })).toEqual(['hostages', 'release', 'gaza']);
    expect(measure(s, '91 hostages', { unit: 'hostages' })).toEqual(['hostages', 'held', 'gaza']);
    const t = 'Israel reported the deaths of 50 militants and the detention of 100 individuals in the Jenin area.';
    expect(measure(t, '50 militants', { unit: 'militants' })).toEqual(['militants', 'dead', 'jenin']);
    expect(measure(t, '100 individuals', { unit: 'individuals' })).toEqual(['individuals', 'detained', 'jenin']);
  });
  it('counts the other side of an exchange as released', () => {
    const s = 'Hamas agreed to free 33 hostages in exchange for about 1,900 Palestinian prisoners held in Israeli jails.';
    expect(measure(s, 'about 1,900', { unit: 'prisoners' })).toEqual(['prisoners', 'held', 'release']);
    expect(measure('Israel holds 9,000 prisoners in its jails.', '9,000 prisoners', { unit: 'prisoners' })).toEqual(['prisoners', 'held']);
  });
  it('gives a bare figure the events of the sentence before it when its clause has none', () => {
    const s = 'The death toll in Gaza after 15 months of war has risen to 48,200, the ministry said.';
    expect(measure(s, '48,200')).toContain('dead');
    // A figure with a unit, or a clause that says what happened, keeps its own.
    expect(measure('The death toll rose; 40 trucks crossed at Rafah.', '40 trucks', { unit: 'trucks' })).not.toContain('dead');
    expect(measure('The death toll rose; 40 crossed at Rafah.', '40')).toContain('dead');
    const freed = measure('Troops killed 9 militants after the raid, and 12 were freed.', '12');
    expect(freed).toContain('release');
    expect(freed).not.toContain('dead');
  });
  it('gives the place a demonym unit carries', () => {
    expect(measure('Over 545,000 displaced Gazans have returned.', 'Over 545,000', { unit: 'gazans' })).toEqual(['gazans', 'displaced', 'returned', 'gaza']);
  });
  it('takes the topic of the sentence when the clause has none', () => {
    const s = 'The Jenin operation, which began on January 21, goes on.';
    expect(measure(s, 'January 21', { kind: 'date', form: 'date', value: null })).toEqual(['offensive']);
    const t = 'The truce, signed in Doha, took effect on January 19.';
    expect(measure(t, 'January 19', { kind: 'date', form: 'date', value: null })).toEqual(['ceasefire', 'in-force', 'doha']);
  });
  it('gives dates their event words and no unit', () => {
    const s = 'The October 7, 2023 attack by Hamas killed 1,210 people.';
    expect(measure(s, 'October 7, 2023', { kind: 'date', form: 'date', value: null, iso: '2023-10-07' })).toEqual(['attack', 'dead']);
    expect(measure('Voters go to the polls on June 3.', 'June 3', { kind: 'date', form: 'date', value: null })).toEqual(['election']);
  });
  it('knows measures outside war news', () => {
    expect(measure('Turnout in the election was 61%.', '61%', { form: 'percent', unit: '%' })).toEqual(['%', 'vote', 'election']);
    expect(measure('The firm said sales rose 4% in Germany.', '4%', { form: 'percent', unit: '%' })).toEqual(['%', 'revenue', 'germany']);
    expect(measure('The bridge will cost $2bn.', '$2bn', { form: 'money', unit: 'USD' })).toEqual(['USD', 'cost']);
  });
  it('leaves out words of the figure itself and words that are no key words', () => {
    expect(measure('Officials said two people spoke.', 'two people', { unit: 'people' })).toEqual(['people']);
  });
  it('gives a bare figure that points back what the last figure of the sentence before measured', () => {
    const before = 'The death toll in Gaza has risen to 48,200, the health ministry said.';
    const s = 'The ministry’s previous tally, published in January, stood at 47,460.';
    expect(measureOf(s, q(s, '47,460'), before)).toEqual(['dead', 'gaza']);
    // Without the sentence before, or without a word that points back, nothing is borrowed.
    expect(measureOf(s, q(s, '47,460'))).toEqual([]);
    const plain = 'The ministry published another report, which stood at 47,460.';
    expect(measureOf(plain, q(plain, '47,460'), before)).toEqual([]);
    // A figure that says what happened keeps its own measure.
    const own = 'The previous tally of 300 people killed in the north was revised.';
    expect(measureOf(own, q(own, '300 people', { unit: 'people' }), before)).toEqual(['people', 'dead']);
  });
});

describe('a list of places and figures', () => {
  it('gives each figure the place named before "with": "followed by Uganda with 6,400 and Sierra Leone with 3,900"', () => {
    const s = 'Congo accounts for more than half of the confirmed cases, followed by Uganda with 6,400 and Sierra Leone with 3,900.';
    expect(measure(s, '6,400')).toContain('uganda');
    expect(measure(s, '3,900')).toContain('sierra leone');
    expect(measure(s, '3,900')).not.toContain('uganda');
  });
});

describe('places joined to a departure', () => {
  it('are the departure’s: "launches from Cape Canaveral and from Vandenberg Space Force Base in California"', () => {
    expect(placesIn('most of them Falcon 9 launches from Cape Canaveral and from Vandenberg Space Force Base in California')).toEqual([]);
    expect(placesIn('launches from Cape Canaveral, and 12 deaths in Texas')).toEqual(['texas']);
  });
});

describe('a sum set against another', () => {
  it('measures what that one does: "released another $6 million, on top of the $11 million sent in March"', () => {
    const s = 'The agency had released another $6 million to Texas, on top of the $11 million sent in March.';
    expect(measureOf(s, findQuantities(s).find((f) => f.text === '$11 million') as Quantity)).toContain('release');
  });
});

describe('a duration’s aspect', () => {
  it('puts the aspect in the measure', () => {
    const s = 'Three weeks into the cease-fire, talks began.';
    const q = findQuantities(s)[0]!;
    expect(measureOf(s, q)).toContain(ELAPSED_MARK);
  });
});

describe('a place that opens the sentence', () => {
  it('is the figure’s: "In Mexico, cases rose to 2,900"', () => {
    expect(measureOf('In Mexico, cases rose to 2,900.', q('In Mexico, cases rose to 2,900.', '2,900'))).toContain('mexico');
  });
});

describe('lexicon', () => {
  it('maps every lemma to itself, so stored measures read back the same', () => {
    for (const lemma of ['dead', 'wounded', 'held', 'taken', 'release', 'returned', 'displaced', 'detained', 'missing', 'evacuated', 'vote']) {
      expect(eventLemma(lemma)).toBe(lemma);
    }
    for (const lemma of ['ceasefire', 'war', 'attack', 'offensive', 'strike', 'deal', 'phase', 'talks', 'election', 'meeting', 'aid', 'cost', 'revenue', 'inflation']) {
      expect(topicLemma(lemma)).toBe(lemma);
    }
  });
  it('treats the spellings of a ceasefire as one', () => {
    expect(topicLemma('cease-fire')).toBe('ceasefire');
    expect(topicLemma('truce')).toBe('ceasefire');
    expect(topicLemma('hostages')).toBeNull();
  });
});

describe('the topic of a clause that names none', () => {
  const found = (sentence: string, text: string): string[] => {
    const figure = findQuantities(sentence).find((f) => f.text === text);
    if (!figure) throw new Error(text);
    return measureOf(sentence, figure);
  };
  const measure = found;
  it('comes from the nearest clause that names one, not the whole sentence', () => {
    const s = 'Bailey said rates were on a downward path, but warned that inflation, which reached 3.6% in June, would peak.';
    expect(measure(s, '3.6%')).toContain('inflation');
    expect(measure(s, '3.6%')).not.toContain('rate');
  });
  it('is none for a date across a break that sets another moment against it', () => {
    expect(measure('Hezbollah began firing on Oct. 8, 2023, a day after the Hamas attack, in support of Gaza.', 'Oct. 8, 2023')).toEqual([]);
    expect(measure('He was due to meet lawmakers on Thursday before flying home to Israel on Feb. 8.', 'Feb. 8')).toEqual([]);
    // A figure that is not a date still takes them: a share of what the clause before speaks of.
    expect(measure('Inflation slowed after the war ended, to 2%.', '2%')).toContain('war');
  });
  it('is, for a relative clause, that of the noun just before it', () => {
    const s = 'The meeting came as the first phase of the cease-fire, which began on Jan. 19, passed its midpoint.';
    expect(measure(s, 'Jan. 19')).toEqual(['ceasefire']);
    expect(measure('The Jenin operation, which began on January 21, goes on.', 'January 21')).toEqual(['offensive']);
  });
  it('reads "the unemployment rate" as unemployment, not as a rate', () => {
    expect(measure('The unemployment rate rose to 4.3%.', '4.3%')).toEqual(['%', 'unemployment']);
  });
});

describe('topics of rates stories', () => {
  const found = (sentence: string, text: string): string[] => {
    const figure = findQuantities(sentence).find((f) => f.text === text);
    if (!figure) throw new Error(text);
    return measureOf(sentence, figure);
  };
  it('knows a term, a yield and a currency’s price, not "the euro zone"', () => {
    expect(found('Powell’s term as chair ends in May 2026.', 'May 2026')).toEqual(['term']);
    expect(found('The yield on the Treasury note rose to 4.08%.', '4.08%')).toEqual(['%', 'yield']);
    expect(found('The euro rose to $1.1480 after the decision.', '$1.1480')).toEqual(['USD', 'euro']);
    expect(found('Euro zone inflation slowed to 1.9% in May.', '1.9%')).toEqual(['%', 'inflation']);
  });
  it('does not take an abbreviated month for a place', () => {
    expect(placesIn('a 30% tariff from Aug. 1')).toEqual([]);
  });
});

describe('journeys', () => {
  it('takes no place from where a journey set out', () => {
    expect(placesIn('after their capsule lifted off from Florida')).toEqual([]);
    expect(placesIn('a rocket launched from Kennedy Space Center')).toEqual([]);
    expect(placesIn('aid trucks from Egypt')).toEqual(['egypt']);
  });
  it('dates and times a crew by its docking', () => {
    const s = 'Four astronauts docked with the station early on Saturday, about 15 hours after their capsule lifted off from Florida.';
    expect(measure(s, 'about 15 hours', { form: 'duration', unit: 'hours' })).toEqual(['hours', 'docking']);
  });
});

describe('a figure set against another', () => {
  it('measures what the figure before it does', () => {
    const s = 'The committee voted to give the agency $24.9 billion, rather than the $18.8 billion the administration had asked for.';
    expect(measure(s, '$18.8 billion', { form: 'money', unit: 'USD' })).toContain('budget');
    const other = 'The committee voted to give the agency $24.9 billion, and the $18.8 billion went elsewhere.';
    expect(measure(other, '$18.8 billion', { form: 'money', unit: 'USD' })).not.toContain('budget');
  });
  it('reads ", not X" as a correction of the figure before it', () => {
    const s = 'In the Görlitz constituency the final figures put the AfD candidate’s share of the first votes at 46.7%, not 48.1%, after an error was found.';
    expect(measure(s, '48.1%', { form: 'percent', unit: '%' })).toEqual(expect.arrayContaining(['vote', 'görlitz']));
    const other = 'The final figures put the share of the first votes at 46.7%, and 48.1% was never published.';
    expect(measure(other, '48.1%', { form: 'percent', unit: '%' })).not.toContain('vote');
  });
});

describe('an election by its verb', () => {
  const date = { kind: 'date', form: 'date', unit: null } as const;
  it('dates an election said as "was elected" or "to be elected"', () => {
    expect(measure('Merz was elected chancellor by the Bundestag on May 6.', 'May 6', date)).toContain('election');
    expect(measure('The deal clears the way for Merz to be elected chancellor on May 6.', 'May 6', date)).toContain('election');
  });
  it('takes none from "the newly elected" body, whose election is over', () => {
    expect(measure('The newly elected Bundestag met for the first time on March 25.', 'March 25', date)).not.toContain('election');
  });
});

describe('a party\'s result', () => {
  const share = { form: 'percent', unit: '%' } as const;
  it('is what one got at a vote, said with its possessive', () => {
    const s = 'The SPD fell to 16.4%, down 9.3 percentage points and its worst result since 1949.';
    expect(measure(s, '16.4%', share)).toContain('result');
    expect(measure('The CDU won 28.5%, according to preliminary results published on Monday.', '28.5%', share)).not.toContain('result');
  });
  it('is no aid for "a relief" beside it', () => {
    const s = 'The result is a relief for Lars Klingbeil, who took over after the SPD fell to 16 percent, its weakest result in the postwar era.';
    expect(measure(s, '16 percent', share)).not.toContain('aid');
    expect(measure(s, '16 percent', share)).toContain('result');
    expect(measure('Relief for Gaza reached 600 trucks a day.', '600 trucks', { unit: 'trucks' })).toContain('aid');
  });
});

describe('injuring', () => {
  it('is a wounding, as "injured" is', () => {
    const s = 'The quake struck on Friday, killing at least 1,002 people and injuring 2,376.';
    expect(measureOf(s, findQuantities(s).find((f) => f.text === '2,376') as Quantity)).toContain('wounded');
    expect(measureOf(s, findQuantities(s).find((f) => f.text === '2,376') as Quantity)).not.toContain('dead');
  });
});

describe('a count joined to its noun', () => {
  it('describes a thing, and takes no event of what happened to it', () => {
    const s = 'In Bangkok, a 30-storey tower under construction collapsed, killing 10 people.';
    const t = 'Two weeks after the collapse of a 30-storey tower killed 89 people, an audit was ordered.';
    expect(measureOf(t, findQuantities(t).find((f) => f.text === '30-storey') as Quantity)).not.toContain('dead');
    expect(measureOf(s, findQuantities(s).find((f) => f.text === '10 people') as Quantity)).toContain('dead');
  });
});

describe('buildings that collapsed', () => {
  it('are a count of collapsed buildings, which a later count differs from', () => {
    const stored = storedFacts('2025-03-29', 'State media said 30 people were missing and 1,590 buildings had collapsed in the Mandalay and Sagaing regions.');
    const page = 'The government said 2,714 buildings had collapsed, and OCHA warned that cholera could spread in the camps.';
    expect(measureOf(page, findQuantities(page).find((f) => f.text === '2,714 buildings') as Quantity)).toContain('collapsed');
    expect(verdict(stored, page, '2,714 buildings')).toEqual(['differs', 'stored figure is 1,590']);
  });
  it('is not said by the noun, which names what killed a toll', () => {
    const s = 'The toll from the collapse of the unfinished tower rose to 63.';
    expect(measureOf(s, findQuantities(s).find((f) => f.text === '63') as Quantity)).not.toContain('collapsed');
  });
});

describe('an aftershock', () => {
  it('is its own topic, which the time after the main shock is of', () => {
    const stored = storedFacts('2025-03-29', 'The quake hit at a depth of 10 km, the USGS said. A magnitude 6.4 aftershock followed 12 minutes later.');
    const page = 'The magnitude 7.7 quake struck near Sagaing, and more than 300 aftershocks have followed, the USGS said, the strongest of them the magnitude 6.4 shock 12 minutes after the main one.';
    expect(measureOf(page, findQuantities(page).find((f) => f.text === '12 minutes') as Quantity)).toContain('aftershock');
    expect(verdict(stored, page, '12 minutes')).toEqual(['agrees', 'same figure']);
  });
});
