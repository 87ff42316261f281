// Settings' "Recently deleted": the notes and articles deleted in the last 30 days (kept by
// the background, trash/*), each with Restore, and Empty behind a confirmation. A popup
// closes at any click outside it, taking the Undo of a delete with it: this is the way back.
import type { JSX } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { TrashRestoreAnswer, TrashRow } from '../messaging/trash-contract';
import { ConfirmStep } from './confirm-dialog';
import { useDeps } from './deps';
import { focusIsLost } from './focus-back';
import { describeRestore } from './library-view';
import { useStatus } from './status';
import { useConfirmed } from './use-confirmed';

/** How long ago, in the words a list line can hold. */
export function deletedAgo(deletedAt: string, now: Date): string {
  const minutes = Math.max(0, Math.floor((now.getTime() - Date.parse(deletedAt)) / 60_000));
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  const days = Math.floor(hours / 24);
  return days === 1 ? 'yesterday' : `${days} days ago`;
}

/** What a restore did, said as the Undo of a delete says it. */
export function describeTrashRestore(row: TrashRow, back: TrashRestoreAnswer | null): string {
  if (!back) return 'Already gone from Recently deleted (restored or emptied meanwhile).';
  if (back.kind === 'article') return describeRestore(back.article);
  if ('skipped' in back.note) return 'Not put back: the same note is in your notes again.';
  // Under a new id when a note added since (an import) holds the old one.
  return back.note.restored.id === row.recordId ? 'Note restored.' : 'Note restored as a new note: a note added since has taken its old id.';
}

/** Whether anything went back (not skipped as already there). */
function putBack(back: TrashRestoreAnswer | null): boolean {
  if (!back) return false;
  return back.kind === 'note' ? 'restored' in back.note : back.article.added.length > 0;
}

/** "2 notes and 1 article". */
function counted(rows: readonly TrashRow[]): string {
  const notes = rows.filter((r) => r.kind === 'note').length;
  const articles = rows.length - notes;
  const say = (n: number, what: string): string => (n ? `${n} ${what}${n === 1 ? '' : 's'}` : '');
  return [say(notes, 'note'), say(articles, 'article')].filter(Boolean).join(' and ');
}

/** `shown`: the Settings panel is on screen (a delete elsewhere meanwhile is listed when it
 *  comes back); `version`: changes when a delete or its Undo (from the status line, which
 *  stays on every panel) changed what is here, listed again at once if shown; `onRestored`:
 *  the Notes and Library lists read the store again; `focus`: a delete's message linked
 *  here, so the section takes the focus and says so (`onFocused`). */
export function TrashSection(props: { shown: boolean; version?: number; onRestored: () => void; focus?: boolean; onFocused?: () => void }): JSX.Element {
  const { shown, version = 0, onRestored, focus = false, onFocused } = props;
  const { send, now } = useDeps();
  const status = useStatus();
  const [rows, setRows] = useState<TrashRow[] | null>(null);
  const busy = useRef(new Set<string>());
  /** After a restore its row goes: the focus goes to the row now at that place. */
  const focusAt = useRef<number | null>(null);
  const list = useRef<HTMLUListElement>(null);
  const section = useRef<HTMLFieldSetElement>(null);

  const load = useCallback(() => {
    send('trash/list', {})
      .then(setRows)
      .catch((err: unknown) => {
        setRows([]);
        status.fail(err, 'Could not list Recently deleted');
      });
  }, [send, status]);
  useEffect(() => {
    if (shown) load();
  }, [shown, load, version]);

  useEffect(() => {
    const at = focusAt.current;
    if (at === null || rows === null) return;
    focusAt.current = null;
    if (!focusIsLost()) return;
    const buttons = list.current?.querySelectorAll<HTMLButtonElement>('[data-action="trash-restore"]') ?? [];
    const next = buttons[Math.min(at, buttons.length - 1)];
    if (next) next.focus();
    else status.focus();
  }, [rows, status]);

  // Once listed (Settings may be drawn for the first time): the focus on the section, which
  // names it, with its rows next in the tab order. focus() scrolls it into view.
  useEffect(() => {
    if (!focus || rows === null) return;
    section.current?.focus();
    onFocused?.();
  }, [focus, rows, onFocused]);

  const restore = async (row: TrashRow, index: number): Promise<void> => {
    // One request per row: a double click would answer "already gone" over the first.
    if (busy.current.has(row.id)) return;
    busy.current.add(row.id);
    try {
      const back = await send('trash/restore', { id: row.id });
      status.say(putBack(back) ? 'ok' : 'info', describeTrashRestore(row, back));
      focusAt.current = index;
      onRestored();
      load();
    } catch (err) {
      status.fail(err, 'Could not restore');
    } finally {
      busy.current.delete(row.id);
    }
  };

  const empty = useConfirmed(() => send('trash/empty', {}), { done: 'Recently deleted is empty.', failed: 'Could not empty Recently deleted' }, load);

  return (
    <fieldset data-section="trash" class="trash" ref={section} tabIndex={-1}>
      <legend>Recently deleted</legend>
      {rows === null ? (
        <p class="muted">Loading…</p>
      ) : rows.length === 0 ? (
        <p class="muted" data-empty="trash">
          Nothing deleted in the last 30 days.
        </p>
      ) : (
        <>
          <p class="muted small">Deleted notes and articles stay here for 30 days. Backups do not include them.</p>
          <ul class="trash-list" aria-label="Recently deleted" ref={list}>
            {rows.map((row, i) => (
              <li key={row.id} data-trash-id={row.id} class="article">
                <div class="article-main">
                  <span class="title" title={row.title}>
                    {row.title}
                  </span>
                  <span class="muted small">
                    {row.kind === 'note' ? 'Note' : 'Article'}
                    {row.detail ? ` · ${row.detail}` : ''} · deleted {deletedAgo(row.deletedAt, now())}
                  </span>
                </div>
                <button type="button" data-action="trash-restore" class="small-button" onClick={() => void restore(row, i)} aria-label={`Restore ${row.kind} “${row.title}”`}>
                  Restore
                </button>
              </li>
            ))}
          </ul>
          <ConfirmStep
            confirmed={empty}
            action="trash-empty"
            opener="Empty Recently deleted…"
            question={`Delete the ${counted(rows)} in Recently deleted for good? This cannot be undone.`}
            yes="Yes, empty it"
            busyYes="Emptying…"
          />
        </>
      )}
    </fieldset>
  );
}
