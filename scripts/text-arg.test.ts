import { describe, expect, it } from 'vitest';
import { textArg } from './text-arg.mjs';

const argv = (...args: string[]): string[] => ['node', 'scripts/bench-popup.mjs', ...args];

describe('textArg', () => {
  it('reads the word after the flag, or undefined when the flag is not given', () => {
    expect(textArg('--also', 'popup-old.html', argv('--also', 'popup-b.html', '--no-build'))).toBe('popup-b.html');
    expect(textArg('--also', 'popup-old.html', argv('--no-build'))).toBeUndefined();
  });

  it('says so when the flag is last on the line, where it read undefined', () => {
    expect(() => textArg('--also', 'popup-old.html', argv('--no-build', '--also'))).toThrow('--also needs a value after it, as in "--also popup-old.html"');
  });

  it('says so when another flag follows it', () => {
    expect(() => textArg('--also', 'popup-old.html', argv('--also', '--runs', '3'))).toThrow('(not "--runs")');
  });
});
