import { describe, expect, it } from 'vitest';
import { aliasKey, groupAliases, membersOf, type AliasGroup } from './aliases';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';
import type { EntityMention, EntityType } from './types';

const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const groupsOf = (text: string): AliasGroup[] => groupAliases(findEntities(text, lexicon), lexicon);
const groupWith = (groups: AliasGroup[], alias: string): AliasGroup | undefined =>
  groups.find((g) => g.aliases.includes(alias));

function mention(canonical: string, type: EntityType, start = 0): EntityMention {
  return { start, end: start + canonical.length, text: canonical, type, canonical };
}

describe('aliasKey', () => {
  it('drops acronym dots, unifies quotes and drops the possessive', () => {
    expect(aliasKey('U.S.')).toBe('US');
    expect(aliasKey('Washington D.C.')).toBe('Washington DC');
    expect(aliasKey('Netanyahu’s')).toBe('Netanyahu');
    expect(aliasKey('  Gaza   Strip ')).toBe('Gaza Strip');
  });
  it('keeps case', () => {
    expect(aliasKey('US')).not.toBe(aliasKey('us'));
  });
  it('turns any white space into single spaces, a lone tab or no-break space too', () => {
    expect(aliasKey('Gaza\u00a0Strip')).toBe('Gaza Strip');
    expect(aliasKey('Gaza\tStrip')).toBe('Gaza Strip');
    expect(aliasKey('Gaza\nStrip')).toBe('Gaza Strip');
  });
  it('gives what the full normalisation gives, whether or not it skips it', () => {
    // Every rewrite applied, without the shortcut for names that need none.
    const full = (name: string): string =>
      name.replace(/[‘’ʼ]/g, "'").replace(/[“”]/g, '"').replace(/\b(?:\p{L}\.){2,}/gu, (m) => m.replace(/\./g, '')).replace(/\s+/g, ' ').trim().replace(/'s?$/, '');
    const alphabet = ['A', 'b', 's', ' ', '\u00a0', '\t', '.', "'", '’', '“', '-', 'É'];
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let i = 0; i < 5000; i++) {
      let name = '';
      for (let n = next() % 9; n > 0; n--) name += alphabet[next() % alphabet.length];
      expect(aliasKey(name), JSON.stringify(name)).toBe(full(name));
    }
  });
});

