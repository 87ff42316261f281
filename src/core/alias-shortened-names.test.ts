import { describe, expect, it } from 'vitest';
import { groupAliases, type AliasGroup } from './aliases';
import { withoutWhose } from './alias-shortened-names';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const groupsOf = (text: string): AliasGroup[] => groupAliases(findEntities(text, lexicon), lexicon);
const groupWith = (groups: AliasGroup[], alias: string): AliasGroup | undefined =>
  groups.find((g) => g.aliases.includes(alias));

describe('a known place before an organisation’s name', () => {
  it('is dropped as news drops it when the rest has a word in capitals ("California FAIR Plan" → "FAIR Plan")', () => {
    const groups = groupsOf('The California FAIR Plan, the state’s insurer of last resort, said it had received 3,500 claims.');
    expect(groupWith(groups, 'FAIR Plan')?.canonical).toBe('California FAIR Plan');
  });

  it('stays when the rest is words of any body ("California Department of Justice")', () => {
    const groups = groupsOf('The California Department of Justice said so.');
    expect(groupWith(groups, 'Department of Justice')).toBeUndefined();
  });
});

describe('a country before a nation’s own body', () => {
  it('is dropped as news drops it ("U.S. Army" → "Army", as "the Army said")', () => {
    const groups = groupsOf('A jet collided with a U.S. Army helicopter on Wednesday.');
    expect(groupWith(groups, 'Army')?.canonical).toBe('US Army');
  });

  it('stays before another head or after a city ("Washington Post", "Chicago Police")', () => {
    const groups = groupsOf('The Washington Post said the U.S. Bank and the Chicago Police knew.');
    expect(groupWith(groups, 'Post')).toBeUndefined();
    expect(groupWith(groups, 'Police')).toBeUndefined();
    expect(groupWith(groups, 'Bank')).toBeUndefined();
  });
});

describe('a river named by its own word', () => {
  it('is the river alone ("the Potomac" for the stored "Potomac River")', () => {
    const groups = groupsOf('Both aircraft fell into the Potomac River, officials said.');
    expect(groupWith(groups, 'Potomac')?.canonical).toBe('Potomac River');
  });

  it('is not where the word is a known name of its own ("Jordan" is the country)', () => {
    const groups = groupsOf('Pilgrims bathed in the Jordan River on Sunday.');
    expect(groupWith(groups, 'Jordan')).toBeUndefined();
  });
});

describe('a body without "of the …"', () => {
  it('keeps two capitalised words or more, and no generic head alone', () => {
    expect(withoutWhose('Supreme Court of the United States')).toBe('Supreme Court');
    expect(withoutWhose('Council of the European Union')).toBeNull();
    expect(withoutWhose('Supreme Court')).toBeNull();
  });
});
