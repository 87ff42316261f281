import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { holidayType } from './name-holidays';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a holiday named as a whole', () => {
  it('is one event with its feast word ("on Christmas Day", "Christmas Eve")', () => {
    expect(typed('The shelters stayed open on Christmas Day.')).toEqual([['Christmas Day', 'event']]);
    expect(typed('Christmas Eve was quiet at the border post.')).toEqual([['Christmas Eve', 'event']]);
    expect(typed('Pilgrims gathered on Christmas Day in Bethlehem.')).toEqual([['Christmas Day', 'event'], ['Bethlehem', 'place']]);
  });

  it('is one event over its possessive ("New Year’s Day", "New Year’s Eve")', () => {
    expect(typed("The ferry sank on New Year's Day.")).toEqual([["New Year's Day", 'event']]);
    expect(typed('New Year’s Eve fireworks lit the harbour.')).toEqual([['New Year’s Eve', 'event']]);
  });

  it('is an event for the new year’s feast ("the Lunar New Year holiday")', () => {
    expect(typed('Rail travel peaked during the Lunar New Year holiday.')).toEqual([['Lunar New Year', 'event']]);
    expect(typed('Factories shut over the New Year holiday.')).toEqual([['New Year', 'event']]);
  });
});

describe('a feast word or a time that is no holiday named as a whole', () => {
  it('stays no name alone, with a year or as a time of day ("at Thanksgiving", "Christmas 2024", "at Noon")', () => {
    expect(typed('The family met at Thanksgiving.')).toEqual([]);
    expect(typed('The family met at Christmas.')).toEqual([]);
    expect(typed('Toy sales rose over Christmas 2024.')).toEqual([]);
    expect(typed('The vote is at Noon.')).toEqual([]);
    expect(typed('Christmas shoppers crowded the mall.')).toEqual([]);
  });

  it('leaves a greeting, a body and a person named with the words as they were', () => {
    expect(typed('He joined New Year Capital in 2020.')).toEqual([['New Year Capital', 'org']]);
    expect(typed('Eve Marlow said the plan was sound.')).toEqual([['Eve Marlow', 'person']]);
    expect(holidayType(['Happy', 'New', 'Year'])).toBeNull();
    expect(holidayType(['Memorial', 'Day'])).toBeNull();
  });
});
