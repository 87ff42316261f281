// Which of the content script's fallback keys (Alt+Shift+J/K, content/term-commands.ts) a
// command is bound to now. The reader may rebind a command in the browser; its message then
// tells the content script so, and a press of the default keys the browser never echoed is
// not paid by it (content/echo-pairs.ts). The browsers spell a shortcut differently:
// "Alt+Shift+J" (Firefox, Chrome on Windows, Linux and ChromeOS), "⌥⇧J" (Chrome on macOS:
// symbols, no plus signs).

const MODIFIERS: Record<string, string> = {
  alt: 'alt', option: 'alt', '⌥': 'alt',
  shift: 'shift', '⇧': 'shift',
  ctrl: 'other', control: 'other', macctrl: 'other', command: 'other', cmd: 'other', meta: 'other', search: 'other', '⌃': 'other', '^': 'other', '⌘': 'other',
};

/** 'J' or 'K' for a shortcut of exactly Alt+Shift and that letter, null for any other keys
 *  (or none: a command left unbound). */
export function fallbackKeyOf(shortcut: string | undefined): 'J' | 'K' | null {
  const parts = shortcut?.includes('+') ? shortcut.split('+').map((p) => p.trim()) : [...(shortcut ?? '')].filter((c) => c.trim() !== '');
  const key = parts.pop()?.toUpperCase();
  if (key !== 'J' && key !== 'K') return null;
  const mods = new Set(parts.map((p) => MODIFIERS[p.toLowerCase()] ?? 'other'));
  return parts.length === 2 && mods.has('alt') && mods.has('shift') ? key : null;
}
