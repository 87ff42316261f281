// How big a backup may be in one runtime message. Chrome refuses a message over 64 MiB
// ("Message length exceeded maximum allowed length"; Firefox has no such limit), and a
// library of ~10k articles makes a larger backup: export and import then go in parts of
// this many characters (a UTF-16 character is at most a few bytes of JSON), each its own
// message. A smaller file still goes whole in one message.
export const BACKUP_PART_CHARS = 8 * 1024 * 1024;

/** Said when the background no longer holds a paged export (its service worker restarted
 *  or the export expired). */
export const EXPORT_INTERRUPTED = 'The export was interrupted; please try again.';
/** Said when the background no longer holds the parts of an import. */
export const IMPORT_INTERRUPTED = 'The import was interrupted; please try again.';

/** `text` in pieces of at most `size` characters, never between the two halves of a
 *  surrogate pair (a lone half would not survive the message's encoding). */
export function splitText(text: string, size: number): string[] {
  const parts: string[] = [];
  let at = 0;
  while (at < text.length) {
    let end = Math.min(at + size, text.length);
    const code = text.charCodeAt(end - 1);
    if (end < text.length && end - at > 1 && code >= 0xd800 && code <= 0xdbff) end--;
    parts.push(text.slice(at, end));
    at = end;
  }
  return parts.length ? parts : [''];
}
