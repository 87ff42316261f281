// Lists whose verb is left out (quantity-gapped-lists.ts), through the parser. Moved from
// quantities.test.ts.
import { describe, expect, it } from 'vitest';
import { spans } from '../../tests/support/quantity-spans';
import { gappedList } from './quantity-gapped-lists';

describe('a list that leaves out its verb', () => {
  it('reads the figures of a list that leaves out its verb after each name ("keeps 208, the AfD 152")', () => {
    expect(spans('The CDU/CSU keeps 208, the AfD 152, the SPD 120, the Greens 85 and Die Linke 64.')).toEqual(['208', '152', '120', '85', '64']);
    expect(spans('The Greens won 85 seats, and Die Linke 64 seats.')).toEqual(['85 seats', '64 seats']);
    // A list of model numbers opens with no verb and figure: still names.
    expect(spans('Reports on Channel 12, Channel 13 and Kan 11 differed; it flies the Boeing 737 and the Airbus 320.')).toEqual([]);
  });

  it('lets the first pair\'s figure carry its counted whole and where ("208 of the 630 seats in the new Bundestag and the AfD 152")', () => {
    expect(spans('The CDU/CSU will hold 208 of the 630 seats in the new Bundestag and the AfD 152, the officer said.')).toEqual(['208', '630 seats', '152']);
    expect(spans('Labour won 411 seats in the Commons, and the Conservatives 121.')).toEqual(['411 seats', '121']);
    // A model number after such a phrase is still a name.
    expect(spans('It flew 30 missions on the Boeing 737 and the Airbus 320.')).toEqual(['30 missions']);
  });
});

describe('a pair of a list that leaves out its verb', () => {
  it('has its name and its figure on one line', () => {
    const at = (text: string): boolean => gappedList(text, text.lastIndexOf('152'));
    expect(at('The CDU/CSU keeps 208, the AfD 152.')).toBe(true);
    expect(at('The CDU/CSU keeps 208, the AfD\n152.')).toBe(false);
    expect(at('The CDU/CSU keeps\n208, the AfD 152.')).toBe(false);
  });
});
