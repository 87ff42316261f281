import { describe, expect, it } from 'vitest';
import { isCapsWord } from './caps-words';

const at = (text: string, word: string, isKnown?: (name: string) => boolean): boolean => {
  const i = text.indexOf(word);
  return isCapsWord(text, i, i + word.length, isKnown);
};
const KNOWN = new Set(['China', 'UK', 'Saudi Arabia', 'EU']);
const known = (name: string): boolean => KNOWN.has(name);

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

  it('keeps the name beside a known country or body, alone or through "AND" ("CHINA AND US SIGN")', () => {
    expect(at('CHINA AND US SIGN TRADE PACT', 'US', known)).toBe(false);
    expect(at('UK US TRADE DEAL SIGNED', 'US', known)).toBe(false);
    expect(at('TALKS BETWEEN US AND CHINA RESUME', 'US', known)).toBe(false);
    expect(at('SAUDI ARABIA AND US AGREE', 'US', known)).toBe(false);
    expect(at('EU OR US RULES?', 'US', known)).toBe(false);
  });

  it('still reads the pronoun beside pronouns and plain words ("BETWEEN THEM AND US")', () => {
    expect(at('BETWEEN THEM AND US', 'US', known)).toBe(true);
    expect(at('LET US PRAY', 'US', known)).toBe(true);
    expect(at('HELP US AND OUR ALLIES', 'US', known)).toBe(true);
    expect(at('CHINA AND US SIGN TRADE PACT', 'US')).toBe(true);
  });
});
