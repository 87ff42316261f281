// @vitest-environment happy-dom
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { siteHost, withSiteOff } from '../core/off-sites';
import { SiteSwitch } from './site-switch';

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

describe('SiteSwitch', () => {
  afterEach(() => {
    render(null, document.body);
    document.body.innerHTML = '';
  });

  async function mount(turnOff: (host: string) => Promise<void>): Promise<(selector: string) => HTMLElement | null> {
    await act(() => render(h(SiteSwitch, { pageUrl: 'https://news.example.com/a', turnOff }), document.body));
    return (selector) => document.body.querySelector<HTMLElement>(selector);
  }
  /** Click, and let what the click started answer. */
  const press = (el: HTMLElement | null): Promise<void> =>
    act(async () => {
      el?.click();
      await new Promise((resolve) => setTimeout(resolve, 0));
    });

  it('says what turning off does and where the way back is before it does it (the card goes with the highlights)', async () => {
    const turnOff = vi.fn(async () => undefined);
    const $ = await mount(turnOff);
    await press($('[data-action="site-off"]'));
    expect(turnOff).not.toHaveBeenCalled();
    const confirm = $('[data-action="site-off-confirm"]');
    expect(confirm?.textContent).toBe('Turn off on news.example.com');
    // The focus is on the confirmation, which carries what it will do (read out with it).
    expect(document.activeElement).toBe(confirm);
    const what = document.getElementById(confirm?.getAttribute('aria-describedby') ?? '');
    expect(what?.textContent).toContain('this card will close');
    expect(what?.textContent).toContain('“This page” has a button');

    await press(confirm);
    expect(turnOff).toHaveBeenCalledWith('news.example.com');
    expect($('[role="status"]')?.textContent).toContain('Backstory is off on news.example.com');
  });

  it('cancels back to where it was, focus and all; a failure says why and keeps the switch', async () => {
    const turnOff = vi.fn(async () => {
      throw new Error('store closed');
    });
    const $ = await mount(turnOff);
    await press($('[data-action="site-off"]'));
    await press($('[data-action="site-off-cancel"]'));
    expect($('[data-action="site-off-confirm"]')).toBeNull();
    expect(document.activeElement).toBe($('[data-action="site-off"]'));

    await press($('[data-action="site-off"]'));
    await press($('[data-action="site-off-confirm"]'));
    expect($('[role="alert"]')?.textContent).toBe('Could not turn Backstory off: store closed');
    expect(document.activeElement).toBe($('[data-action="site-off"]'));
  });

  it('shows nothing on a page that is not on the web', async () => {
    await act(() => render(h(SiteSwitch, { pageUrl: 'file:///tmp/a.html' }), document.body));
    expect(document.body.querySelector('footer')).toBeNull();
  });
});
