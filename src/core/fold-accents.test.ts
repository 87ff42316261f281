import { describe, expect, it } from 'vitest';
import { foldAccents, foldLatin } from './fold-accents';

const foldUnits = (s: string): string => [...s].map((c) => String.fromCharCode(foldLatin(c.charCodeAt(0)))).join('');

describe('foldLatin', () => {
  it('drops the accent of a Latin-1 and Latin Extended-A letter, one unit for one', () => {
    expect(foldUnits('Erdoğan Sánchez São Zürich Kılıçdaroğlu Łódź Øresund Dvořák')).toBe(
      'Erdogan Sanchez Sao Zurich Kilicdaroglu Lodz Oresund Dvorak',
    );
  });
  it('folds Romanian and Vietnamese letters too: "Timișoara", "Nguyễn"', () => {
    expect(foldUnits('Timișoara Nguyễn Phú Trọng')).toBe('Timisoara Nguyen Phu Trong');
  });
  it('keeps case: "É" is "E", never "e"', () => {
    expect(foldUnits('ÉéÀàÇç')).toBe('EeAaCc');
  });
  it('leaves letters that are more than an accented letter, and signs, as they are', () => {
    expect(foldUnits('Straße Æsir Œuvre Þór × ÷')).toBe('Straße Æsir Œuvre Þor × ÷');
  });
  it('leaves ASCII and other scripts alone', () => {
    expect(foldUnits('Gaza, U.S. 12%')).toBe('Gaza, U.S. 12%');
    expect(foldUnits('Αθήνα Москва́ القدس')).toBe('Αθήνα Москва́ القدس');
  });
});

describe('foldAccents', () => {
  it('gives a name without accents, as long as it was', () => {
    const name = 'Recep Tayyip Erdoğan';
    expect(foldAccents(name)).toBe('Recep Tayyip Erdogan');
    expect(foldAccents(name)).toHaveLength(name.length);
  });
  it('returns a name without accents as it is', () => {
    expect(foldAccents('Benjamin Netanyahu')).toBe('Benjamin Netanyahu');
  });
  it('folds a name written decomposed like the composed one: "Sa\\u0301nchez"', () => {
    expect(foldAccents('Sa\u0301nchez')).toBe('Sanchez');
    expect(foldAccents('Nguye\u0302\u0303n')).toBe('Nguyen');
  });
  it('keeps a combining mark that follows no Latin letter', () => {
    expect(foldAccents('\u0301A')).toBe('\u0301A');
  });
});
