import { describe, expect, it } from 'vitest';
import { index, seedMatcher } from '../../tests/support/seed-knowledge';
import { annotateText } from './annotate';
import { buildTopicProfile, scoreTopic, termOf } from './topic';

const profile = index.topic;
const score = (text: string) => scoreTopic(profile, text);
const scoreLinked = (text: string) => scoreTopic(profile, text, annotateText(seedMatcher(), text));

// Pages written for these tests (none is seed text).
const ON = {
  brief:
    'Hamas freed three Israeli hostages in Gaza on Saturday and Israel released 183 Palestinian prisoners, the sixth swap under the fragile ceasefire. Mediators said talks on the second phase of the truce would begin next week.',
  westBank:
    'Israeli forces pressed on with a raid in the Jenin refugee camp in the occupied West Bank for a third week, the Palestinian health ministry said. Troops demolished homes and bulldozed roads, and thousands of residents fled. The military said it had killed militants from Hamas and Islamic Jihad. Palestinian officials accused Israel of extending the Gaza war into the territory.',
  netanyahuTrump:
    'Netanyahu returned from Washington after talks with Trump on the Gaza ceasefire. Smotrich again threatened to quit the coalition unless Israel resumes fighting against Hamas once the first phase ends, while families of hostages pressed for a second-phase deal.',
  lebanon:
    'Israel carried out strikes in southern Lebanon on Tuesday, hours before a deadline for its troops to withdraw under the ceasefire with Hezbollah. Lebanese officials said the strikes breached the truce; the Israeli military said it targeted Hezbollah fighters. The ceasefire ended more than a year of fighting that began after the Hamas attack on Israel and the start of the Gaza war.',
};
const OFF = {
  superBowl:
    'The Philadelphia Eagles beat the Kansas City Chiefs 40-22 to win the Super Bowl in New Orleans. President Donald Trump watched from a suite and left at half-time. Jalen Hurts threw two touchdown passes and was named most valuable player. The Eagles defence sacked Patrick Mahomes six times.',
  football:
    'Arsenal came from behind to beat Fulham 2-1 at the Emirates on Saturday, with Bukayo Saka scoring the winner ten minutes from time. The result keeps Arsenal second in the Premier League table, four points behind Liverpool. Fulham manager Marco Silva said his side deserved a point after a bright first half.',
  earnings:
    'Chipmaker Lumora reported fourth-quarter revenue of $8.1bn, up 14% from a year earlier, as demand for data-centre processors rose. Net profit climbed to $2.3bn. The company forecast revenue growth in the first quarter and announced a $10bn share buyback. Shares rose 6% in after-hours trading.',
  weather:
    'Forecasters warned of heavy snow and freezing rain across the Midwest this weekend, with up to 12 inches expected in parts of Iowa and Illinois. Airlines cancelled hundreds of flights at Chicago O’Hare. Temperatures will fall well below zero on Sunday night before a milder week.',
  tariffs:
    'Trump said on Monday he would impose tariffs of 25% on steel and aluminium imports, widening a trade fight with Canada and Mexico. Economists warned that prices for cars and appliances would rise. The White House said the measures would protect American jobs; Canadian officials promised a response.',
};

describe('termOf', () => {
  it('folds case, possessives, hyphens and plurals', () => {
    expect(termOf('Cease-fire')).toBe('ceasefire');
    expect(termOf('Erdoğan’s')).toBe(termOf('Erdogan'));
    expect(termOf('São')).toBe('sao');
    expect(termOf('ceasefires')).toBe('ceasefire');
    expect(termOf('Hostages')).toBe('hostage');
    expect(termOf('Netanyahu’s')).toBe('netanyahu');
    expect(termOf('casualties')).toBe('casualty');
    expect(termOf('Hamas')).toBe('hamas');
    expect(termOf('crisis')).toBe('crisis');
  });
  it('drops function words and short words', () => {
    expect(termOf('the')).toBeNull();
    expect(termOf('of')).toBeNull();
    expect(termOf('said')).toBeNull();
  });
});

