import { describe, expect, it } from 'vitest';
import { index, lexicon as places, nonNames, seeds } from '../../tests/support/seed-knowledge';
import { buildKnowledge, fnv1a, slug } from './knowledge';
import type { Article, Entity } from './types';

const lexicon = { lexicon: places, nonNames };
const byName = (name: string): Entity => {
  const e = index.entities.find((x) => x.name === name);
  if (!e) throw new Error(`no entity ${name}`);
  return e;
};

// An article unlike the seeds: another conflict, other people, an acronym spelled out later.
const OTHER: Article = {
  id: 'sudan-1',
  title: 'Talks on Sudan truce stall in Jeddah',
  source: 'test wire',
  url: null,
  date: '2025-02-10',
  language: 'en',
  paragraphs: [
    'Talks between the Sudanese army and the Rapid Support Forces (RSF) stalled in Jeddah on Monday, mediators said.',
    'Amina Okafor, the African Union envoy, said both sides had agreed to a humanitarian pause. Okafor told reporters the RSF had not yet signed.',
  ],
};

describe('buildKnowledge on the two seed articles', () => {
  it('groups "Netanyahu" under "Benjamin Netanyahu", typed person, with a stable id', () => {
    const e = byName('Benjamin Netanyahu');
    expect(e.id).toBe('person:benjamin-netanyahu');
    expect(e.type).toBe('person');
    expect(e.aliases).toEqual(expect.arrayContaining(['Benjamin Netanyahu', 'Netanyahu']));
    expect(index.entities.filter((x) => x.name === 'Netanyahu')).toEqual([]);
  });

  it('records every mention with the sentence and the term offsets inside it', () => {
    const e = byName('Benjamin Netanyahu');
    expect(e.mentions.length).toBeGreaterThanOrEqual(8);
    for (const m of e.mentions) {
      expect(e.aliases).toContain(m.sentence.slice(m.start, m.end));
      expect(seeds.map((a) => a.id)).toContain(m.articleId);
    }
    // Both seeds name him.
    expect(new Set(e.mentions.map((m) => m.articleId)).size).toBe(2);
  });

  it('keeps Smotrich’s description from the apposition', () => {
    const e = byName('Bezalel Smotrich');
    expect(e.description).toMatch(/finance minister/);
    expect(e.aliases).toContain('Smotrich');
  });

  it('keeps titles as descriptions: National Security Advisor Mike Waltz', () => {
    expect(byName('Mike Waltz').description).toBe('National Security Advisor');
  });

  it('stores no quote mark that the sentence does not close: Waltz’s line is cut from a longer quote', () => {
    const e = byName('Mike Waltz');
    expect(e.mentions.length).toBeGreaterThan(0);
    for (const m of e.mentions) {
      expect(m.sentence.split('“').length, m.sentence).toBe(m.sentence.split('”').length);
      expect(m.sentence.slice(m.start, m.end)).toBe('Mike Waltz');
    }
  });

  it('relates entities that share sentences, most shared first', () => {
    const e = byName('Benjamin Netanyahu');
    const ids = e.related.map((r) => r.id);
    expect(ids.slice(0, 3)).toContain('person:donald-trump');
    expect(ids).not.toContain(e.id);
    const counts = e.related.map((r) => r.count);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    // Smotrich shares a sentence with the Philadelphi Corridor; Waltz never does.
    expect(byName('Bezalel Smotrich').related.map((r) => r.id)).toContain('place:philadelphi-corridor');
    expect(byName('Mike Waltz').related.map((r) => r.id)).not.toContain('place:philadelphi-corridor');
  });

  it('resolves spelling variants and acronyms: US/U.S. → United States, UN → United Nations', () => {
    expect(byName('United States').aliases).toEqual(expect.arrayContaining(['US', 'U.S.']));
    const un = byName('United Nations');
    expect(un.type).toBe('org');
    expect(un.aliases).toContain('UN');
    expect(byName('Gaza Strip').aliases).toContain('Gaza');
  });

  it('does not make entities of demonyms, weekdays or titles alone', () => {
    const names = index.entities.map((e) => e.name);
    for (const not of ['Israeli', 'Palestinian', 'Tuesday', 'Monday', 'President', 'Prime Minister']) {
      expect(names).not.toContain(not);
    }
  });

  it('keeps facts, article summaries and a topic profile', () => {
    expect(index.facts.some((f) => f.quantity.value === 47498)).toBe(true);
    expect(index.articles.map((a) => a.date).sort()).toEqual(['2025-02-03', '2025-02-04']);
    expect(index.topic.weights['ceasefire']).toBeGreaterThan(0.5);
  });

  it('is plain data: a JSON round trip changes nothing', () => {
    expect(JSON.parse(JSON.stringify(index))).toEqual(index);
  });
});

