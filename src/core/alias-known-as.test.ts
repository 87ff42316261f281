import { describe, expect, it } from 'vitest';
import { lexicon as places, nonNames } from '../../tests/support/seed-knowledge';
import { knownAsPairs } from './alias-known-as';
import { buildKnowledge } from './knowledge';
import type { Article, EntityMention } from './types';

// Every sentence is written for this test.
const article = (paragraphs: string[]): Article => ({
  id: 'known-as-1', title: 'A tycoon detained', source: 'test wire', url: null, date: '2024-03-01', language: 'en', paragraphs,
});
const entityNamed = (paragraphs: string[], alias: string) =>
  buildKnowledge([article(paragraphs)], { lexicon: places, nonNames }).entities.find((e) => e.aliases.includes(alias));
const m = (canonical: string, start: number, type: EntityMention['type'] = 'person'): EntityMention =>
  ({ text: canonical, canonical, type, start, end: start + canonical.length }) as EntityMention;

describe('a name written after "known as"', () => {
  it('is the other name of the one just before it ("Lam, who is known in Mandarin as Lin Jiawen")', () => {
    const e = entityNamed(['The founder, Lam Ka Wing, was detained on Monday.', 'Lam, who is known in Mandarin as Lin Jiawen, denied wrongdoing.'], 'Lin Jiawen');
    expect(e?.name).toBe('Lam Ka Wing');
  });

  // Must not change: two names of other types, or a name not right after, stay apart.
  it('pairs only names of one type with "known as" between them', () => {
    const text = 'Ana Ruiz, who is known in Mandarin as Lin Wen, spoke.';
    expect(knownAsPairs(text, [m('Ana Ruiz', 0), m('Lin Wen', 38)])).toHaveLength(1);
    expect(knownAsPairs(text, [m('Ana Ruiz', 0), m('Lin Wen', 38, 'org')])).toHaveLength(0);
    const apart = 'Ana Ruiz met Bo Li, a man known to police.';
    expect(knownAsPairs(apart, [m('Ana Ruiz', 0), m('Bo Li', 13)])).toHaveLength(0);
  });
});
