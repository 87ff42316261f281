// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../platform/browser', () => ({ ext: {} }));
import type { TabRequestEnvelope } from '../messaging/tab-contract';
import type { Mark } from './hit-test';
import type { PageRun } from './page-run';
import { answerTabRequest, findMark, selectionSpan, type TabContext } from './tab-handlers';
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

  it('turns unknown kinds and failures into error replies, never a throw', async () => {
    expect(await ask(ctx(), 'tab/nonsense')).toEqual({ ok: false, error: 'Unknown tab request: tab/nonsense' });
    const failing: TabContext = { ...ctx(), noteStatus: () => Promise.reject(new Error('store closed')) };
    expect(await ask(failing, 'tab/note-status')).toEqual({ ok: false, error: 'store closed' });
  });
});
