// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { fullDateIn, metaDate, shownDate } from './page-date';

const doc = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

describe('fullDateIn', () => {
  it('finds a date with its year, month first or day first', () => {
    expect(fullDateIn('By staff reporters · February 5, 2025')).toBe('2025-02-05');
    expect(fullDateIn('Updated Wed 5 Feb 2025 10.31 GMT')).toBe('2025-02-05');
    expect(fullDateIn('Published 2025-02-05T08:00')).toBe('2025-02-05');
  });

  it('wants the year: a day and month alone date no article', () => {
    expect(fullDateIn('By staff reporters · February 5')).toBeNull();
    expect(fullDateIn('Posted on Tuesday')).toBeNull();
  });
});

describe('shownDate', () => {
  it('reads a byline or dateline the reader sees', () => {
    expect(shownDate(doc('<body><p class="byline">By staff reporters · February 5, 2025</p><p>Text of October 7, 2023.</p></body>'))).toBe('2025-02-05');
    expect(shownDate(doc('<body><div id="article-date">3 February 2025</div></body>'))).toBe('2025-02-03');
    expect(shownDate(doc('<body><span class="story__timestamp">Feb. 3, 2025</span></body>'))).toBe('2025-02-03');
  });

  it('reads a <time> that has no datetime attribute', () => {
    expect(shownDate(doc('<body><header><time>January 30, 2025</time></header></body>'))).toBe('2025-01-30');
  });

  it('does not take a date from the article’s own text', () => {
    expect(shownDate(doc('<body><p>The war began on October 7, 2023.</p><p class="category">World</p></body>'))).toBeNull();
  });

  it('does not take class names that only contain the word (“update”, “candidate”)', () => {
    expect(shownDate(doc('<body><p class="candidates">On October 7, 2023, he ran.</p></body>'))).toBeNull();
  });
});

describe('metaDate', () => {
  it('reads the published time, then the other date metadata', () => {
    expect(metaDate(doc('<head><meta property="article:published_time" content="2025-02-05T08:30:00Z"></head>'))).toBe('2025-02-05');
    expect(metaDate(doc('<body><span itemprop="datePublished" content="2025-01-30">Jan 30</span></body>'))).toBe('2025-01-30');
    expect(metaDate(doc('<head><meta name="date" content="not a date"></head>'))).toBeNull();
  });
});
