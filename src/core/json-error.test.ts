import { describe, expect, it } from 'vitest';
import { jsonErrorText } from './json-error';

const refusal = (text: string): unknown => {
  try {
    JSON.parse(text);
  } catch (err) {
    return err;
  }
  throw new Error('parsed');
};

describe('jsonErrorText', () => {
  it('quotes no unprintable byte of a binary file', () => {
    const png = '\uFFFDPNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR\u0000\u0000\u0001\u0000';
    const said = jsonErrorText(refusal(png));
    expect(said).not.toMatch(/[\p{C}\uFFFD]/u);
    expect(said).toMatch(/not valid JSON|unexpected/i);
  });

  it('keeps a short printable excerpt, and cuts a long message short', () => {
    expect(jsonErrorText(refusal('{"a": tru}'))).toMatch(/tru/);
    const long = jsonErrorText(new Error(`Unexpected token, "${'x'.repeat(500)}"`));
    expect(long.length).toBeLessThanOrEqual(100);
    expect(long.endsWith('…')).toBe(true);
  });
});
