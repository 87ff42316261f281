// The note editor: what the note is about (page, entity, selection, or an existing note),
// a textarea, Save and Cancel. Ctrl/Cmd+Enter saves, Escape cancels.
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { EditorTarget } from '../core/note-drafts';
import { focusIsLost } from './focus-back';
import { useStatus } from './status';

export type { EditorTarget };

/** One editor per target: a new target gets a fresh editor. */
export function editorKey(t: EditorTarget): string {
  return t.kind === 'edit' ? `edit:${t.note.id}` : t.kind === 'entity' ? `entity:${t.entityId}` : t.kind === 'selection' ? `sel:${t.selector[1].start}` : 'page';
}

export function editorHeading(target: EditorTarget): string {
  switch (target.kind) {
    case 'page':
      return 'New note on this page';
    case 'entity':
      return `New note on ${target.name}`;
    case 'selection':
      return target.name ? `New note on “${target.name}” on this page` : 'New note on the selected text';
    case 'edit':
      return 'Edit note';
  }
}

/** A long quote shown in full would push the editor off the popup. */
export function shortQuote(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

interface NoteEditorProps {
  target: EditorTarget;
  /** The text to start from (a kept draft); else the edited note's, or none. */
  initialText?: string;
  onSave: (text: string) => Promise<boolean>;
  onCancel: () => void;
  /** Every change of the text (the draft is kept from it). */
  onText?: (text: string) => void;
}

export function NoteEditor({ target, initialText, onSave, onCancel, onText }: NoteEditorProps): JSX.Element {
  const [text, setText] = useState(initialText ?? (target.kind === 'edit' ? target.note.body.value : ''));
  const [saving, setSaving] = useState(false);
  const status = useStatus();
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    const field = area.current;
    field?.focus();
    // A kept draft goes on where it stopped: at its end.
    if (field && initialText) field.setSelectionRange(field.value.length, field.value.length);
  }, [target]);

  const quote = target.kind === 'selection' ? target.selector[0].exact : target.kind === 'edit' ? target.note.target.selector?.[0].exact : undefined;
  const save = async (): Promise<void> => {
    // Read the field itself: it is the truth even if an input event was missed.
    const value = area.current?.value ?? text;
    if (saving) return;
    if (!value.trim()) {
      status.say('error', 'The note is empty: write something to save.');
      area.current?.focus();
      return;
    }
    setSaving(true);
    const done = await onSave(value);
    setSaving(false);
    if (done) setText('');
    // Not saved: Save was disabled meanwhile, and lost the focus; the note is where to go on.
    else if (focusIsLost()) area.current?.focus();
  };
  const changed = (value: string): void => {
    setText(value);
    onText?.(value);
  };
  const onKey = (e: KeyboardEvent): void => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void save();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onCancel();
    }
  };

  return (
    <form
      class="editor"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label for="note-editor" class="editor-heading">
        {editorHeading(target)}
      </label>
      {quote !== undefined && <blockquote class="quote">{shortQuote(quote)}</blockquote>}
      <textarea id="note-editor" data-note-editor ref={area} rows={4} value={text} onInput={(e) => changed(e.currentTarget.value)} onKeyDown={onKey} placeholder="Your note (Ctrl+Enter saves)" />
      <div class="buttons">
        <button type="submit" data-action="save-note" class="primary" disabled={saving}>
          Save
        </button>
        <button type="button" data-action="cancel-note" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
