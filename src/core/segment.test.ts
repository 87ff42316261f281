import { describe, expect, it } from 'vitest';
import { splitSentences, tokenize } from './segment';

const texts = (s: string): string[] => splitSentences(s).map((x) => x.text);

describe('splitSentences', () => {
  it('splits plain sentences and keeps offsets into the text', () => {
    const text = 'Hamas agreed to the deal. Israel said it would comply!  Talks resume today?';
    const out = splitSentences(text);
    expect(out.map((s) => s.text)).toEqual([
      'Hamas agreed to the deal.',
      'Israel said it would comply!',
      'Talks resume today?',
    ]);
    for (const s of out) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('does not split after "U.S." before a name, "Feb." before a day, "Mr." or initials', () => {
    expect(texts('U.S. President Donald Trump spoke on Feb. 4 with Mr. Netanyahu and J. K. Rowling.')).toHaveLength(1);
    expect(texts('The talks began at 9 a.m. local time in Doha.')).toHaveLength(1);
    expect(texts('He flew to the U.S. on Sunday.')).toHaveLength(1);
  });

  it('does not split after a plural title before names ("Sens.", "Reps.")', () => {
    expect(texts('On Tuesday, Sens. Ron Wyden and Mark Warner wrote, as did Reps. Frank Pallone and Tim Walberg.')).toHaveLength(1);
  });

  it('splits after an abbreviation when a sentence opener follows', () => {
    expect(texts('He flew to the U.S. The visit lasted two days.')).toEqual([
      'He flew to the U.S.',
      'The visit lasted two days.',
    ]);
  });

  it('splits after curly closing quotes and keeps them with the sentence', () => {
    expect(texts('Trump said the truce “will hold.” “I’ve seen people brutalized.” Nobody answered.')).toEqual([
      'Trump said the truce “will hold.”',
      '“I’ve seen people brutalized.”',
      'Nobody answered.',
    ]);
  });

  it('keeps a quoted question inside its sentence when the text goes on in lower case', () => {
    expect(texts('“Why now?” she asked. He left.')).toEqual(['“Why now?” she asked.', 'He left.']);
  });

  it('always breaks at a line break, even without punctuation', () => {
    expect(texts('Escalation in the West Bank\nIsrael reported deaths')).toEqual([
      'Escalation in the West Bank',
      'Israel reported deaths',
    ]);
  });

  it('does not split decimals or numbers with separators', () => {
    expect(texts('The toll rose to 47,498 and aid reached $1.5bn in total.')).toHaveLength(1);
  });
});

describe('tokenize', () => {
  it('keeps apostrophes, hyphens and dotted abbreviations inside words', () => {
    const tokens = tokenize('Netanyahu’s U.S. visit: Hamas-run al-Qassam at 9 a.m. Feb. 4, 47,498 dead, 42-day truce');
    expect(tokens.map((t) => t.text)).toEqual([
      'Netanyahu’s', 'U.S.', 'visit', 'Hamas-run', 'al-Qassam', 'at', '9', 'a.m.', 'Feb.', '4',
      '47,498', 'dead', '42-day', 'truce',
    ]);
  });

  it('keeps a web domain whole, not a word before it ("Crypto.com Arena"), and no other dot', () => {
    expect(tokenize('at Crypto.com Arena, on Booking.com.').map((t) => t.text)).toEqual(['at', 'Crypto.com', 'Arena', 'on', 'Booking.com']);
    expect(tokenize('It was down.Compare the rates.').map((t) => t.text)).toEqual(['It', 'was', 'down', 'Compare', 'the', 'rates']);
  });

  it('gives offsets that slice back to the token', () => {
    const text = '  Mr. Smith met “Dr. Jones” in Tel Aviv.';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe('"Ss." and "Sts." (segment.ts PLURAL_SAINTS)', () => {
  it('keep their period before saints named with "and" ("Ss. Peter and Paul")', () => {
    expect(texts('Mass was said at Ss. Peter and Paul. It rained.')).toEqual(['Mass was said at Ss. Peter and Paul.', 'It rained.']);
    expect(tokenize('the Church of Sts. Cyril and Methodius').map((t) => t.text)).toContain('Sts.');
  });

  it('end the sentence after streets, before a name that is no saint ("Main and 5th Sts. Smith said")', () => {
    expect(texts('Cross at Main and 5th Sts. Smith said he saw it.')).toEqual(['Cross at Main and 5th Sts.', 'Smith said he saw it.']);
    expect(tokenize('Elm Sts. The parade').map((t) => t.text)).toEqual(['Elm', 'Sts', 'The', 'parade']);
  });
});
