import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { isSportBody } from './name-sport-bodies';
import { demonyms, placeLexicon, placeVariants } from './places';

const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): string[] => findEntities(text, lexicon).map((m) => `${m.text}:${m.type}`);

describe('a sport\'s governing body named for its sport and place', () => {
  it('is an organisation, also before a speech verb', () => {
    expect(typed('Rugby Canada said the coach would stay.')).toEqual(['Rugby Canada:org']);
    expect(typed('Table Tennis Wales said the event was off.')).toEqual(['Table Tennis Wales:org']);
    expect(typed('Swim Ireland said the pool would shut.')).toEqual(['Swim Ireland:org']);
    expect(typed('Officials at USA Gymnastics said so.')).toEqual(['USA Gymnastics:org']);
  });

  it('needs both a sport and a known place', () => {
    expect(isSportBody(['Rugby', 'Canada'], (n) => n === 'Canada')).toBe(true);
    expect(isSportBody(['Rugby', 'Smith'], (n) => n === 'Canada')).toBe(false);
    expect(isSportBody(['Canada'], (n) => n === 'Canada')).toBe(false);
    expect(typed('Carl Golf said he would retire.')).toEqual(['Carl Golf:person']);
  });
});
