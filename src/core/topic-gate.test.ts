import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { index, seedMatcher } from '../../tests/support/seed-knowledge';
import { annotateText } from './annotate';
import { buildKnowledge } from './knowledge';
import { buildMatcherPackage, compileMatcher } from './matcher';
import { demonyms, placeLexicon, placeVariants } from './places';
import { sensitiveProfile } from './records';
import { GATE_SAMPLE, gateSample, scorePage, storedNamesIn } from './topic-gate';
import type { Article, KnowledgeIndex, PageAnnotation, TopicProfile, TopicScore } from './types';

/** The page matcher of a store, as the background hands it to the gate. */
function annotator(k: KnowledgeIndex): (text: string) => PageAnnotation[] {
  const m = compileMatcher(buildMatcherPackage(k, placeLexicon(), demonyms(), placeVariants()));
  return (text) => annotateText(m, text);
}

const profile: TopicProfile = { weights: { gaza: 2, hostages: 2, ceasefire: 2, israel: 1 }, threshold: 0.15 };

describe('the topic gate', () => {
  it('counts the distinct stored entities the annotations link, a place as half a name, an actor linked twice as two', () => {
    const at = (start: number, entityId: string | null, kind: PageAnnotation['kind'] = 'place'): PageAnnotation => ({ start, end: start + 4, text: 'Gaza', kind, entityId, canonical: null });
    // An actor linked once counts one where the page names something of its own more often…
    const own = [at(40, null, 'org'), at(50, null, 'org')];
    expect(storedNamesIn([at(0, 'place:gaza'), at(9, 'place:gaza'), at(20, null), at(30, 'org:hamas', 'org'), ...own])).toBe(1.5);
    expect(storedNamesIn([at(0, 'place:gaza'), at(9, 'place:israel'), at(30, 'person:netanyahu', 'person'), ...own])).toBe(2);
    // …and one and a half where it does not: the stored actor is what the page is about.
    expect(storedNamesIn([at(0, 'place:gaza'), at(9, 'place:gaza'), at(20, null), at(30, 'org:hamas', 'org')])).toBe(2);
    expect(storedNamesIn([at(30, 'org:hamas', 'org')])).toBe(1.5);
    // …but one where it is named only after the page's lead: a voice or an example in passing.
    const lateHamas = at(300, 'org:hamas', 'org');
    expect(storedNamesIn([at(0, 'place:gaza'), lateHamas], (a) => a !== lateHamas)).toBe(1.5);
    expect(storedNamesIn([at(0, 'place:gaza'), lateHamas, at(310, 'org:hamas', 'org')], (a) => a.start < 300)).toBe(2.5);
    // An actor linked twice counts two; a place linked twice still half.
    expect(storedNamesIn([at(0, 'org:hamas', 'org'), at(9, 'org:hamas', 'org')])).toBe(2);
    expect(storedNamesIn([at(0, 'place:gaza'), at(9, 'place:gaza'), at(20, 'place:gaza')])).toBe(0.5);
  });

  it('passes a page, at any threshold, only if it names two stored entities, a place counting half', () => {
    // Three of the profile's words in a long page of others: a score between 0.10 and 0.15.
    const others = Array.from({ length: 110 }, (_, i) => `w${String.fromCharCode(97 + (i % 26), 97 + Math.floor(i / 26))}x`);
    const text = `Talk of a ceasefire in Gaza and Israel. ${others.join(' ')}`;
    // The names are in the text, each once; the title names none.
    const named = (...ids: string[]) => (read: string): PageAnnotation[] => (read === 'Gaza ceasefire holds' ? [] : ids.map((id, i) => ({ start: i, end: i + 1, text: 'x', kind: 'org' as const, entityId: id, canonical: null })));
    const sensitive = { ...profile, threshold: 0.1 };
    const s = scorePage(sensitive, '', text);
    expect(s.score).toBeGreaterThanOrEqual(0.1);
    expect(s.score).toBeLessThan(0.15);
    expect(s.onTopic).toBe(true);
    expect(scorePage(sensitive, '', text, named('org:e0')).onTopic).toBe(false);
    expect(scorePage(sensitive, '', text, named('org:e0', 'org:e1')).onTopic).toBe(true);
    // At or over the default threshold too: one name, or two places, are not enough.
    const on = 'Hostages were released as the ceasefire in Gaza held. Israel confirmed it.';
    expect(scorePage(profile, 'Gaza ceasefire holds', on).onTopic).toBe(true);
    expect(scorePage(profile, 'Gaza ceasefire holds', on, named('org:e0')).onTopic).toBe(false);
    expect(scorePage(profile, 'Gaza ceasefire holds', on, named('place:p0', 'place:p1')).onTopic).toBe(false);
    expect(scorePage(profile, 'Gaza ceasefire holds', on, named('org:e0', 'place:p0', 'place:p1')).onTopic).toBe(true);
    expect(scorePage(profile, 'Gaza ceasefire holds', on, named('place:p0', 'place:p1', 'place:p2', 'place:p3')).onTopic).toBe(true);
    // One actor named twice (here in the title and the text) is what the page is about.
    expect(scorePage(profile, 'Gaza ceasefire holds', on, () => named('org:e0')(on)).onTopic).toBe(true);
    // One actor named once with a place passes where the page names nothing of its own more
    // often; where it does (an org the store does not know, twice), it is that org's page.
    expect(scorePage(profile, 'Gaza ceasefire holds', on, named('org:e0', 'place:p0')).onTopic).toBe(true);
    const withOwn = (read: string): PageAnnotation[] => [...named('org:e0', 'place:p0')(read), ...(read === on ? [0, 1].map((i) => ({ start: 50 + i, end: 51 + i, text: 'Acme', kind: 'org' as const, entityId: null, canonical: 'Acme' })) : [])];
    expect(scorePage(profile, 'Gaza ceasefire holds', on, withOwn).onTopic).toBe(false);
  });

  it('counts a stored person the headline names by the surname alone, not where the text names a namesake', () => {
    const on = 'Hostages were released as the ceasefire in Gaza held. Israel confirmed it.';
    const person = (entityId: string | null, text: string): PageAnnotation => ({ start: 0, end: text.length, text, kind: 'person', entityId, canonical: entityId ? text : null });
    const place: PageAnnotation = { start: 60, end: 66, text: 'Israel', kind: 'place', entityId: 'place:israel', canonical: 'Israel' };
    // The headline's "Merz" is the stored person; the text names a Jonas Merz the store does not know.
    const strange = (read: string): PageAnnotation[] => (read === on ? [person(null, 'Jonas Merz'), place] : [person('person:merz', 'Merz')]);
    expect(scorePage(profile, 'Merz scores as ceasefire holds', on, strange).onTopic).toBe(false);
    // The text links the stored person: the headline's surname is theirs.
    const same = (read: string): PageAnnotation[] => (read === on ? [person('person:merz', 'Friedrich Merz'), place] : [person('person:merz', 'Merz')]);
    expect(scorePage(profile, 'Merz hails ceasefire', on, same).onTopic).toBe(true);
  });

  it('reads the title and the text apart, and asks for names only on a page that passes on its score', () => {
    const asked: string[] = [];
    const annotate = (text: string): PageAnnotation[] => (asked.push(text), []);
    scorePage(profile, 'Cup final', 'The striker scored twice as the home side won the cup final.', annotate);
    expect(asked).toEqual([]);
    scorePage(profile, 'Gaza ceasefire holds', 'Hostages were released as the ceasefire in Gaza held.', annotate);
    expect(asked).toEqual(['Gaza ceasefire holds', 'Hostages were released as the ceasefire in Gaza held.']);
  });

  it('reads only the start of a long text', () => {
    expect(gateSample('a'.repeat(GATE_SAMPLE + 10))).toHaveLength(GATE_SAMPLE);
    expect(gateSample('short')).toBe('short');
  });

  it('counts the title with the text, and a page about other things stays below the threshold', () => {
    const on = scorePage(profile, 'Gaza ceasefire holds', 'Hostages were released as the ceasefire in Gaza held. Israel confirmed it.');
    const off = scorePage(profile, 'Cup final', 'The striker scored twice as the home side won the cup final in front of a full stadium.');
    expect(on.onTopic).toBe(true);
    expect(off.onTopic).toBe(false);
    expect(on.score).toBeGreaterThan(off.score);
  });
});

