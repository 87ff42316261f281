import { describe, expect, it } from 'vitest';
import { groupAliases } from './aliases';
import { compileLexicon } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';
import type { EntityMention, EntityType } from './types';

const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const m = (text: string, type: EntityType, canonical = text, start = 0): EntityMention => ({ start, end: start + text.length, text, type, canonical });
const groupOf = (mentions: EntityMention[], alias: string) => groupAliases(mentions, lexicon).filter((g) => g.aliases.includes(alias));

describe('a short form one text names an organisation by', () => {
  it('is that organisation where another text writes it alone', () => {
    // Article 1: "Ford Motor Co. … Ford said"; article 2: only "Ford".
    const groups = groupOf([m('Ford Motor Co.', 'org'), m('Ford', 'org', 'Ford Motor Co.', 40), m('Ford', 'org', 'Ford', 90)], 'Ford');
    expect(groups).toHaveLength(1);
    expect(groups[0]?.canonical).toBe('Ford Motor Co.');
  });
  it('decides nothing where no text named it so, or two organisations were', () => {
    expect(groupOf([m('Ford Foundation', 'org'), m('Ford', 'org', 'Ford', 90)], 'Ford').map((g) => g.canonical)).toEqual(['Ford']);
    const two = [m('Delta Air Lines', 'org'), m('Delta', 'org', 'Delta Air Lines', 20), m('Delta Electronics', 'org', 'Delta Electronics', 40), m('Delta', 'org', 'Delta Electronics', 60), m('Delta', 'org', 'Delta', 90)];
    expect(groupOf(two, 'Delta').map((g) => g.canonical)).toContain('Delta');
  });
  it('leaves a person of that name alone', () => {
    const groups = groupOf([m('Ford Motor Co.', 'org'), m('Ford', 'org', 'Ford Motor Co.', 40), m('Ford', 'person', 'Ford', 90)], 'Ford');
    expect(groups.map((g) => [g.canonical, g.type])).toContainEqual(['Ford', 'person']);
  });
});
