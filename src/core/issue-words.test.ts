import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { formatIssues } from './backup-schemas';
import { typeIssueInWords } from './issue-words';

describe('typeIssueInWords', () => {
  it('says a wrong type in words: "expected a list, found 5"', () => {
    expect(typeIssueInWords('Invalid type: Expected Array but received 5')).toBe('expected a list, found 5');
    expect(typeIssueInWords('Invalid type: Expected Object but received "x"')).toBe('expected an object, found "x"');
  });
  it('leaves a schema\'s own message alone', () => {
    expect(typeIssueInWords('must not be empty')).toBe('must not be empty');
  });
  it('is what formatIssues gives for a list field without a message of its own', () => {
    const got = v.safeParse(v.object({ lines: v.array(v.string()) }), { lines: 5 });
    expect(got.success).toBe(false);
    if (!got.success) expect(formatIssues(got.issues, 'doc')).toEqual(['doc.lines: expected a list, found 5']);
  });
});