// The Gaza eval pages (tests/eval/topics/gaza) scored as the gate scores them, at the slider's two ends.
describe('the topic gate at the ends of the sensitivity slider', () => {
  const dir = join(import.meta.dirname, '..', '..', 'tests', 'eval', 'topics', 'gaza', 'pages');
  const pages = readdirSync(dir).map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as { id: string; title: string; topic: string; paragraphs: string[] });
  const gate = (sensitivity: number, id: string): TopicScore => {
    const page = pages.find((p) => p.id === id);
    if (!page) throw new Error(`no eval page ${id}`);
    return scorePage(sensitiveProfile(index.topic, sensitivity), page.title, page.paragraphs.join('\n\n'), (text) => annotateText(seedMatcher(), text));
  };
  const earnings = readFileSync(join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'offtopic-earnings.html'), 'utf8').replace(/<[^>]+>/g, ' ');

  it.each(pages.filter((p) => p.topic === 'off').map((p) => p.id))('at the most sensitive, still rejects the off-topic page %s', (id) => {
    const s = gate(1, id);
    expect(s.onTopic, JSON.stringify(s)).toBe(false);
  });

  it('at the most sensitive, rejects the earnings page QA saw highlighted', () => {
    expect(scorePage(sensitiveProfile(index.topic, 1), 'Chipmaker’s quarterly revenue jumps', earnings).onTopic).toBe(false);
  });

  it('says the threshold it judged at, so a run at another sensitivity gives another report', () => {
    const at = (sensitivity: number): TopicScore => gate(sensitivity, 'ceasefire-phase-two');
    expect(at(0.5).threshold).toBeCloseTo(0.15);
    expect(at(1).threshold).toBeCloseTo(0.1);
    // Same verdict and terms, yet not the same report: the popup hears of the new run.
    expect(at(1).onTopic).toBe(at(0.5).onTopic);
    expect(JSON.stringify(at(1))).not.toBe(JSON.stringify(at(0.5)));
  });

  it('at the most sensitive, lets the near-topic page in (the slider does something there)', () => {
    expect(gate(0.5, 'iran-maximum-pressure').onTopic).toBe(false);
    expect(gate(1, 'iran-maximum-pressure').onTopic).toBe(true);
  });

  it.each(['ceasefire-phase-two', 'hostage-exchange-saturday', 'gaza-death-toll', 'trump-netanyahu-meeting', 'smotrich-coalition', 'witkoff-doha-talks', 'lebanon-truce', 'egypt-rafah-aid'])(
    'at the strictest, still passes the page squarely on the topics: %s',
    (id) => {
      const s = gate(0, id);
      expect(s.onTopic, JSON.stringify(s)).toBe(true);
    },
  );
});

