// Answers the popup's requests to this tab (messaging/tab-contract.ts), in the top frame
// only: reveal a term, the current selection or a term's mention as W3C selectors, the
// page's HTML, and which selection notes were found. Every request gets a TabReplyEnvelope;
// nothing throws out. Selection, mention, HTML and note status answer also on off-topic
// pages; selection, HTML and note status on sites switched off.
import { describeSpan } from '../core/anchoring';
import type { Span, TextPositionSelector, TextQuoteSelector } from '../core/types';
import type { TabReplyEnvelope, TabRequestEnvelope, TabRequests, TermRef } from '../messaging/tab-contract';
import { markBounds, type Mark, type MarkBounds } from './hit-test';
import type { NoteStatus } from './notes-layer';
import type { PageRun } from './page-run';
import type { TextMap } from './text-map';

export interface TabContext {
  /** The current on-topic page run, or null (off-topic, site off, still starting). */
  run(): PageRun | null;
  /** The page's visible text read now (the same text the annotator and notes use). */
  readMap(): TextMap;
  /** Re-read this page's notes, anchor them, and say which were found. */
  noteStatus(map: TextMap): Promise<NoteStatus>;
}

/** The `occurrence`-th live mark of a term: by entity id when given, else by kind and text. */
export function findMark(marks: readonly Mark[], req: TermRef): Mark | null {
  let left = req.occurrence ?? 0;
  for (const mark of marks) {
    const a = mark.annotation;
    const same = req.entityId ? a.entityId === req.entityId : a.kind === req.kind && a.text === req.text;
    if (!same || mark.dead) continue;
    if (left-- === 0) return mark;
  }
  return null;
}

/** The first node after `node` and its subtree in document order, or null. */
function nodeAfter(node: Node): Node | null {
  for (let n: Node | null = node; n; n = n.parentNode) if (n.nextSibling) return n.nextSibling;
  return null;
}

/**
 * The text offset of a DOM boundary point: inside a mapped text node, its own position;
 * anywhere else, the start of the next mapped text node (the end of the text after the
 * last). `index` maps each text node of the map to its position in map.nodes.
 */
function offsetAt(map: TextMap, index: Map<Node, number>, container: Node, offset: number): number {
  const own = index.get(container);
  if (own !== undefined) return map.starts[own]! + Math.min(offset, (container as Text).data.length);
  const from = container.nodeType === 3 || offset >= container.childNodes.length ? nodeAfter(container) : container.childNodes[offset]!;
  if (!from) return map.text.length;
  const walker = document.createTreeWalker(from.getRootNode(), NodeFilter.SHOW_TEXT);
  walker.currentNode = from;
  for (let n: Node | null = from.nodeType === 3 ? from : walker.nextNode(); n; n = walker.nextNode()) {
    const i = index.get(n);
    if (i !== undefined) return map.starts[i]!;
  }
  return map.text.length;
}

/** A DOM range as [start, end) in the map's text, whitespace trimmed; null when empty. */
function boundsSpan(map: TextMap, b: MarkBounds): Span | null {
  const index = new Map<Node, number>();
  map.nodes.forEach((n, i) => index.set(n, i));
  let start = offsetAt(map, index, b.startNode, b.startOffset);
  let end = offsetAt(map, index, b.endNode, b.endOffset);
  while (start < end && /\s/.test(map.text[start]!)) start++;
  while (end > start && /\s/.test(map.text[end - 1]!)) end--;
  return start < end ? { start, end } : null;
}

/** The selection as [start, end) in the map's text, whitespace trimmed; null when empty. */
export function selectionSpan(map: TextMap, selection: Selection | null): Span | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const r = selection.getRangeAt(0);
  return boundsSpan(map, { startNode: r.startContainer, startOffset: r.startOffset, endNode: r.endContainer, endOffset: r.endOffset });
}

const flat = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Where a mark is in the map's text (read now, maybe after the run's own read); null when
 *  its text is no longer the term's (the page changed it in place and no observer has yet
 *  said so). */
export function markSpan(map: TextMap, mark: Mark): Span | null {
  const span = boundsSpan(map, markBounds(mark));
  return span && flat(map.text.slice(span.start, span.end)) === flat(mark.annotation.text) ? span : null;
}

const WORD = /[\p{L}\p{N}]/u;

/** The `occurrence`-th appearance of `term` in `text` as a whole word (not "Doha" in
 *  "Dohany"): an off-topic page has terms in its report but no highlights to go by. */
export function wordSpan(text: string, term: string, occurrence = 0): Span | null {
  if (!term) return null;
  let left = occurrence;
  for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) {
    const end = at + term.length;
    if (WORD.test(text[at - 1] ?? '') || WORD.test(text[end] ?? '')) continue;
    if (left-- === 0) return { start: at, end };
  }
  return null;
}

/** The term's mention as W3C selectors over the page's text now: its live mark's place in
 *  an on-topic run, else (no run) its text. */
function mentionSelector(ctx: TabContext, term: TermRef): [TextQuoteSelector, TextPositionSelector] | null {
  const run = ctx.run();
  const mark = run ? findMark(run.highlighter.marks, term) : null;
  if (run && !mark) return null; // highlighted no more: the page changed
  const map = ctx.readMap();
  const span = mark ? markSpan(map, mark) : wordSpan(map.text, term.text, term.occurrence);
  return span ? describeSpan(map.text, span.start, span.end) : null;
}

type Answer<K extends keyof TabRequests> = Promise<TabRequests[K]['res']> | TabRequests[K]['res'];

function answer<K extends keyof TabRequests>(ctx: TabContext, kind: K, req: TabRequests[K]['req']): Answer<K>;
function answer(ctx: TabContext, kind: keyof TabRequests, req: unknown): Answer<keyof TabRequests> {
  switch (kind) {
    case 'tab/reveal': {
      const run = ctx.run();
      const mark = run ? findMark(run.highlighter.marks, req as TermRef) : null;
      if (!run || !mark) return { found: false };
      run.reveal(mark);
      return { found: true };
    }
    case 'tab/selection': {
      const map = ctx.readMap();
      const span = selectionSpan(map, window.getSelection());
      return span ? { selector: describeSpan(map.text, span.start, span.end) } : null;
    }
    case 'tab/mention-selector': {
      const selector = mentionSelector(ctx, req as TermRef);
      return selector ? { selector } : null;
    }
    case 'tab/page-html':
      return { url: location.href, title: document.title, html: document.documentElement.outerHTML };
    case 'tab/note-status':
      return ctx.noteStatus(ctx.readMap());
    case 'tab/where': // answered by content.js without loading this module; here for completeness
      return { url: location.href };
    case 'tab/reread': // answered by content.js, which runs the page; never routed here
      throw new Error('tab/reread is answered by content.js');
  }
}

const KINDS: ReadonlySet<string> = new Set<keyof TabRequests>(['tab/reveal', 'tab/selection', 'tab/mention-selector', 'tab/page-html', 'tab/note-status', 'tab/where', 'tab/reread']);

export async function answerTabRequest(ctx: TabContext, envelope: TabRequestEnvelope): Promise<TabReplyEnvelope> {
  try {
    if (!KINDS.has(envelope.kind)) {
      return { ok: false, error: `Unknown tab request: ${String(envelope.kind)}` };
    }
    const res = await answer(ctx, envelope.kind, envelope.req ?? {});
    return { ok: true, res };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}
