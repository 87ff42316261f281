// Keeps the note being written in the Notes panel while it is typed, so it outlives the
// toolbar popup, which closes at any click on the page; the popup opened again on that page
// puts it back in the editor. Kept by the background per page address (notes/draft-keep,
// storage.session), a pause in typing after the last key, and at once when the popup goes.
import { useCallback, useEffect, useRef } from 'preact/hooks';
import type { EditorTarget, NoteEditorDraft } from '../core/note-drafts';
import { useDeps } from './deps';
import type { TabDraft } from './early-requests';

/** A pause in typing this long keeps the draft: one request per pause, not per key. */
export const DRAFT_DELAY_MS = 400;

export interface DraftKeeping {
  /** The editor's text is now `text` (its target is the editor's current one). */
  typed(text: string): void;
  /** The note was saved, cancelled or replaced by another: forget its draft. */
  drop(): void;
}

/** Asks once for `pageUrl`'s kept draft (unless `found` already has it: the popup asked on
 *  opening) and hands it to `restore` if no editor is open by then; keeps what `typed`
 *  reports for the current `editor`. */
export function useNoteDraft(pageUrl: string | null, editor: EditorTarget | null, restore: (draft: NoteEditorDraft) => void, found: TabDraft = null): DraftKeeping {
  const { send } = useDeps();
  const current = useRef({ pageUrl, editor, restore });
  current.current = { pageUrl, editor, restore };
  const pending = useRef<{ pageUrl: string; draft: NoteEditorDraft } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  /** A draft shown or typed here may be kept for the page, so drop() must forget it. */
  const kept = useRef(false);
  const foundUsed = useRef(false);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const keep = pending.current;
    pending.current = null;
    if (keep) send('notes/draft-keep', keep).catch((err: unknown) => console.warn('Backstory: keeping the note draft', err));
  }, [send]);

  useEffect(() => {
    if (pageUrl === null) return undefined;
    let live = true;
    // The popup's own find is used once: after that the draft may have been saved or dropped.
    const early = !foundUsed.current && found?.pageUrl === pageUrl ? found : null;
    if (early) foundUsed.current = true;
    const asked = early ? Promise.resolve(early.draft) : send('notes/draft-get', { pageUrl });
    asked
      .then((draft) => {
        // An editor opened meanwhile (a click, a note asked for from "This page") wins; the
        // draft, never shown, stays kept until a note typed on the page replaces it.
        if (!live || !draft || current.current.editor !== null) return;
        kept.current = true;
        current.current.restore(draft);
      })
      .catch(() => undefined); // no draft is what the popup shows without one anyway
    return () => {
      live = false;
    };
  }, [send, pageUrl, found]);

  // The popup closing (a click on the page) sends what the pause had not sent yet.
  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);

  const typed = useCallback(
    (text: string) => {
      const { pageUrl: url, editor: target } = current.current;
      if (url === null || target === null) return;
      pending.current = { pageUrl: url, draft: { target, text } };
      kept.current = true;
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, DRAFT_DELAY_MS);
    },
    [flush],
  );

  const drop = useCallback(() => {
    clearTimeout(timer.current);
    pending.current = null;
    const url = current.current.pageUrl;
    if (!kept.current || url === null) return;
    kept.current = false;
    send('notes/draft-keep', { pageUrl: url, draft: null }).catch((err: unknown) => console.warn('Backstory: forgetting the note draft', err));
  }, [send]);

  return { typed, drop };
}