describe('groupAliases', () => {
  const text = [
    'Israeli Prime Minister Benjamin Netanyahu met U.S. President Donald Trump in Washington.',
    'Netanyahu said the Israel Defense Forces would stay in the Gaza Strip, and Trump agreed.',
    'IDF troops remain in the Strip. The United States and the US Congress backed the plan.',
    'The United Nations said aid reached Gaza; the UN asked for more.',
  ].join('\n');
  const groups = groupsOf(text);

  it('resolves a surname to the full name', () => {
    expect(groupWith(groups, 'Netanyahu')?.canonical).toBe('Benjamin Netanyahu');
    expect(groupWith(groups, 'Trump')?.canonical).toBe('Donald Trump');
  });
  it('resolves acronyms by their initials', () => {
    expect(groupWith(groups, 'IDF')?.canonical).toBe('Israel Defense Forces');
    expect(groupWith(groups, 'UN')?.canonical).toBe('United Nations');
  });
  it('joins US, U.S. and United States under the common name', () => {
    const us = groupWith(groups, 'U.S.');
    expect(us?.canonical).toBe('United States');
    expect(us?.aliases).toEqual(expect.arrayContaining(['US', 'U.S.', 'United States']));
    expect(us?.type).toBe('place');
  });
  it('resolves "the Strip" and "Gaza" to the Gaza Strip mentioned before', () => {
    expect(groupWith(groups, 'Strip')?.canonical).toBe('Gaza Strip');
    expect(groupWith(groups, 'Gaza')?.canonical).toBe('Gaza Strip');
  });
  it('keeps different entities apart', () => {
    expect(groupWith(groups, 'Washington')?.aliases).not.toContain('Donald Trump');
    expect(groupWith(groups, 'Benjamin Netanyahu')).not.toBe(groupWith(groups, 'Donald Trump'));
  });

  it('leaves a surname shared by two full names unresolved', () => {
    const g = groupAliases(
      [mention('Sarah Johnson', 'person'), mention('Boris Johnson', 'person', 20), mention('Johnson', 'person', 40)],
      lexicon,
    );
    expect(groupWith(g, 'Johnson')?.canonical).toBe('Johnson');
  });
  it('reads "Name (ABC)" as an acronym even when initials differ', () => {
    const name = mention('Islamic Revolutionary Guard Corps', 'org');
    const acronym = mention('IRGC', 'org', name.end + 2);
    expect(groupWith(groupAliases([name, acronym], lexicon), 'IRGC')?.canonical).toBe('Islamic Revolutionary Guard Corps');
  });
  it('does not read a person\'s initials as an acronym ("AP" is not Ana Perez)', () => {
    const g = groupsOf('Ana Perez, a lawyer, spoke on Monday. AP reported the strike. Perez said more.');
    expect(groupWith(g, 'AP')).not.toBe(groupWith(g, 'Ana Perez'));
  });
  it('reads a clipped organisation name as the shortest organisation it begins ("Fed")', () => {
    const g = groupAliases(
      [mention('Federal Reserve', 'org'), mention('Federal Open Market Committee', 'org', 20), mention('Fed', 'org', 60)],
      lexicon,
    );
    expect(groupWith(g, 'Fed')?.canonical).toBe('Federal Reserve');
    expect(groupWith(g, 'Federal Open Market Committee')).not.toBe(groupWith(g, 'Fed'));
  });
  it('does not clip across kinds, a whole first word, a generic head or an even tie', () => {
    const person = groupAliases([mention('Federico Rossi', 'person'), mention('Fed', 'org', 20)], lexicon);
    expect(groupWith(person, 'Fed')?.canonical).toBe('Fed');
    const whole = groupAliases([mention('Federal Reserve', 'org'), mention('Federal', 'org', 20)], lexicon);
    expect(groupWith(whole, 'Federal')?.canonical).toBe('Federal');
    const head = groupAliases([mention('World Bank', 'org'), mention('Bankers Association', 'org', 20), mention('Bank', 'org', 50)], lexicon);
    expect(groupWith(head, 'Bank')?.canonical).toBe('World Bank');
    const alone = groupAliases([mention('Bankers Association', 'org'), mention('Bank', 'org', 30)], lexicon);
    expect(groupWith(alone, 'Bank')?.canonical).toBe('Bank');
    const tie = groupAliases([mention('Metropolitan Police', 'org'), mention('Metropolitan Opera', 'org', 25), mention('Met', 'org', 50)], lexicon);
    expect(groupWith(tie, 'Met')?.canonical).toBe('Met');
  });
  it('knows an organisation by its name without the “of the …” that says whose it is', () => {
    const court = groupsOf('The Court of Justice of the European Union upheld the fine in September.');
    expect(groupWith(court, 'Court of Justice')?.canonical).toBe('Court of Justice of the European Union');
    const supreme = groupAliases([mention('Supreme Court of the United States', 'org')], lexicon);
    expect(groupWith(supreme, 'Supreme Court')?.canonical).toBe('Supreme Court of the United States');
  });
  it('leaves a lone generic head, a place and a name of its own without the “of the …” alias', () => {
    const council = groupAliases([mention('Council of the European Union', 'org')], lexicon);
    expect(groupWith(council, 'Council')).toBeUndefined();
    const place = groupAliases([mention('Democratic Republic of the Congo', 'place')], lexicon);
    expect(groupWith(place, 'Democratic Republic')).toBeUndefined();
    const two = groupAliases([mention('Supreme Court of the United States', 'org'), mention('Supreme Court', 'org', 60)], lexicon);
    // Already a name of its own: not claimed twice, which would leave the matcher neither.
    expect(groupWith(two, 'Supreme Court of the United States')?.aliases).not.toContain('Supreme Court');
  });
  it('dedupes case and possessive variants', () => {
    const g = groupAliases([mention('Hamas', 'org'), mention('HAMAS', 'org', 10), mention('Hamas’s', 'org', 20)], lexicon);
    expect(g).toHaveLength(1);
  });
});

describe('an acronym of a name that grew or of a department’s field', () => {
  it('takes "CDC" for the Centers for Disease Control and Prevention and "Africa CDC" for its African namesake', () => {
    const groups = groupsOf(
      'The Centers for Disease Control and Prevention said 712 cases had been confirmed. The CDC sent a team to Lubbock. ' +
        'The Africa Centres for Disease Control and Prevention said on Thursday that cases rose. Africa CDC declared an emergency.',
    );
    expect(groupWith(groups, 'CDC')?.canonical).toBe('Centers for Disease Control and Prevention');
    expect(groupWith(groups, 'Africa CDC')?.canonical).toBe('Africa Centres for Disease Control and Prevention');
  });

  it('takes "HHS" for the Department of Health and Human Services', () => {
    const groups = groupsOf('The Department of Health and Human Services will cut jobs. HHS expects to save money.');
    expect(groupWith(groups, 'HHS')?.canonical).toBe('Department of Health and Human Services');
  });
});

