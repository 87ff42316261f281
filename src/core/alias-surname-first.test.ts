import { describe, expect, it } from 'vitest';
import { groupAliases, type AliasGroup } from './aliases';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const groupOf = (text: string, alias: string): AliasGroup | undefined =>
  groupAliases(findEntities(text, lexicon), lexicon).find((g) => g.aliases.includes(alias));

describe('a person named surname first', () => {
  it('is the lone first word after the full name ("Hui Ka Yan … Hui, who …")', () => {
    expect(groupOf('The founder, Lam Ka Wing, was detained. Lam, who is 61, denied it.', 'Lam')?.canonical).toBe('Lam Ka Wing');
    expect(groupOf('Tran Van Binh met the envoy. Tran said talks would resume.', 'Tran')?.canonical).toBe('Tran Van Binh');
  });

  // Must not change: a lone word that ends a name is its surname; two names sharing the word decide nothing.
  it('leaves surnames to the last-word rule and shared first words alone', () => {
    expect(groupOf('Ana Lam met the mayor. Lam said the talks went well.', 'Lam')?.canonical).toBe('Ana Lam');
    const two = groupOf('Lam Ka Wing and Lam Mei Ling were detained. Lam, who is 61, denied it.', 'Lam');
    expect(two?.canonical).toBe('Lam');
  });
});
