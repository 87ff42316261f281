// The popup's one live message region ([data-status]): what just happened, errors from the
// background, and an Undo button after a delete. Views report through useStatus().
import { createContext, type ComponentChildren, type JSX } from 'preact';
import { useCallback, useContext, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { errorText } from './deps';

export type StatusKind = 'ok' | 'error' | 'info';

export interface StatusMessage {
  kind: StatusKind;
  text: string;
  /** Shown as [data-action="undo"]; runs once. What it answers, if anything, is said in
   *  place of "Undone." */
  undo?: () => Promise<string | void>;
}

export interface StatusApi {
  say(kind: StatusKind, text: string, undo?: () => Promise<string | void>): void;
  /** Report a failed request; never throws. */
  fail(err: unknown, prefix?: string): void;
  clear(): void;
  /** Put the focus on the message: where a keyboard user goes when the control they used
   *  is gone and nothing else follows from it. */
  focus(): void;
}

const StatusContext = createContext<StatusApi>({ say: () => undefined, fail: () => undefined, clear: () => undefined, focus: () => undefined });

export function useStatus(): StatusApi {
  return useContext(StatusContext);
}

export function StatusProvider({ children }: { children: ComponentChildren }): JSX.Element {
  const [message, setMessage] = useState<StatusMessage | null>(null);
  const [busy, setBusy] = useState(false);
  const undoButton = useRef<HTMLButtonElement>(null);
  const text = useRef<HTMLParagraphElement>(null);
  /** Undo ran: its button goes, and the focus to the message instead of the page's body. */
  const focusText = useRef(false);
  const say = useCallback((kind: StatusKind, text: string, undo?: () => Promise<string | void>) => setMessage({ kind, text, undo }), []);
  const fail = useCallback((err: unknown, prefix?: string) => setMessage({ kind: 'error', text: prefix ? `${prefix}: ${errorText(err)}` : errorText(err) }), []);
  const clear = useCallback(() => setMessage(null), []);
  const focus = useCallback(() => text.current?.focus(), []);
  const api = useMemo(() => ({ say, fail, clear, focus }), [say, fail, clear, focus]);

  const undo = async (): Promise<void> => {
    if (!message?.undo || busy) return;
    // Asked now: disabled while busy, the button loses the focus (to <body>) before the
    // answer comes. Undone or failed, the button goes, so the focus goes to what it says.
    const hadFocus = document.activeElement === undoButton.current;
    setBusy(true);
    try {
      const said = await message.undo();
      focusText.current = hadFocus;
      setMessage({ kind: 'ok', text: said || 'Undone.' });
    } catch (err) {
      focusText.current = hadFocus;
      fail(err, 'Undo failed');
    } finally {
      setBusy(false);
    }
  };

  // A delete takes its row away, and the focus with it: it goes to Undo.
  useEffect(() => {
    if (message?.undo) undoButton.current?.focus();
    else if (focusText.current) text.current?.focus();
    focusText.current = false;
  }, [message]);

  return (
    <StatusContext.Provider value={api}>
      {children}
      <div class="status-bar">
        <p data-status role="status" ref={text} tabIndex={-1} aria-live="polite" data-status-kind={message && message.kind !== 'info' ? message.kind : undefined} class={message ? `status-${message.kind}` : undefined}>
          {message?.text ?? ''}
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
