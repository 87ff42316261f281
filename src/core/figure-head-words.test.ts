import { describe, expect, it } from 'vitest';
import { verdictAgainst } from './figure-test-kit';
import { commonHeadWord } from './figure-head-words';

describe('a common word at a sentence\'s head', () => {
  it('is a shared content word where the other side writes it in lower case', () => {
    expect(verdictAgainst('The sub carried enough oxygen for 96 hours.', '96 hours', 'Oxygen for 96 hours was on board, the company said.', '96 hours')).toBe('agrees');
    const at = (sentence: string, text: string) => ({ sentence, start: sentence.indexOf(text), end: sentence.indexOf(text) + text.length });
    expect(commonHeadWord(at('Oxygen for 96 hours was on board.', '96 hours'), at('It carried enough oxygen for 96 hours.', '96 hours'))).toBe('oxygen');
  });
  it('stays a name, or another word, where the other side has it not', () => {
    expect(verdictAgainst('The sub carried enough oxygen for 96 hours.', '96 hours', 'Water for 96 hours was on board, the company said.', '96 hours')).toBeUndefined();
    expect(verdictAgainst('The town kept its water supply for 96 hours.', '96 hours', 'Oxygen for 96 hours was on board, the company said.', '96 hours')).toBeUndefined();
    const at = (sentence: string, text: string) => ({ sentence, start: sentence.indexOf(text), end: sentence.indexOf(text) + text.length });
    const lost = 'The association said hospitals were losing up to $100 million a day.';
    expect(verdictAgainst(lost, 'up to $100 million', 'Hospitals earned up to $100 million a day in fees.', 'up to $100 million')).toBeUndefined();
    expect(commonHeadWord(at('Delta said it had power for 96 hours.', '96 hours'), at('Delta cancelled flights for 96 hours.', '96 hours'))).toBeNull();
  });
});
