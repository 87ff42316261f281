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
const at = (matcher: ReturnType<typeof stored>, text: string, name: string) => annotateText(matcher, text).find((a) => a.text === name);

describe('an acronym that spells a stored body\'s initials, spelt out nowhere', () => {
  it('links to it: "the IOC president" and a stored International Olympic Committee', () => {
    const m = stored(['Thomas Bach, the president of the International Olympic Committee, declared the Games open.']);
    expect(at(m, 'Thomas Bach, the IOC president, called the evening a dream.', 'IOC')).toMatchObject({
      kind: 'org',
      canonical: 'International Olympic Committee',
      entityId: expect.stringMatching(/^org:/),
    });
  });

  it('stays unlinked where two stored bodies share the initials, or a person has them', () => {
    const two = stored([
      'The National Velmora Board met the National Valley Bureau on Monday.',
      'The National Velmora Board said it would appeal.',
    ]);
    expect(at(two, 'The NVB said on Tuesday it would appeal.', 'NVB')?.entityId ?? null).toBeNull();
    const person = stored(['Anna Maria Velmora said she would run. Anna Maria Velmora is 41.']);
    expect(at(person, 'AMV said on Tuesday it would appeal.', 'AMV')?.entityId ?? null).toBeNull();
  });
});
