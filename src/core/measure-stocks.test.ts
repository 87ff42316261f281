import { describe, expect, it } from 'vitest';
import { measureIn as measure, storedFacts, verdict } from '../../tests/support/stored-figures';

const STORED = "U.S. Steel's chief executive said the company would fight the order, and its shares fell 6.5% to $33.15.";

describe('a share price', () => {
  it('is what the shares close at, fall to or trade near, and how far they move', () => {
    expect(measure(STORED, '$33.15')).toContain('share-price');
    expect(measure(STORED, '6.5%')).toContain('share-price');
    expect(measure('U.S. Steel shares closed at $39.40, well below the offer price.', '$39.40')).toContain('share-price');
    expect(measure('A new bid would be far lower, since U.S. Steel shares trade near $36.', '$36')).toContain('share-price');
    expect(measure('Shares of U.S. Steel, which fell 6.5% on Friday to $33.15, rose on Monday.', '$33.15')).toContain('share-price');
    expect(measure('Revenue rose 10%, sending the company’s shares up 6% in New York trading.', '6%')).toContain('share-price');
  });
  it('is what a company closes at, said without "shares", and its own share price', () => {
    expect(measure('U.S. Steel closed at $39.40, well below the offer price.', '$39.40')).toContain('share-price');
    expect(measure('On Friday U.S. Steel ended the day at $33.15.', '$33.15')).toContain('share-price');
    expect(measure("U.S. Steel's share price of $39.40 lagged the offer.", '$39.40')).toContain('share-price');
    // Near cases: a commodity or a currency closing at a price, a fund's year, a deal's value.
    expect(measure('Gold closed at $2,650 an ounce.', '$2,650')).not.toContain('share-price');
    expect(measure('The euro closed at $1.08.', '$1.08')).not.toContain('share-price');
    expect(measure('The fund ended the year at $1 billion.', '$1 billion')).not.toContain('share-price');
    expect(measure('Nippon Steel valued the deal at $14.1 billion.', '$14.1 billion')).not.toContain('share-price');
    // A sale's tickets or bids opening a sentence, and a price of a unit of goods.
    expect(measure('Tickets opened at $150 for the final.', '$150')).not.toContain('share-price');
    expect(measure('Bidding opened at $500,000 for the painting.', '$500,000')).not.toContain('share-price');
    expect(measure('WTI closed at $78.50 a barrel on Friday.', '$78.50')).not.toContain('share-price');
    expect(measure('Apple closed at $220 on Friday.', '$220')).toContain('share-price');
  });
  it('is what a company called by what it is closes at', () => {
    expect(measure('The company closed at $39.40, well below the offer price.', '$39.40')).toContain('share-price');
    expect(measure('On Friday the steelmaker ended the day at $33.15.', '$33.15')).toContain('share-price');
    expect(measure('Its shares closed at $39.40 on Friday.', '$39.40')).toContain('share-price');
    expect(measure('The stock closed at $39.40 on Friday.', '$39.40')).toContain('share-price');
    // Near cases: a fund, an auction, a company's sale of goods, a company's year.
    expect(measure('The fund closed at $1 billion after a year of raising money.', '$1 billion')).not.toContain('share-price');
    expect(measure('The auction closed at $2 million.', '$2 million')).not.toContain('share-price');
    expect(measure('The company closed at $78.50 a barrel, the refiners said.', '$78.50')).not.toContain('share-price');
    expect(measure('The company ended the year at $7 billion in revenue.', '$7 billion')).not.toContain('share-price');
  });
  it('is not a bid, a buyback or a sum the shares are worth', () => {
    expect(measure('The group would buy back $500 million of its shares by the end of the year.', '$500 million')).not.toContain('share-price');
    expect(measure('The award includes shares worth $31 million that vest over four years.', '$31 million')).not.toContain('share-price');
    expect(measure('Index funds hold about 20% of the company’s shares.', 'about 20%')).not.toContain('share-price');
    expect(measure('Revenue rose 10% to $7 billion in the quarter.', '$7 billion')).not.toContain('share-price');
    expect(measure('Shares in Volkswagen rose more than 2% in Frankfurt, while the euro fell 1.3% against the dollar.', '1.3%')).not.toContain('share-price');
  });
  it('agrees with the same price and differs from another day’s, not from a price a share', () => {
    const stored = storedFacts('2025-01-03', 'Nippon Steel agreed to buy U.S. Steel for $55 a share in cash.', STORED);
    expect(verdict(stored, 'Shares of U.S. Steel, which fell 6.5% on Friday to $33.15, rose on Monday.', '$33.15')).toEqual(['agrees', 'same figure']);
    expect(verdict(stored, 'U.S. Steel shares closed at $54.85.', '$54.85')).toEqual(['differs', 'stored figure is $33.15']);
    expect(verdict(stored, 'U.S. Steel closed at $33.15 on Friday.', '$33.15')).toEqual(['agrees', 'same figure']);
    expect(verdict(stored, 'U.S. Steel closed at $39.40, well below the offer price.', '$39.40')).toEqual(['differs', 'stored figure is $33.15']);
    expect(verdict(stored, 'The company closed at $33.15 on Friday.', '$33.15')).toEqual(['agrees', 'same figure']);
    expect(verdict(stored, 'The company closed at $39.40, well below the offer price.', '$39.40')).toEqual(['differs', 'stored figure is $33.15']);
  });
  it('moves: the same move agrees, another day’s move is no verdict', () => {
    const stored = storedFacts('2025-01-03', STORED);
    expect(verdict(stored, 'Shares of U.S. Steel, which fell 6.5% on Friday to $33.15, rose on Monday.', '6.5%')?.[0]).toBe('agrees');
    expect(verdict(stored, 'U.S. Steel shares fell 17% on the day the delay was reported, to $32.80.', '17%')).toBeNull();
  });
});
