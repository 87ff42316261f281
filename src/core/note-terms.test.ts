import { describe, expect, it } from 'vitest';
import { cleanTerm, noteOnNames, termKey } from './note-terms';
import type { Note } from './records';

const note = (term?: string): Note => ({
  id: 'urn:uuid:n1', type: 'Annotation', created: '2025-02-01T00:00:00.000Z', modified: '2025-02-01T00:00:00.000Z',
  body: { type: 'TextualBody', value: 'x', format: 'text/plain' }, target: { source: 'https://news.example.com/a' },
  backstory: term === undefined ? {} : { term },
});

describe('note terms', () => {
  it('keeps a term on one line, without spaces at its ends', () => {
    expect(cleanTerm('  Faisal\n\t Al-Rumaihi ')).toBe('Faisal Al-Rumaihi');
    expect(cleanTerm(' \n ')).toBe('');
  });

  it('joins a term to a name as the library joins names: case, accents, dots and possessive aside', () => {
    expect(termKey('Pedro SÁNCHEZ')).toBe(termKey('pedro sanchez'));
    expect(termKey('U.S.')).toBe(termKey('US'));
    expect(termKey('Erdoğan’s')).toBe(termKey('Erdogan'));
    expect(termKey('Gaza Strip')).not.toBe(termKey('Gaza'));
  });

  it('finds a note on an entity by its name or one of its aliases, and a note without a term on none', () => {
    expect(noteOnNames(note('Sanchez'), ['Pedro Sánchez', 'Sánchez'])).toBe(true);
    expect(noteOnNames(note('Sanchez'), ['Pedro Sánchez'])).toBe(false);
    expect(noteOnNames(note(), ['Pedro Sánchez', 'Sánchez'])).toBe(false);
    expect(noteOnNames(note(''), [''])).toBe(false);
  });
});
