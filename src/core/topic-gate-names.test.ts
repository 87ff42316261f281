// The gate's stored-names rule on a store of its own (not an eval topic): a page that passes on
// its score must name two stored entities, a place counting half, an actor named twice two (topic-gate.ts).
import { describe, expect, it } from 'vitest';
import { annotateText } from './annotate';
import { buildKnowledge } from './knowledge';
import { buildMatcherPackage, compileMatcher } from './matcher';
import { demonyms, placeLexicon, placeVariants } from './places';
import { sensitiveProfile } from './records';
import { scorePage } from './topic-gate';
import type { Article } from './types';

const article = (id: string, title: string, paragraphs: string[]): Article => ({ id, title, source: 'test', url: null, date: '2024-03-04', language: 'en', paragraphs });
const store = buildKnowledge([
  article('a1', 'Rail strike halts trains across Portugal', [
    'LISBON — Train drivers walked out on Monday as the Tagus Rail Workers Union began a five-day strike against Lusorail, the state rail operator, halting commuter trains between Lisbon and Porto.',
    'Rita Almeida, the union’s leader, said drivers wanted a 9% pay rise; Lusorail offered 4%. Transport Minister João Correia urged both sides to return to talks.',
    'Commuters crowded onto buses in Lisbon, and freight trains to the port of Sines stood idle.',
  ]),
  article('a2', 'Lusorail and drivers’ union resume talks as strike enters third day', [
    'Talks between Lusorail and the Tagus Rail Workers Union resumed in Lisbon on Wednesday, the third day of a strike that has cancelled about 1,200 trains.',
    'João Correia, the transport minister, said the government would not fund a pay rise above 6%. Rita Almeida said drivers would stay out until Friday.',
    'Porto’s suburban lines ran a skeleton service, and freight to Sines was diverted by road.',
  ]),
]);
const matcher = compileMatcher(buildMatcherPackage(store, placeLexicon(), demonyms(), placeVariants()));
const gate = (title: string, text: string, sensitivity = 0.5) => {
  const profile = sensitiveProfile(store.topic, sensitivity);
  return { scored: scorePage(profile, title, text), gated: scorePage(profile, title, text, (t) => annotateText(matcher, t)) };
};

describe('the topic gate’s stored names', () => {
  it('passes a page on the story: its actors and its places', () => {
    const { gated } = gate('Drivers’ strike talks stall over pay', 'Lusorail and the Tagus Rail Workers Union broke off talks in Lisbon on Thursday. Rita Almeida said the strike would go on; trains between Lisbon and Porto stayed cancelled, and commuters waited for buses.');
    expect(gated.onTopic, JSON.stringify(gated)).toBe(true);
  });

  it('passes a page naming one actor with two of the story’s places', () => {
    const { gated } = gate('Strike cancels trains again', 'Lusorail cancelled most trains between Lisbon and Porto on Thursday as the drivers’ strike went on, and commuters waited for buses.');
    expect(gated.onTopic, JSON.stringify(gated)).toBe(true);
  });

  it('passes a brief that names one actor twice, in its title and its text, and nothing else stored', () => {
    const { gated } = gate('Lusorail cancels more trains as drivers’ strike drags on', 'Lusorail cancelled another 400 trains on Thursday, the fourth day of the drivers’ strike, and said talks on pay had not resumed. Commuters crowded onto buses.');
    expect(gated.onTopic, JSON.stringify(gated)).toBe(true);
  });

  it('keeps out, whatever its score, a page that shares the story’s words and two of its places only', () => {
    const { scored, gated } = gate('Night trains return to Lisbon and Porto', 'A private operator will run sleeper trains between Lisbon and Porto from May, with a stop in Coimbra. Commuters and tourists can book cabins online; drivers were trained in Spain.');
    expect(scored.score).toBeGreaterThanOrEqual(0.225);
    expect(scored.onTopic).toBe(true);
    expect(gated.onTopic).toBe(false);
  });

  it('keeps out another strike that names the story’s company once in passing', () => {
    const { scored, gated } = gate('Spanish rail drivers win pay rise after strike', 'MADRID — Train drivers at Spain’s state rail operator ended a strike on Friday after winning a 7% pay rise. Commuter trains ran again around Madrid. The operator had offered talks early, as Lusorail in Portugal did not.');
    expect(scored.score).toBeGreaterThanOrEqual(0.225);
    expect(scored.onTopic).toBe(true);
    expect(gated.onTopic).toBe(false);
  });
});
