import { describe, expect, it } from 'vitest';
import { buildMatcherPackage } from './matcher';
import { patronymicGivenName } from './name-patronymics';
import type { Entity, KnowledgeIndex } from './types';

// Every name here is written for this test.
function person(name: string): Entity {
  return { id: `person:${name}`, name, type: 'person', aliases: [name], description: null, mentions: [], related: [] };
}
function formsOf(names: string[], lexicon: [string, Entity['type']][] = []): string[][] {
  const index: KnowledgeIndex = { version: 'v1', articles: [], entities: names.map(person), facts: [], topic: { weights: {}, threshold: 0.15 } };
  const p = buildMatcherPackage(index, lexicon, []);
  return names.map((_, i) => p.aliases.filter(([, e]) => e === i).map(([a]) => a).sort());
}

describe('an Icelandic name, called by its given name', () => {
  it('takes the given name of a patronymic in -dóttir, or in -son with an Icelandic letter', () => {
    expect(patronymicGivenName('Sólveig Hauksdóttir')).toBe('Sólveig');
    expect(patronymicGivenName('Gunnar Þórisson')).toBe('Gunnar');
    expect(patronymicGivenName('Ari Eðvaldsson')).toBe('Ari');
    expect(patronymicGivenName('Hrefna Karlsdottir')).toBe('Hrefna');
  });

  it('leaves names in -son of other languages, initials and single words alone', () => {
    expect(patronymicGivenName('Boris Johnson')).toBeNull();
    expect(patronymicGivenName('Magdalena Andersson')).toBeNull();
    expect(patronymicGivenName('J. Þórisson')).toBeNull();
    expect(patronymicGivenName('Þórisson')).toBeNull();
  });

  it('reads an accented given name as Icelandic only before a genitive "-sson"', () => {
    expect(patronymicGivenName('Héðinn Ragnarsson')).toBe('Héðinn');
    expect(patronymicGivenName('Jón Ragnarsson')).toBe('Jón');
    expect(patronymicGivenName('Ásta Grímsson')).toBe('Ásta');
    expect(patronymicGivenName('René Dawson')).toBeNull();
    expect(patronymicGivenName('Inés Robertson')).toBeNull();
    expect(formsOf(['René Dawson'])).toEqual([['Dawson', 'René Dawson']]);
  });

  it('links the given name alone to the stored person, unless two share it or it is a known name', () => {
    expect(formsOf(['Gunnar Þórisson'])).toEqual([['Gunnar', 'Gunnar Þórisson', 'Þórisson']]);
    expect(formsOf(['Boris Johnson'])).toEqual([['Boris Johnson', 'Johnson']]);
    expect(formsOf(['Sólveig Hauksdóttir', 'Sólveig Arnardóttir'])).toEqual([
      ['Hauksdóttir', 'Sólveig Hauksdóttir'],
      ['Arnardóttir', 'Sólveig Arnardóttir'],
    ]);
    expect(formsOf(['Selfoss Ragnarsdóttir'], [['Selfoss', 'place']])).toEqual([['Ragnarsdóttir', 'Selfoss Ragnarsdóttir']]);
  });
});
