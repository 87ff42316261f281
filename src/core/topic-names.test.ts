import { describe, expect, it } from 'vitest';
import { buildTopicProfile, scoreTopic } from './topic';
import { titleCaseLines } from './topic-headlines';
import { namesWithLeads, nameSpans, nameWordReader } from './topic-names';
import type { Article, Entity } from './types';

// Every sentence here is written for these tests.
/** The words of `text` that count, for the name words given. */
function counted(text: string, nameWords: string[]): string[] {
  const reader = nameWordReader(text, new Set(nameWords), titleCaseLines(text));
  const out = new Map<string, number>();
  for (const m of text.matchAll(/\p{L}+/gu)) {
    const term = m[0].toLowerCase().replace(/s$/, '');
    if (reader.keep(term, m.index, m.index + m[0].length)) out.set(term, (out.get(term) ?? 0) + 1);
  }
  reader.settle(out);
  return [...out].filter(([t]) => nameWords.includes(t)).flatMap(([t, c]) => Array<string>(c).fill(t));
}

describe('nameSpans', () => {
  it('finds a stored name as written, whole words only', () => {
    const text = 'The American Eagle jet and an American Eagles fan.';
    expect(nameSpans(text, ['American Eagle'])).toEqual([{ start: 4, end: 18 }]);
    expect(nameSpans('the american eagle', ['American Eagle'])).toEqual([]);
  });
});

describe('a name word on a page', () => {
  it('counts where the page writes it capitalised, inside a sentence or before another capital', () => {
    expect(counted('The crew of the Eagle jet waited. American Eagle said so.', ['eagle'])).toEqual(['eagle', 'eagle']);
    expect(counted('Eagle Flight 5342 was on time.', ['eagle'])).toEqual(['eagle']);
  });

  it('never counts the common noun', () => {
    expect(counted('Two bald eagles nest above the river; an eagle can fly high.', ['eagle'])).toEqual([]);
  });

  it('at a sentence’s start, alone, counts only if the page never writes it lowercase', () => {
    expect(counted('Eagle pair returns to nest\nThe eagles laid an egg.', ['eagle'])).toEqual([]);
    expect(counted('Witkoff heads to Doha\nWitkoff, an envoy, flew on.', ['witkoff'])).toEqual(['witkoff', 'witkoff']);
  });

  it('takes no name from the capitals of a title-case headline, which capitalises every word', () => {
    expect(counted('Bald Eagles Return To The River\nA pair of bald eagles nests above the river.', ['eagle'])).toEqual([]);
    expect(counted('Bald Eagles Return to the River\nA pair of bald eagles nests above the river.', ['eagle'])).toEqual([]);
    // With no lowercase use on the page, it counts, as a word opening a sentence does.
    expect(counted('Eagle Jets Return To Reagan National\nThe American Eagle crews flew again.', ['eagle'])).toEqual(['eagle', 'eagle']);
  });

  it('takes no name from the capitals of an all-caps headline', () => {
    expect(counted('EAGLES RETURN TO THE RIVER\nA pair of bald eagles nests above the river.', ['eagle'])).toEqual([]);
    expect(counted('BREAKING: EAGLE PAIR NESTS AT THE RIVER\nThe eagles laid an egg.', ['eagle'])).toEqual([]);
    // With no lowercase use on the page, it counts, as a word opening a sentence does.
    expect(counted('EAGLE JETS GROUNDED AT REAGAN\nThe American Eagle crews flew again.', ['eagle'])).toEqual(['eagle', 'eagle']);
  });

  it('still reads acronyms in a sentence, and one on a line of its own', () => {
    expect(counted('The UAW and GM met NATO officials.\nThe union met.', ['uaw', 'gm', 'nato'])).toEqual(['uaw', 'gm', 'nato']);
    expect(counted('NASA\nThe agency launched a probe.', ['nasa'])).toEqual(['nasa']);
  });

  it('still reads names in a sentence full of names, and after an all-caps dateline', () => {
    const names = 'Rafael Okafor, Dana Eagle and Priya Castellanos met Tomas Lindqvist in San Marino.\nThe eagles were quiet.';
    expect(counted(names, ['eagle'])).toEqual(['eagle']);
    expect(counted('Rafael Okafor and Dana Eagle met Tomas Lindqvist in San Marino on Monday', ['eagle'])).toEqual(['eagle']);
    expect(counted('CEDAR VALLEY, Calif. —\nCrews landed near the valley floor.', ['valley'])).toEqual(['valley']);
    expect(counted('WASHINGTON (AP) — An Eagle jet landed at Reagan National\nThe eagles nest.', ['eagle'])).toEqual(['eagle']);
  });

  it('leaves other words alone', () => {
    const reader = nameWordReader('the river rose', new Set(['eagle']), titleCaseLines('the river rose'));
    expect(reader.keep('river', 4, 9)).toBe(true);
  });
});

