import { describe, expect, it } from 'vitest';
import { isCapsWord } from './caps-words';

const at = (text: string, word: string): boolean => {
  const i = text.indexOf(word);
  return isCapsWord(text, i, i + word.length);
};

describe('isCapsWord', () => {
  it('reads a short word after another word in capitals as the word ("LET US PRAY")', () => {
    expect(at('LET US PRAY', 'US')).toBe(true);
    expect(at('ALL OF US', 'US')).toBe(true);
    expect(at('THOSE WHO STAYED', 'WHO')).toBe(true);
  });

  it('keeps the name where the line opens with it, after "THE" or after punctuation', () => {
    expect(at('US TROOPS LEAVE', 'US')).toBe(false);
    expect(at('THE US AND CHINA', 'US')).toBe(false);
    expect(at('WASHINGTON — US OFFICIALS', 'US')).toBe(false);
    expect(at('CHINA, US AGREE', 'US')).toBe(false);
  });

  it('leaves ordinary text and other acronyms alone', () => {
    expect(at('He said the US would help.', 'US')).toBe(false);
    expect(at('BOOST FOR UK GROWTH', 'UK')).toBe(false);
  });
});
