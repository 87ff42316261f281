import { describe, expect, it } from 'vitest';
import { lexicon as places, nonNames } from '../../tests/support/seed-knowledge';
import { compileLexicon, findEntities } from './entities';
import { buildKnowledge } from './knowledge';
import { demonyms, placeLexicon, placeVariants } from './places';
import type { Article } from './types';

// Laws, treaties and agreements have none of the four types (docs/annotation-guidelines.md);
// every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const names = (text: string): string[] => findEntities(text, lexicon).map((m) => m.text);

describe('a law, a treaty or an agreement', () => {
  it('is no name, told by its head word ("Digital Markets Act", "Treaty of Rome")', () => {
    expect(names('Google said the Digital Markets Act went too far.')).toEqual(['Google']);
    expect(names('Brussels cited the Treaty of Rome, the Paris Agreement and the Abraham Accords.')).toEqual(['Brussels']);
    expect(names('Lawyers for Apple cited the General Data Protection Regulation.')).toEqual(['Apple']);
  });

  it('leaves the body whose law it is a name ("the EU’s Digital Services Act")', () => {
    expect(names('Meta said the EU’s Digital Services Act was unfair.')).toEqual(['Meta', 'EU']);
  });

  it('leaves an acronym of a law the page names unmarked ("The DMA, which …")', () => {
    expect(names('Lawyers for Apple cited the Digital Markets Act. The DMA, which applies since 2024, names gatekeepers.')).toEqual(['Apple']);
    // An acronym of no law on the page is still a name.
    expect(names('Lawyers for Apple cited the Digital Markets Act. The CMA said it would act.')).toEqual(['Apple', 'CMA']);
  });

  it('is not stored from an article', () => {
    const article: Article = {
      id: 'dma-1',
      title: 'Fines under the new law',
      source: 'Test Wire',
      url: null,
      date: '2025-04-23',
      language: 'en',
      paragraphs: ['The European Commission fined Apple on Wednesday, the first penalty under the Digital Markets Act.'],
    };
    const stored = buildKnowledge([article], { lexicon: places, nonNames }).entities.map((e) => e.name);
    expect(stored).toContain('Apple');
    expect(stored).not.toContain('Digital Markets Act');
  });
});

describe('a numbered part of a law or a document', () => {
  it('is no name ("Section 301", "Article 5", "Title IX")', () => {
    expect(names('Jamieson Greer said the Section 301 inquiry would start. NATO invoked Article 5 once.')).toEqual(['Jamieson Greer', 'NATO']);
    expect(names('Schools must follow Title IX, Harvard said.')).toEqual(['Harvard']);
  });

  it('leaves the body that passed it a name ("Security Council Resolution 2334")', () => {
    expect(names('Israel rejected UN Security Council Resolution 2334.')).toEqual(['Israel', 'UN Security Council']);
  });

  it('is still a name before no number ("Section Capital")', () => {
    expect(names('He joined Section Capital in London.')).toEqual(['Section Capital', 'London']);
  });
});
