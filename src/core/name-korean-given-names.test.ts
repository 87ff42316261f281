import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): string[] => findEntities(text, lexicon).map((m) => `${m.text}:${m.type}`);

describe('a Korean given name with a lower-case second syllable', () => {
  it('stays whole beside the surname, before or after it', () => {
    expect(typed('Choi Min-jung scored twice in the second half.')).toEqual(['Choi Min-jung:person']);
    expect(typed('The coach praised Hyun-woo Kang after the match.')).toEqual(['Hyun-woo Kang:person']);
  });

  it('leaves the possessive outside', () => {
    expect(typed('Han Seo-yeon’s second goal settled it.')).toEqual(['Han Seo-yeon:person']);
  });

  it('still cuts a suffix off a name with no Korean surname beside it', () => {
    expect(typed('The Hamas-run ministry and a Kremlin-backed group said so.').map((t) => t.split(':')[0])).toEqual(['Hamas', 'Kremlin']);
  });
});
