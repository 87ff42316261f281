import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';
import { vesselName } from './product-vessels';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);
const at = (text: string, name: string): boolean => vesselName(text, text.indexOf(name), text.indexOf(name) + name.length);

describe('a ship named in apposition with a vessel’s noun', () => {
  it('is a craft, unmarked at every mention ("the Ever Given, a … vessel of", "the cargo ship Galaxy Leader")', () => {
    expect(typed('The Ever Given, a Panama-flagged vessel of 400 metres, blocked the canal. The Ever Given was freed.')).toEqual([
      ['Panama', 'place'],
    ]);
    expect(typed('Rebels seized the cargo ship Galaxy Leader in November.')).toEqual([]);
    expect(typed('The tanker, the Sea Empress, ran aground off Wales.')).toEqual([['Wales', 'place']]);
    expect(typed('The owners of the Nordic Star, the ferry that sank, will pay the families.')).toEqual([]);
  });

  it('reads the noun right before the name or in apposition after it', () => {
    expect(at('the container ship Rubymar sank', 'Rubymar')).toBe(true);
    expect(at('the Rubymar, a bulk carrier ship that sank', 'Rubymar')).toBe(true);
    expect(at('the Rubymar sank in the Red Sea', 'Rubymar')).toBe(false);
  });

  it('leaves the operator, the owner and a vessel noun before another noun as they were', () => {
    expect(typed('Maersk, the Danish shipping company, said it would reroute.')).toEqual([['Maersk', 'org']]);
    expect(typed('Carnival, the cruise ship operator, said it would sail.')).toEqual([['Carnival', 'org']]);
    expect(typed('John Smith, a retired ship captain, said he saw it.')).toEqual([['John Smith', 'person']]);
    expect(typed('The ship’s owner, Synergy Marine Group, filed in court.')).toEqual([['Synergy Marine Group', 'org']]);
    // A known name after the noun is the one who acts on the ship.
    expect(typed('The tanker Iran seized was released.')).toEqual([['Iran', 'place']]);
  });
});

describe('a submersible named in apposition or before its noun', () => {
  // Every sentence is written for this test.
  it('is a craft, unmarked at every mention', () => {
    expect(typed('The Nautilus, a research submersible that dives to 6,000 metres, surfaced. The Nautilus was towed home.')).toEqual([]);
    expect(typed('The research submersible Deepsea Explorer reached the trench off Japan.')).toEqual([['Japan', 'place']]);
    expect(typed('The Deepsea Explorer submersible lost contact on its third dive.')).toEqual([]);
  });

  it('leaves the builder and a submersible noun before another noun as they were', () => {
    expect(typed('Triton Submarines, the submersible maker, said it would help.')).toEqual([['Triton Submarines', 'org']]);
    expect(typed('Anna Berg, a submersible pilot, said she had dived there.')).toEqual([['Anna Berg', 'person']]);
  });
});

describe('a yacht written as one word with its grander prefix', () => {
  // Every sentence is written for this test.
  it('is a craft ("the superyacht Solenne", "Solenne, a megayacht of …")', () => {
    expect(typed('Police in Fiji seized the superyacht Solenne on Tuesday.')).toEqual([['Fiji', 'place']]);
    expect(typed('The Solenne, a megayacht of 106 metres, left port.')).toEqual([]);
  });

  it('must not change: a superyacht maker and its buyer are no craft', () => {
    expect(typed('Lurssen, the superyacht maker, said orders rose.')).toEqual([['Lurssen', 'org']]);
    expect(typed('Anna Berg, a superyacht captain, said she had sailed there.')).toEqual([['Anna Berg', 'person']]);
  });
});

describe('an aircraft carrier named after its noun or in apposition', () => {
  // Every sentence is written for this test.
  it('is a craft, unmarked', () => {
    expect(typed('The aircraft carrier Dwight D. Eisenhower returned to port on Sunday.')).toEqual([]);
    expect(typed('The Gerald R. Ford, the aircraft carrier that left in May, sailed home.')).toEqual([]);
    expect(typed('The battleship Yamato sank in 1945.')).toEqual([]);
  });

  // Must not change: "carrier" alone is an airline's or a phone company's word.
  it('leaves a carrier that is a company as it was', () => {
    expect(typed('The carrier Delta said it would add flights.')).toEqual([['Delta', 'org']]);
    expect(typed('The wireless carrier Verizon said it would raise prices.')).toEqual([['Verizon', 'org']]);
    expect(at('an aircraft carrier pilot, Ana Ruiz, said', 'Ana Ruiz')).toBe(false);
  });
});
