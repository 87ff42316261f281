import { describe, expect, it } from 'vitest';
import { appositionType, earlierOfKind } from './apposition';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test; "Velmora" is a name no lexicon knows.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('an apposition that calls a name a body', () => {
  it('makes it an organisation: "World Velmora, the sport\'s governing body, said"', () => {
    expect(appositionType(", the sport's governing body, said a reserve day had been set aside")).toBe('org');
    expect(typed("World Velmora, the sport's governing body, said a reserve day had been set aside.")).toEqual([
      ['World Velmora', 'org'],
    ]);
  });

  it('says nothing of a speaker the next sentence mentions a body after: "The body was found"', () => {
    expect(typed('Anna Velmora said she had seen nothing. The body was found on Monday.')).toEqual([['Anna Velmora', 'person']]);
    expect(appositionType(', the family’s lawyer, said')).toBe('person');
  });

  it('makes a system a body runs one ("the largest health system in California"), not any system', () => {
    expect(typed('Kaiser Permanente, the largest health system in California, said it would hire.')).toEqual([
      ['Kaiser Permanente', 'org'],
      ['California', 'place'],
    ]);
    expect(appositionType(', the school system, said')).toBe('org');
    expect(appositionType(', the operating system, crashed')).toBeNull();
    expect(appositionType(', the weather system, moved north')).toBeNull();
  });
});

// An apposition whose noun is followed by a clause with its own subject and no "that" ("the
// firm he also owned"). Every sentence is written for this test.

describe('an apposition before a clause with its own subject', () => {
  it('reads the noun before "he", "she", "they", "we" as the kind of the name', () => {
    expect(appositionType(', the trading firm he also owned, and to donations.')).toBe('org');
    expect(appositionType(', the lawyer she hired last year, said')).toBe('person');
    expect(appositionType(', the town they fled, lay empty.')).toBe('place');
  });

  it('types a two-word firm by it, which alone would read as a person', () => {
    expect(typed('Prosecutors said the money went to Norvale Research, the trading firm he also owned, and to donations.')).toEqual([
      ['Norvale Research', 'org'],
    ]);
  });

  it('gives no kind where the noun names none ("the day he left")', () => {
    expect(appositionType(', the day he left, was cold.')).toBeNull();
    expect(typed('Prosecutors said Dana Whitcombe, the day he left, called twice.')).toEqual([['Dana Whitcombe', 'person']]);
  });
});

describe('earlierOfKind: work', () => {
  it('builds the pattern of a kind once, however many "the other …" appositions ask for it', () => {
    const text = 'Velmora Partners, the proxy adviser, backed the plan. Kestrel Advisory';
    const after = ', the other proxy adviser, opposed it.';
    expect(earlierOfKind(text, text.length, after)).toEqual(['Velmora', 'Partners']);
    // Count the patterns built (a literal is not built by the constructor) while it is asked again.
    const real = globalThis.RegExp;
    let built = 0;
    globalThis.RegExp = new Proxy(real, {
      construct: (target, args: [string, string?], newTarget: typeof RegExp) => {
        built++;
        return Reflect.construct(target, args, newTarget) as RegExp;
      },
    });
    try {
      for (let i = 0; i < 20; i++) expect(earlierOfKind(text, text.length, after)).toEqual(['Velmora', 'Partners']);
    } finally {
      globalThis.RegExp = real;
    }
    expect(built).toBe(0);
  });
});

describe('an apposition read on one line', () => {
  it('says nothing where a line break cuts it: a heading\'s name over the paragraph\'s words', () => {
    expect(appositionType(', the Iran-backed group, said')).toBe('org');
    expect(appositionType(', the Iran-backed\ngroup, said')).toBeNull();
    expect(appositionType(',\nthe Iran-backed group, said')).toBeNull();
    const text = 'Institutional Shareholder Services, the proxy adviser, backed it. Glass Lewis';
    expect(earlierOfKind(text, text.length, ', the other proxy adviser, said')).toEqual(['Institutional', 'Shareholder', 'Services']);
    expect(earlierOfKind(text, text.length, ', the other proxy\nadviser, said')).toBeNull();
    const split = 'Institutional Shareholder Services, the proxy\nadviser, backed it. Glass Lewis';
    expect(earlierOfKind(split, split.length, ', the other proxy adviser, said')).toBeNull();
  });
});
