import { describe, expect, it } from 'vitest';
import { type ListStep, walkNameList } from './name-list-walk';
import { tokenize } from './segment';

// Walks `text` from the first word after `before` (the list's first word), recording what each
// step saw, and ends at the first word named `head` (its index) or runs out (-1).
const walk = (text: string, before: string, head: string): { end: number; steps: string[]; words: string[] } => {
  const tokens = tokenize(text);
  const first = tokens.findIndex((t) => t.text === before);
  const steps: string[] = [];
  const end = walkNameList(tokens, first + 1, text, tokens[first]!.end, (s: ListStep) => {
    steps.push(`${s.comma ? ',' : ' '}${s.token.text}${s.afterAnd ? '+' : ''}`);
    return s.token.text === head ? s.at : undefined;
  });
  return { end, steps, words: tokens.map((t) => t.text) };
};

describe('the walk over a list of capitalised words', () => {
  it('hands on each word with its gap and whether the "and" came before it', () => {
    const r = walk('the Brook, Fenwick and Hale Line ran.', 'Brook', 'Line');
    expect(r.steps).toEqual([',Fenwick', ' and', ' Hale+', ' Line+']);
    expect(r.words[r.end]).toBe('Line');
  });

  it('takes a serial comma before the "and"', () => {
    expect(walk('the Brook, Fenwick, and Hale Line ran.', 'Brook', 'Line').steps).toEqual([',Fenwick', ',and', ' Hale+', ' Line+']);
  });

  it('drops the list at a comma after the "and", a second "and", or another gap', () => {
    expect(walk('the Brook and Fenwick, Hale Line ran.', 'Brook', 'Line')).toMatchObject({ end: -1, steps: [' and', ' Fenwick+'] });
    expect(walk('the Brook and Fenwick and Hale Line ran.', 'Brook', 'Line')).toMatchObject({ end: -1, steps: [' and', ' Fenwick+'] });
    expect(walk('the Brook; Fenwick Line ran.', 'Brook', 'Line').end).toBe(-1);
  });
});
