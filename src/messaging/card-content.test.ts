import { describe, expect, it } from 'vitest';
import { cardFragment, hostOriginFor, readCardFragment, type InlineCard } from './card-content';

const inline: InlineCard = {
  pageUrl: 'http://example.org/a?b=1&c=2#x',
  focus: true,
  content: {
    kind: 'entity',
    card: { id: 'e1', name: 'Benjamin Netanyahu & co', type: 'person', linked: true, description: '50% “quoted” #1', aliases: [], mentions: [], related: [], notes: [] },
  },
};

describe('card fragments', () => {
  it('carries the nonce alone when the card asks for itself', () => {
    expect(cardFragment('abc123')).toBe('abc123');
    expect(readCardFragment('#abc123', false)).toEqual({ nonce: 'abc123', inline: null });
  });

  it('carries an inline card through the URL unchanged, whatever its characters', () => {
    const url = new URL(`chrome-extension://x/card.html#${cardFragment('n0', inline)}`);
    expect(readCardFragment(url.hash, false)).toEqual({ nonce: 'n0', inline });
  });

  it('carries an error in place of content', () => {
    const failed: InlineCard = { pageUrl: 'http://example.org/', focus: false, error: 'No answer from the background' };
    expect(readCardFragment(`#${cardFragment('n1', failed)}`, false)).toEqual({ nonce: 'n1', inline: { ...failed, content: undefined } });
  });

  it('takes nothing from a fragment that is not a card', () => {
    expect(readCardFragment('#n2&%7Bnot json', false)).toEqual({ nonce: 'n2', inline: null });
    expect(readCardFragment(`#n3&${encodeURIComponent('{"pageUrl":"http://a/"}')}`, false)).toEqual({ nonce: 'n3', inline: null });
    expect(readCardFragment(`#n4&${encodeURIComponent('null')}`, false)).toEqual({ nonce: 'n4', inline: null });
  });

  it('is ignored by a card with the extension API: any site can frame card.html with a fragment of its own', () => {
    expect(readCardFragment(`#${cardFragment('n5', inline)}`, true)).toEqual({ nonce: 'n5', inline: null });
  });
});

describe('hostOriginFor', () => {
  it("addresses the page's origin, or any when the host's origin is opaque", () => {
    expect(hostOriginFor('http://example.org/a?b=1', 'http://example.org')).toBe('http://example.org');
    expect(hostOriginFor('http://example.org/a', undefined)).toBe('http://example.org');
    // A sandboxed page: a message to its URL's origin would be dropped.
    expect(hostOriginFor('http://example.org/a', 'null')).toBe('*');
    expect(hostOriginFor(null, 'http://example.org')).toBe('*');
    expect(hostOriginFor('not a url', 'http://example.org')).toBe('*');
  });
});