describe('buildTopicProfile', () => {
  it('weighs the topic’s terms above words all news uses', () => {
    const w = profile.weights;
    for (const t of ['ceasefire', 'hostage', 'gaza', 'hamas', 'netanyahu']) expect(w[t] ?? 0).toBeGreaterThan(0.5);
    for (const t of ['president', 'official', 'monday', 'tuesday', 'told']) expect(w[t] ?? 0).toBeLessThan(0.2);
    expect(w['said']).toBeUndefined();
  });
  it('weighs entities by id and leaves first names out', () => {
    expect(profile.weights['person:benjamin-netanyahu'] ?? 0).toBeGreaterThan(0.5);
    expect(profile.weights['donald']).toBeUndefined();
    expect(profile.weights['benjamin']).toBeUndefined();
  });
  it('keeps the surname of a name that ends in a generation ("Robert F. Kennedy Jr.")', () => {
    const stored = { id: 'a', title: 'Measles', source: 'Test Wire', url: null, date: '2025-03-05', language: 'en', paragraphs: ['Robert F. Kennedy Jr. said the measles vaccine works. Kennedy spoke in Texas.'] };
    const kennedy = { id: 'person:robert-f-kennedy-jr', name: 'Robert F. Kennedy Jr.', type: 'person' as const, aliases: [], description: null, mentions: [], related: [] };
    const weights = buildTopicProfile([stored], [kennedy]).weights;
    expect(weights['kennedy'] ?? 0).toBeGreaterThan(0);
    expect(weights['robert']).toBeUndefined();
  });
  it('weighs filler the stored articles happen to use as common: months, ordinals, "reporter", business words', () => {
    const w = profile.weights;
    for (const t of ['bank', 'supply', 'share', 'second', 'month', 'reporter', 'january', 'like', 'meanwhile']) expect(w[t] ?? 0, t).toBeLessThan(0.2);
  });
  it('weighs the words any story with figures uses as common: "rose", "fell", "a record"', () => {
    const stored = (id: string, text: string) => ({ id, title: 'Rates', source: 'Test Wire', url: null, date: '2025-06-05', language: 'en', paragraphs: [text] });
    const rates = buildTopicProfile(
      [
        stored('a', 'Inflation rose to a record as the central bank cut its deposit rate. Bond yields fell.'),
        stored('b', 'The deposit rate fell after inflation rose. Bond yields rose to a record high.'),
      ],
      [],
    );
    for (const t of ['rose', 'fell', 'record']) expect(rates.weights[t] ?? 0, t).toBeLessThan(0.2);
    expect(rates.weights['deposit'] ?? 0).toBeGreaterThan(0.5);
  });
  it('weighs number words and the heads of any institution ("department", "service", "agency") as common', () => {
    const stored = (id: string, text: string) => ({ id, title: 'Outbreak', source: 'Test Wire', url: null, date: '2025-03-28', language: 'en', paragraphs: [text] });
    const health = buildTopicProfile(
      [
        stored('a', 'The state health department said measles cases rose in three counties. The agency sent three teams.'),
        stored('b', 'Measles spread to three more states, the health service said, and the department sent vaccine.'),
      ],
      [],
    );
    for (const t of ['three', 'department', 'service', 'agency']) expect(health.weights[t] ?? 0, t).toBeLessThan(0.2);
    expect(health.weights['measle'] ?? 0).toBeGreaterThan(0.5);
  });
  it('weighs "seat" as common, like "vote" and "party": airlines, arenas and boards have seats too', () => {
    const stored = (id: string, text: string) => ({ id, title: 'Election', source: 'Test Wire', url: null, date: '2025-02-24', language: 'en', paragraphs: [text] });
    const election = buildTopicProfile(
      [
        stored('a', 'The conservatives won 208 seats in the Bundestag and the coalition holds 328 seats.'),
        stored('b', 'Together the two blocs hold a majority of seats in the Bundestag, the coalition said.'),
      ],
      [],
    );
    expect(election.weights['seat'] ?? 0).toBeLessThan(0.2);
    expect(election.weights['bundestag'] ?? 0).toBeGreaterThan(0.5);
  });
  it('is empty without articles', () => {
    expect(buildTopicProfile([], []).weights).toEqual({});
  });
});