describe('buildKnowledge on other text', () => {
  const other = buildKnowledge([OTHER], lexicon);
  const names = other.entities.map((e) => e.name);

  it('finds people, organisations and places of another story', () => {
    expect(names).toEqual(expect.arrayContaining(['Amina Okafor', 'Jeddah', 'African Union']));
    const okafor = other.entities.find((e) => e.name === 'Amina Okafor');
    expect(okafor?.aliases).toContain('Okafor');
    expect(okafor?.description).toMatch(/envoy/);
  });

  it('joins an acronym to the name written before it in brackets', () => {
    const rsf = other.entities.find((e) => e.aliases.includes('RSF'));
    expect(rsf?.name).toBe('Rapid Support Forces');
  });

  it('keeps "US Federal Reserve" and "the Federal Reserve" one organisation', () => {
    const fed: Article = {
      ...OTHER,
      id: 'fed-1',
      paragraphs: ['The US Federal Reserve held rates on Wednesday. The Federal Reserve said inflation had eased, and U.S. Federal Reserve officials expect cuts.'],
    };
    const orgs = buildKnowledge([fed], lexicon).entities.filter((e) => e.name.includes('Reserve'));
    expect(orgs.map((e) => [e.name, e.type, e.mentions.length])).toEqual([['Federal Reserve', 'org', 3]]);
  });

  it('makes one entity of a person two articles spell with and without accents', () => {
    const accented: Article = { ...OTHER, id: 'turkey-1', paragraphs: ['President Recep Tayyip Erdoğan spoke in Ankara on Monday. Erdoğan said talks would resume.'] };
    const plain: Article = { ...OTHER, id: 'turkey-2', paragraphs: ['Recep Tayyip Erdogan flew to Baku on Friday, and Erdogan met officials there.'] };
    const orders: [Article, Article][] = [[accented, plain], [plain, accented]];
    for (const [first, second] of orders) {
      const people = buildKnowledge([first, second], lexicon).entities.filter((e) => e.type === 'person');
      const stored = first === accented ? 'Recep Tayyip Erdoğan' : 'Recep Tayyip Erdogan';
      expect(people.map((e) => [e.id, e.name, e.mentions.length])).toEqual([['person:recep-tayyip-erdogan', stored, 4]]);
      expect(people[0]?.aliases).toEqual(expect.arrayContaining(['Erdoğan', 'Erdogan']));
    }
  });

  it('keeps apart names that differ by more than accents', () => {
    const article: Article = { ...OTHER, id: 'names-1', paragraphs: ['Pedro Sánchez met Pedro Sanches in Lisbon on Monday.'] };
    const people = buildKnowledge([article], lexicon).entities.filter((e) => e.type === 'person');
    expect(people.map((e) => e.name).sort()).toEqual(['Pedro Sanches', 'Pedro Sánchez']);
  });

  it('keeps the 8 names sharing most sentences with an entity, as many as the card lists', () => {
    const tour: Article = {
      ...OTHER,
      id: 'tour-1',
      paragraphs: [
        'Amina Okafor met officials in Cairo, Doha, Amman, Beirut and Riyadh on Monday.',
        'Okafor went back to Cairo, Doha and Amman on Wednesday.',
        'Okafor then flew to Ankara, Tehran, Baghdad, Muscat and Tunis. Okafor said Cairo would host the next round.',
      ],
    };
    const okafor = buildKnowledge([tour], lexicon).entities.find((e) => e.name === 'Amina Okafor');
    const related = okafor?.related.map((r) => [r.id, r.count]);
    expect(related).toHaveLength(8);
    expect(related?.slice(0, 3)).toEqual([['place:cairo', 3], ['place:doha', 2], ['place:amman', 2]]);
  });

  it('builds an empty index from no articles', () => {
    const empty = buildKnowledge([], lexicon);
    expect(empty.entities).toEqual([]);
    expect(empty.facts).toEqual([]);
    expect(empty.topic.weights).toEqual({});
  });
});

describe('version', () => {
  it('is the same for the same articles and changes with any edit', () => {
    const again = buildKnowledge(seeds, lexicon);
    expect(again.version).toBe(index.version);
    const edited = seeds.map((a, i) => (i === 0 ? { ...a, paragraphs: [...a.paragraphs, 'One more line.'] } : a));
    expect(buildKnowledge(edited, lexicon).version).not.toBe(index.version);
    const redated = seeds.map((a, i) => (i === 1 ? { ...a, date: '2025-02-05' } : a));
    expect(buildKnowledge(redated, lexicon).version).not.toBe(index.version);
  });

  it('separates parts: ["ab","c"] and ["a","bc"] hash differently', () => {
    expect(fnv1a(['ab', 'c'])).not.toBe(fnv1a(['a', 'bc']));
    expect(fnv1a([])).toMatch(/^[0-9a-f]{8}$/);
  });
});

describe('slug', () => {
  it('makes ids from names', () => {
    expect(slug('Benjamin Netanyahu')).toBe('benjamin-netanyahu');
    expect(slug('U.S.')).toBe('us');
    expect(slug('Be’eri')).toBe('beeri');
    expect(slug('Ciudad Juárez')).toBe('ciudad-juarez');
  });
});
