import { describe, expect, it } from 'vitest';
import { buildTopicProfile, scoreTopic } from './topic';
import { titleCaseLines } from './topic-headlines';
import { foreignLeads, storedNamePairs } from './topic-name-pairs';
import { eachWord } from './topic-terms';
import type { Article, Entity } from './types';

// Every sentence here is written for these tests.
/** The name pairs a stored text writes. */
function pairsOf(text: string): string[] {
  const into = new Set<string>();
  const see = storedNamePairs(text, into);
  eachWord(text, see);
  return [...into].sort();
}

/** The terms of `text` that count, for the stored pairs given. */
function counted(text: string, pairs: string[]): string[] {
  const reader = foreignLeads(text, pairs, titleCaseLines(text));
  const counts = new Map<string, number>();
  eachWord(text, (word, term, start) => {
    reader.see(word, term, start);
    if (term) counts.set(term, (counts.get(term) ?? 0) + 1);
  });
  reader.settle(counts);
  return [...counts.keys()];
}

describe('storedNamePairs', () => {
  it('keeps the capitalised words a stored text joins in a name', () => {
    const text = 'Ford Motor Co. said its Michigan Assembly Plant stopped. Ford’s Michigan workers walked out, and Ford Chief Executive Jim Farley spoke.';
    expect(pairsOf(text)).toEqual(['assembly plant', 'ford motor', 'jim farley', 'michigan assembly']);
  });
});

describe('a stored lead on a page', () => {
  const pairs = ['ford motor'];

  it('does not count where the page writes it only to lead a name the store never writes', () => {
    expect(counted('Fans parked near Ford Field before the game.', pairs)).not.toContain('ford');
    expect(counted('A grant from the Ford Foundation paid for the library.', pairs)).not.toContain('ford');
    expect(counted('Ford Field was full. The Ford Foundation gave a grant.', pairs)).not.toContain('ford');
  });

  it('counts where the page writes the stored name, or the word alone', () => {
    expect(counted('Ford said the plant would reopen.', pairs)).toContain('ford');
    expect(counted('Ford’s plant in Wayne stopped.', pairs)).toContain('ford');
    expect(counted('Ford Motor Co. raised its offer.', pairs)).toContain('ford');
    expect(counted('Workers at Ford Chief Executive Jim Farley’s plants walked out.', pairs)).toContain('ford');
  });

  it('counts every use where the page also writes the word otherwise', () => {
    expect(counted('Fans parked near Ford Field, and Ford said the plant would reopen.', pairs)).toContain('ford');
  });

  it('takes no name from the capitals of a title-case or all-caps headline', () => {
    expect(counted('Ford Workers Return To The Plant\nThe strike ended on Monday.', pairs)).toContain('ford');
    expect(counted('FORD WORKERS RETURN TO THE PLANT\nThe strike ended on Monday.', pairs)).toContain('ford');
  });

  it('leaves a word the store never leads a name with', () => {
    expect(counted('The Detroit Tigers won at home.', pairs)).toContain('detroit');
  });
});

describe('the topic gate with a stored lead', () => {
  const article = (id: string, text: string): Article => ({ id, title: 'Strike', source: 'Test Wire', url: null, date: '2023-09-15', language: 'en', paragraphs: [text] });
  const seeds = [
    article('a', 'Workers walked out of a Ford Motor Co. plant at midnight after the union’s contract expired. Ford offered a raise the union turned down, and the strike began.'),
    article('b', 'Ford and the union reached a tentative contract after weeks of strike. Ford Motor Co. said the raise would cost it billions; the workers will vote on the contract.'),
  ];
  const mention = (articleId: string) => ({ articleId, sentence: '', start: 0, end: 0 });
  const ford: Entity = { id: 'org:ford-motor-co', name: 'Ford Motor Co.', type: 'org', aliases: ['Ford Motor Co.', 'Ford'], description: null, mentions: [mention('a'), mention('b')], related: [] };
  const profile = buildTopicProfile(seeds, [ford]);

  it('keeps the stored name pairs of its terms', () => {
    expect(profile.namePairs).toEqual(['ford motor']);
  });

  it('does not pass a page on a stadium on its name, which a page on the carmaker passes on the same words', () => {
    const stadium = 'Crowd fills Ford Field\nFans filled Ford Field as the home side struck first. Ford Field staff said the strike by ushers was over.';
    const carmaker = 'Crowd fills Ford plant\nWorkers filled the Ford plant as the union struck first. Ford staff said the strike by workers was over.';
    expect(scoreTopic({ ...profile, namePairs: [] }, stadium).onTopic).toBe(true);
    expect(scoreTopic(profile, stadium).onTopic).toBe(false);
    expect(scoreTopic(profile, stadium).top.map((t) => t.term)).not.toContain('ford');
    expect(scoreTopic(profile, carmaker).onTopic).toBe(true);
  });
});
