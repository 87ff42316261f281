import { describe, expect, it } from 'vitest';
import { compareFigure, extractFacts } from './facts';
import { figureIn, verdictAgainst } from './figure-test-kit';
import { releaseSide } from './figure-released-held';

const side = (sentence: string, text: string) => releaseSide(sentence, figureIn(sentence, text));

describe('a count let go and a count still held', () => {
  it('are not set against each other, at the same value or another', () => {
    const jailed = 'Rights groups say 120 prisoners are still jailed at Evin prison.';
    expect(verdictAgainst(jailed, '120 prisoners', 'The deal provides for the release of 120 prisoners held at Evin prison.', '120 prisoners')).toBeUndefined();
    const laidOff = 'The carmaker said 200 workers are still laid off at the Ohio plant.';
    expect(verdictAgainst(laidOff, '200 workers', 'The carmaker rehired 200 workers at the Ohio plant this week.', '200 workers')).toBeUndefined();
  });
  it('leaves the page figure only the stored count of its own side', () => {
    const stored = 'Under the deal the junta agreed to release 33 detainees from Insein prison. Some 91 detainees are still in Insein prison, rights groups said.';
    const facts = extractFacts({ id: 'a1', title: 'Test', source: 'test', url: null, date: '2024-03-01', language: 'en', paragraphs: [stored] });
    const page = 'The first phase provides for the release of 33 detainees held in Insein prison.';
    const verdicts = compareFigure(facts, figureIn(page, '33 detainees'), page).map((c) => `${c.verdict} ${c.fact.quantity.text}`);
    expect(verdicts).toEqual(['agrees 33 detainees']);
  });
  it('keeps counts of one side meeting as before', () => {
    expect(verdictAgainst('Under the deal, the government agreed to release 120 prisoners from Evin prison.', '120 prisoners', 'The government has released 120 prisoners from Evin prison, officials said.', '120 prisoners')).toBe('agrees');
    expect(verdictAgainst('The club released 12 players at the end of the season.', '12 players', 'The club released 14 players at the end of the season.', '14 players')).toBe('differs');
    expect(verdictAgainst('The attack left 91 hostages still in Gaza.', '91 hostages', 'Of the remaining 91 hostages in Gaza, about half are thought to be alive.', '91 hostages')).toBe('agrees');
    expect(verdictAgainst('The carmaker said 300 workers remain laid off at the Ohio plant.', '300 workers', 'The carmaker said 250 workers remain laid off at the Ohio plant.', '250 workers')).toBe('differs');
  });
  it('reads the side from the words right around the count', () => {
    expect(side('Hamas agreed to release 33 hostages.', '33 hostages')).toBe('freed');
    expect(side('About 40 inmates were freed on Monday.', 'About 40 inmates')).toBe('freed');
    expect(side('The firm rehired about 150 workers.', 'about 150 workers')).toBe('freed');
    expect(side('It left 91 hostages still in Gaza.', '91 hostages')).toBe('held');
    expect(side('Hamas still holds 59 hostages.', '59 hostages')).toBe('held');
    expect(side('The remaining 59 hostages are in Gaza.', '59 hostages')).toBe('held');
    expect(side('The release of 33 hostages held in Gaza begins.', '33 hostages')).toBe('freed');
    expect(side('Hamas took 251 hostages in the attack.', '251 hostages')).toBeNull();
    expect(side('They released 20 prisoners, and 80 prisoners remain.', '20 prisoners')).toBe('freed');
  });
});
