// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';

import type { TabRequestEnvelope } from '../messaging/tab-contract';
import type { Mark } from './hit-test';
import type { PageRun } from './page-run';
import { answerTabRequest, findMark, markSpan, selectionSpan, wordSpan, type TabContext } from './tab-handlers';
import { readTextMap } from './text-map';

function select(startNode: Node, startOffset: number, endNode: Node, endOffset: number): Selection {
  const range = document.createRange();
  range.setStart(startNode, startOffset);
  range.setEnd(endNode, endOffset);
  const sel = window.getSelection()!;
  sel.removeAllRanges();
  sel.addRange(range);
  return sel;
}

const text = (el: Element | null, i = 0): Text => el!.childNodes[i] as Text;

describe('selectionSpan', () => {
  beforeEach(() => {
    document.body.innerHTML = '<h1>Truce holds</h1><p id="a">Talks resume in <b>Doha</b> on Monday.</p><p id="b">Families rallied.</p><textarea>typed</textarea>';
  });

  it('maps a selection inside one text node onto the page text', () => {
    const map = readTextMap(document.body);
    const p = document.getElementById('a');
    const span = selectionSpan(map, select(text(p), 6, text(p), 12));
    expect(span && map.text.slice(span.start, span.end)).toBe('resume');
  });

  it('maps a selection across elements and paragraphs, trimming the whitespace at its ends', () => {
    const map = readTextMap(document.body);
    const p = document.getElementById('a')!;
    const b = document.getElementById('b')!;
    const span = selectionSpan(map, select(p.querySelector('b')!.firstChild!, 0, text(b), 8));
    expect(span && map.text.slice(span.start, span.end)).toBe('Doha on Monday.\nFamilies');
  });

  it('maps element boundary points (a triple-click selects whole paragraphs)', () => {
    const map = readTextMap(document.body);
    const span = selectionSpan(map, select(document.body, 1, document.body, 2));
    expect(span && map.text.slice(span.start, span.end)).toBe('Talks resume in Doha on Monday.');
  });

  it('is null for nothing selected, a collapsed selection, or text the map does not read', () => {
    const map = readTextMap(document.body);
    expect(selectionSpan(map, null)).toBeNull();
    const p = document.getElementById('a');
    expect(selectionSpan(map, select(text(p), 3, text(p), 3))).toBeNull();
    const area = document.querySelector('textarea')!;
    expect(selectionSpan(map, select(area, 0, area, 1))).toBeNull();
  });
});

const mark = (text: string, kind: Mark['annotation']['kind'], entityId: string | null, dead = false): Mark =>
  ({ annotation: { start: 0, end: text.length, text, kind, entityId, canonical: null }, dead }) as unknown as Mark;

describe('findMark', () => {
  const marks = [mark('Smotrich', 'person', 'person:smotrich'), mark('Hamas', 'org', 'org:hamas', true), mark('Hamas', 'org', 'org:hamas'), mark('Bezalel Smotrich', 'person', 'person:smotrich'), mark('Jenin', 'place', null)];

  it('finds by entity id, counting occurrences over live marks only', () => {
    expect(findMark(marks, { entityId: 'person:smotrich', text: 'x', kind: 'person', occurrence: 1 })).toBe(marks[3]);
    expect(findMark(marks, { entityId: 'org:hamas', text: 'Hamas', kind: 'org' })).toBe(marks[2]);
  });

  it('finds an unlinked term by kind and text, and gives null when absent', () => {
    expect(findMark(marks, { entityId: null, text: 'Jenin', kind: 'place' })).toBe(marks[4]);
    expect(findMark(marks, { entityId: null, text: 'Jenin', kind: 'person' })).toBeNull();
    expect(findMark(marks, { entityId: 'person:smotrich', text: 'x', kind: 'person', occurrence: 2 })).toBeNull();
  });
});

/** A live mark over `text`'s `nth` appearance in the body's text nodes, as the highlighter
 *  makes them (its bounds on the mark itself). */
function markOver(text: string, kind: Mark['annotation']['kind'], nth = 0): Mark {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let left = nth;
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    for (let at = n.data.indexOf(text); at !== -1; at = n.data.indexOf(text, at + 1)) {
      if (left-- > 0) continue;
      const annotation = { start: 0, end: text.length, text, kind, entityId: null, canonical: null };
      return { annotation, startNode: n, startOffset: at, endNode: n, endOffset: at + text.length } as unknown as Mark;
    }
  }
  throw new Error(`no ${text} in the body`);
}

describe('markSpan', () => {
  beforeEach(() => {
    document.body.innerHTML = '<h1>Mira Okafor speaks</h1><p id="p">Talks with <b>Mira</b> Okafor resumed.</p>';
  });

  it('maps a mark onto the page text read now, across inline elements', () => {
    const map = readTextMap(document.body);
    const span = markSpan(map, markOver('Mira Okafor', 'person'));
    expect(span && map.text.slice(span.start, span.end)).toBe('Mira Okafor');
    expect(span?.start).toBe(0);
    const b = document.querySelector('b')!.firstChild as Text;
    const after = b.parentNode!.nextSibling as Text;
    const across = { annotation: { start: 0, end: 11, text: 'Mira Okafor', kind: 'person', entityId: null, canonical: null }, startNode: b, startOffset: 0, endNode: after, endOffset: 7 } as unknown as Mark;
    const second = markSpan(map, across);
    expect(second && map.text.slice(second.start, second.end)).toBe('Mira Okafor');
    expect(second?.start).toBeGreaterThan(span!.end);
  });

  it('is null when the marked text was changed in place', () => {
    const mark = markOver('Mira Okafor', 'person');
    (document.querySelector('h1')!.firstChild as Text).data = 'Nina Patel speaks';
    expect(markSpan(readTextMap(document.body), mark)).toBeNull();
  });
});

