import { describe, expect, it } from 'vitest';
import { itsNext, refersBack, verbIts } from './name-pronouns';

// Every sentence is written for this test.
const span = (text: string, name: string) => ({ text, start: text.indexOf(name), end: text.indexOf(name) + name.length });

describe('a name the next words take up as a thing', () => {
  it('reads "the group", "It said", "Its" and a verb before "its"', () => {
    expect(refersBack(span('Boko Haram claimed the attack. The group has denied it.', 'Boko Haram'))).toBe(true);
    expect(refersBack(span('Norvane claimed the attack. It also said more would come.', 'Norvane'))).toBe(true);
    expect(itsNext(span('Norvane said the rocket would fly. Its chief executive said so.', 'Norvane'))).toBe(true);
    expect(verbIts(' raised its forecast.')).toBe(true);
    expect(verbIts(' has cut its prices.')).toBe(true);
  });

  it('does not read those phrases across a line break', () => {
    expect(refersBack(span('Boko Haram claimed the attack. The\ngroup has denied it.', 'Boko Haram'))).toBe(false);
    expect(refersBack(span('Norvane claimed the attack. It\nalso said more would come.', 'Norvane'))).toBe(false);
    expect(itsNext(span('Norvane said the rocket would fly. Its\nchief executive said so.', 'Norvane'))).toBe(false);
    expect(verbIts(' raised\nits forecast.')).toBe(false);
    expect(verbIts('\nhas cut its prices.')).toBe(false);
  });
});