// The second eval topic, central-bank rates, against a store of its own seeds only.
describe('the topic gate for another topic (tests/eval/topics/rates)', () => {
  const dir = join(import.meta.dirname, '..', '..', 'tests', 'eval', 'topics', 'rates');
  const read = <T>(sub: string): T[] => readdirSync(join(dir, sub)).map((f) => JSON.parse(readFileSync(join(dir, sub, f), 'utf8')) as T);
  const rates = buildKnowledge(read<Article>('seeds'));
  const annotate = annotator(rates);
  const pages = read<{ id: string; title: string; topic: string; paragraphs: string[] }>('pages');
  const gate = (sensitivity: number, page: (typeof pages)[number]): TopicScore =>
    scorePage(sensitiveProfile(rates.topic, sensitivity), page.title, page.paragraphs.join('\n\n'), annotate);

  it.each(pages.filter((p) => p.topic === 'off').map((p) => [p.id, p] as const))('at the most sensitive, still rejects the off-topic page %s', (_id, page) => {
    const s = gate(1, page);
    expect(s.onTopic, JSON.stringify(s)).toBe(false);
  });
  it.each(pages.filter((p) => p.topic === 'on').map((p) => [p.id, p] as const))('at the strictest, still passes the on-topic page %s', (_id, page) => {
    const s = gate(0, page);
    expect(s.onTopic, JSON.stringify(s)).toBe(true);
  });
});