describe('scoreTopic', () => {
  it.each(Object.entries(ON))('passes on-topic news: %s', (_name, text) => {
    const s = score(text);
    expect(s.onTopic, JSON.stringify(s)).toBe(true);
    expect(scoreLinked(text).onTopic).toBe(true);
  });

  it.each(Object.entries(OFF))('rejects off-topic news: %s', (_name, text) => {
    const s = score(text);
    expect(s.onTopic, JSON.stringify(s)).toBe(false);
    expect(scoreLinked(text).onTopic).toBe(false);
  });

  it('never passes a single shared name, however short the page', () => {
    const names = Object.keys(profile.weights).filter((t) => !t.includes(':')).slice(0, 40);
    for (const t of names) {
      for (const text of [t, `${t} ${t} ${t}`, `Crowds gathered as ${t} arrived for the match on Sunday.`]) {
        expect(score(text).onTopic, `${text}`).toBe(false);
      }
    }
    expect(scoreLinked('Donald Trump').onTopic).toBe(false);
    expect(scoreLinked('Benjamin Netanyahu spoke.').onTopic).toBe(false);
  });

  it('normalises by length: a long feature and a short brief both pass, with scores of the same order', () => {
    const filler =
      'Residents described long queues for bread and water, and teachers tried to reopen classrooms in tents. Doctors said the winter had made everything harder, and many families had moved several times.';
    const long = Array.from({ length: 40 }, (_, i) => `${Object.values(ON)[i % 4] ?? ''} ${filler}`).join('\n\n');
    expect(long.split(/\s+/).length).toBeGreaterThan(2500);
    const short = score(ON.brief);
    const big = score(long);
    expect(big.onTopic).toBe(true);
    expect(big.score / short.score).toBeGreaterThan(0.33);
    expect(big.score / short.score).toBeLessThan(3);
  });

  it('rejects a long off-topic page that keeps naming a shared person', () => {
    const long = Array.from({ length: 25 }, () => `${OFF.superBowl} ${OFF.tariffs}`).join('\n\n');
    expect(score(long).onTopic).toBe(false);
  });

  it('says which terms counted, best first', () => {
    const s = score(ON.netanyahuTrump);
    expect(s.top.length).toBeGreaterThan(2);
    expect(s.top.map((t) => t.term)).toContain('gaza');
    const weights = s.top.map((t) => t.weight);
    expect([...weights].sort((a, b) => b - a)).toEqual(weights);
  });

  it('reports only terms that carry the topic as shared, never filler', () => {
    // QA's earnings page: its shared terms were "bank, supply, share, second, month, reporter".
    const page =
      'By a markets reporter. The chipmaker said supply of advanced packaging remained tight in the second half, and several banks raised their targets. Shares rose 6% this month, and January sales beat forecasts.';
    const s = score(page);
    expect(s.top.map((t) => t.term)).toEqual([]);
    const on = score(`${page} ${ON.brief}`);
    for (const t of on.top) expect(['bank', 'supply', 'share', 'second', 'month', 'reporter', 'january']).not.toContain(t.term);
    expect(on.top.map((t) => t.term)).toContain('hostage');
  });

  it('never passes a page on common words alone, however low the threshold', () => {
    const anything = { ...profile, threshold: 0.001 };
    const filler = 'The reporter said on Monday that the second quarter of the year began well, and officials told the president the month would end with more people at work.';
    expect(scoreTopic(anything, filler).score).toBeGreaterThan(0);
    expect(scoreTopic(anything, filler).onTopic).toBe(false);
    expect(scoreTopic(anything, ON.brief).onTopic).toBe(true);
  });

  it('does not pass a page on the stored places’ names with a word or two beside them', () => {
    // A profile as a midair collision over a river by an airport gives (written for this test).
    const weights = { potomac: 1, river: 0.8, reagan: 0.8, washington: 0.6, helicopter: 1, jet: 0.9, collision: 0.9, army: 0.7, crew: 0.5, coach: 0.2 };
    const air = { weights, threshold: 0.15, places: ['potomac', 'river', 'reagan', 'washington'] };
    const regatta = 'Rowers raced on the Potomac River at Washington, past the Reagan boathouse on the Potomac, and their coach said the river was kind.';
    expect(scoreTopic({ ...air, places: [] }, regatta).onTopic).toBe(true);
    expect(scoreTopic(air, regatta).onTopic).toBe(false);
    const crash = 'An Army helicopter and a jet collided over the Potomac River near Reagan airport; the collision killed the jet’s crew.';
    expect(scoreTopic(air, crash).onTopic).toBe(true);
  });

  it('logs the scores of the written pages (calibration record, not asserted)', () => {
    const rows = [...Object.entries(ON), ...Object.entries(OFF)].map(([name, text]) => {
      const s = score(text);
      return `${name}=${s.score}${s.onTopic ? '✓' : '✗'}`;
    });
    console.log(`topic scores (threshold ${profile.threshold}): ${rows.join(' ')}`);
  });

  it('gives nothing for empty text', () => {
    expect(score('')).toEqual({ score: 0, onTopic: false, threshold: profile.threshold, top: [] });
  });
});
