// Whose figure: another institution's rate, target or forecast is not the stored one's.
import { describe, expect, it } from 'vitest';
import { storedFacts, verdict } from '../../tests/support/stored-figures';
import { clauseAround } from './measure-clauses';
import { named } from './figure-named';
import { ownerMarks } from './figure-owners';

const FED = storedFacts(
  '2025-09-17',
  'WASHINGTON — The Federal Reserve cut its benchmark interest rate on Wednesday to a range of 4.00%-4.25%.',
  'Inflation remains above the Fed’s 2% goal.',
);

describe('a figure of another institution', () => {
  it('is not compared with the stored institution’s', () => {
    expect(verdict(FED, 'The Bank of England cut interest rates to 4% on Thursday.', '4%')).toBeNull();
    expect(verdict(FED, 'The Bank of England kept its 2% goal.', '2%')).toBeNull();
  });
  it('takes the institution of the sentence before when it names none', () => {
    const before = 'The Bank of England cut interest rates on Thursday.';
    expect(verdict(FED, 'Inflation was far above the bank’s 2% goal.', '2%', before)).toBeNull();
    expect(verdict(FED, 'Inflation was far above the bank’s 2% goal.', '2%', 'Markets were calm.')).toEqual(['agrees', 'same figure']);
  });
  it('takes the institution of the paragraph’s nearest earlier sentence that names one', () => {
    const earlier = 'The Bank of England cut interest rates on Thursday. Markets were calm.';
    const page = 'Inflation was far above the bank’s 2% goal.';
    expect(verdict(FED, page, '2%', 'Markets were calm.', earlier)).toBeNull();
    expect(verdict(FED, page, '2%', 'Markets were calm.', 'Markets were calm.')).toEqual(['agrees', 'same figure']);
    // A stored figure likewise: the Bank of England's goal, in a story led by the Fed.
    const stored = storedFacts(
      '2025-09-17',
      'WASHINGTON — The Federal Reserve held its benchmark rate on Wednesday.',
      'In London, the Bank of England cut rates on Thursday. Markets were calm. Inflation there is far above the bank’s 2% goal.',
    );
    expect(verdict(stored, 'Inflation remains above the Fed’s 2% goal.', '2%')).toBeNull();
  });
  it('is no named institution’s where a place acts in its clause', () => {
    const fine = storedFacts('2025-09-05', 'BRUSSELS — The European Commission fined Google €2.95 billion on Friday.');
    const page = 'Trump ordered an inquiry into the European Union’s rules after Brussels fined Google nearly €3 billion.';
    expect(verdict(fine, page, 'nearly €3 billion')).toEqual(['agrees', '€2.95 billion is nearly €3 billion']);
    // A place the figure is in acts for nobody.
    expect(verdict(FED, 'The Bank of England cut its rate in London to 4%.', '4%')).toBeNull();
  });
  it('is the body its paragraph calls by a head word, named paragraphs before', () => {
    const commission = storedFacts('2025-04-23', 'BRUSSELS — The European Commission fined Apple €500 million.', 'Fines can reach 10% of turnover.');
    const page = 'The regulator can fine companies up to 10% of global turnover.';
    const before = 'Sarah Cardell, the authority’s chief executive, said rules would follow.';
    const cma = 'The Competition and Markets Authority said Google handles most searches.';
    expect(verdict(commission, page, 'up to 10%', before, `${cma}\n\n${before}`)).toBeNull();
    // Not one named before with another head word, nor any where the paragraph calls none.
    expect(verdict(commission, page, 'up to 10%', before, `The Federal Reserve held.\n\n${before}`)).toEqual(['agrees', 'same figure']);
    expect(verdict(commission, page, 'up to 10%', 'Rules would follow.', `${cma}\n\nRules would follow.`)).toEqual(['agrees', 'same figure']);
    // A stored figure likewise.
    const stored = storedFacts('2025-04-23', 'BRUSSELS — The European Commission fined Apple €500 million.', cma, `${before} ${page}`);
    expect(verdict(stored, 'The Commission can fine up to 10% of turnover.', 'up to 10%')).toBeNull();
  });
  it('is compared when it is the same institution, by any of its names', () => {
    expect(verdict(FED, 'The Fed lowered its benchmark rate to 4%.', '4%')).toEqual(['agrees', '4% is within the stored range (4–4.25%)']);
  });
  it('is the short-named body’s too: "Africa CDC declared …" before the stored doses', () => {
    const stored = storedFacts(
      '2025-06-12',
      'ADDIS ABABA — Africa’s mpox outbreak is not yet under control, the Africa Centres for Disease Control and Prevention said on Thursday.',
      'Africa CDC declared an emergency in August, and the World Health Organization declared one a day later.',
      'About 1.2 million doses of vaccine have been delivered to 11 countries.',
    );
    const page = 'More than 3 million doses of mpox vaccine have now been delivered to African countries, the Africa Centres for Disease Control and Prevention said on Thursday.';
    expect(verdict(stored, page, 'More than 3 million doses')?.[0]).toBe('differs');
  });
  it('falls back on the stored article’s lead institution', () => {
    const ecb = storedFacts('2025-06-05', 'FRANKFURT — The European Central Bank cut its deposit rate on Thursday.', 'Growth is forecast at 0.9% in 2025.');
    expect(verdict(ecb, 'The OBR forecast growth of 1% in 2025.', '1%')).toBeNull();
    expect(verdict(ecb, 'ECB staff forecast growth of 1% in 2025.', '1%')).toEqual(['differs', 'stored figure is 0.9%']);
  });
});

