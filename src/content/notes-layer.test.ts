// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { describeSpan } from '../core/anchoring';
import type { Note } from '../core/records';
import { movedSelectors, placeNotes } from './notes-anchor';
import { NOTE_HIGHLIGHT, NotesLayer, statusOf, type NotesSource } from './notes-layer';
import { readTextMap } from './text-map';
import { FakeStaticRange } from '../../tests/support/fake-highlight-api';

/** notes-anchor.ts as content-more.js hands it over, without loading a module. */
const anchoring = async () => ({ placeNotes, movedSelectors });

const TEXT = 'Talks resume in Doha on Monday.\nFamilies rallied in Tel Aviv, urging the government to hold the deal.';

function note(id: string, text: string, quote?: string, source = TEXT): Note {
  const at = quote ? source.indexOf(quote) : -1;
  return {
    id,
    type: 'Annotation',
    created: '2025-02-05T08:00:00.000Z',
    modified: '2025-02-05T08:00:00.000Z',
    body: { type: 'TextualBody', value: text, format: 'text/plain' },
    target: { source: 'https://news.example.com/a', ...(quote ? { selector: describeSpan(source, at, at + quote.length) } : {}) },
    backstory: {},
  };
}

/** A registry that records what is set (happy-dom has no CSS Custom Highlight API). */
class FakeRegistry extends Map<string, { ranges: StaticRange[] }> {}
// happy-dom has no StaticRange either: FakeStaticRange, read through a live Range in the test.
class FakeHighlight {
  priority = 0;
  readonly ranges: StaticRange[];
  constructor(...ranges: StaticRange[]) {
    this.ranges = ranges;
  }
}

describe('placing notes in the text', () => {
  it('finds a note at its stored position, reports page notes as neither anchored nor orphaned', () => {
    const placed = placeNotes(TEXT, [note('a', 'rally', 'urging the government'), note('page', 'whole page')]);
    expect(placed).toHaveLength(1);
    expect(placed[0]?.at).toMatchObject({ method: 'position' });
    expect(statusOf(placed)).toEqual({ anchored: ['a'], orphaned: [] });
  });

  it('follows a quote that moved, and gives it a new selector there', () => {
    const moved = `Breaking: an added line.\n${TEXT}`;
    const placed = placeNotes(moved, [note('a', 'rally', 'urging the government')]);
    expect(placed[0]?.at?.method).toBe('quote');
    const [update] = movedSelectors(moved, placed);
    expect(update?.id).toBe('a');
    expect(update?.selector[1].start).toBe(moved.indexOf('urging the government'));
    expect(update?.selector[0].exact).toBe('urging the government');
  });

  it('finds a lightly edited quote approximately, without rewriting the stored quote', () => {
    const edited = TEXT.replace('urging the government to hold the deal', 'urging the goverment to hold this deal');
    const placed = placeNotes(edited, [note('a', 'rally', 'urging the government to hold the deal')]);
    expect(placed[0]?.at?.method).toBe('fuzzy');
    expect(movedSelectors(edited, placed)).toEqual([]);
  });

  it('calls a note whose text is gone an orphan', () => {
    const placed = placeNotes('Nothing of the sort is on this page any more.', [note('a', 'rally', 'urging the government to hold the deal')]);
    expect(statusOf(placed)).toEqual({ anchored: [], orphaned: ['a'] });
  });
});

