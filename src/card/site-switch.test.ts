import { describe, expect, it, vi } from 'vitest';

vi.mock('../platform/browser', () => ({ ext: {} }));
import { siteHost, withSiteOff } from '../core/off-sites';

describe('turning Backstory off on a site from the card', () => {
  it('takes the host of http(s) pages only', () => {
    expect(siteHost('https://www.example.com/news/a?b=1#c')).toBe('www.example.com');
    expect(siteHost('http://127.0.0.1:8080/x.html')).toBe('127.0.0.1');
    expect(siteHost('file:///tmp/a.html')).toBeNull();
    expect(siteHost('not a url')).toBeNull();
  });

  it('adds the host once', () => {
    expect(withSiteOff(['a.example'], 'news.example.com')).toEqual(['a.example', 'news.example.com']);
    expect(withSiteOff(['News.Example.com'], 'news.example.com')).toEqual(['News.Example.com']);
  });
});
