import { describe, expect, it } from 'vitest';
import { groupAliases, type AliasGroup } from './aliases';
import { isShortenedPlaceOf } from './aliases-places';
import { compileLexicon } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';
import type { EntityMention } from './types';

// Every name pair is written for this test; the mentions stand for two stored articles.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const place = (canonical: string, start: number): EntityMention => ({ start, end: start + canonical.length, text: canonical, type: 'place', canonical });
const groupWith = (groups: AliasGroup[], alias: string): AliasGroup | undefined => groups.find((g) => g.aliases.includes(alias));

describe('a place named with words of its long name left out', () => {
  it('is the long name ("Reagan National Airport" of "Ronald Reagan Washington National Airport")', () => {
    const groups = groupAliases([place('Reagan National Airport', 0), place('Ronald Reagan Washington National Airport', 100)], lexicon);
    expect(groups).toHaveLength(1);
    expect(groupWith(groups, 'Reagan National Airport')?.canonical).toBe('Ronald Reagan Washington National Airport');
  });

  it('is not where words are only cut from the front ("Kansas City", "North Kansas City")', () => {
    expect(isShortenedPlaceOf('Kansas City', 'North Kansas City')).toBe(false);
    expect(isShortenedPlaceOf('Ben Gurion Airport', 'Ben Gurion International Airport')).toBe(true);
    expect(isShortenedPlaceOf('Reagan National', 'Ronald Reagan Washington National Airport')).toBe(false);
  });
});

describe('an airport without its head', () => {
  it('is the airport ("Reagan National")', () => {
    const groups = groupAliases([place('Reagan National Airport', 0)], lexicon);
    expect(groupWith(groups, 'Reagan National')?.canonical).toBe('Reagan National Airport');
  });

  it('is not a one-word name or a known place ("New York Airport" is not "New York")', () => {
    expect(groupWith(groupAliases([place('Washington National Airport', 0)], lexicon), 'Washington National')).toBeDefined();
    expect(groupWith(groupAliases([place('Heathrow Airport', 0)], lexicon), 'Heathrow')).toBeUndefined();
    expect(groupWith(groupAliases([place('New York Airport', 0)], lexicon), 'New York')).toBeUndefined();
  });
});
