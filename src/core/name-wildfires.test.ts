import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';
import { wildfireEvent } from './name-wildfires';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typeOf = (text: string, name: string): string | undefined => findEntities(text, lexicon).find((m) => m.text === name)?.type;

describe('a wildfire named by a word and "Fire"', () => {
  it('is an event where its sentence speaks of burning ("the Dixie Fire burned")', () => {
    expect(typeOf('The Dixie Fire burned 900,000 acres.', 'Dixie Fire')).toBe('event');
    expect(typeOf('Crews fought the Dixie Fire for months.', 'Dixie Fire')).toBe('event');
    expect(typeOf('The Camp Fire destroyed the town of Paradise.', 'Camp Fire')).toBe('event');
    expect(typeOf('The county said the Mosquito Fire was 40% contained.', 'Mosquito Fire')).toBe('event');
  });

  it('must not change: a club, a fire service, a body that speaks', () => {
    expect(typeOf('The Chicago Fire beat Toronto 2-1 on Saturday.', 'Chicago Fire')).toBe('org');
    expect(typeOf('Oakland Fire officials said the blaze was contained.', 'Oakland Fire')).toBe('org');
    expect(typeOf('The Apple Complex in Cupertino opened.', 'Apple Complex')).toBe('org');
  });

  it('must not change: a club\'s role after its name, a building\'s complex evacuated or destroyed', () => {
    expect(typeOf('Chicago Fire defender Rafael Czichos was hurt as crews worked on the pitch.', 'Chicago Fire')).toBe('org');
    expect(typeOf('The Sports Complex was evacuated after a bomb threat.', 'Sports Complex')).toBe('org');
    expect(typeOf('The Industrial Complex was destroyed by the flood.', 'Industrial Complex')).toBe('org');
  });

  it('a complex of fires is an event where its sentence speaks of fire itself', () => {
    expect(typeOf('Crews fought the SCU Lightning Complex, which was 50% contained.', 'SCU Lightning Complex')).toBe('event');
    expect(wildfireEvent(['North', 'Complex'], 0, 'The North Complex burned 300,000 acres.', 4, 17)).toBe('event');
    expect(wildfireEvent(['North', 'Complex'], 0, 'The North Complex was evacuated.', 4, 17)).toBeNull();
    expect(wildfireEvent(['North', 'Fire'], 0, 'The North Fire was evacuated.', 4, 14)).toBe('event');
  });

  it('reads the sentence, without the name, and the word after it', () => {
    const text = 'The Dixie Fire said nothing. The Dixie Fire grew. Smoke rose.';
    expect(wildfireEvent(['Dixie', 'Fire'], 0, text, 4, 14)).toBeNull(); // speaks
    expect(wildfireEvent(['Dixie', 'Fire'], 0, text, 33, 43)).toBeNull(); // nothing burns in its sentence
    expect(wildfireEvent(['Dixie', 'Fire'], 0, 'The Dixie Fire burned.', 4, 14)).toBe('event');
    expect(wildfireEvent(['Dixie', 'Fire'], 1, 'The Dixie Fire burned.', 4, 14)).toBeNull();
    expect(wildfireEvent(['Fire'], 0, 'Fire burned.', 0, 4)).toBeNull();
  });

  it('reads the word after the name on its own line: a heading\'s fire has no fans in the paragraph', () => {
    expect(wildfireEvent(['Dixie', 'Fire'], 0, 'Crews fought the Dixie Fire\nfans of the park watched.', 17, 27)).toBe('event');
    expect(wildfireEvent(['Dixie', 'Fire'], 0, 'Crews fought the Dixie Fire fans of the park watched.', 17, 27)).toBeNull();
  });

  it('is the fire\'s where its survivors or evacuees follow, with no burning word in the sentence', () => {
    const text = 'Tolan Fire survivors gathered at the church on Sunday.';
    expect(wildfireEvent(['Tolan', 'Fire'], 0, text, 0, 10)).toBe('event');
    expect(wildfireEvent(['Tolan', 'Fire'], 0, 'Tolan Fire evacuees returned home.', 0, 10)).toBe('event');
    expect(wildfireEvent(['Tolan', 'Complex'], 0, 'Tolan Complex victims returned home.', 0, 13)).toBeNull();
  });
});
