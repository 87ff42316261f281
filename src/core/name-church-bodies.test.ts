import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a church named "of" a country, a people or its founder', () => {
  it('is a denomination, a body ("the Church of England", "the Church of Scotland")', () => {
    expect(typed('Members of the Church of England voted on Monday.')).toEqual([['Church of England', 'org']]);
    expect(typed('The synod of the Church of Norvania met in March.')).toEqual([['Church of Norvania', 'org']]);
  });

  it('goes on through a second "of" and a faith’s "Latter-day" ("… of Latter-day Saints")', () => {
    expect(typed('He joined the Church of Jesus Christ of Latter-day Saints in 1990.')).toEqual([
      ['Church of Jesus Christ of Latter-day Saints', 'org'],
    ]);
  });
});

describe('a church named for its dedication', () => {
  it('stays a building, a place ("the Church of the Holy Sepulchre", "the Church of St. Mary")', () => {
    expect(typed('Pilgrims queued at the Church of the Holy Sepulchre.')).toEqual([['Church of the Holy Sepulchre', 'place']]);
    expect(typed('Builders restored the Church of St. Mary last year.')).toEqual([['Church of St. Mary', 'place']]);
    expect(typed('Pilgrims filled the Church of Saints Cyril and Methodius.')).toEqual([['Church of Saints Cyril and Methodius', 'place']]);
  });

  it('stays a building where a saint is named in another tongue or Mary opens it ("Church of Santo Domingo")', () => {
    expect(typed('Tourists crowd the Church of Santo Domingo in Cusco.')).toContainEqual(['Church of Santo Domingo', 'place']);
    expect(typed('The Church of Sant Pere was restored.')).toEqual([['Church of Sant Pere', 'place']]);
    expect(typed('Pilgrims visited the Church of Mary Magdalene in Jerusalem.')).toContainEqual(['Church of Mary Magdalene', 'place']);
  });
});

describe('a church dedicated to saints written "Ss." or "Sts."', () => {
  it('is one building, the abbreviation inside its name ("the Church of Ss. Peter and Paul")', () => {
    expect(typed('Mourners filled the Church of Ss. Peter and Paul on Sunday.')).toEqual([['Church of Ss. Peter and Paul', 'place']]);
    expect(typed('The choir sang at the Church of Sts. Cyril and Methodius.')).toEqual([['Church of Sts. Cyril and Methodius', 'place']]);
  });

  it('leaves a body written "SS" at a sentence’s end ending it ("joined the SS. He fled")', () => {
    expect(typed('He joined the SS. He later fled to Argentina.')).toEqual([['SS', 'org'], ['Argentina', 'place']]);
    expect(typed('The old Church of St. Peter reopened.')).toEqual([['Church of St. Peter', 'place']]);
  });
});
