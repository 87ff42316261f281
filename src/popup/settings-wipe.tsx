// Settings' "Delete everything": a button, then a confirmation (focus on Cancel, Escape
// cancels) before the whole store is wiped; one wipe however often Yes is pressed.
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ConfirmDialog } from './confirm-dialog';
import { useDeps } from './deps';
import { useStatus } from './status';

/** `onWiped`: the store is empty; the settings and the store's lists are read again. */
export function WipeSection({ onWiped }: { onWiped: () => void }): JSX.Element {
  const { send } = useDeps();
  const status = useStatus();
  const [confirmWipe, setConfirmWipe] = useState(false);
  const wipeButton = useRef<HTMLButtonElement>(null);
  const wiping = useRef(false);
  const [wipeBusy, setWipeBusy] = useState(false);
  /** The confirmation was cancelled: the focus, which was in it, goes back to its opener. */
  const focusWipeButton = useRef(false);

  useEffect(() => {
    if (confirmWipe || !focusWipeButton.current) return;
    focusWipeButton.current = false;
    wipeButton.current?.focus();
  }, [confirmWipe]);
  const cancelWipe = (): void => {
    // Too late once the wipe is under way: the dialog stays to say how it ended.
    if (wiping.current) return;
    focusWipeButton.current = true;
    setConfirmWipe(false);
  };

  const wipe = async (): Promise<void> => {
    // A second click on Yes before the answer would wipe again (and anything stored in
    // between with it). A ref, not state: both clicks can come before a render.
    if (wiping.current) return;
    wiping.current = true;
    setWipeBusy(true);
    try {
      await send('store/wipe', { confirm: 'wipe-everything' });
      setConfirmWipe(false);
      status.say('ok', 'Everything was deleted: articles, notes and settings.');
      // The confirmation goes with the focus in it: the message says what happened.
      status.focus();
      onWiped();
    } catch (err) {
      status.fail(err, 'Could not wipe the store');
    } finally {
      wiping.current = false;
      setWipeBusy(false);
    }
  };

  return (
    <fieldset class="danger">
      <legend>Delete everything</legend>
      {!confirmWipe ? (
        <button type="button" data-action="wipe" class="danger-button" ref={wipeButton} onClick={() => setConfirmWipe(true)}>
          Delete all articles, notes and settings…
        </button>
      ) : (
        <ConfirmDialog
          action="wipe"
          question="Delete every stored article, note and setting, and empty Recently deleted? This cannot be undone (export a backup first)."
          yes="Yes, delete everything"
          busyYes="Deleting…"
          busy={wipeBusy}
          onConfirm={() => void wipe()}
          onCancel={cancelWipe}
        />
      )}
    </fieldset>
  );
}
