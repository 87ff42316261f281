// The steps around a ConfirmDialog (Delete everything, emptying Recently deleted): the
// opener, the action run once however often Yes is pressed, and where the focus goes.
import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useStatus } from './status';

export interface Confirmed {
  /** The confirmation is shown in place of its opener. */
  confirming: boolean;
  busy: boolean;
  opener: RefObject<HTMLButtonElement | null>;
  open: () => void;
  confirm: () => void;
  cancel: () => void;
}

/** `action` does the work; once it is done the confirmation goes, `said.done` is said (the
 *  focus, which was in the confirmation, goes to it) and `after` runs. */
export function useConfirmed(action: () => Promise<unknown>, said: { done: string; failed: string }, after: () => void): Confirmed {
  const status = useStatus();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  // A ref, not state: two clicks on Yes can both come before a render.
  const running = useRef(false);
  const opener = useRef<HTMLButtonElement>(null);
  /** The confirmation was cancelled: the focus, which was in it, goes back to its opener. */
  const focusOpener = useRef(false);

  useEffect(() => {
    if (confirming || !focusOpener.current) return;
    focusOpener.current = false;
    opener.current?.focus();
  }, [confirming]);

  const confirm = (): void => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    void action()
      .then(
        () => {
          setConfirming(false);
          status.say('ok', said.done);
          status.focus();
          after();
        },
        (err: unknown) => status.fail(err, said.failed),
      )
      .finally(() => {
        running.current = false;
        setBusy(false);
      });
  };
  const cancel = (): void => {
    // Too late once the action is under way: the dialog stays to say how it ended.
    if (running.current) return;
    focusOpener.current = true;
    setConfirming(false);
  };
  return { confirming, busy, opener, open: () => setConfirming(true), confirm, cancel };
}
