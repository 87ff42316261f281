import { describe, expect, it } from 'vitest';
import { measureIn as measure } from '../../tests/support/stored-figures';
import { clauseAround } from './measure-clauses';

describe('a weekday and the date after its comma', () => {
  it('are one phrase: the date keeps its clause verb', () => {
    expect(measure('A district court ordered the chain liquidated on Tuesday, March 5, 2024, after talks failed.', 'March 5, 2024')).toContain('ordered');
    expect(measure('The regulator fined the airline $2 million on Friday, Aug. 9.', 'Aug. 9')).toContain('fine');
  });

  it('leave a weekday comma before anything else a clause break', () => {
    const s = 'The talks ended on Monday, the union said.';
    const at = s.indexOf('the union');
    expect(clauseAround(s, at, at + 9).offset).toBe(s.indexOf(' the union'));
  });

  it('leave the comma a clause break before a word that only opens like a month', () => {
    const s = 'The refinery shut on Friday, Marathon 2 stayed open.';
    const at = s.indexOf('Marathon');
    expect(clauseAround(s, at, at + 10).offset).toBe(s.indexOf(' Marathon'));
  });
});
