import { describe, expect, it } from 'vitest';
import { figureIn, storedFacts, verdict } from '../../tests/support/stored-figures';
import { ALTITUDE, collisionTopic, HEIGHT_LIMIT, heightReading } from './measure-heights';

const reading = (sentence: string, text: string) => heightReading(sentence, figureIn(sentence, text));

describe('heightReading', () => {
  it('reads a craft’s altitude and the limit it may fly at', () => {
    expect(reading('The helicopter was flying at about 278 feet when it hit the jet.', 'about 278 feet')).toBe(ALTITUDE);
    expect(reading('A report found the helicopter at about 278 feet.', 'about 278 feet')).toBe(ALTITUDE);
    expect(reading('It was well above the 200-foot limit of its route.', '200-foot')).toBe(HEIGHT_LIMIT);
    expect(reading('The route has a ceiling of 200 feet at that point.', '200 feet')).toBe(HEIGHT_LIMIT);
  });
  it('reads the noun altitude, height or elevation as subject or with "of", when a craft’s', () => {
    expect(reading('Its altitude was 278 feet when it hit the jet.', '278 feet')).toBe(ALTITUDE);
    expect(reading('The helicopter’s altitude of 300 feet was too high.', '300 feet')).toBe(ALTITUDE);
    expect(reading('The helicopter’s height was 278 feet.', '278 feet')).toBe(ALTITUDE);
    expect(reading('The plane was cruising at an altitude of 35,000 feet.', '35,000 feet')).toBe(ALTITUDE);
    // Near cases: a building's height, a place's elevation, and the noun where nothing flies.
    expect(reading('The tower’s height of 300 feet is a hazard.', '300 feet')).toBeNull();
    expect(reading('The airport’s elevation is 15 feet.', '15 feet')).toBeNull();
    expect(reading('Mexico City sits at an altitude of 2,240 meters.', '2,240 meters')).toBeNull();
  });
  it('reads a height by the subject of its own clause, not by anything the sentence says flew', () => {
    expect(reading('The wave reached a height of 30 feet as the storm flew past.', '30 feet')).toBeNull();
    expect(reading('The wave reached a height of 30 feet as the helicopter flew past.', '30 feet')).toBeNull();
    expect(reading('Its height was 30 feet as the storm flew past.', '30 feet')).toBeNull();
    expect(reading('The tree grew to a height of 30 feet, and birds flew over it.', '30 feet')).toBeNull();
    // Near cases: a craft or a pronoun as the subject, a craft named after the height.
    expect(reading('The drone reached a height of 400 feet as the storm passed.', '400 feet')).toBe(ALTITUDE);
    expect(reading('The Black Hawk reached an altitude of 300 feet before it struck the jet.', '300 feet')).toBe(ALTITUDE);
    expect(reading('The board said the altitude was 278 feet when it struck the jet.', '278 feet')).toBe(ALTITUDE);
    expect(reading('At an altitude of 278 feet, the helicopter struck the jet.', '278 feet')).toBe(ALTITUDE);
    expect(reading('Birds flew at a height of 300 feet.', '300 feet')).toBe(ALTITUDE);
  });
  it('reads "N feet up" as an altitude where its subject flies or climbs', () => {
    expect(reading('The helicopter was 278 feet up when it hit the jet.', '278 feet')).toBe(ALTITUDE);
    expect(reading('It was 278 feet up when it struck the jet.', '278 feet')).toBe(ALTITUDE);
    expect(reading('The helicopter hovered 50 metres up as crews worked.', '50 metres')).toBe(ALTITUDE);
    expect(reading('The climbers were 300 metres up when the rope broke.', '300 metres')).toBe(ALTITUDE);
    // Near cases: water, flames, a move.
    expect(reading('Water was 3 feet up the walls as the helicopters flew over.', '3 feet')).toBeNull();
    expect(reading('The flames reached 30 feet up the side of the tower.', '30 feet')).toBeNull();
    // A way up a thing is how far along it, a climber's or a drone's alike.
    expect(reading('The climber was 2,000 feet up the north face when the storm hit.', '2,000 feet')).toBeNull();
    expect(reading('The drone was 400 feet up the valley wall when it lost signal.', '400 feet')).toBeNull();
    expect(reading('The drone was 400 feet up when it lost signal.', '400 feet')).toBe(ALTITUDE);
    expect(reading('The ceiling was 300 feet, up from 200 feet.', '300 feet')).toBeNull();
  });
  it('leaves a separation, a distance and a count alone', () => {
    expect(reading('At least 85 times the two aircraft came within 200 feet of each other.', '200 feet')).toBeNull();
    expect(reading('The collision happened about 2,400 feet from the end of the runway.', 'about 2,400 feet')).toBeNull();
    expect(reading('The helicopter was flying at night with three soldiers.', 'three soldiers')).toBeNull();
  });
});

describe('collisionTopic', () => {
  it('dates a craft striking another as a crash', () => {
    const s = 'Radar showed the helicopter at about 300 feet when it struck the American Eagle jet on Jan. 29.';
    expect(collisionTopic(s, figureIn(s, 'Jan. 29'))).toBe('crash');
  });
  it('but not a weapon striking one, nor a strike on a building', () => {
    const missile = 'A missile struck the plane on Jan. 29.';
    expect(collisionTopic(missile, figureIn(missile, 'Jan. 29'))).toBeNull();
    const school = 'An airstrike hit a school on Jan. 29.';
    expect(collisionTopic(school, figureIn(school, 'Jan. 29'))).toBeNull();
  });
});

describe('heights compared', () => {
  const stored = storedFacts(
    '2025-03-11',
    'The Army Black Hawk that collided with the jet on Jan. 29 was flying at about 278 feet, well above the 200-foot limit of its route, the board said.',
  );
  it('agree whoever found them, and differ at another value of the same crash', () => {
    expect(verdict(stored, 'A report by the National Transportation Safety Board found the helicopter at about 278 feet.', 'about 278 feet')?.[0]).toBe('agrees');
    expect(verdict(stored, 'Radar showed the Army helicopter at about 300 feet when it struck the jet on Jan. 29.', 'about 300 feet')?.[0]).toBe('differs');
    expect(verdict(stored, 'The helicopter’s route has a ceiling of 200 feet at that point.', '200 feet')?.[0]).toBe('agrees');
    expect(verdict(stored, 'Its altitude was 278 feet when it hit the jet.', '278 feet')?.[0]).toBe('agrees');
    expect(verdict(stored, 'The helicopter’s altitude was 300 feet when it struck the jet.', '300 feet')?.[0]).toBe('differs');
    expect(verdict(stored, 'The helicopter was 278 feet up when it struck the jet.', '278 feet')?.[0]).toBe('agrees');
    expect(verdict(stored, 'The helicopter was 300 feet up when it struck the jet on Jan. 29.', '300 feet')?.[0]).toBe('differs');
  });
  it('are not a limit, a separation, or another flight’s altitude', () => {
    expect(verdict(stored, 'Eighty-five times the two aircraft came within 200 feet of each other.', '200 feet')).toBeNull();
    expect(verdict(stored, 'Bald eagles are seen flying at more than 10,000 feet.', 'more than 10,000 feet')).toBeNull();
    expect(verdict(stored, 'The route has a ceiling of 278 feet.', '278 feet')).toBeNull();
    expect(verdict(stored, 'The tower’s height of 300 feet is a hazard to the jet.', '300 feet')).toBeNull();
    expect(verdict(stored, 'The wave reached a height of 300 feet as the storm flew past.', '300 feet')).toBeNull();
  });
});