/** Off pages of held-out topics (not yet judged by `npm run eval -- --check`) that pass. */
const KNOWN_OFF_PASSES = ['mine/copper-price-report', 'flood/ahr-wine-harvest', 'flood/rhineland-palatinate-election-2021'];

// Every eval topic with seeds of its own: the pages a reader expects on (on and near) pass at
// the default. The eval's --check fails only on an off-topic page let through, so a gate rule
// that turns an on page off (the near pages that should stay off look like them) shows here.
describe('the topic gate on every eval topic’s pages expected on', () => {
  const root = join(import.meta.dirname, '..', '..', 'tests', 'eval', 'topics');
  const topics = readdirSync(root).filter((t) => existsSync(join(root, t, 'seeds')));
  const read = <T>(dir: string): T[] => readdirSync(dir).map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as T);
  // Each topic's store and its page matcher, built once: the gate counts the page's stored names.
  const stores = new Map(
    topics.map((t) => {
      const k = buildKnowledge(read<Article>(join(root, t, 'seeds')));
      return [t, { profile: k.topic, annotate: annotator(k) }] as const;
    }),
  );
  const pagesOf = (t: string) => read<{ id: string; title: string; topic: string; expectOnTopic: boolean; paragraphs: string[] }>(join(root, t, 'pages'));
  const gate = (t: string, page: { title: string; paragraphs: string[] }): TopicScore => {
    const store = stores.get(t);
    if (!store) throw new Error(`no eval topic ${t}`);
    return scorePage(sensitiveProfile(store.profile, 0.5), page.title, page.paragraphs.join('\n\n'), store.annotate);
  };
  const where = (keep: (p: ReturnType<typeof pagesOf>[number], id: string) => boolean) =>
    topics.flatMap((t) => pagesOf(t).filter((p) => keep(p, `${t}/${p.id}`)).map((p) => [`${t}/${p.id}`, t, p] as const));

  it.each(where((p) => p.expectOnTopic))('at the default, passes %s', (_id, t, page) => {
    const s = gate(t, page);
    expect(s.onTopic, JSON.stringify(s)).toBe(true);
  });

  // …and every off-topic page stays out there, held-out topics under their bars included
  // (strike's Tigers page passed on its "Ford Field", topic-name-pairs.ts; sport's gold price
  // and Paris, Texas, rodeo on the host city, "gold" and no actor of the Games).
  it.each(where((p, id) => p.topic === 'off' && !KNOWN_OFF_PASSES.includes(id)))('at the default, keeps out %s', (_id, t, page) => {
    const s = gate(t, page);
    expect(s.onTopic, JSON.stringify(s)).toBe(false);
  });

  // Known misses of held-out topics still under their bars, pinned so that a fix (or a new
  // pass) shows here: mine's copper report shares the trade's words (mine, miner, copper) and
  // names the rescue's Codelco three times with Chile and the Atacama, but none of the story's
  // event words; flood's Ahr wine harvest names four stored places (the flood once, in passing)
  // and its 2021 state election the stored premier, chancellor and party with their roles, none
  // of the flood's words. No general rule found yet (gate18 and gate19, 2026-12-07: each measure
  // tried also turned an on page off, or hung on a tie's alphabetical order).
  it.each(where((_p, id) => KNOWN_OFF_PASSES.includes(id)))('at the default, still lets in the off page %s (a known miss)', (_id, t, page) => {
    const s = gate(t, page);
    expect(s.onTopic, JSON.stringify(s)).toBe(true);
  });

  // Near pages expected off that pass on their score but name one actor of the story in passing
  // and a place or none (the stored-names rule, topic-gate.ts).
  it.each(where((_p, id) => ['bank/regional-bank-quarter-2024', 'strike/boeing-machinists-strike'].includes(id)))(
    'at the default, keeps out the near page %s',
    (_id, t, page) => {
      const s = gate(t, page);
      expect(s.score).toBeGreaterThanOrEqual(0.15);
      expect(s.onTopic, JSON.stringify(s)).toBe(false);
    },
  );
});