describe('a person’s figure', () => {
  const TERM = storedFacts('2025-09-17', 'Powell’s term as chair ends in May 2026.');
  it('is compared with the same person’s, not another’s', () => {
    expect(verdict(TERM, 'Jerome Powell’s term as chair ends in May 2026.', 'May 2026')).toEqual(['agrees', 'same month']);
    expect(verdict(TERM, 'Miran’s term runs until Jan. 31, 2026.', 'Jan. 31, 2026')).toBeNull();
  });
});

describe('a possessive in another clause', () => {
  it('does not make the figure that person’s', () => {
    const fed = storedFacts(
      '2025-09-17',
      'WASHINGTON — The Federal Reserve cut its benchmark rate on Wednesday.',
      'New projections show the median policymaker expects two more quarter-point cuts by the end of 2025.',
    );
    const page = 'The median projection shows two more cuts this year, while Miran’s own forecast implies five.';
    expect(verdict(fed, page, 'two', 'The Fed lowered its rate on Wednesday.')).toEqual(['agrees', 'same figure']);
  });
});

describe('a person’s own forecast', () => {
  const MEDIAN = storedFacts(
    '2025-09-17',
    'WASHINGTON — The Federal Reserve cut its benchmark rate on Wednesday.',
    'New projections show the median policymaker expects two more quarter-point cuts by the end of 2025, taking the rate to 3.50%-3.75%.',
  );
  it('is not the institution’s forecast', () => {
    const miran = 'Stephen Miran, a member of the Fed’s Board of Governors, said he saw the benchmark rate falling to about 2.9% by the end of 2025.';
    expect(verdict(MEDIAN, miran, 'about 2.9%')).toBeNull();
    expect(verdict(MEDIAN, 'Fed Governor Stephen Miran expects the rate to fall to 2.9% by the end of 2025.', '2.9%')).toBeNull();
  });
  it('is the forecast of the person named last before "he" or "she"', () => {
    const miran = 'Jerome Powell said Stephen Miran, who dissented, told reporters he saw the rate at 2.9% by the end of 2025.';
    expect(ownerMarks(named(miran), { start: 0, end: miran.length })).toEqual(['owner:Stephen Miran']);
  });
  it('leaves an institution’s forecast a person reports the institution’s', () => {
    const powell = 'Fed Chair Jerome Powell said policymakers expect the rate to fall to 3.4% by the end of 2025.';
    expect(verdict(MEDIAN, powell, '3.4%')).toEqual(['differs', 'stored figure is 3.5–3.75%']);
  });
});

describe('owners of the figures of a list', () => {
  const STORED = storedFacts('2025-02-24', 'The CDU said it had budgeted €28 million for the short campaign and the SPD about €25 million.');
  it('are the ones named since the figure before: the CDU’s €28 million is not the SPD’s', () => {
    expect(verdict(STORED, 'The SPD said it had budgeted €28 million for its campaign.', '€28 million')).toEqual(['differs', expect.stringContaining('€25 million')]);
    expect(verdict(STORED, 'The CDU said it had budgeted €28 million for its campaign.', '€28 million')?.[0]).toBe('agrees');
  });
});

describe('a share said of nothing but its owner', () => {
  const STORED = storedFacts('2025-02-24', 'The Free Democratic Party (FDP) of Christian Lindner, at 4.3%, and the Sahra Wagenknecht Alliance (BSW), at 4.97%, fell short of the 5% threshold.');
  it('agrees with the same owner’s same value', () => {
    expect(verdict(STORED, 'The FDP’s 4.3% was confirmed.', '4.3%')?.[0]).toBe('agrees');
  });
  it('is no difference from another value, nor another body’s figure', () => {
    expect(verdict(STORED, 'The FDP’s 4.1% was confirmed.', '4.1%')).toBeNull();
    expect(verdict(STORED, 'The SPD’s 4.3% was confirmed.', '4.3%')).toBeNull();
  });
});

