// The second step of a destructive action (Delete everything, emptying Recently deleted):
// the focus lands on Cancel, the safe choice, and Escape cancels.
import type { JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { Confirmed } from './use-confirmed';

export interface ConfirmProps {
  /** Names the buttons: [data-action="<action>-confirm"] and "<action>-cancel". */
  action: string;
  question: string;
  yes: string;
  busyYes: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmDialog({ action, question, yes, busyYes, busy, onConfirm, onCancel }: ConfirmProps): JSX.Element {
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  const onKey = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape') return;
    // Not the popup's own Escape (which would close it): this dialog's.
    e.preventDefault();
    e.stopPropagation();
    onCancel();
  };
  const id = `${action}-q`;
  return (
    <div role="alertdialog" aria-labelledby={id} class="confirm" onKeyDown={onKey}>
      <p id={id}>{question}</p>
      <div class="buttons">
        {/* aria-disabled, not disabled: a disabled button would drop the focus to <body>. */}
        <button type="button" data-action={`${action}-confirm`} class="danger-button" aria-disabled={busy} onClick={onConfirm}>
          {busy ? busyYes : yes}
        </button>
        <button type="button" data-action={`${action}-cancel`} aria-disabled={busy} onClick={onCancel} ref={cancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

/** A destructive action's opener (a danger button named `action`), or in its place the
 *  dialog while `confirmed` asks (use-confirmed.ts keeps the steps and the focus). */
export function ConfirmStep({ confirmed, action, opener, question, yes, busyYes }: { confirmed: Confirmed; opener: string } & Pick<ConfirmProps, 'action' | 'question' | 'yes' | 'busyYes'>): JSX.Element {
  if (!confirmed.confirming) {
    return (
      <button type="button" data-action={action} class="danger-button" ref={confirmed.opener} onClick={confirmed.open}>
        {opener}
      </button>
    );
  }
  return <ConfirmDialog action={action} question={question} yes={yes} busyYes={busyYes} busy={confirmed.busy} onConfirm={confirmed.confirm} onCancel={confirmed.cancel} />;
}
