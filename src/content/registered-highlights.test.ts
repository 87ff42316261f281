// @vitest-environment happy-dom
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { PageAnnotation } from '../core/types';
import { toBatch } from '../messaging/packed-annotations';
import { PageMark } from './page-mark';
import { HIGHLIGHT_KINDS, highlightName, LINKED_OVERLAY, RegisteredHighlights } from './registered-highlights';
import { readTextMap } from './text-map';
import { FakeHighlight, FakeStaticRange } from '../../tests/support/fake-highlight-api';

vi.stubGlobal('Highlight', FakeHighlight);
vi.stubGlobal('StaticRange', FakeStaticRange);
afterAll(() => vi.unstubAllGlobals());

describe('the registered highlights', () => {
  it('registers one highlight per type and the linked overlay, holding the ranges of the marks added', () => {
    document.body.innerHTML = '<p>Hamas met in Doha.</p>';
    const map = readTextMap(document.body);
    const annotations: PageAnnotation[] = [
      { start: 0, end: 5, text: 'Hamas', kind: 'org', entityId: 'hamas', canonical: 'Hamas' },
      { start: 13, end: 17, text: 'Doha', kind: 'place', entityId: null, canonical: null },
      { start: 40, end: 45, text: 'gone', kind: 'place', entityId: null, canonical: null },
    ];
    const batch = toBatch(annotations);
    const [hamas, doha, outside] = [0, 1, 2].map((i) => new PageMark(batch, i, map)) as [PageMark, PageMark, PageMark];
    const registry = new Map<string, FakeHighlight>();
    const highlights = new RegisteredHighlights(registry as unknown as HighlightRegistry);
    expect([...registry.keys()].sort()).toEqual([...HIGHLIGHT_KINDS.map(highlightName), LINKED_OVERLAY].sort());
    expect(registry.get(LINKED_OVERLAY)?.priority).toBe(1);

    expect(highlights.add(hamas)).toBe(true);
    expect(highlights.add(hamas)).toBe(false);
    expect(highlights.add(doha)).toBe(true);
    // A span the text cannot hold is never registered.
    expect(highlights.add(outside)).toBe(false);
    expect(highlights.size).toBe(2);
    expect(registry.get('backstory-org')?.has(hamas.range)).toBe(true);
    expect(registry.get(LINKED_OVERLAY)?.has(hamas.range)).toBe(true);
    expect(registry.get('backstory-place')?.has(doha.range)).toBe(true);
    expect(registry.get(LINKED_OVERLAY)?.has(doha.range)).toBe(false);

    highlights.delete(hamas);
    expect(highlights.has(hamas)).toBe(false);
    expect(registry.get('backstory-org')?.size).toBe(0);
    expect(registry.get(LINKED_OVERLAY)?.size).toBe(0);
    expect(highlights.list()).toEqual([doha]);

    highlights.dispose();
    expect(registry.size).toBe(0);
    expect(highlights.size).toBe(0);
  });
});
