// Settings' "Delete everything": a button, then a confirmation (focus on Cancel, Escape
// cancels) before the whole store is wiped; one wipe however often Yes is pressed.
import type { JSX } from 'preact';
import { ConfirmStep } from './confirm-dialog';
import { useDeps } from './deps';
import { useConfirmed } from './use-confirmed';

/** `onWiped`: the store is empty; the settings and the store's lists are read again. */
export function WipeSection({ onWiped }: { onWiped: () => void }): JSX.Element {
  const { send } = useDeps();
  const wipe = useConfirmed(
    () => send('store/wipe', { confirm: 'wipe-everything' }),
    { done: 'Everything was deleted: articles, notes and settings.', failed: 'Could not wipe the store' },
    onWiped,
  );

  return (
    <fieldset class="danger">
      <legend>Delete everything</legend>
      <ConfirmStep
        confirmed={wipe}
        action="wipe"
        opener="Delete all articles, notes and settings…"
        question="Delete every stored article, note and setting, and empty Recently deleted? This cannot be undone (export a backup first)."
        yes="Yes, delete everything"
        busyYes="Deleting…"
      />
    </fieldset>
  );
}