describe('wordSpan', () => {
  it('finds the nth whole-word appearance only', () => {
    const text = 'Dohany met Doha officials; Doha said no.';
    expect(wordSpan(text, 'Doha')).toEqual({ start: 11, end: 15 });
    expect(wordSpan(text, 'Doha', 1)).toEqual({ start: 27, end: 31 });
    expect(wordSpan(text, 'Doha', 2)).toBeNull();
    expect(wordSpan(text, 'Cairo')).toBeNull();
    expect(wordSpan(text, '')).toBeNull();
  });
});

describe('answerTabRequest', () => {
  beforeEach(() => {
    document.title = 'Truce holds';
    document.body.innerHTML = '<p>Talks resume in Doha on Monday.</p>';
  });

  const ctx = (run: PageRun | null = null): TabContext => ({
    run: () => run,
    readMap: () => readTextMap(document.body),
    noteStatus: async () => ({ anchored: ['n1'], orphaned: ['n2'] }),
  });
  const ask = (c: TabContext, kind: string, req: unknown = {}) => answerTabRequest(c, { backstoryTab: 1, kind, req } as TabRequestEnvelope);

  it('answers the selection as a quote and a position selector', async () => {
    const p = document.querySelector('p')!;
    select(p.firstChild!, 16, p.firstChild!, 20);
    const reply = await ask(ctx(), 'tab/selection');
    expect(reply).toEqual({
      ok: true,
      res: { selector: [{ type: 'TextQuoteSelector', exact: 'Doha', prefix: 'Talks resume in ', suffix: ' on Monday.' }, { type: 'TextPositionSelector', start: 16, end: 20 }] },
    });
    window.getSelection()!.removeAllRanges();
    expect(await ask(ctx(), 'tab/selection')).toEqual({ ok: true, res: null });
  });

  it('answers the page HTML, the note status, and found:false for a reveal without a run (off-topic)', async () => {
    const html = await ask(ctx(), 'tab/page-html');
    expect(html.ok && (html.res as { title: string; html: string })).toMatchObject({ title: 'Truce holds', html: expect.stringContaining('Talks resume in Doha') });
    expect(await ask(ctx(), 'tab/note-status')).toEqual({ ok: true, res: { anchored: ['n1'], orphaned: ['n2'] } });
    expect(await ask(ctx(), 'tab/reveal', { entityId: null, text: 'Doha', kind: 'place' })).toEqual({ ok: true, res: { found: false } });
  });

  it('reveals through the run and says so', async () => {
    const target = mark('Doha', 'place', 'place:doha');
    const reveal = vi.fn();
    const run = { highlighter: { marks: [target] }, reveal } as unknown as PageRun;
    expect(await ask(ctx(run), 'tab/reveal', { entityId: 'place:doha', text: 'Doha', kind: 'place' })).toEqual({ ok: true, res: { found: true } });
    expect(reveal).toHaveBeenCalledWith(target);
  });

  it('answers a term’s first live mention as the selectors a selection of it would give', async () => {
    document.body.innerHTML = '<p>Aid chief Mira Okafor spoke in Doha. Later Mira Okafor left.</p>';
    const first = markOver('Mira Okafor', 'person');
    const later = markOver('Mira Okafor', 'person', 1);
    const run = { highlighter: { marks: [{ ...first, dead: true }, later] } } as unknown as PageRun;
    const reply = await ask(ctx(run), 'tab/mention-selector', { entityId: null, text: 'Mira Okafor', kind: 'person' });
    const p = document.querySelector('p')!;
    select(p.firstChild!, 43, p.firstChild!, 54);
    expect(reply).toEqual(await ask(ctx(), 'tab/selection'));
    expect(reply).toMatchObject({ ok: true, res: { selector: [{ exact: 'Mira Okafor', prefix: 'ira Okafor spoke in Doha. Later ' }, { start: 43, end: 54 }] } });
    window.getSelection()!.removeAllRanges();
  });

  it('answers null once the term is highlighted no more, and goes by the text without a run (off topic)', async () => {
    document.body.innerHTML = '<p>Aid chief Mira Okafor spoke.</p>';
    const gone = { highlighter: { marks: [{ ...markOver('Mira Okafor', 'person'), dead: true }] } } as unknown as PageRun;
    expect(await ask(ctx(gone), 'tab/mention-selector', { entityId: null, text: 'Mira Okafor', kind: 'person' })).toEqual({ ok: true, res: null });
    expect(await ask(ctx(), 'tab/mention-selector', { entityId: null, text: 'Mira Okafor', kind: 'person' })).toMatchObject({ ok: true, res: { selector: [{ exact: 'Mira Okafor' }, { start: 10, end: 21 }] } });
    expect(await ask(ctx(), 'tab/mention-selector', { entityId: null, text: 'Nina Patel', kind: 'person' })).toEqual({ ok: true, res: null });
  });

  it('turns unknown kinds and failures into error replies, never a throw', async () => {
    expect(await ask(ctx(), 'tab/nonsense')).toEqual({ ok: false, error: 'Unknown tab request: tab/nonsense' });
    const failing: TabContext = { ...ctx(), noteStatus: () => Promise.reject(new Error('store closed')) };
    expect(await ask(failing, 'tab/note-status')).toEqual({ ok: false, error: 'store closed' });
  });
});
