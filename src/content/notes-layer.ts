// The user's notes on text of this page, drawn under the highlight name `backstory-note`
// (content.css styles it). Each run reads the page's notes from the background and finds
// every selection note again in the current text (core/anchoring: the stored position,
// then the exact quote, then an approximate quote); what cannot be found is an orphan.
// The popup asks which is which (tab/note-status). Like every highlight, nothing is added
// to the page: StaticRanges over the text map.
//
// A note found by its quote at another position gets its stored selector moved there
// (notes/update), so the next visit finds it by position. A note found only approximately
// keeps its stored quote: that is what the user selected, and it shows for orphans. A note
// is moved at most once per document: each update makes the background push notes-changed
// to every tab, and two tabs of the same URL with text that differs before the quote (a
// live ticker) would otherwise move it back and forth without end.
//
// A note drawn inside a shadow root tells shadow-styles.ts, as the run's observers do for
// its marks: where the document's rules do not reach shadow trees (Firefox), that is what
// brings in the sheet the note paints with, on a page off topic too, whose run watches
// nothing. A page without notes never gets this far.
import type { Note } from '../core/records';
import { send } from '../messaging/send';
import { loadMore } from './more-loader';
import { shadowStyles } from './shadow-styles';
import type * as NotesAnchor from './notes-anchor';
import type { NoteStatus, PlacedNote } from './notes-anchor';
import { endPoint, startPoint, type TextMap } from './text-map';

export type { NoteStatus } from './notes-anchor';

export const NOTE_HIGHLIGHT = 'backstory-note';

export function statusOf(placed: readonly PlacedNote[]): NoteStatus {
  return {
    anchored: placed.filter((p) => p.at).map((p) => p.note.id),
    orphaned: placed.filter((p) => !p.at).map((p) => p.note.id),
  };
}

/** Finding notes in the text (notes-anchor.ts): loaded with content-more.js, and only for a
 *  page that has notes to find. */
export type NotesAnchoring = Pick<typeof NotesAnchor, 'placeNotes' | 'movedSelectors'>;

export interface NotesSource {
  list(pageUrl: string): Promise<Note[]>;
  move(id: string, selector: NonNullable<Note['target']['selector']>): Promise<unknown>;
}

const backgroundNotes: NotesSource = {
  list: (pageUrl) => send('notes/list', { scope: 'page', pageUrl }),
  move: (id, selector) => send('notes/update', { id, selector }),
};

export class NotesLayer {
  private status: NoteStatus = { anchored: [], orphaned: [] };
  /** Increases per refresh, so a slow answer for an older text does not win. */
  private generation = 0;
  /** Notes this document has moved already (see the top of the file). */
  private readonly moved = new Set<string>();

  constructor(
    private readonly registry: HighlightRegistry | null,
    private readonly source: NotesSource = backgroundNotes,
    private readonly anchoring: () => Promise<NotesAnchoring> = loadMore,
    /** Called when a note is drawn inside a shadow root. */
    private readonly inShadowRoot: () => void = () => shadowStyles.want(),
  ) {}

  get current(): NoteStatus {
    return this.status;
  }

  /** Read this page's notes (or take `known`, read already), anchor them on the page's text
   *  map; draw them unless `draw` is false (site off). `read` gives the map: asked only when
   *  there are notes to place. */
  refresh(read: TextMap | (() => TextMap), draw: boolean, pageUrl = location.href, known?: readonly Note[]): Promise<NoteStatus> {
    // None known (page/start's answer on most pages): place() is not even compiled on a load.
    if (known?.length === 0) {
      this.clear();
      this.status = { anchored: [], orphaned: [] };
      return Promise.resolve(this.status);
    }
    return this.place(read, draw, pageUrl, known);
  }

  private async place(read: TextMap | (() => TextMap), draw: boolean, pageUrl: string, known?: readonly Note[]): Promise<NoteStatus> {
    const generation = ++this.generation;
    const notes = known ?? (await this.source.list(pageUrl));
    if (generation !== this.generation) return this.status;
    const anchoring = notes.some((n) => n.target.selector) ? await this.anchoring() : null;
    if (generation !== this.generation) return this.status;
    if (!anchoring) {
      this.status = statusOf([]);
      this.registry?.delete(NOTE_HIGHLIGHT);
      return this.status;
    }
    const map = typeof read === 'function' ? read() : read;
    const placed = anchoring.placeNotes(map.text, notes);
    this.status = statusOf(placed);
    this.draw(draw ? placed : [], map);
    for (const { id, selector } of anchoring.movedSelectors(map.text, placed)) {
      if (this.moved.has(id)) continue;
      this.moved.add(id);
      this.source.move(id, selector).catch((err: unknown) => console.warn('Backstory: could not move a re-anchored note', err));
    }
    return this.status;
  }

  /** Remove the note highlight (run aborted, site switched off). */
  clear(): void {
    this.generation++;
    this.registry?.delete(NOTE_HIGHLIGHT);
  }

  private draw(placed: readonly PlacedNote[], map: TextMap): void {
    if (!this.registry) return;
    const ranges: StaticRange[] = [];
    for (const { at } of placed) {
      if (!at) continue;
      const s = startPoint(map, at.start);
      const e = endPoint(map, at.end);
      if (!s || !e || e.index < s.index || (e.index === s.index && e.offset <= s.offset)) continue;
      ranges.push(new StaticRange({ startContainer: s.node, startOffset: s.offset, endContainer: e.node, endOffset: e.offset }));
    }
    // Registered only while there is something to show: an empty name would be noise.
    if (ranges.length === 0) {
      this.registry.delete(NOTE_HIGHLIGHT);
      return;
    }
    const highlight = new Highlight(...ranges);
    highlight.priority = 2;
    this.registry.set(NOTE_HIGHLIGHT, highlight);
    if (ranges.some((r) => inShadowTree(r.startContainer) || inShadowTree(r.endContainer))) this.inShadowRoot();
  }
}

/** Whether `node` (a connected node of the text map) is in a shadow tree, open or closed. */
function inShadowTree(node: Node): boolean {
  return node.getRootNode().nodeType === Node.DOCUMENT_FRAGMENT_NODE;
}
