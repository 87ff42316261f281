import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { isChamberCommittee } from './name-chambers';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);
const names = (text: string): string[] => typed(text).map(([t]) => t);

describe('a chamber\'s committee named by its fields', () => {
  it('is one organisation with "and" ("the House Energy and Commerce Committee")', () => {
    expect(typed('He testified before the House Energy and Commerce Committee on Tuesday.')).toEqual([
      ['House Energy and Commerce Committee', 'org'],
    ]);
    expect(names('The House Ways and Means Committee met on Tuesday.')).toEqual(['House Ways and Means Committee']);
    expect(names('He spoke to the House Oversight and Accountability Committee on Tuesday.')).toEqual([
      'House Oversight and Accountability Committee',
    ]);
    expect(names('The House Homeland Security and Governmental Affairs Committee met.')).toEqual([
      'House Homeland Security and Governmental Affairs Committee',
    ]);
  });

  it('is one organisation with commas ("the Senate Health, Education, Labor and Pensions Committee")', () => {
    expect(typed('She chairs the Senate Health, Education, Labor and Pensions Committee, which met on Tuesday.')).toEqual([
      ['Senate Health, Education, Labor and Pensions Committee', 'org'],
    ]);
    expect(names('The Senate Commerce, Science and Transportation Committee held a hearing.')).toEqual([
      'Senate Commerce, Science and Transportation Committee',
    ]);
    expect(names('Members of the House Science, Space, and Technology Committee objected.')).toEqual([
      'House Science, Space, and Technology Committee',
    ]);
  });

  it('ends at a subcommittee\'s or a caucus\'s head too', () => {
    expect(names('The House Energy and Commerce Subcommittee met.')).toEqual(['House Energy and Commerce Subcommittee']);
    expect(names('A letter from the Congressional Black and Hispanic Caucus arrived.')).toEqual([
      'Congressional Black and Hispanic Caucus',
    ]);
  });

  it('leaves two chambers, chambers\' members and bodies with no chamber two names', () => {
    expect(names('Lawmakers in the House and Senate agreed.')).toEqual(['House', 'Senate']);
    expect(names('Senate Republicans and House Democrats agreed.')).toEqual(['Senate Republicans', 'House Democrats']);
    expect(names('He wrote to the Energy Department and Commerce Committee on Tuesday.')).toEqual([
      'Energy Department', 'Commerce Committee',
    ]);
    expect(names('The House and Senate Intelligence Committees met.')).toEqual(['House', 'Senate Intelligence Committees']);
  });

  it('leaves a list whose last item is no committee, or whose items are no plain words, a list', () => {
    expect(names('The Senate Commerce, Science and Transportation Department held a hearing.')).toEqual([
      'Senate Commerce', 'Science', 'Transportation Department',
    ]);
    expect(names('It went to the Senate Finance, FBI and Judiciary Committee staff.')[0]).toBe('Senate Finance');
  });
});

describe('isChamberCommittee', () => {
  it('needs a chamber first, a field on each side of "and", and a committee head last', () => {
    expect(isChamberCommittee(['House', 'Ways', 'and', 'Means', 'Committee'])).toBe(true);
    expect(isChamberCommittee(['House', 'and', 'Senate', 'Committee'])).toBe(false);
    expect(isChamberCommittee(['House', 'Ways', 'and', 'Committee'])).toBe(false);
    expect(isChamberCommittee(['Energy', 'Department', 'and', 'Commerce', 'Committee'])).toBe(false);
    expect(isChamberCommittee(['Senate', 'Finance', 'and', 'House', 'Intelligence', 'Committee'])).toBe(false);
    expect(isChamberCommittee(['House', 'Ways', 'and', 'Means', 'Committees'])).toBe(false);
  });
});

describe('a body named by what it deliberates on', () => {
  it('goes on past its "on" ("the Subcommittee on Health", "the Council on Foreign Relations")', () => {
    expect(names('The House Energy and Commerce Subcommittee on Health met.')).toEqual(['House Energy and Commerce Subcommittee on Health']);
    expect(names('He spoke to the Senate Subcommittee on Health on Monday.')).toEqual(['Senate Subcommittee on Health']);
    expect(names('He spoke to the Council on Foreign Relations.')).toEqual(['Council on Foreign Relations']);
    expect(names('The Senate Committee on the Judiciary met.')).toEqual(['Senate Committee on the Judiciary']);
  });

  it('takes a field listed with "and" or commas ("the Committee on Ways and Means")', () => {
    expect(names('The House Committee on Ways and Means met.')).toEqual(['House Committee on Ways and Means']);
    expect(names('He spoke to the Subcommittee on Oversight and Investigations.')).toEqual(['Subcommittee on Oversight and Investigations']);
    expect(names('The Senate Committee on Health, Education, Labor and Pensions met.')).toEqual([
      'Senate Committee on Health, Education, Labor and Pensions',
    ]);
  });

  it('stops before a day, an owner or a known name, and after any other head', () => {
    expect(names('The European Commission on Tuesday fined the company.')).toEqual(['European Commission']);
    expect(names('The European Council on Germany’s budget was split.')).toEqual(['European Council', 'Germany']);
    expect(names('The Federal Reserve on Wednesday held rates.')).toEqual(['Federal Reserve']);
    expect(names('He bet on Liverpool and the Foreign Office on Brexit.')).not.toContain('Foreign Office on Brexit');
  });
});