describe('a list that leaves out its verb', () => {
  it('gives each figure the organisation named right before it, whatever its head word', () => {
    const text = 'The final figures changed no party’s seats: the CDU/CSU keeps 208, the AfD 152, the Greens 85 and Die Linke 64.';
    const org = (name: string) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length, text: name, type: 'org' as const, canonical: name });
    const n = { text, mentions: [org('CDU/CSU'), org('AfD'), org('Greens'), org('Die Linke')] };
    const at = (figure: string) => {
      const start = text.indexOf(figure);
      const clause = clauseAround(text, start, start + figure.length);
      return { start: clause.offset, end: clause.offset + clause.text.length, figureAt: start };
    };
    expect(ownerMarks(n, at('152'))).toEqual(['owner:AfD']);
    expect(ownerMarks(n, at('85'))).toEqual(['owner:Greens']);
    expect(ownerMarks(n, at('208'))).toEqual(['owner:CDU/CSU']);
  });
});

describe('a clause set against another by "while"', () => {
  it('gives the bodies it names to its own figures only', () => {
    const s = 'Inflation rose to 3% in August, while the European Central Bank held its rate at 2%.';
    const at = (text: string) => {
      const start = s.indexOf(text);
      const clause = clauseAround(s, start, start + text.length);
      return { start: clause.offset, end: clause.offset + clause.text.length, figureAt: start };
    };
    expect(ownerMarks(named(s), at('3%'))).toEqual([]);
    expect(ownerMarks(named(s), at('2%'))).toEqual(['owner:European Central Bank']);
  });
});

describe('a clause after ", but"', () => {
  it('goes on with the same subject, whose figures they stay', () => {
    const s = 'The WFP said it had now reached more than 300,000 people with food, but that its $17.6 million request was only a third funded.';
    const start = s.indexOf('$17.6 million');
    const clause = clauseAround(s, start, start + 13);
    expect(ownerMarks(named(s), { start: clause.offset, end: clause.offset + clause.text.length, figureAt: start })).toEqual(['owner:WFP']);
  });
});

describe('a sentence that opens by setting its place', () => {
  it('takes no owner from the sentences before it', () => {
    const s = 'In Thailand, the toll from the collapse of the unfinished tower in Bangkok rose to 63, with 31 workers still missing.';
    const start = s.indexOf('63');
    const clause = clauseAround(s, start, start + 2);
    const span = { start: clause.offset, end: clause.offset + clause.text.length, figureAt: start, countAt: start };
    expect(ownerMarks(named(s), span, 'The government said 2,714 buildings had collapsed, and OCHA warned that cholera could spread.')).toEqual([]);
    const t = 'The toll from the collapse of the tower rose to 63.';
    const at = t.indexOf('63');
    expect(ownerMarks(named(t), { start: 0, end: t.length, figureAt: at, countAt: at }, 'OCHA warned that cholera could spread.')).toEqual(['owner:OCHA']);
  });
});

describe('a paragraph that opens on a person quoted', () => {
  const stored = storedFacts('2025-01-16', 'The Palisades fire was 22% contained, CAL FIRE said.', 'About 12,300 structures have been destroyed, and 88,000 people remain under evacuation orders.');
  const page = 'About 31,000 people remain under evacuation orders, down from 88,000 on Wednesday, Sheriff Robert Luna said.';
  const lastParagraph = 'Los Angeles Fire Department Chief Kristin Crowley met Mayor Karen Bass at City Hall on Thursday.\n\n';
  it('takes no owner from the paragraph before', () => {
    expect(verdict(stored, page, '88,000', '', lastParagraph)).toEqual(['agrees', 'same figure']);
    expect(verdict(stored, page, 'About 31,000 people', '', lastParagraph)?.[0]).toBe('differs');
  });
  it('but does inside a paragraph, or after a paragraph where that body acted', () => {
    expect(verdict(stored, page, '88,000', '', lastParagraph.trim())).toBeNull();
    const acted = 'The Los Angeles Fire Department said crews held the line on Thursday.\n\n';
    expect(verdict(stored, page, '88,000', '', acted)).toBeNull();
    const fed = storedFacts('2025-09-17', 'The Federal Reserve cut its key rate to 4.25% on Wednesday.');
    const boe = 'The Bank of England cut its key rate to 4% on Thursday.\n\n';
    expect(verdict(fed, 'Governor Andrew Bailey said a key rate of 4.25% had been too high.', '4.25%', '', boe)).toBeNull();
  });
});

describe('a figure a pronoun says is someone’s', () => {
  const stored = storedFacts('2025-01-03', "President Joe Biden on Friday blocked Nippon Steel's $14.9 billion purchase of U.S. Steel.");
  const page = "Nippon Steel and U.S. Steel asked a court to overturn President Biden's order of Jan. 3 that blocked their $14.9 billion merger.";
  it('is not the possessor named elsewhere in its clause', () => {
    expect(verdict(stored, page, '$14.9 billion')).toEqual(['agrees', 'same figure']);
  });
  it('while a figure the named possessor holds stays that possessor’s', () => {
    expect(verdict(stored, "Nippon Steel and U.S. Steel asked a court to overturn an order that blocked Cleveland-Cliffs' $14.9 billion merger.", '$14.9 billion')).toBeNull();
  });
});
