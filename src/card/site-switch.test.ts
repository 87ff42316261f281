import { describe, expect, it, vi } from 'vitest';

vi.mock('../platform/browser', () => ({ ext: {} }));
import { withSiteOff } from '../core/off-sites';
import { pageHost } from './site-switch';

describe('turning Backstory off on a site from the card', () => {
  it('takes the host of http(s) pages only', () => {
    expect(pageHost('https://www.example.com/news/a?b=1#c')).toBe('www.example.com');
    expect(pageHost('http://127.0.0.1:8080/x.html')).toBe('127.0.0.1');
    expect(pageHost('file:///tmp/a.html')).toBeNull();
    expect(pageHost('not a url')).toBeNull();
  });

  it('adds the host once', () => {
    expect(withSiteOff(['a.example'], 'news.example.com')).toEqual(['a.example', 'news.example.com']);
    expect(withSiteOff(['News.Example.com'], 'news.example.com')).toEqual(['News.Example.com']);
  });
});
