import { describe, expect, it } from 'vitest';
import { index, lexicon, nonNames } from '../../tests/support/seed-knowledge';
import { linkKey } from './alias-key';
import { annotateText } from './annotate';
import { buildMatcherPackage, compileMatcher } from './matcher';
import { demonyms, placeLexicon, placeVariants } from './places';
import type { Entity, KnowledgeIndex, MatcherPackage } from './types';

const pkg = buildMatcherPackage(index, lexicon, nonNames);
const formsOf = (p: MatcherPackage, name: string): string[] => {
  const i = p.entities.findIndex((e) => e.name === name);
  return p.aliases.filter(([, e]) => e === i).map(([a]) => a);
};

function entity(id: string, name: string, type: Entity['type'], aliases: string[]): Entity {
  return { id, name, type, aliases, description: null, mentions: [], related: [] };
}
function handIndex(entities: Entity[]): KnowledgeIndex {
  return { version: 'v1', articles: [], entities, facts: [], topic: { weights: {}, threshold: 0.15 } };
}

describe('buildMatcherPackage', () => {
  it('carries every stored entity and its written forms', () => {
    expect(pkg.version).toBe(index.version);
    expect(pkg.entities.map((e) => e.id)).toEqual(index.entities.map((e) => e.id));
    expect(formsOf(pkg, 'Benjamin Netanyahu')).toEqual(expect.arrayContaining(['Benjamin Netanyahu', 'Netanyahu']));
    expect(formsOf(pkg, 'United States')).toEqual(expect.arrayContaining(['US', 'U.S.', 'United States']));
  });

  it('adds a stored person’s surname even where the store never wrote it alone', () => {
    expect(formsOf(pkg, 'Steve Witkoff')).toContain('Witkoff');
    expect(formsOf(pkg, 'Mike Waltz')).toContain('Waltz');
  });

  it('takes the surname before a generational suffix ("Kennedy" of "Robert F. Kennedy Jr.")', () => {
    const p = buildMatcherPackage(handIndex([entity('person:robert-f-kennedy-jr', 'Robert F. Kennedy Jr.', 'person', ['Robert F. Kennedy Jr.'])]), [], []);
    expect(formsOf(p, 'Robert F. Kennedy Jr.')).toContain('Kennedy');
    expect(formsOf(p, 'Robert F. Kennedy Jr.')).not.toContain('Jr.');
  });

  it('adds dotted and undotted forms of acronyms', () => {
    expect(formsOf(pkg, 'Israel Defense Forces')).toEqual(expect.arrayContaining(['IDF', 'I.D.F.']));
  });

  it('drops a surname two stored people share, and one that is a known place', () => {
    const p = buildMatcherPackage(
      handIndex([
        entity('person:anna-cohen', 'Anna Cohen', 'person', ['Anna Cohen']),
        entity('person:eli-cohen', 'Eli Cohen', 'person', ['Eli Cohen']),
        entity('person:kate-jordan', 'Kate Jordan', 'person', ['Kate Jordan']),
      ]),
      [['Jordan', 'place']],
      [],
    );
    const forms = p.aliases.map(([a]) => a);
    expect(forms).toEqual(['Anna Cohen', 'Eli Cohen', 'Kate Jordan']);
  });

  it('reads surnames and forms accents aside: shared, a known place, or claimed twice, none links', () => {
    const p = buildMatcherPackage(
      handIndex([
        entity('person:pedro-sanchez', 'Pedro Sánchez', 'person', ['Pedro Sánchez']),
        entity('person:carlos-sanchez', 'Carlos Sanchez', 'person', ['Carlos Sanchez']),
        entity('person:ana-cordoba', 'Ana Cordoba', 'person', ['Ana Cordoba']),
        entity('place:zurich', 'Zürich', 'place', ['Zürich']),
        entity('org:zurich', 'Zurich', 'org', ['Zurich']),
      ]),
      [['Córdoba', 'place']],
      [],
    );
    expect(p.aliases.map(([a]) => a)).toEqual(['Ana Cordoba', 'Carlos Sanchez', 'Pedro Sánchez']);
  });

  it('ships one pattern for a name one entity writes with and without accents', () => {
    const p = buildMatcherPackage(
      handIndex([entity('person:recep-tayyip-erdogan', 'Recep Tayyip Erdoğan', 'person', ['Recep Tayyip Erdoğan', 'Recep Tayyip Erdogan', 'Erdogan'])]),
      [],
      [],
    );
    expect(p.aliases.map(([a]) => a)).toEqual(['Erdogan', 'Recep Tayyip Erdoğan']);
  });

  it('leaves lower-case and one-letter forms out', () => {
    const p = buildMatcherPackage(handIndex([entity('org:x', 'Xylo Group', 'org', ['Xylo Group', 'the group', 'X'])]), [], []);
    expect(p.aliases.map(([a]) => a)).toEqual(['Xylo Group']);
  });

  it('ships only lexicon names the store does not already link', () => {
    const lexNames = new Set(pkg.lexicon.map(([n]) => n));
    expect(lexNames.has('Israel')).toBe(false);
    expect(lexNames.has('France')).toBe(true);
    expect(pkg.nonNames).toContain('Israeli');
  });

  it('survives a JSON round trip: the compiled matcher annotates alike', () => {
    const copy = JSON.parse(JSON.stringify(pkg)) as MatcherPackage;
    expect(copy).toEqual(pkg);
    const text = 'Witkoff flew to Doha on Monday; Netanyahu’s office said 33 hostages would be freed in Gaza.';
    expect(annotateText(compileMatcher(copy), text)).toEqual(annotateText(compileMatcher(pkg), text));
  });

  it('stays compact (well under 100 KB of JSON for the seeds)', () => {
    expect(JSON.stringify(pkg).length).toBeLessThan(100_000);
  });
});

