// Answers the popup's requests to this tab (messaging/tab-contract.ts), in the top frame
// only: reveal a term, the current selection as W3C selectors, the page's HTML, and which
// selection notes were found. Every request gets a TabReplyEnvelope; nothing throws out.
// Selection, HTML and note status answer also on off-topic pages and sites switched off.
import { describeSpan } from '../core/anchoring';
import type { HighlightKind } from '../core/types';
import type { TabReplyEnvelope, TabRequestEnvelope, TabRequests } from '../messaging/tab-contract';
import type { Mark } from './hit-test';
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
export function findMark(marks: readonly Mark[], req: { entityId: string | null; text: string; kind: HighlightKind; occurrence?: number }): Mark | null {
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
export function offsetAt(map: TextMap, index: Map<Node, number>, container: Node, offset: number): number {
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

/** The selection as [start, end) in the map's text, whitespace trimmed; null when empty. */
export function selectionSpan(map: TextMap, selection: Selection | null): { start: number; end: number } | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const index = new Map<Node, number>();
  map.nodes.forEach((n, i) => index.set(n, i));
  let start = offsetAt(map, index, range.startContainer, range.startOffset);
  let end = offsetAt(map, index, range.endContainer, range.endOffset);
  while (start < end && /\s/.test(map.text[start]!)) start++;
  while (end > start && /\s/.test(map.text[end - 1]!)) end--;
  return start < end ? { start, end } : null;
}

type Answer<K extends keyof TabRequests> = Promise<TabRequests[K]['res']> | TabRequests[K]['res'];

function answer<K extends keyof TabRequests>(ctx: TabContext, kind: K, req: TabRequests[K]['req']): Answer<K>;
function answer(ctx: TabContext, kind: keyof TabRequests, req: unknown): Answer<keyof TabRequests> {
  switch (kind) {
    case 'tab/reveal': {
      const run = ctx.run();
      const mark = run ? findMark(run.highlighter.marks, req as TabRequests['tab/reveal']['req']) : null;
      if (!run || !mark) return { found: false };
      run.reveal(mark);
      return { found: true };
    }
    case 'tab/selection': {
      const map = ctx.readMap();
      const span = selectionSpan(map, window.getSelection());
      return span ? { selector: describeSpan(map.text, span.start, span.end) } : null;
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

export async function answerTabRequest(ctx: TabContext, envelope: TabRequestEnvelope): Promise<TabReplyEnvelope> {
  try {
    if (!['tab/reveal', 'tab/selection', 'tab/page-html', 'tab/note-status', 'tab/where', 'tab/reread'].includes(envelope.kind)) {
      return { ok: false, error: `Unknown tab request: ${String(envelope.kind)}` };
    }
    const res = await answer(ctx, envelope.kind, envelope.req ?? {});
    return { ok: true, res };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}
