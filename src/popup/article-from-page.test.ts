// @vitest-environment happy-dom
import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { articleFromHtml, NoArticleError, paragraphsOf } from './article-from-page';
import { isoDay } from './page-date';

const body = (n: number): string =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1} of the report says the ministers met again in Cairo on Tuesday, and that the talks on the second phase would go on through the week with mediators from both sides present at every session.</p>`).join('\n');

function page(head: string, main: string): string {
  return `<!doctype html><html lang="en-GB"><head><title>Talks resume | Daily Example</title>${head}</head>
  <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
  <article><h1>Talks resume in Cairo</h1>${main}</article>
  <footer>© Daily Example. All rights reserved.</footer><script>window.__ran = true;</script></body></html>`;
}

describe('articleFromHtml', () => {
  it('takes title, site name, published date, language and one paragraph per block', () => {
    const html = page('<meta property="og:site_name" content="Daily Example"><meta property="article:published_time" content="2025-02-05T08:30:00Z">', body(6));
    const a = articleFromHtml({ url: 'https://www.daily.example/world/talks', title: 'Talks resume | Daily Example', html }, '2026-03-04', Readability);
    expect(a.title).toContain('Talks resume');
    expect(a.source).toBe('Daily Example');
    expect(a.url).toBe('https://www.daily.example/world/talks');
    expect(a.date).toBe('2025-02-05');
    expect(a.language).toBe('en-GB');
    expect(a.paragraphs).toHaveLength(6);
    expect(a.paragraphs?.[0]).toMatch(/^Paragraph 1 of the report/);
    expect(a.paragraphs?.join(' ')).not.toMatch(/All rights reserved|Home World/);
  });

  it('falls back to the host for the source and to today for the date', () => {
    const a = articleFromHtml({ url: 'https://www.daily.example/x', title: 'T', html: page('', body(5)) }, '2026-03-04', Readability);
    expect(a.source).toBe('daily.example');
    expect(a.date).toBe('2026-03-04');
  });

  it('dates a page with no date metadata by its byline, not by the day it was saved', () => {
    const html = page('', `<p class="byline">By staff reporters · February 5, 2025</p>${body(5)}`);
    const a = articleFromHtml({ url: 'https://www.daily.example/x', title: 'T', html }, '2026-03-04', Readability);
    expect(a.date).toBe('2025-02-05');
  });

  it('keeps no URL for pages that are not on the web', () => {
    const a = articleFromHtml({ url: 'file:///tmp/x.html', title: 'T', html: page('', body(5)) }, '2026-03-04', Readability);
    expect(a.url).toBeNull();
  });

  it('does not run the page’s scripts or touch the popup’s document', () => {
    const before = document.body.innerHTML;
    articleFromHtml({ url: 'https://daily.example/x', title: 'T', html: page('', body(5)) }, '2026-03-04', Readability);
    expect((window as unknown as { __ran?: boolean }).__ran).toBeUndefined();
    expect(document.body.innerHTML).toBe(before);
  });

  // A page served as text/plain, as each browser shows it (outerHTML read in Chromium and
  // Firefox): no <title>, one <pre>. Its first line is its title, as for a .txt file.
  const TEXT = '\n  Truce holds in Gaza  \n\nThe ceasefire held on Sunday, officials said.\n\nTalks resume on Monday.\n';
  const PLAIN: [browser: string, html: string][] = [
    ['Chromium', `<html><head><meta name="color-scheme" content="light dark"></head><body><pre style="word-wrap: break-word; white-space: pre-wrap;">${TEXT}</pre></body></html>`],
    ['Firefox', `<html><head><link rel="stylesheet" href="resource://content-accessible/plaintext.css"></head><body><pre>${TEXT}</pre></body></html>`],
  ];
  it.each(PLAIN)('takes a plain-text page’s first line as its title (%s)', (_, html) => {
    const a = articleFromHtml({ url: 'http://127.0.0.1:8080/truce.txt', title: '', html }, '2026-03-04', Readability);
    expect(a).toEqual({ title: 'Truce holds in Gaza', source: '127.0.0.1', url: 'http://127.0.0.1:8080/truce.txt', date: '2026-03-04', text: 'The ceasefire held on Sunday, officials said.\n\nTalks resume on Monday.' });
  });

  it('says so when a plain-text page is only a title line', () => {
    expect(() => articleFromHtml({ url: 'https://daily.example/t.txt', title: '', html: '<html><head></head><body><pre>Just a title\n</pre></body></html>' }, '2026-03-04', Readability)).toThrow(NoArticleError);
  });

  it('says so when the page holds no article', () => {
    expect(() => articleFromHtml({ url: 'https://daily.example/', title: 'Home', html: '<html><body></body></html>' }, '2026-03-04', Readability)).toThrow(NoArticleError);
  });
});

describe('paragraphsOf', () => {
  it('uses the innermost blocks, whitespace collapsed', () => {
    const div = document.createElement('div');
    div.innerHTML = '<ul><li><p>One\n  two</p></li><li>Three</li></ul><blockquote>Four</blockquote><p>  </p>';
    expect(paragraphsOf(div)).toEqual(['One two', 'Three', 'Four']);
  });

  it('splits plain text on lines when there are no blocks', () => {
    const div = document.createElement('div');
    div.textContent = 'First line\n\nSecond   line\n';
    expect(paragraphsOf(div)).toEqual(['First line', 'Second line']);
  });
});

describe('isoDay', () => {
  it('accepts real days only', () => {
    expect(isoDay('2025-02-04T10:00:00+02:00')).toBe('2025-02-04');
    expect(isoDay('2025-02-30')).toBeNull();
    expect(isoDay('Feb 4, 2025')).toBeNull();
    expect(isoDay(null)).toBeNull();
  });
});
