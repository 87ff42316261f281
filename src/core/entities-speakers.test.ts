import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// A two-word name that speaks ("X said") is most often a person; these are the cues that
// say an organisation speaks. Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a speaker the next sentence takes up as a thing', () => {
  it('is an organisation ("… The jihadist group has …", "It also said", "Its …")', () => {
    expect(typed('Boko Haram claimed the attack. The jihadist group has killed thousands.')).toEqual([['Boko Haram', 'org']]);
    expect(typed('Goldman Sachs said rates would fall. The bank expects two more cuts.')).toEqual([['Goldman Sachs', 'org']]);
    expect(typed('Morgan Stanley said rates would fall. It also said inflation would ease.')).toEqual([['Morgan Stanley', 'org']]);
  });

  it('stays a person when the noun was already in the sentence, or the next speaks of "he"', () => {
    expect(typed('Jan Hatzius said the bank would cut. The bank expects two more cuts.')).toEqual([['Jan Hatzius', 'person']]);
    expect(typed('Jan Hatzius said rates would fall. He expects two more cuts.')).toEqual([['Jan Hatzius', 'person']]);
    expect(typed('Avi Ohayon said he was relieved. The head of the group thanked him.')).toEqual([['Avi Ohayon', 'person']]);
  });
});

describe('a speaker that says "its"', () => {
  it('is an organisation ("Ahrar al-Sham said its fighters …")', () => {
    expect(typed('Boko Haram said its fighters had withdrawn.')).toEqual([['Boko Haram', 'org']]);
    expect(typed('Avi Ohayon said his son was alive.')).toEqual([['Avi Ohayon', 'person']]);
  });
});

describe('a speaker whose "it" is what was said', () => {
  it('stays a person when "it" ends the clause or a manner adverb follows ("Merz said it.")', () => {
    expect(typed('Nobody believed the pledge. Friedrich Merz said it.')).toEqual([['Friedrich Merz', 'person']]);
    expect(typed('Avi Ohayon said it again.')).toEqual([['Avi Ohayon', 'person']]);
    expect(typed('Avi Ohayon said it, and left.')).toEqual([['Avi Ohayon', 'person']]);
  });

  it('still makes one that speaks of itself as "it" an organisation ("said it would")', () => {
    expect(typed('Boko Haram said it would fight on.')).toEqual([['Boko Haram', 'org']]);
  });
});

describe('an Arabic name that opens with a group’s head noun', () => {
  it('is an organisation ("Ahrar al-Sham", "Jaish al-Adl", "Kataib Hezbollah")', () => {
    expect(typed('Ahrar al-Sham said the road was open.')).toEqual([['Ahrar al-Sham', 'org']]);
    expect(typed('Jaish al-Adl attacked a post. Kataib Hezbollah said nothing.')).toEqual([
      ['Jaish al-Adl', 'org'],
      ['Kataib Hezbollah', 'org'],
    ]);
  });

  it('leaves a person named with "al-" a person', () => {
    expect(typed('Ahmed al-Sharaa said the road was open.')).toEqual([['Ahmed al-Sharaa', 'person']]);
  });
});

describe('a speaker whose staff are named after it', () => {
  it('is an organisation ("Goldman Sachs economists", "Boko Haram insurgents")', () => {
    expect(typed('Goldman Sachs economists expect two cuts. Goldman Sachs said so.')).toEqual([
      ['Goldman Sachs', 'org'],
      ['Goldman Sachs', 'org'],
    ]);
    expect(typed('Boko Haram insurgents attacked. Boko Haram said so.').map(([, t]) => t)).toEqual(['org', 'org']);
  });
});

describe('a speaker with a plural verb', () => {
  it('is a body spoken of as its members ("Boko Haram have claimed")', () => {
    expect(typed('Boko Haram have claimed the attack.')).toEqual([['Boko Haram', 'org']]);
    expect(typed('Goldman Sachs are more cautious.')).toEqual([['Goldman Sachs', 'org']]);
  });

  it('leaves a person listed with another, or after a modal, a person', () => {
    expect(typed('Ms Levy and Avi Ohayon have said so.')).toContainEqual(['Avi Ohayon', 'person']);
    expect(typed('Only then could Avi Ohayon have known.')).toEqual([['Avi Ohayon', 'person']]);
  });
});

describe('the second of two names joined by "and" before a speech verb', () => {
  it('gets no person vote from it: the pair speaks ("Corvane and Meridal said they")', () => {
    expect(typed('Prices rose again. Corvane and Meridal said they were reviewing their pay.')).toEqual([
      ['Corvane', 'org'],
      ['Meridal', 'org'],
    ]);
  });

  it('leaves a name listed after a comma, and a titled one, as before', () => {
    expect(typed('In Texas, Meridal said he was hopeful.')).toEqual([['Texas', 'place'], ['Meridal', 'person']]);
    expect(typed('Mr. Corvane and Mr. Meridal said they would meet.')).toEqual([
      ['Corvane', 'person'],
      ['Meridal', 'person'],
    ]);
  });
});

describe('a name "in" governs before a speech verb', () => {
  it('is not who speaks: "Jewellers in Velmora said", the jewellers do', () => {
    expect(typed('Jewellers in Velmora said the rise had cut sales of wedding rings.')).toEqual([['Velmora', 'place']]);
    expect(typed('Traders in Sante Marov said prices would rise.')).toEqual([['Sante Marov', 'place']]);
  });

  it('speaks where nothing governs it: "Velmora Ruiz said", "the head of Velmora Ruiz said"', () => {
    expect(typed('Velmora Ruiz said the rise had cut sales of wedding rings.')).toEqual([['Velmora Ruiz', 'person']]);
    expect(typed('Investors put money in funds, and Velmora Ruiz said prices would rise.')).toEqual([['Velmora Ruiz', 'person']]);
  });
});
