// A file the user picks, read as text the way a person would expect: by its byte-order
// mark, else as UTF-8, else as Windows-1252; and refused when its bytes are not text at all
// (an image, a PDF), so no caller shows or stores raw bytes. Library → Add from files and
// Settings → Import a backup read files through here.

/** A file's text (and, when it was not UTF-8 or UTF-16, the encoding guessed), or why it has
 *  none. */
export type FileText = { text: string; guessed?: 'windows-1252' } | { problem: 'not a text file' };

export async function readFileText(file: Blob): Promise<FileText> {
  const { text, guessed } = decodeBytes(new Uint8Array(await file.arrayBuffer()));
  if (isBinary(text)) return { problem: 'not a text file' };
  return guessed ? { text, guessed } : { text };
}

/** A file's bytes as text. A byte-order mark says UTF-8 or UTF-16 (LE/BE); without one,
 *  valid UTF-8 is UTF-8 and anything else Windows-1252, what Windows editors save as
 *  "ANSI" (every byte decodes, so this never fails, but it is a guess: `guessed`).
 *  File.text() would read UTF-8 only and store U+FFFD or NULs. */
function decodeBytes(bytes: Uint8Array): { text: string; guessed?: 'windows-1252' } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes) };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    // Browsers map 80–9F to € … Ÿ; Node's decoder (the tests) reads them as Latin-1 C1
    // controls. Mapping them here gives the same text in both.
    const text = new TextDecoder('windows-1252').decode(bytes).replace(/[\x80-\x9F]/g, (c) => CP1252_80_9F[c.charCodeAt(0) - 0x80] ?? c);
    return { text, guessed: 'windows-1252' };
  }
}

/** Windows-1252 bytes 80–9F (the five it leaves undefined stay as they are). */
const CP1252_80_9F = '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

/** Not text: any NUL (images, PDFs, Office files, UTF-16 without a mark all have them), or
 *  more than 1 character in 100 a control other than tab, line breaks and form feed. A few
 *  strays (a DOS end-of-file mark) are allowed. */
function isBinary(text: string): boolean {
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 0x20 && (c < 0x09 || c > 0x0d)) || c === 0x7f) controls++;
  }
  return controls > 2 && controls * 100 > text.length;
}
