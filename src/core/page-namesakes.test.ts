import { describe, expect, it } from 'vitest';
import { lexicon as places, nonNames } from '../../tests/support/seed-knowledge';
import { annotateText } from './annotate';
import { buildKnowledge } from './knowledge';
import { buildMatcherPackage, compileMatcher } from './matcher';
import type { Article } from './types';

const stored = (paragraphs: string[]) => {
  const article: Article = { id: 'a', title: 'A report', source: 'Test Wire', url: null, date: '2025-06-01', language: 'en', paragraphs };
  return compileMatcher(buildMatcherPackage(buildKnowledge([article], { lexicon: places, nonNames }), places, nonNames));
};
const names = (matcher: ReturnType<typeof stored>, text: string): string[] =>
  annotateText(matcher, text)
    .filter((a) => a.quantity === undefined)
    .map((a) => `${a.text}:${a.kind}:${a.entityId === null ? 'unlinked' : 'linked'}`);

describe('a stored name the page calls another kind of thing', () => {
  const river = stored(['About 6,800 athletes sailed down the Olvera on 85 boats, and the triathlon is to be held in the Olvera itself.']);

  it('is a namesake, every mention of it: "Olvera, the French bistro that opened in March"', () => {
    const page = 'PORTLAND, Ore. — Olvera, the French bistro that opened in March, is small. Olvera is open Tuesday to Saturday.';
    expect(names(river, page)).toEqual(expect.arrayContaining(['Olvera:org:unlinked']));
    expect(names(river, page).filter((n) => n.startsWith('Olvera'))).toEqual(['Olvera:org:unlinked', 'Olvera:org:unlinked']);
  });

  it('stays the stored one where the page says nothing else: "swimmers in the Olvera"', () => {
    expect(names(river, 'Swimmers were back in the Olvera on Monday.')).toContain('Olvera:place:linked');
  });

  // Written for this review: after an opening "In Tarsk," the words are the sentence's subject.
  it('stays the stored one where a preposition opens the sentence with it: "In Tarsk, the party that …"', () => {
    const town = stored(['Voters in Tarsk went to the polls. Tarsk lies on the coast, and flights to Tarsk resumed.']);
    const page = 'In Tarsk, the party that backs him said it would appeal. At Tarsk, the group that runs the port met. Tarsk was calm.';
    expect(names(town, page).filter((n) => n.startsWith('Tarsk'))).toEqual(['Tarsk:place:linked', 'Tarsk:place:linked', 'Tarsk:place:linked']);
  });

  it('stays the stored one where the apposition names its own kind: "Hezbollah, the Iran-backed group"', () => {
    const group = stored(['Hezbollah said it had fired rockets at the border. Hezbollah officials said the group would go on.']);
    expect(names(group, 'Hezbollah, the Iran-backed group, said on Monday it would hold its fire.')).toContain('Hezbollah:org:linked');
  });
});