describe('compileMatcher', () => {
  it('links aliases by key and types stored names for discovery', () => {
    const m = compileMatcher(pkg);
    expect(m.version).toBe(pkg.version);
    expect(m.lexicon.names.get('Smotrich')).toBe('person');
    expect(m.lexicon.nonNames.has('Palestinian')).toBe(true);
    const i = m.byKey.get('US');
    expect(i === undefined ? undefined : m.entities[i]?.name).toBe('United States');
  });

  it('keys aliases without their accents, so a discovered name links however it is accented', () => {
    const m = compileMatcher(buildMatcherPackage(handIndex([entity('person:pedro-sanchez', 'Pedro Sánchez', 'person', ['Pedro Sánchez'])]), [], []));
    const i = m.byKey.get(linkKey('Pedro Sanchez'));
    expect(i === undefined ? undefined : m.entities[i]?.name).toBe('Pedro Sánchez');
  });
});

describe('buildMatcherPackage: a stored place’s other names', () => {
  const variants = placeVariants();
  const places = placeLexicon();
  const store = handIndex([
    entity('place:united-states', 'United States', 'place', ['United States']),
    entity('place:georgia', 'Georgia', 'place', ['Georgia']),
    entity('place:thailand', 'Thailand', 'place', ['Thailand']),
    entity('org:us-steel', 'U.S. Steel', 'org', ['U.S. Steel']),
  ]);
  const p = buildMatcherPackage(store, places, demonyms(), variants);
  const m = compileMatcher(p);
  const linked = (page: string) => annotateText(m, page).map((a) => [a.text, a.canonical, a.entityId !== null]);

  it('links "U.S.", "US" and "USA" to a store that writes only "United States"', () => {
    expect(formsOf(p, 'United States')).toEqual(expect.arrayContaining(['U.S.', 'US', 'USA', 'United States of America']));
    expect(linked('The U.S. said the US would act.')).toEqual([
      ['U.S.', 'United States', true],
      ['US', 'United States', true],
    ]);
  });

  it('adds nothing for places the store never names, and no demonym ("Thai")', () => {
    expect(p.aliases.some(([a]) => a === 'UK' || a === 'UAE')).toBe(false);
    expect(formsOf(p, 'Thailand')).not.toContain('Thai');
    expect(linked('Thai officials met.')).not.toContainEqual(['Thai', 'Thailand', true]);
  });

  it('leaves "us", the pronoun in capitals and two-letter state codes alone', () => {
    expect(linked('Tell us more, she said.')).toEqual([]);
    expect(linked('LET US PRAY\n\nJOIN US TONIGHT')).toEqual([]);
    expect(linked('US TROOPS LEAVE\n\nWASHINGTON — US officials said.')).toEqual([
      ['US', 'United States', true],
      ['WASHINGTON', 'Washington', false],
      ['US', 'United States', true],
    ]);
    expect(p.aliases.some(([a]) => a === 'IN' || a === 'OR' || a === 'ME' || a === 'GE')).toBe(false);
  });

  it('keeps a stored form to its own entity, and is bounded by the store', () => {
    expect(formsOf(p, 'U.S. Steel')).toContain('U.S. Steel');
    expect(formsOf(p, 'Georgia')).toEqual(['Georgia', 'Sakartvelo']);
    expect(JSON.stringify(p).length).toBeLessThan(JSON.stringify(buildMatcherPackage(store, places, demonyms())).length + 200);
  });

  it('without the variants, links only what the store writes', () => {
    expect(formsOf(buildMatcherPackage(store, places, demonyms()), 'United States')).toEqual(['United States']);
  });
});

describe('buildMatcherPackage: a name that only opens with a stored place’s short form', () => {
  const store = handIndex([
    entity('place:united-states', 'United States', 'place', ['United States']),
    entity('place:united-arab-emirates', 'United Arab Emirates', 'place', ['United Arab Emirates']),
  ]);
  const m = compileMatcher(buildMatcherPackage(store, placeLexicon(), demonyms(), placeVariants()));
  const linked = (page: string) => annotateText(m, page).map((a) => [a.text, a.kind, a.entityId !== null]);

  it('is its own name, not the country ("USA Today", "Emirates" the airline)', () => {
    expect(linked('The report ran in USA Today, and the USA said it would reply.')).toEqual([
      ['USA Today', 'org', false],
      ['USA', 'place', true],
    ]);
    expect(linked('Passengers on Emirates flights were stranded.')).toEqual([['Emirates', 'org', false]]);
  });

  it('still links the country by its full name and its letters ("the UAE")', () => {
    expect(linked('The United Arab Emirates and the UAE’s airline agreed.').filter(([, , l]) => l)).toEqual([
      ['United Arab Emirates', 'place', true],
      ['UAE', 'place', true],
    ]);
  });
});