describe('NotesLayer', () => {
  beforeEach(() => {
    document.body.innerHTML = '<p>Talks resume in <b>Doha</b> on Monday.</p><p>Families rallied in Tel Aviv, urging the government to hold the deal.</p>';
    vi.stubGlobal('Highlight', FakeHighlight);
    vi.stubGlobal('StaticRange', FakeStaticRange);
  });

  function source(notes: Note[]): NotesSource & { moved: string[] } {
    const moved: string[] = [];
    return { moved, list: async () => notes, move: async (id) => void moved.push(id) };
  }

  it('registers one range per anchored note, covering exactly its text across nodes', async () => {
    const map = readTextMap(document.body);
    const registry = new FakeRegistry();
    const layer = new NotesLayer(registry as unknown as HighlightRegistry, source([note('a', 'x', 'Doha on Monday', map.text), note('b', 'y', 'not on the page at all', 'A line that is not on the page at all.')]), anchoring);
    const status = await layer.refresh(map, true);
    expect(status).toEqual({ anchored: ['a'], orphaned: ['b'] });
    const h = registry.get(NOTE_HIGHLIGHT);
    expect(h?.ranges).toHaveLength(1);
    const r = h!.ranges[0]!;
    const live = document.createRange();
    live.setStart(r.startContainer, r.startOffset);
    live.setEnd(r.endContainer, r.endOffset);
    expect(live.toString()).toBe('Doha on Monday');
    expect(layer.current).toEqual(status);
  });

  it('draws nothing when told not to (site off) but still says which notes were found', async () => {
    const map = readTextMap(document.body);
    const registry = new FakeRegistry();
    const layer = new NotesLayer(registry as unknown as HighlightRegistry, source([note('a', 'x', 'Doha on Monday', map.text)]), anchoring);
    expect(await layer.refresh(map, false)).toEqual({ anchored: ['a'], orphaned: [] });
    expect(registry.has(NOTE_HIGHLIGHT)).toBe(false);
  });

  it('places notes it is handed (page/start brought them) without asking for them', async () => {
    const map = readTextMap(document.body);
    const registry = new FakeRegistry();
    const src = source([]);
    const list = vi.spyOn(src, 'list');
    const layer = new NotesLayer(registry as unknown as HighlightRegistry, src, anchoring);
    expect(await layer.refresh(map, true, 'https://news.example.com/a', [note('a', 'x', 'Doha on Monday', map.text)])).toEqual({ anchored: ['a'], orphaned: [] });
    expect(list).not.toHaveBeenCalled();
    expect(registry.get(NOTE_HIGHLIGHT)?.ranges).toHaveLength(1);
  });

  it('moves the stored selector of a note found elsewhere, and unregisters when the notes are gone', async () => {
    const map = readTextMap(document.body);
    const registry = new FakeRegistry();
    const src = source([note('a', 'x', 'urging the government', `An older first line.\n${map.text}`)]);
    const layer = new NotesLayer(registry as unknown as HighlightRegistry, src, anchoring);
    await layer.refresh(map, true);
    expect(src.moved).toEqual(['a']);
    // Moved once per document: another tab moving it back must not start a ping-pong.
    await layer.refresh(map, true);
    expect(src.moved).toEqual(['a']);
    const empty = new NotesLayer(registry as unknown as HighlightRegistry, source([]), anchoring);
    await empty.refresh(map, true);
    expect(registry.has(NOTE_HIGHLIGHT)).toBe(false);
  });

  it('loads the anchoring code only for a page that has selection notes', async () => {
    const map = readTextMap(document.body);
    let loads = 0;
    const counted = async () => {
      loads++;
      return { placeNotes, movedSelectors };
    };
    const registry = new FakeRegistry() as unknown as HighlightRegistry;
    expect(await new NotesLayer(registry, source([]), counted).refresh(map, true)).toEqual({ anchored: [], orphaned: [] });
    expect(loads).toBe(0);
    await new NotesLayer(registry, source([note('a', 'x', 'Doha on Monday', map.text)]), counted).refresh(map, true);
    expect(loads).toBe(1);
  });

  it('says so when it draws a note inside a shadow root, and only then', async () => {
    const host = document.createElement('story-aside');
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>Mediators in Cairo said the second phase would start next week.</p>';
    document.body.appendChild(host);
    const map = readTextMap(document.body);
    const registry = new FakeRegistry() as unknown as HighlightRegistry;
    const told = vi.fn();
    const inDocument = new NotesLayer(registry, source([note('a', 'x', 'Doha on Monday', map.text)]), anchoring, told);
    await inDocument.refresh(map, true);
    await inDocument.refresh(map, false);
    expect(told).not.toHaveBeenCalled();
    const inRoot = new NotesLayer(registry, source([note('a', 'x', 'Doha on Monday', map.text), note('b', 'y', 'the second phase', map.text)]), anchoring, told);
    await inRoot.refresh(map, false);
    expect(told).not.toHaveBeenCalled();
    await inRoot.refresh(map, true);
    expect(told).toHaveBeenCalledTimes(1);
  });

  it('handed no notes, clears what an older refresh drew and what a slower one will answer', async () => {
    const map = readTextMap(document.body);
    const registry = new FakeRegistry();
    let release: (notes: Note[]) => void = () => undefined;
    let call = 0;
    const layer = new NotesLayer(registry as unknown as HighlightRegistry, {
      list: () => (call++ === 0 ? Promise.resolve([note('a', 'x', 'Doha on Monday', map.text)]) : new Promise<Note[]>((r) => (release = r))),
      move: async () => undefined,
    }, anchoring);
    await layer.refresh(map, true);
    expect(registry.has(NOTE_HIGHLIGHT)).toBe(true);
    const slow = layer.refresh(map, true);
    const read = vi.fn(() => map);
    expect(await layer.refresh(read, true, 'https://news.example.com/a', [])).toEqual({ anchored: [], orphaned: [] });
    expect(read).not.toHaveBeenCalled();
    expect(registry.has(NOTE_HIGHLIGHT)).toBe(false);
    release([note('old', 'x', 'Talks resume', map.text)]);
    await slow;
    expect(layer.current).toEqual({ anchored: [], orphaned: [] });
    expect(registry.has(NOTE_HIGHLIGHT)).toBe(false);
  });

  it('a slower, older refresh does not overwrite a newer one', async () => {
    const map = readTextMap(document.body);
    let release: (notes: Note[]) => void = () => undefined;
    const slow = new Promise<Note[]>((r) => (release = r));
    let call = 0;
    const layer = new NotesLayer(new FakeRegistry() as unknown as HighlightRegistry, {
      list: () => (call++ === 0 ? slow : Promise.resolve([note('new', 'x', 'Doha on Monday', map.text)])),
      move: async () => undefined,
    }, anchoring);
    const first = layer.refresh(map, true);
    await layer.refresh(map, true);
    release([note('old', 'x', 'Talks resume', map.text)]);
    await first;
    expect(layer.current).toEqual({ anchored: ['new'], orphaned: [] });
  });
});
