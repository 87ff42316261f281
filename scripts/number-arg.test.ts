import { describe, expect, it } from 'vitest';
import { numberArg } from './number-arg.mjs';

const argv = (...args: string[]): string[] => ['node', 'scripts/bench.mjs', ...args];

describe('numberArg', () => {
  it('reads the number after the flag, or the fallback when the flag is not given', () => {
    expect(numberArg('--loads', 5, argv('--loads', '3', '--without'))).toBe(3);
    expect(numberArg('--loads', 5, argv('--without'))).toBe(5);
  });

  it('says so when the flag is last on the line, where it read NaN', () => {
    expect(() => numberArg('--loads', 5, argv('--without', '--loads'))).toThrow('--loads needs a number after it, as in "--loads 5"');
  });

  it('says so when another flag or a word follows it', () => {
    expect(() => numberArg('--words', 50_000, argv('--words', '--loads', '3'))).toThrow('(not "--loads")');
    expect(() => numberArg('--words', 50_000, argv('--words', 'many'))).toThrow('(not "many")');
  });
});
