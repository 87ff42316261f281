// The note editor: what the note is about (page, entity, selection, or an existing note),
// a textarea, Save and Cancel. Ctrl/Cmd+Enter saves, Escape cancels.
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Note } from '../core/records';
import type { TextPositionSelector, TextQuoteSelector } from '../core/types';
import { focusIsLost } from './focus-back';
import { useStatus } from './status';

export type EditorTarget =
  | { kind: 'page' }
  | { kind: 'entity'; entityId: string; name: string }
  | { kind: 'selection'; selector: [TextQuoteSelector, TextPositionSelector] }
  | { kind: 'edit'; note: Note };

export function editorHeading(target: EditorTarget): string {
  switch (target.kind) {
    case 'page':
      return 'New note on this page';
    case 'entity':
      return `New note on ${target.name}`;
    case 'selection':
      return 'New note on the selected text';
    case 'edit':
      return 'Edit note';
  }
}

/** A long quote shown in full would push the editor off the popup. */
export function shortQuote(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export function NoteEditor({ target, onSave, onCancel }: { target: EditorTarget; onSave: (text: string) => Promise<boolean>; onCancel: () => void }): JSX.Element {
  const [text, setText] = useState(target.kind === 'edit' ? target.note.body.value : '');
  const [saving, setSaving] = useState(false);
  const status = useStatus();
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => area.current?.focus(), [target]);

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
      <textarea id="note-editor" data-note-editor ref={area} rows={4} value={text} onInput={(e) => setText(e.currentTarget.value)} onKeyDown={onKey} placeholder="Your note (Ctrl+Enter saves)" />
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
