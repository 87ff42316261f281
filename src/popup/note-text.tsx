// A note's text in the list: a long one is shown in its first lines, cut with a "Show all"
// button that opens it in place (and "Show less" closes it), so the rest is never hidden
// with no sign that it is there. Rendered as a text node: a note is never HTML.
import type { JSX } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';

let nextId = 0;

/** `piece`: a few words of the note, so that each row's button is told apart by ear. */
export function NoteText({ text, piece }: { text: string; piece?: string }): JSX.Element {
  const box = useRef<HTMLParagraphElement>(null);
  const [id] = useState(() => `note-text-${++nextId}`);
  const [open, setOpen] = useState(false);
  const [cut, setCut] = useState(false);
  useLayoutEffect(() => {
    const el = box.current;
    // Measured while closed: the text is cut when it is taller than the box it is held in.
    if (el && !open) setCut(el.scrollHeight > el.clientHeight + 1);
  }, [text, open]);
  return (
    <>
      <p ref={box} id={id} class={`note-text${open ? ' open' : ''}`}>
        {text}
      </p>
      {(cut || open) && (
        <button type="button" data-action="note-more" class="link small" aria-expanded={open ? 'true' : 'false'} aria-controls={id} aria-label={piece ? `${open ? 'Show less' : 'Show all'} of note “${piece}”` : undefined} onClick={() => setOpen(!open)}>
          {open ? 'Show less' : 'Show all'}
        </button>
      )}
    </>
  );
}