describe('the topic gate with a name word', () => {
  const article = (id: string, text: string): Article => ({ id, title: 'Collision', source: 'Test Wire', url: null, date: '2025-01-30', language: 'en', paragraphs: [text] });
  const seeds = [
    article('a', 'An Army helicopter collided with American Eagle Flight 5342 over the river near the airport. The jet and the helicopter fell into the river; investigators recovered the jet’s recorders.'),
    article('b', 'Investigators said the helicopter flew above its altitude limit when it hit the American Eagle jet over the river. The collision killed everyone on the jet and the helicopter.'),
  ];
  const mention = (articleId: string) => ({ articleId, sentence: '', start: 0, end: 0 });
  const eagle: Entity = { id: 'org:american-eagle', name: 'American Eagle', type: 'org', aliases: ['American Eagle'], description: null, mentions: [mention('a'), mention('b')], related: [] };
  const profile = buildTopicProfile(seeds, [eagle]);

  it('knows the words the store writes only inside a name', () => {
    expect(profile.weights['eagle'] ?? 0).toBeGreaterThan(0);
    expect(profile.nameWords).toContain('eagle');
    expect(profile.nameWords).not.toContain('helicopter');
    expect(profile.nameWords).not.toContain('river');
  });

  it('does not pass a page on the bird, which a page on the airline passes on the same words', () => {
    const birds = 'Eagles return to the river\nA pair of bald eagles nests above the river again. The eagles fish the river, and an eagle flew high.';
    const airline = 'Eagle jet returns to the river\nA pair of American Eagle jets flew above the river again. The Eagle crews fly the river, and an Eagle jet flew high.';
    expect(scoreTopic({ ...profile, nameWords: [] }, birds).onTopic).toBe(true);
    expect(scoreTopic(profile, birds).onTopic).toBe(false);
    expect(scoreTopic(profile, airline).onTopic).toBe(true);
  });

  it('does not take a title-case or all-caps headline on the bird for the airline’s name', () => {
    const body = 'A pair of bald eagles nests above the river again. The eagles fish the river, and an eagle flew high.';
    for (const headline of ['Bald Eagles Return To The River', 'BALD EAGLES RETURN TO THE RIVER']) {
      expect(scoreTopic(profile, `${headline}\n${body}`).onTopic).toBe(false);
      expect(scoreTopic(profile, `${headline}\n${body}`).top.map((t) => t.term)).not.toContain('eagle');
    }
  });
});

describe('a stored name’s lead written alone', () => {
  const article = (id: string, text: string): Article => ({ id, title: 'Bank closed', source: 'Test Wire', url: null, date: '2023-03-10', language: 'en', paragraphs: [text] });
  const seeds = [
    article('a', 'Regulators closed Cedar Valley Bank on Friday after depositors pulled billions in a day. Cedar Valley Bank had lent heavily to builders, and its bonds lost value.'),
    article('b', 'A buyer agreed to take the deposits and loans of Cedar Valley Bank, whose failure cost the deposit insurance fund billions. Depositors kept their money.'),
  ];
  const mention = (articleId: string) => ({ articleId, sentence: '', start: 0, end: 0 });
  const bank: Entity = { id: 'org:cedar-valley-bank', name: 'Cedar Valley Bank', type: 'org', aliases: ['Cedar Valley Bank'], description: null, mentions: [mention('a'), mention('b')], related: [] };
  const profile = buildTopicProfile(seeds, [bank]);

  it('keeps the stored names whose lead is a name of two words', () => {
    expect(profile.ledNames).toEqual(['Cedar Valley Bank']);
    expect(namesWithLeads(new Map([['a', ['Signature Bank', 'Cedar Valley Bank', 'Cedar Valley']]]))).toEqual([]);
  });

  it('does not pass a page on the region on the lead’s words, but one on the bank still passes', () => {
    const region = 'Cedar Valley pantry runs short\nFamilies across Cedar Valley asked the pantry for rice. In Cedar Valley, the shelves are bare.';
    const story = 'Cedar Valley Bank depositors wait\nDepositors of Cedar Valley Bank asked for their money. In Cedar Valley, the bank’s branches were shut.';
    expect(scoreTopic({ ...profile, ledNames: [] }, region).onTopic).toBe(true);
    expect(scoreTopic(profile, region).onTopic).toBe(false);
    expect(scoreTopic(profile, story).onTopic).toBe(true);
  });
});
