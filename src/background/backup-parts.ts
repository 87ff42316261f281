// The parts of backups too large for one runtime message (src/messaging/backup-parts.ts),
// held in the background's memory for a short while: an export's text until the popup has
// read every part, an import's parts until the popup asks to import them. Both are few and
// expire, so a popup closed mid-way leaves nothing behind for long. A service-worker
// restart loses them: the popup is then told the transfer was interrupted.
import { LIMITS } from '../core/backup-schemas';
import { EXPORT_INTERRUPTED, IMPORT_INTERRUPTED, splitText } from '../messaging/backup-parts';

/** How long a transfer is held after its last part moved. */
export const PART_TTL_MS = 2 * 60_000;
/** How many transfers of each direction are held at once; a new one drops the oldest. */
const MAX_HELD = 2;

interface Held {
  parts: (string | undefined)[];
  expires: number;
}

export interface BackupParts {
  /** Hold an export's parts; its id. */
  keepExport(text: string): { id: string; parts: string[] };
  /** Part `index` of a held export; the export is dropped once its last part is read. */
  exportPart(id: string, index: number): string;
  /** Hold part `index` of `count` of import `id`. */
  stageImport(id: string, index: number, count: number, text: string): void;
  /** The whole text of import `id` (all its parts), and drops it. */
  takeImport(id: string): string;
}

export function createBackupParts(partSize: number, clock: () => number = Date.now, newId: () => string = () => crypto.randomUUID()): BackupParts {
  const exports = new Map<string, Held>();
  const imports = new Map<string, Held>();

  function live(map: Map<string, Held>, id: unknown): Held | undefined {
    const t = clock();
    for (const [key, held] of map) if (held.expires <= t) map.delete(key);
    const held = typeof id === 'string' ? map.get(id) : undefined;
    if (held) held.expires = t + PART_TTL_MS;
    return held;
  }

  function hold(map: Map<string, Held>, id: string, held: Held): void {
    map.delete(id);
    map.set(id, held);
    // Maps keep insertion order: the first key is the oldest.
    while (map.size > MAX_HELD) map.delete(map.keys().next().value as string);
  }

  return {
    keepExport(text) {
      live(exports, undefined);
      const parts = splitText(text, partSize);
      const id = newId();
      // The first part goes in the answer: only the rest is held.
      if (parts.length > 1) hold(exports, id, { parts: [undefined, ...parts.slice(1)], expires: clock() + PART_TTL_MS });
      return { id, parts };
    },
    exportPart(id, index) {
      const held = live(exports, id);
      const part = Number.isInteger(index) ? held?.parts[index] : undefined;
      if (!held || part === undefined) throw new Error(EXPORT_INTERRUPTED);
      held.parts[index] = undefined; // read once: what is read need not stay in memory
      if (held.parts.every((p) => p === undefined)) exports.delete(id);
      return part;
    },
    stageImport(id, index, count, text) {
      if (typeof id !== 'string' || !id || typeof text !== 'string' || text.length > partSize) throw new Error('backup/import-part: expected an id and at most one part of text');
      if (!Number.isInteger(count) || count < 1 || count > Math.ceil(LIMITS.file / partSize) + 1 || !Number.isInteger(index) || index < 0 || index >= count) throw new Error('backup/import-part: expected 0 <= index < count');
      let held = live(imports, id);
      if (!held) {
        // Only a first part starts an import: a later one for an unknown id means the
        // earlier parts are gone (expired, or the service worker restarted).
        if (index !== 0) throw new Error(IMPORT_INTERRUPTED);
        held = { parts: new Array<string | undefined>(count).fill(undefined), expires: clock() + PART_TTL_MS };
        hold(imports, id, held);
      }
      if (held.parts.length !== count) throw new Error('backup/import-part: the count changed between parts');
      held.parts[index] = text;
    },
    takeImport(id) {
      const held = live(imports, id);
      if (!held || held.parts.some((p) => p === undefined)) throw new Error(IMPORT_INTERRUPTED);
      imports.delete(id);
      return held.parts.join('');
    },
  };
}
