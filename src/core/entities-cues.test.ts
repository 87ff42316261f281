import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';
import type { EntityMention } from './types';

// How findEntities types a name by what is around it: the city and region data, sport's and
// events' cues, the habits of news writing, a company's trade word. Every sentence is written
// for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const find = (text: string): EntityMention[] => findEntities(text, lexicon);
const typed = (text: string): string[] => find(text).map((m) => `${m.text}:${m.type}`);
const names = (text: string): string[] => find(text).map((m) => m.text);

describe('places from the city and region data', () => {
  it('types cities and states with no cue in the sentence', () => {
    expect(typed('The Austin, Texas-based company forecast higher revenue.')).toEqual(['Austin:place', 'Texas:place']);
    expect(typed('Rain is expected in Devon and Cornwall overnight.')).toEqual(['Devon:place', 'Cornwall:place']);
  });

  it('lets a title or a team’s cues override a city, but never a country', () => {
    expect(typed('Mr Lincoln said the bill would pass.')).toContain('Lincoln:person');
    expect(typed('Manchester remain third, two points behind the leaders.')).toEqual(['Manchester:org']);
    expect(typed('Israel remain wary of the deal, officials said.')).toEqual(['Israel:place']);
    expect(typed('Texas officials said the border would stay open.')).toEqual(['Texas:place']);
  });

  it('reads a town name that is the surname of a person named in full as that person', () => {
    expect(typed('John Sheffield, a former adviser, spoke first. Sheffield said the deal would fail.')).toEqual([
      'John Sheffield:person', 'Sheffield:person',
    ]);
    expect(typed('Flooding hit Sheffield overnight.')).toEqual(['Sheffield:place']);
  });

  it('reads a known city with “City” after it as a club, unless the whole is a city', () => {
    expect(typed('Fans of Leicester City gathered outside the ground.')).toContain('Leicester City:org');
    expect(typed('Traffic in Mexico City slowed to a crawl.')).toContain('Mexico City:place');
  });
});

describe('sports, events and places by their cues', () => {
  it('types football clubs by how sport is reported', () => {
    const text =
      'Aston Villa beat Brighton & Hove Albion 2-0 on Saturday. The result leaves Villa on 44 points. ' +
      'Villa host Club Brugge next week, while Chelsea, who play West Ham on Monday, are fifth.';
    const t = new Map(find(text).map((m) => [m.text, m.type]));
    for (const club of ['Aston Villa', 'Brighton & Hove Albion', 'Villa', 'Club Brugge', 'Chelsea', 'West Ham']) {
      expect(t.get(club), club).toBe('org');
    }
  });

  it('reads a name taken up by "who have" as a side, not a person ("The Blackhawks, who have …")', () => {
    expect(typed('The Blackhawks, who have the youngest squad, trailed after two periods.')).toEqual(['Blackhawks:org']);
    expect(typed('The plan was drafted by Marta Kowalski, who has led the office since 2019.')).toEqual(['Marta Kowalski:person']);
  });

  it('still reads a two-word name with a speech verb as a person', () => {
    expect(typed('“We were poor,” Marta Kowalski said after the game.')).toContain('Marta Kowalski:person');
  });

  it('types events by an edition numeral, a following event noun, or a competition', () => {
    expect(typed('The Eagles won Super Bowl LIX in New Orleans.')).toContain('Super Bowl LIX:event');
    expect(typed('She survived the attack on the Nova music festival.')).toContain('Nova:event');
    expect(typed('Organisers of the Six Nations match said it would go ahead.')).toContain('Six Nations:event');
  });

  it('types a place by a distance from it or a crossing after it', () => {
    expect(typed('Lorries wait at Kerem Shalom, about 40 kilometres to the south-east.')).toContain('Kerem Shalom:place');
    expect(typed('Aid entered through the Zikim crossing on Sunday.')).toContain('Zikim:place');
  });

  it('reads “in the X” as a place unless X modifies a noun', () => {
    expect(typed('Temperatures fell below freezing in the Highlands.')).toContain('Highlands:place');
    expect(typed('The shares rose 9% in the Nasdaq composite.')).toContain('Nasdaq:org');
  });

  it('types a company that “said it” as an organisation', () => {
    expect(typed('Shares of Norvell Systems rose. Norvell said it would cut 1,200 jobs.')).toContain('Norvell:org');
  });
});

describe('more cues from how news is written', () => {
  it('reads people at an organisation as the organisation’s cue, over the “said” after it', () => {
    expect(typed('Analysts at Commerzbank said the plan was sound.')).toEqual(['Commerzbank:org']);
    expect(typed('Rival Bosch said last month it would cut jobs.')).toEqual(['Bosch:org']);
  });

  it('types a compass word before a known place, and a county after a name, as places', () => {
    expect(typed('Firefighters in Southern California battled three fires.')).toEqual(['Southern California:place']);
    expect(typed('Crews worked in Los Angeles and Ventura counties.')).toEqual(['Los Angeles:place', 'Ventura:place']);
  });

  it('types arenas and named fires', () => {
    expect(typed('The Celtics led by 19 at TD Garden.')).toContain('TD Garden:place');
    expect(typed('The Eaton fire had burned 4,500 acres.')).toContain('Eaton:event');
  });

  it('reads a byline’s names, which a headline rule would skip', () => {
    expect(typed('By Jane Smith and Tom Jones\nGaza talks resumed.')).toEqual([
      'Jane Smith:person', 'Tom Jones:person', 'Gaza:place',
    ]);
  });

  it('takes no lone function word for a name, even capitalised mid-line', () => {
    expect(names('Explainer · By staff reporters · February 6, 2025\nTalks resumed in Cairo.')).toEqual(['Cairo']);
    expect(names('Analysis | The view from Cairo | Of talks and truces')).toEqual(['Cairo']);
  });
});

describe('companies named for their industry', () => {
  it('types a name whose last word is an industry word as an organisation, not a person', () => {
    expect(typed('Northwind Semiconductor reported revenue of $21.4 billion on Wednesday.')).toEqual([
      'Northwind Semiconductor:org',
    ]);
    expect(typed('Shares of Halvorsen Pharmaceuticals and Brightline Energy fell.')).toEqual([
      'Halvorsen Pharmaceuticals:org', 'Brightline Energy:org',
    ]);
    expect(typed('A synthetic page from Test Wire.')).toEqual(['Test Wire:org']);
  });

  it('keeps the title or person reading where the industry word is not the head', () => {
    expect(typed('Energy Secretary Chris Wright said prices would fall.')).toEqual(['Chris Wright:person']);
    expect(typed('She joined the Department of Energy in 2019.')).toEqual(['Department of Energy:org']);
  });

  it('reads the American “Transportation” before a title as the title’s field, as “Transport”', () => {
    expect(typed('The route will close, Transportation Secretary Sean Duffy said.')).toEqual(['Sean Duffy:person']);
    expect(typed('The Department of Transportation said the route would close.')).toEqual(['Department of Transportation:org']);
  });
});
