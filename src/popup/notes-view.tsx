// Notes: write one on the page, on an entity or a page-only name's first mention (both from
// "This page") or on the text selected in the tab; edit, delete with undo; search and filter by this page / an entity / all. Notes
// whose passage the page no longer holds (tab/note-status) are marked as orphans. A note
// being written is kept as it is typed and comes back when the popup opens again (note-draft.ts).
import type { JSX } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Note, NoteQuery } from '../core/records';
import { siteHost } from '../core/off-sites';
import { errorText, useDeps } from './deps';
import type { TabDraft } from './early-requests';
import { NoteEditor, editorKey, type EditorTarget } from './note-editor';
import { useNoteDraft } from './note-draft';
import { NotesFilters, type Scope } from './notes-filters';
import { NotesList } from './notes-list';
import { NOT_WEB, NotesToolbar, type SelectionState } from './notes-toolbar';
import { useOnePerRow } from './one-per-row';
import { useRowFocus } from './row-focus';
import { useStatus } from './status';
import { useDebounced } from './use-debounced';
import type { VirtualListHandle } from './virtual-list';

export interface PageInfo {
  url: string | null;
  title: string | null;
}

/** A note asked for from "This page": on a stored entity, or on a page-only name's mention. */
export type NoteRequest = Extract<EditorTarget, { kind: 'entity' }> | (Extract<EditorTarget, { kind: 'selection' }> & { name: string });

export interface NotesViewProps {
  page: PageInfo;
  /** Linked entities of this page, for the entity filter. */
  entities: { id: string; name: string }[];
  /** A note asked for from "This page"; consumed once. */
  request: NoteRequest | null;
  onRequestTaken: () => void;
  /** Changes when the store was replaced under us (import, wipe). */
  storeVersion?: number;
  /** The page's kept draft as the popup found it on opening (notes/draft-for-tab), if it did. */
  keptDraft?: TabDraft;
}

