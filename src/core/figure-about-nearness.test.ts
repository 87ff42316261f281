import { describe, expect, it } from 'vitest';
import { verdictAgainst } from './figure-test-kit';

describe('how near "about" must be', () => {
  it('takes an "about" figure of two digits for a finer value only within one of its steps', () => {
    expect(verdictAgainst("Acme's shares closed at $283.36 on Tuesday.", '$283.36', "Acme's shares closed at about $270 on Tuesday.", 'about $270')).toBe('differs');
    expect(verdictAgainst('The dam holds 3.46 million cubic metres of water.', '3.46 million cubic metres', 'The dam holds about 3.3 million cubic metres of water.', 'about 3.3 million cubic metres')).toBe('differs');
  });
  it('still agrees within a step, at one digit within a few per cent, and against a coarser stored figure', () => {
    expect(verdictAgainst("Acme's shares closed at $274.10 on Tuesday.", '$274.10', "Acme's shares closed at about $270 on Tuesday.", 'about $270')).toBe('agrees');
    expect(verdictAgainst('The museum had 1,934 visitors on Sunday.', '1,934 visitors', 'The museum had about 1,900 visitors on Sunday.', 'about 1,900 visitors')).toBe('agrees');
    expect(verdictAgainst('The museum had 47,498 visitors in March.', '47,498 visitors', 'The museum had about 50,000 visitors in March.', 'about 50,000 visitors')).toBe('agrees');
    expect(verdictAgainst('The games cost €9 billion to stage.', '€9 billion', 'The games cost about €8.7 billion to stage.', 'about €8.7 billion')).toBe('agrees');
  });
});