describe('a country the stored text spells out in full', () => {
  it('is named as written when the lexicon’s name abbreviates ("Democratic Republic of the Congo", not "DR Congo")', () => {
    const groups = groupsOf('The Democratic Republic of the Congo accounts for more than half of the cases.');
    const congo = groupWith(groups, 'Democratic Republic of the Congo');
    expect(congo?.canonical).toBe('Democratic Republic of the Congo');
    expect(congo?.aliases).toContain('DR Congo');
    expect(groupWith(groupsOf('Officials in the U.S. said so.'), 'U.S.')?.canonical).toBe('United States');
  });
});

describe('names written with and without accents', () => {
  it('are one entity, named as first written when neither spelling is more common', () => {
    const g = groupAliases([mention('Pedro Sánchez', 'person'), mention('Pedro Sanchez', 'person', 20), mention('Sanchez', 'person', 40)], lexicon);
    expect(g).toHaveLength(1);
    expect(g[0]?.canonical).toBe('Pedro Sánchez');
    expect(g[0]?.aliases).toEqual(expect.arrayContaining(['Pedro Sánchez', 'Pedro Sanchez', 'Sanchez']));
  });
  it('are named by the spelling the stored text uses most', () => {
    const names = ['Recep Tayyip Erdogan', 'Recep Tayyip Erdoğan', 'Recep Tayyip Erdoğan'];
    const g = groupAliases(names.map((n, i) => mention(n, 'person', i * 30)), lexicon);
    expect(g.map((x) => x.canonical)).toEqual(['Recep Tayyip Erdoğan']);
  });
  it('join a surname without accents to the full name with them, and the other way round', () => {
    const plain = groupAliases([mention('Recep Tayyip Erdoğan', 'person'), mention('Erdogan', 'person', 30)], lexicon);
    expect(groupWith(plain, 'Erdogan')?.canonical).toBe('Recep Tayyip Erdoğan');
    const accented = groupAliases([mention('Recep Tayyip Erdogan', 'person'), mention('Erdoğan', 'person', 30)], lexicon);
    expect(groupWith(accented, 'Erdoğan')?.canonical).toBe('Recep Tayyip Erdogan');
  });
  it('stay apart when they differ by more than accents', () => {
    const g = groupAliases([mention('Pedro Sánchez', 'person'), mention('Pedro Sanches', 'person', 20), mention('Sanches', 'person', 40)], lexicon);
    expect(g).toHaveLength(2);
    expect(groupWith(g, 'Sanches')?.canonical).toBe('Pedro Sanches');
  });
});

describe('a short form in brackets taken from the name in its own language', () => {
  it('is the name before it: "Social Democratic Party (SPD)", "Sahra Wagenknecht Alliance (BSW)", "Alternative for Germany (AfD)"', () => {
    const groups = groupsOf(
      'The Social Democratic Party (SPD) fell to 16.4%. The Sahra Wagenknecht Alliance (BSW) missed the threshold, and the far-right Alternative for Germany (AfD) came second. The SPD, the BSW and the AfD met the press.',
    );
    expect(groupWith(groups, 'SPD')?.canonical).toBe('Social Democratic Party');
    expect(groupWith(groups, 'BSW')?.canonical).toBe('Sahra Wagenknecht Alliance');
    expect(groupWith(groups, 'AfD')?.canonical).toBe('Alternative for Germany');
  });

  it('is not when fewer than two of its letters open the name’s words', () => {
    const groups = groupsOf('The Foreign Office (UK) said the talks would go on. The Foreign Office and the UK said nothing more.');
    expect(groupWith(groups, 'UK')?.canonical).not.toBe('Foreign Office');
  });

  it('is the name before it when each of its words in capitals opens one of the name’s: "(CAL FIRE)"', () => {
    const groups = groupsOf(
      'The Palisades fire was 8% contained, the California Department of Forestry and Fire Protection (CAL FIRE) said. CAL FIRE said crews gained ground.',
    );
    expect(groupWith(groups, 'CAL FIRE')).toMatchObject({ canonical: 'California Department of Forestry and Fire Protection', type: 'org' });
    // Words that open none of the name's words are an aside, not its short form.
    const aside = groupsOf('The crews of the Forestry Department (SAN DIEGO) said nothing. SAN DIEGO was calm.');
    expect(groupWith(aside, 'SAN DIEGO')?.canonical).not.toBe('Forestry Department');
  });
});

describe('a party named by its members', () => {
  it('is the party: "the Social Democrats" after "the Social Democratic Party"', () => {
    const groups = groupsOf('The Social Democratic Party (SPD) fell to 16.4%. The Social Democrats said they would talk.');
    expect(groupWith(groups, 'Social Democrats')?.canonical).toBe('Social Democratic Party');
  });

  it('needs the same words, the adjective and a head', () => {
    expect(membersOf('Free Democrats', 'Free Democratic Party')).toBe(true);
    expect(membersOf('Social Democrats', 'Christian Democratic Union')).toBe(false);
    expect(membersOf('Social Democrats', 'Social Democratic Forum Today')).toBe(false);
  });
});