export function NotesView({ page, entities, request, onRequestTaken, storeVersion = 0, keptDraft = null }: NotesViewProps): JSX.Element {
  const { send, sendTab } = useDeps();
  const status = useStatus();
  const [editor, setEditor] = useState<EditorTarget | null>(null);
  /** The control that opened the editor: the focus goes back to it when the editor closes. */
  const opener = useRef<HTMLElement | null>(null);
  const onePerRow = useOnePerRow();
  const [selection, setSelection] = useState<SelectionState>({ state: 'asking' });
  const [orphans, setOrphans] = useState<Set<string>>(new Set());
  /** The page's URL if notes can be kept on it: an http(s) page (not about:blank, a PDF
   *  viewer, the browser's own pages). */
  const webUrl = siteHost(page.url) ? page.url : null;
  // The page's URL and its entities may arrive after the first render (a quick click on
  // Notes; Firefox without host access): until the user picks a scope or an entity, both
  // follow what is known of the page.
  const [chosenScope, setScope] = useState<Scope | null>(null);
  const scope: Scope = chosenScope ?? (webUrl ? 'page' : 'all');
  const [chosenEntity, setEntityId] = useState<string | null>(null);
  const entityId = chosenEntity ?? entities[0]?.id ?? '';
  const [search, setSearch] = useState('');
  const query = useDebounced(search, 150);
  const [notes, setNotes] = useState<Note[] | null>(null);
  const [version, setVersion] = useState(0);
  /** The version the notes shown were listed for. */
  const [listedAt, setListedAt] = useState(0);
  const asked = useRef(0);
  /** List again; answers the version whose list will hold what was just written. */
  const reload = useCallback(() => {
    asked.current += 1;
    setVersion(asked.current);
    return asked.current;
  }, []);
  const list = useRef<VirtualListHandle | null>(null);
  const focusNote = useRowFocus(notes, listedAt, list);

  const entityChoices = useMemo(() => {
    const list = [...entities];
    if (request?.kind === 'entity' && !list.some((e) => e.id === request.entityId)) list.unshift({ id: request.entityId, name: request.name });
    return list;
  }, [entities, request]);
  const names = useMemo(() => new Map(entityChoices.map((e) => [e.id, e.name])), [entityChoices]);
  const entityName = useCallback((id: string) => names.get(id) ?? id.replace(/^[a-z]+:/, '').replace(/-/g, ' '), [names]);

  /** The text a restored draft starts its editor with. */
  const [draftText, setDraftText] = useState<string | undefined>(undefined);
  const draft = useNoteDraft(
    webUrl,
    editor,
    (kept) => {
      setEditor(kept.target);
      setDraftText(kept.text);
    },
    keptDraft,
  );
  /** A new editor starts afresh: another target's draft goes, as its text does. */
  const startEditor = (target: EditorTarget): void => {
    if (editor === null || editorKey(editor) !== editorKey(target)) draft.drop();
    setDraftText(undefined);
    setEditor(target);
  };
  const openEditor = (target: EditorTarget): void => {
    const focused = document.activeElement;
    opener.current = focused instanceof HTMLElement && focused !== document.body && !focused.closest('.editor') ? focused : null;
    startEditor(target);
  };
  /** The editor (and the focus in it) goes: the focus goes back to what opened it, if that
   *  is still here and usable, else to the status message. */
  const closeEditor = (): void => {
    const back = opener.current;
    opener.current = null;
    draft.drop();
    setEditor(null);
    if (back?.isConnected && !back.matches(':disabled') && !back.closest('[hidden]')) back.focus();
    else status.focus();
  };

  useEffect(() => {
    if (!request) return;
    // Opened from "This page", whose panel is now hidden.
    opener.current = null;
    startEditor(request);
    if (request.kind === 'entity') setEntityId(request.entityId);
    onRequestTaken();
  }, [request, onRequestTaken]);

  const askSelection = useCallback(() => {
    sendTab('tab/selection', {})
      .then((got) => setSelection(got ? { state: 'some', selector: got.selector } : { state: 'none', reason: 'Select some text on the page first.' }))
      .catch((err: unknown) => setSelection({ state: 'none', reason: errorText(err) }));
  }, [sendTab]);

  useEffect(() => {
    askSelection();
    // Opened as a tab, the user can select text in the other tab and come back.
    window.addEventListener('focus', askSelection);
    sendTab('tab/note-status', {})
      .then((s) => setOrphans(new Set(s.orphaned)))
      .catch(() => setOrphans(new Set()));
    return () => window.removeEventListener('focus', askSelection);
  }, [askSelection, sendTab]);

  useEffect(() => {
    let current = true;
    const show = (listed: Note[]): void => {
      setNotes(listed);
      setListedAt(version);
    };
    const q: NoteQuery = { scope, query: query.trim() || undefined };
    if (scope === 'page') {
      if (!webUrl) return show([]);
      q.pageUrl = webUrl;
    }
    if (scope === 'entity') {
      if (!entityId) return show([]);
      q.entityId = entityId;
    }
    send('notes/list', q)
      .then((listed) => current && show(listed))
      .catch((err: unknown) => {
        if (!current) return;
        show([]);
        status.fail(err, 'Could not list notes');
      });
    return () => {
      current = false;
    };
  }, [send, status, scope, entityId, query, webUrl, version, storeVersion]);

  const save = async (text: string): Promise<boolean> => {
    if (!editor) return false;
    try {
      if (editor.kind === 'edit') {
        await send('notes/update', { id: editor.note.id, text });
      } else {
        if (!webUrl) throw new Error(NOT_WEB);
        await send('notes/create', {
          text,
          pageUrl: webUrl,
          pageTitle: page.title ?? undefined,
          entityId: editor.kind === 'entity' ? editor.entityId : undefined,
          selector: editor.kind === 'selection' ? editor.selector : undefined,
          // The page-only name: once the library knows it, the note is that entity's too.
          term: editor.kind === 'selection' ? editor.name : undefined,
        });
      }
      status.say('ok', editor.kind === 'edit' ? 'Note updated.' : 'Note saved.');
      closeEditor();
      reload();
      return true;
    } catch (err) {
      status.fail(err, 'Could not save the note');
      return false;
    }
  };

  const remove = (note: Note): Promise<void> =>
    onePerRow(note.id, async () => {
      try {
        const gone = await send('notes/delete', { id: note.id });
        reload();
        if (!gone) return status.say('info', 'That note was already gone.');
        status.deleted('Note deleted.', async () => {
          const back = await send('notes/restore', gone);
          const listed = reload();
          if ('skipped' in back) return 'Not put back: the same note is in your notes again.';
          const { id } = back.restored;
          // Under a new id when a note added since (an import) holds the old one.
          const text = id === gone.id ? 'Note restored.' : 'Note restored as a new note: a note added since has taken its old id.';
          return { text, focus: () => focusNote(id, listed) };
        });
      } catch (err) {
        status.fail(err, 'Could not delete the note');
      }
    });

  const rowKey = useCallback((i: number) => notes?.[i]?.id ?? i, [notes]);
  const canNote = webUrl !== null;

  return (
    <>
      <NotesToolbar
        pageUrl={page.url}
        canNote={canNote}
        selection={selection}
        onNotePage={() => openEditor({ kind: 'page' })}
        onNoteSelection={(selector) => openEditor({ kind: 'selection', selector })}
      />
      {editor && <NoteEditor key={editorKey(editor)} target={editor} initialText={draftText} onSave={save} onCancel={closeEditor} onText={draft.typed} />}
      <NotesFilters search={search} onSearch={setSearch} scope={scope} onScope={setScope} entityId={entityId} entityChoices={entityChoices} onEntity={setEntityId} />
      <NotesList
        notes={notes}
        orphans={orphans}
        scope={scope}
        query={query}
        webUrl={webUrl}
        list={list}
        rowKey={rowKey}
        entityName={entityName}
        onEdit={(n) => openEditor({ kind: 'edit', note: n })}
        onDelete={(n) => void remove(n)}
      />
    </>
  );
}
