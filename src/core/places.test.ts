import { describe, expect, it } from 'vitest';
import { demonyms, placeLexicon, placeVariants } from './places';

describe('placeLexicon', () => {
  const names = new Map(placeLexicon());

  it('has countries, official names, capitals and the news regions, all places', () => {
    for (const n of ['Israel', 'Egypt', 'Lebanon', 'United States', 'United States of America', 'Jerusalem', 'Cairo', 'Washington', 'West Bank', 'Gaza Strip', 'Middle East', 'Jenin']) {
      expect(names.get(n), n).toBe('place');
    }
  });

  it('keeps US, UK and USA but drops two-letter codes that are ordinary words', () => {
    expect(names.has('US')).toBe(true);
    expect(names.has('UK')).toBe(true);
    expect(names.has('USA')).toBe(true);
    for (const code of ['IN', 'IT', 'NO', 'ME', 'IS', 'AM']) expect(names.has(code), code).toBe(false);
  });

  it('skips inverted forms with commas', () => {
    expect(names.has('Palestine, State of')).toBe(false);
  });
});

describe('placeVariants', () => {
  it('maps alternative spellings to the common name', () => {
    const v = new Map(placeVariants());
    expect(v.get('USA')).toBe('United States');
    expect(v.get('United States of America')).toBe('United States');
    expect(v.get('Washington')).toBe('Washington D.C.');
  });
});

describe('demonyms', () => {
  const d = new Set(demonyms());
  it('has demonyms, their plurals and group adjectives', () => {
    for (const w of ['Israeli', 'Israelis', 'Palestinian', 'Palestinians', 'American', 'Americans', 'Iranian', 'Arab', 'Gazans', 'British', 'Lebanese']) {
      expect(d.has(w), w).toBe(true);
    }
  });
  it('does not contain country names', () => {
    for (const w of ['Israel', 'Iran', 'Gaza', 'Lebanon']) expect(d.has(w), w).toBe(false);
  });
});
