import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { isProjectName } from './name-projects';
import { demonyms, placeLexicon, placeVariants } from './places';

const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): string[] => findEntities(text, lexicon).map((m) => `${m.text}:${m.type}`);

describe('a name opened by "Project"', () => {
  it('is no person\'s, also before a speech verb', () => {
    expect(typed('Donors said Project Halcyon had closed its office.')).toEqual(['Project Halcyon:org']);
    expect(typed('Project Lumen published a second video on Monday.')).toEqual(['Project Lumen:org']);
  });

  it('needs a name after the word', () => {
    expect(isProjectName(['Project'])).toBe(false);
    expect(isProjectName(['Project', 'Halcyon'])).toBe(true);
  });
});
