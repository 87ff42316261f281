import { describe, expect, it } from 'vitest';
import { lexicon, nonNames, seeds } from '../../tests/support/seed-knowledge';
import { keepFindings, readKeptFindings, type KeptFindings } from './findings-kept';
import { buildKnowledge, createKnowledgeCache, type ArticleFindings } from './knowledge';

/** The seed articles' findings, as the build makes them. */
function seedFindings(): { id: string; value: ArticleFindings }[] {
  const cache = createKnowledgeCache();
  buildKnowledge(seeds, { lexicon, nonNames }, cache);
  return cache.all();
}

/** Through the store and back: IndexedDB keeps a structured clone. */
const stored = (kept: KeptFindings): KeptFindings => structuredClone(kept);

describe('findings in their kept form', () => {
  const all = seedFindings();

  it('read back, give the findings the build made', () => {
    expect(all.length).toBe(seeds.length);
    for (const { value } of all) {
      expect(value.located.length).toBeGreaterThan(0);
      expect(readKeptFindings(stored(keepFindings(value)))).toEqual(value);
    }
  });

  it('keep the product names an article shows ("Black Hawk")', () => {
    const [first] = all;
    if (!first) throw new Error('no seed findings');
    const value = { ...first.value, products: ['Black Hawk'] };
    expect(readKeptFindings(stored(keepFindings(value)))?.products).toEqual(['Black Hawk']);
  });

  it('keep how strongly the votes typed a mention, and none where they did not (stored-types)', () => {
    const value = all[0]?.value;
    const first = value?.located[0];
    if (!value || !first) throw new Error('no seed findings');
    const { evidence: _none, ...decided } = first.mention;
    const odd: ArticleFindings = { ...value, located: [{ ...first, mention: { ...decided, evidence: 3 } }, { ...first, mention: decided }] };
    const back = readKeptFindings(stored(keepFindings(odd)));
    expect(back?.located.map((l) => l.mention.evidence)).toEqual([3, undefined]);
    expect(back?.located[1]?.mention).not.toHaveProperty('evidence');
  });

  it('keep each sentence once, however many mentions and facts quote it', () => {
    for (const { value } of all) {
      const kept = keepFindings(value);
      const quoted = [...value.located.map((l) => l.ref.sentence), ...value.facts.map((f) => f.where.sentence)];
      expect(new Set(kept.strings).size).toBe(kept.strings.length);
      expect(kept.strings.filter((s) => quoted.includes(s)).length).toBe(new Set(quoted).size);
      expect(new Set(quoted).size).toBeLessThan(quoted.length);
    }
  });

  it('hand every mention of a sentence the same string', () => {
    const value = all[0]?.value;
    if (!value) throw new Error('no seed findings');
    const back = readKeptFindings(stored(keepFindings(value)));
    const located = back?.located ?? [];
    const bySentence = new Map(located.map((l) => [l.ref.sentence, l.ref]));
    expect(bySentence.size).toBeLessThan(located.length);
  });

  it('keep what they do not share: another article id, no description, an empty article', () => {
    const value = all[0]?.value;
    const first = value?.located[0];
    if (!value || !first) throw new Error('no seed findings');
    const odd: ArticleFindings = {
      located: [
        { ...first, ref: { ...first.ref, articleId: 'elsewhere' }, description: undefined },
        { ...first, description: 'the envoy' },
      ],
      facts: [],
      length: 12,
    };
    expect(readKeptFindings(stored(keepFindings(odd)))).toEqual(odd);
    const empty: ArticleFindings = { located: [], facts: [], length: 0 };
    expect(readKeptFindings(stored(keepFindings(empty)))).toEqual(empty);
  });

  it('that do not hold together read as nothing, not as wrong findings', () => {
    const value = all[0]?.value;
    if (!value) throw new Error('no seed findings');
    const kept = keepFindings(value);
    expect(readKeptFindings({ ...kept, strings: kept.strings.slice(0, 1) })).toBeNull();
    expect(readKeptFindings({ ...kept, located: kept.located.slice(1) })).toBeNull();
    expect(readKeptFindings({ ...kept, facts: kept.facts.slice(1) })).toBeNull();
    expect(readKeptFindings({ ...kept, located: Array.from(kept.located) as unknown as Int32Array })).toBeNull();
    // The form written before 2026-12-05: the findings as built.
    expect(readKeptFindings({ findings: value } as unknown as KeptFindings)).toBeNull();
    expect(readKeptFindings(undefined)).toBeNull();
  });
});
