import { describe, expect, it } from 'vitest';
import { measureIn as measure } from '../../tests/support/stored-figures';

describe('a second statement after a verb of saying', () => {
  it("takes no topic from the statement before ', and that'", () => {
    expect(measure('The mayor said tourism revenue had fallen by a third, and that it would take three weeks to reopen the pier.', 'three weeks')).not.toContain('revenue');
    expect(measure('The coach told reporters the club had paid a fine, and that the squad would rest for 10 days.', '10 days')).not.toContain('fine');
    expect(measure('Officials warned the budget was stretched, and that the city would hire 40 nurses.', '40 nurses')).not.toContain('budget');
  });
  it('leaves a clause that points back, or one after no verb of saying, as it was', () => {
    // "that figure" is the revenue just named.
    expect(measure('The mayor said tourism revenue had fallen, and that figure dropped another 12% in May.', '12%')).toContain('revenue');
    // No one is reported: the clauses are one statement.
    expect(measure('Tourism revenue had fallen by a third, and it would take three weeks to recover.', 'three weeks')).toContain('revenue');
    // A topic of its own still holds.
    expect(measure('The mayor said tourism had slowed, and that revenue fell 8% in May.', '8%')).toContain('revenue');
  });
  it("keeps the topic where 'it' is the thing just named", () => {
    expect(measure('Officials said inflation rose in May, and that it reached 3.6% in June.', '3.6%')).toContain('inflation');
    expect(measure('The mayor said tourism revenue had fallen by a third, and that it had dropped 12% in May.', '12%')).toContain('revenue');
    // "It would take" stands for nothing: still a statement of its own.
    expect(measure('The club said ticket revenue had fallen, and that it could take 10 days to fix the roof.', '10 days')).not.toContain('revenue');
  });
});
