// The popup's one live message region ([data-status]): what just happened, errors from the
// background, and an Undo button after a delete, whose message also says where the deleted
// record stays (with a button to go there). Views report through useStatus().
import { createContext, type ComponentChildren, type JSX } from 'preact';
import { useCallback, useContext, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { errorText } from './deps';
import { focusIsLost } from './focus-back';

export type StatusKind = 'ok' | 'error' | 'info';

/** What an undo answers: nothing ("Undone." is said), what to say instead, or that and where
 *  the focus goes next: `focus` puts it there once the view has drawn what came back (the
 *  restored row), and answers false when it could not (then it goes to the message). */
export type UndoAnswer = string | void | { text: string; focus?: () => Promise<boolean> };

export interface StatusMessage {
  kind: StatusKind;
  text: string;
  /** Shown as [data-action="undo"]; runs once. What it answers, if anything, is said in
   *  place of "Undone." */
  undo?: () => Promise<UndoAnswer>;
  /** A delete's: the message goes on to say Settings → Recently deleted keeps it. */
  kept?: boolean;
}

/** What a delete's message adds: Undo lasts as long as the popup, this for 30 days. */
export const KEPT_BEFORE = ' Restore it within 30 days from Settings → ';
export const KEPT_LINK = 'Recently deleted';

export interface StatusApi {
  say(kind: StatusKind, text: string, undo?: () => Promise<UndoAnswer>): void;
  /** A note or article was deleted: `text` with Undo, and where it can be restored later. */
  deleted(text: string, undo: () => Promise<UndoAnswer>): void;
  /** Report a failed request; never throws. */
  fail(err: unknown, prefix?: string): void;
  clear(): void;
  /** The reader went to another panel: what was said there ("Note saved.") goes, so it is
   *  not read as news of this one. A message with Undo stays: it is the way back from a
   *  delete, and works from any panel. */
  panelLeft(): void;
  /** Put the focus on the message: where a keyboard user goes when the control they used
   *  is gone and nothing else follows from it. The view does not scroll to it: the line
   *  stays put below the panels, and in a window shorter than the popup, scrolling the
   *  page to its bottom would move what the reader was looking at (a screen reader reads
   *  the focused line, and the role=status region announces it anyway). */
  focus(): void;
}

const StatusContext = createContext<StatusApi>({ say: () => undefined, deleted: () => undefined, fail: () => undefined, clear: () => undefined, panelLeft: () => undefined, focus: () => undefined });

export function useStatus(): StatusApi {
  return useContext(StatusContext);
}

/** `onShowTrash`: opens Settings → Recently deleted (the app's panels); without it the
 *  name is said but is no button. `onTrashChanged`: a delete or its Undo changed what
 *  Recently deleted holds (both pass through here, whichever panel made them). */
export function StatusProvider({ children, onShowTrash, onTrashChanged }: { children: ComponentChildren; onShowTrash?: () => void; onTrashChanged?: () => void }): JSX.Element {
  const [message, setMessage] = useState<StatusMessage | null>(null);
  const [busy, setBusy] = useState(false);
  const undoButton = useRef<HTMLButtonElement>(null);
  const text = useRef<HTMLParagraphElement>(null);
  /** Undo ran: its button goes, and the focus to the message instead of the page's body. */
  const focusText = useRef(false);
  /** …or to where the undo put back what it undid. */
  const focusUndone = useRef<(() => Promise<boolean>) | null>(null);
  const say = useCallback((kind: StatusKind, text: string, undo?: () => Promise<UndoAnswer>) => setMessage({ kind, text, undo }), []);
  const deleted = useCallback(
    (text: string, undo: () => Promise<UndoAnswer>) => {
      setMessage({ kind: 'ok', text, undo, kept: true });
      onTrashChanged?.();
    },
    [onTrashChanged],
  );
  const fail = useCallback((err: unknown, prefix?: string) => setMessage({ kind: 'error', text: prefix ? `${prefix}: ${errorText(err)}` : errorText(err) }), []);
  const clear = useCallback(() => setMessage(null), []);
  const panelLeft = useCallback(() => setMessage((m) => (m?.undo ? m : null)), []);
  const focus = useCallback(() => text.current?.focus({ preventScroll: true }), []);
  const api = useMemo(() => ({ say, deleted, fail, clear, panelLeft, focus }), [say, deleted, fail, clear, panelLeft, focus]);

  // There, Restore does what Undo did; an Undo used there would leave its row listed. So
  // the message goes, and Recently deleted takes the focus.
  const showTrash = (): void => {
    setMessage(null);
    onShowTrash?.();
  };

  const undo = async (): Promise<void> => {
    if (!message?.undo || busy) return;
    // Asked now: disabled while busy, the button loses the focus (to <body>) before the
    // answer comes. Undone or failed, the button goes, so the focus goes to what it says.
    const hadFocus = document.activeElement === undoButton.current;
    setBusy(true);
    try {
      const said = await message.undo();
      const answer = typeof said === 'object' ? said : { text: said, focus: undefined };
      focusText.current = hadFocus;
      focusUndone.current = hadFocus ? (answer.focus ?? null) : null;
      setMessage({ kind: 'ok', text: answer.text || 'Undone.' });
    } catch (err) {
      focusText.current = hadFocus;
      fail(err, 'Undo failed');
    } finally {
      setBusy(false);
      // A failed undo may have put the record back all the same: Recently deleted looks.
      if (message.kept) onTrashChanged?.();
    }
  };

  // A delete takes its row away, and the focus with it: it goes to Undo; once undone, to
  // what came back where the view can show it, else to the message.
  useEffect(() => {
    const undone = focusUndone.current;
    if (message?.undo) undoButton.current?.focus();
    else if (undone) {
      void undone().then(
        (done) => done || (focusIsLost() && text.current?.focus()),
        () => focusIsLost() && text.current?.focus(),
      );
    } else if (focusText.current) text.current?.focus();
    focusText.current = false;
    focusUndone.current = null;
  }, [message]);

  return (
    <StatusContext.Provider value={api}>
      {children}
      <div class="status-bar">
        <p data-status role="status" ref={text} tabIndex={-1} aria-live="polite" data-status-kind={message && message.kind !== 'info' ? message.kind : undefined} class={message ? `status-${message.kind}` : undefined}>
          {message?.text ?? ''}
          {message?.kept && (
            <>
              {KEPT_BEFORE}
              {onShowTrash ? (
                <button type="button" class="link" data-action="show-trash" onClick={showTrash}>
                  {KEPT_LINK}
                </button>
              ) : (
                KEPT_LINK
              )}
              .
            </>
          )}
        </p>
        {message?.undo && (
          <button type="button" data-action="undo" ref={undoButton} onClick={() => void undo()} disabled={busy}>
            Undo
          </button>
        )}
      </div>
    </StatusContext.Provider>
  );
}
