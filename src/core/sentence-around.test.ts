import { describe, expect, it } from 'vitest';
import { paragraphBefore, sentenceAround, sentenceBefore, SentencesOf, unpairedQuotes, withPairedQuotes } from './sentence-around';

const PARAGRAPH =
  'The ministry said at least 47,498 people had been killed since Oct. 7, 2023. Officials in Cairo met on Feb. 3 to discuss the second phase. ' +
  'Mr. Witkoff said 33 hostages would be freed in the first stage, which lasts 42 days! Was the 5.5% figure right? "Yes," said a U.S. official.';

describe('SentencesOf', () => {
  it('finds, for every span, the sentence sentenceAround finds', () => {
    const text = Array.from({ length: 40 }, (_, i) => `${PARAGRAPH} Paragraph ${i} ends here.`).join('\n');
    const sentences = new SentencesOf(text);
    for (const m of text.matchAll(/\d[\d,.%]*/g)) {
      const start = m.index;
      const end = start + m[0].length;
      expect(sentences.around(start, end)).toEqual(sentenceAround(text, start, end));
    }
  });

  it('keeps to a window around the span inside a sentence longer than that', () => {
    const long = `${'word '.repeat(400)}with 12 in the middle ${'word '.repeat(400)}end.`;
    const text = `First sentence here. ${long} Last one.`;
    const start = text.indexOf('12');
    const got = new SentencesOf(text).around(start, start + 2);
    expect(got).toEqual(sentenceAround(text, start, start + 2));
    expect(got.text.length).toBeLessThan(1300);
  });
});

describe('sentenceBefore', () => {
  it('is the sentence ending before one, across a paragraph break, and empty at the start', () => {
    const text = 'The toll rose to 48,200.\nThe previous tally stood at 47,460. Talks resume.';
    const second = text.indexOf('The previous');
    expect(sentenceBefore(text, second)).toBe('The toll rose to 48,200.');
    expect(sentenceBefore(text, text.indexOf('Talks'))).toBe('The previous tally stood at 47,460.');
    expect(sentenceBefore(text, 0)).toBe('');
  });
});

describe('paragraphBefore', () => {
  it('is the text up to a sentence with its line breaks, a last one when it opens its paragraph', () => {
    const text = 'The toll rose to 48,200.\nThe bank cut rates. Growth slowed. Inflation was 2%.';
    expect(paragraphBefore(text, text.indexOf('Inflation'))).toBe('The toll rose to 48,200.\nThe bank cut rates. Growth slowed.');
    expect(paragraphBefore(text, text.indexOf('The bank'))).toBe('The toll rose to 48,200.\n');
    expect(paragraphBefore(text, 0)).toBe('');
  });
  it('reaches back from a paragraph’s start where one is in reach', () => {
    const text = `${'Words go on. '.repeat(200)}\nThe bank cut rates.\n\nInflation was 2%.`;
    expect(paragraphBefore(text, text.indexOf('Inflation'))).toBe('The bank cut rates.\n\n');
  });
});

describe('withPairedQuotes', () => {
  it('drops the opening quote of a quotation that closes in a later sentence, moving the span', () => {
    const s = '“National Security Advisor Mike Waltz has said pretty clearly that Hamas cannot govern Gaza.';
    const start = s.indexOf('Mike');
    expect(withPairedQuotes(s, start, start + 10)).toEqual({
      sentence: 'National Security Advisor Mike Waltz has said pretty clearly that Hamas cannot govern Gaza.',
      start: start - 1,
      end: start + 9,
    });
  });

  it('drops a closing quote whose opening is sentences back, and keeps pairs', () => {
    expect(withPairedQuotes('They will lose,” Hamas said.', 17, 22)).toEqual({ sentence: 'They will lose, Hamas said.', start: 16, end: 21 });
    expect(withPairedQuotes('"We will lose," he said.', 0, 2).sentence).toBe('"We will lose," he said.');
    expect(withPairedQuotes('He said “no” and “yes.”', 0, 2).sentence).toBe('He said “no” and “yes.”');
  });

  it('finds unpaired straight and curly quotes, not apostrophes', () => {
    expect(unpairedQuotes('"We will win.')).toEqual([0]);
    expect(unpairedQuotes('Israel’s “red line” and "the plan')).toEqual([24]);
    expect(unpairedQuotes('“one “two” three')).toEqual([0]);
  });
});
