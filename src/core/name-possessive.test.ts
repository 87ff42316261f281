import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const names = (text: string): string[] => findEntities(text, lexicon).map((m) => m.text);

describe('a company named with a possessive and an acronym', () => {
  it('is one name after the noun for its trade ("the catastrophe modeler Moody\'s RMS")', () => {
    const text = "Losses could reach $40 billion, the catastrophe modeler Moody's RMS said on Monday.";
    expect(findEntities(text, lexicon).map((m) => [m.text, m.type])).toEqual([["Moody's RMS", 'org']]);
    expect(names('The insurer Dunkley’s ARC paid out.')).toEqual(['Dunkley’s ARC']);
  });

  it('stays an owner where the page writes the word without its "\'s" too', () => {
    const text = "The risk modeler Moody's RMS said so. Moody and his team disagreed.";
    expect(names(text)).not.toContain("Moody's RMS");
  });

  it('stays an owner with no noun for a firm before it, or after a person\'s role', () => {
    expect(names("Putin's FSB arrested him.")).not.toContain("Putin's FSB");
    expect(names('The world Putin’s FSB built collapsed.')).not.toContain('Putin’s FSB');
    expect(names("The senator Trump's GOP allies backed it.")).not.toContain("Trump's GOP");
  });

  it('stays an owner before a longer name, or where the lexicon knows either word', () => {
    expect(names("The carmaker Trump's GOP Senate allies praised met.")).not.toContain("Trump's GOP");
    expect(names("The regulator Israel's IDF named was absent.")).not.toContain("Israel's IDF");
  });

  it('is one name opening a sentence where the page names it after its noun too ("Moody\'s RMS said")', () => {
    const text = "Moody's RMS said losses could reach $40 billion. The estimate from the catastrophe modeler Moody's RMS was the highest.";
    expect(findEntities(text, lexicon).map((m) => [m.text, m.type])).toEqual([
      ["Moody's RMS", 'org'],
      ["Moody's RMS", 'org'],
    ]);
    expect(names("Putin's FSB arrested him. The agency Putin's SVR was not involved.")).not.toContain("Putin's FSB");
  });
});