// Air's seeds name the airline "American Eagle"; the eagle page is about the bird (tests/eval/topics/air).
describe('the topic gate on a word the store holds only inside a name', () => {
  const dir = join(import.meta.dirname, '..', '..', 'tests', 'eval', 'topics', 'air');
  const read = <T>(sub: string): T[] => readdirSync(join(dir, sub)).map((f) => JSON.parse(readFileSync(join(dir, sub, f), 'utf8')) as T);
  const air = buildKnowledge(read<Article>('seeds'));
  const page = (id: string) => read<{ id: string; title: string; paragraphs: string[] }>('pages').find((p) => p.id === id);

  it('keeps the eagles’ nest off at the default, and the pages on the airline’s jet on', () => {
    expect(air.topic.nameWords).toContain('eagle');
    for (const [id, on] of [['eagles-nest-potomac', false], ['divers-recover-41', true], ['faa-route-closure', true]] as const) {
      const p = page(id);
      if (!p) throw new Error(`no eval page ${id}`);
      const s = scorePage(sensitiveProfile(air.topic, 0.5), p.title, p.paragraphs.join('\n\n'));
      expect(s.onTopic, `${id} ${JSON.stringify(s)}`).toBe(on);
    }
  });
});

// At the most sensitive setting (0.10) the gate lets in pages scoring 0.10-0.15: off-topic pages
// sharing a word, one name or a place or two with the store stay out; the near pages naming the story's actors
// come in, the slider's purpose there.
describe('the topic gate at the most sensitive, on every eval topic', () => {
  const root = join(import.meta.dirname, '..', '..', 'tests', 'eval', 'topics');
  const read = <T>(dir: string): T[] => readdirSync(dir).map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as T);
  const gate = (t: string, id: string, sensitivity: number): TopicScore => {
    const k = buildKnowledge(read<Article>(join(root, t, 'seeds')));
    const page = read<{ id: string; title: string; paragraphs: string[] }>(join(root, t, 'pages')).find((p) => p.id === id);
    if (!page) throw new Error(`no eval page ${t}/${id}`);
    return scorePage(sensitiveProfile(k.topic, sensitivity), page.title, page.paragraphs.join('\n\n'), annotator(k));
  };

  it.each([
    ['air', 'eagles-nest-potomac'],
    ['quake', 'chile-mine-rescue'],
    ['steel', 'golden-knights-penguins'],
    ['steel', 'steel-bridge-closure'],
    ['wildfire', 'palisades-nuclear-restart'],
    ['election', 'handball-kiel-merz'],
    ['strike', 'tigers-pitcher-strikeouts'],
    ['sport', 'seine-bistro-review'],
  ])('keeps out %s/%s, which scores over 0.10 but names fewer than two stored entities (a place counting half)', (t, id) => {
    const s = gate(t, id, 1);
    expect(s.score).toBeGreaterThanOrEqual(0.1);
    expect(s.onTopic, JSON.stringify(s)).toBe(false);
  });

  it('keeps out election/handball-kiel-merz with its headline at the top of the text, as the page shows it: its "Merz" is Jonas Merz, the player', () => {
    const k = buildKnowledge(read<Article>(join(root, 'election', 'seeds')));
    const page = read<{ id: string; title: string; paragraphs: string[] }>(join(root, 'election', 'pages')).find((p) => p.id === 'handball-kiel-merz');
    if (!page) throw new Error('no eval page election/handball-kiel-merz');
    const s = scorePage(sensitiveProfile(k.topic, 1), page.title, [page.title, ...page.paragraphs].join('\n\n'), annotator(k));
    expect(s.score).toBeGreaterThanOrEqual(0.1);
    expect(s.onTopic, JSON.stringify(s)).toBe(false);
  });

  it('keeps out steel/nippon-connection-festival on its score: its "Nippon Connection" is no "Nippon Steel"', () => {
    expect(gate('steel', 'nippon-connection-festival', 1).score).toBeLessThan(0.1);
  });

  it.each([
    ['election', 'eu-parliament-afd-group'],
    ['quake', 'myanmar-election-plans'],
  ])('lets in the near page %s/%s, off at the default', (t, id) => {
    expect(gate(t, id, 0.5).onTopic).toBe(false);
    expect(gate(t, id, 1).onTopic).toBe(true);
  });
});
