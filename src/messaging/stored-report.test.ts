import { describe, expect, it } from 'vitest';
import { encodeReport, storedReportUrl } from './stored-report';

describe('storedReportUrl', () => {
  it('reads the URL off the front of a stored report, quotes and all', () => {
    const url = 'https://news.example/a?q="truce"&n=1';
    expect(storedReportUrl(encodeReport({ url, title: 'T', topic: { score: 0, onTopic: false, threshold: 0.1, top: [] } as never, annotations: [] }))).toBe(url);
    expect(storedReportUrl(JSON.stringify({ title: 'T', url: 'https://b.example/' }))).toBe('https://b.example/');
    expect(storedReportUrl(undefined)).toBeNull();
    expect(storedReportUrl('{broken')).toBeNull();
  });
});
