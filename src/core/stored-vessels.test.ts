import { describe, expect, it } from 'vitest';
import { buildKnowledge } from './knowledge';
import type { Article } from './types';

const article = (id: string, ...paragraphs: string[]): Article => ({
  id, title: `Story ${id}`, source: 'Test', url: null, date: '2021-03-29', language: 'en', paragraphs,
});
const names = (...articles: Article[]) => buildKnowledge(articles).entities.map((e) => `${e.type}:${e.name}`).sort();

describe('a vessel shown by one stored article, written alone in another', () => {
  it('is a craft in both: no entity, and a stored product', () => {
    const a = article('a', 'Salvage crews freed the container ship Ever Given on Monday, the Suez Canal Authority said.');
    const b = article('b', 'The Ever Given sailed out of the Suez Canal on July 7, after a deal with Egypt.');
    expect(names(a, b)).not.toContain('org:Ever Given');
    expect(buildKnowledge([a, b]).products).toContain('Ever Given');
    expect(names(a, b)).toContain('org:Suez Canal Authority');
  });

  it('leaves a name shown only by a model number, or named beside a ship, an entity', () => {
    const rocket = article('r', 'The Falcon 9 rocket lifted off from Florida.');
    const firm = article('f', 'Falcon said on Tuesday that its profit rose, Reuters reported.');
    expect(names(rocket, firm).some((n) => n.endsWith(':Falcon'))).toBe(true);
    const owner = article('o', "The ship's owner, Grace Ocean, said the crew were safe.");
    const later = article('l', 'Grace Ocean said on Monday it had paid the claim.');
    expect(names(owner, later)).toContain('org:Grace Ocean');
  });

  it('leaves another bearer of the name, written without "the", an entity', () => {
    const tanker = article('t', 'The tanker Maria ran aground off Crete on Monday.');
    const mayor = article('m', 'Maria said on Tuesday she would run for mayor.');
    expect(names(tanker, mayor)).toContain('person:Maria');
    const chartered = article('c', 'A tanker Vitol chartered was hit by a drone.');
    const trader = article('v', 'Vitol said on Monday it would reroute its cargoes.');
    expect(names(chartered, trader)).toContain('org:Vitol');
  });
});
