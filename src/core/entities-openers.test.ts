import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// The word that opens a sentence, as wire copy writes it: part of a name, a common noun, a
// question's modal, a name on its own before an apposition or a possessive. Every sentence
// is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a sentence opener that starts a known name', () => {
  it('keeps "New" in "New York Governor Kathy Hochul"', () => {
    expect(typed('New York Governor Kathy Hochul said the subway would reopen.')).toEqual([
      ['New York', 'place'],
      ['Kathy Hochul', 'person'],
    ]);
  });

  it('drops the article of a known name that leads a longer one ("The Valley Harvest Food Bank")', () => {
    expect(typed('The Valley Harvest Food Bank said on Tuesday that it had run short.')).toEqual([['Valley Harvest Food Bank', 'org']]);
    expect(typed('The Valley, the island’s capital, was quiet.')).toEqual([['The Valley', 'place']]);
  });

  it('still drops an opener that starts no known name ("New Hamas demands")', () => {
    expect(typed('New Hamas demands stalled the talks in Cairo.')).toEqual([
      ['Hamas', 'org'],
      ['Cairo', 'place'],
    ]);
  });
});

describe('a lone sentence opener with an apposition', () => {
  it('accepts "Hezbollah, the Iran-backed group, …" and types it by the apposition', () => {
    expect(typed('Hezbollah, the Iran-backed group, fired rockets on Monday.')).toEqual([
      ['Hezbollah', 'org'],
      ['Iran', 'place'],
    ]);
    expect(typed('Nabatieh, a town in the south, was hit.')).toEqual([['Nabatieh', 'place']]);
  });

  it('leaves an adverb before an apposition out ("Elsewhere, the agency, …")', () => {
    expect(typed('Elsewhere, the agency, a unit of the ministry, said it would wait.')).toEqual([]);
    expect(typed('Separately, the group, which had denied it, agreed.')).toEqual([]);
  });
});

describe('a body before a title and a person at a sentence start', () => {
  it('keeps "Bundesbank" in "Bundesbank President Joachim Nagel said"', () => {
    expect(typed('Bundesbank President Joachim Nagel said rates would hold.')).toEqual([
      ['Bundesbank', 'org'],
      ['Joachim Nagel', 'person'],
    ]);
  });

  it('leaves a describing word before the title out ("Outgoing President …")', () => {
    expect(typed('Outgoing President Joe Biden said so.')).toEqual([['Joe Biden', 'person']]);
  });
});

describe('a generic head opening a sentence', () => {
  it('is the common noun when the page writes it in lower case too ("Bank robberies")', () => {
    const text = 'Fifth Third Bank offered a reward. The bank said it would help. Bank robberies fell last year.';
    expect(typed(text).map(([t]) => t)).toEqual(['Fifth Third Bank']);
  });

  it('is still a short form at a sentence start when written only with a capital', () => {
    const text = 'The World Bank cut its forecast. Bank economists said growth would slow.';
    expect(typed(text).map(([t]) => t)).toEqual(['World Bank', 'Bank']);
  });
});

describe('a modal or an auxiliary opening a question', () => {
  it('stays outside the name ("Would Avi Ohayon return?")', () => {
    expect(typed('Would Avi Ohayon return? Did Rovman Powell know? Has Hamas agreed?')).toEqual([
      ['Avi Ohayon', 'person'],
      ['Rovman Powell', 'person'],
      ['Hamas', 'org'],
    ]);
  });

  it('leaves "Will" and "Can", also given names, outside only in a question', () => {
    expect(typed('Will Avi Ohayon return? Can Maria Lopez win again?')).toEqual([
      ['Avi Ohayon', 'person'],
      ['Maria Lopez', 'person'],
    ]);
    expect(typed('Will Ohayon starred in the film.')).toEqual([['Will Ohayon', 'person']]);
  });
});

describe('a lone sentence opener that owns a name', () => {
  it('is a name ("Halvorsen’s Starliner, which returned empty, …")', () => {
    expect(typed('Halvorsen’s Starliner, which returned empty, is idle.').map(([t]) => t)).toContain('Halvorsen');
  });

  it('needs other evidence before a common noun ("Halvorsen’s shares fell")', () => {
    expect(typed('Halvorsen’s shares fell.')).toEqual([]);
  });
});

describe('"An" opening a sentence before a word that opens with a consonant', () => {
  it('is the Irish article of the name ("An Garda Síochána said", "An Post")', () => {
    expect(typed('The car was found. An Garda Síochána said thefts rose.')).toEqual([['An Garda Síochána', 'org']]);
    expect(typed('An Post said it would raise prices.')).toEqual([['An Post', 'org']]);
  });

  it('stays the English article before a vowel, an "h" or an acronym ("An Apple spokesman", "An NBA star")', () => {
    expect(typed('An Apple spokesman said so.')).toEqual([['Apple', 'org']]);
    expect(typed('An NBA star said so.')).toEqual([['NBA', 'org']]);
    expect(typed('An Israeli official said so.')).toEqual([]);
  });
});

describe('a sentence opener the page writes only as a word a longer name owns', () => {
  it('is the common noun: "People still buy" after the "People\'s Bank of China"', () => {
    const text = 'The People\'s Bank of China added 10 tonnes. "People still buy, but they buy lighter pieces," said Ruth Velmora.';
    expect(typed(text)).toEqual([
      ["People's Bank of China", 'org'],
      ['Ruth Velmora', 'person'],
    ]);
  });

  it('still stands for the name where the name does not own it: "Velmora" of "Velmora Steel Corp."', () => {
    expect(typed('Officials at Velmora Steel Corp. met on Monday. Velmora owns three plants.')).toEqual([
      ['Velmora Steel Corp.', 'org'],
      ['Velmora', 'org'],
    ]);
  });
});
