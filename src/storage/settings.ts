// The user's settings: one record, missing fields filled from the defaults, so a release
// that adds a setting needs no migration.
import { DEFAULT_SETTINGS, inheritedDarkColours, type Settings, type SettingsPatch } from '../core/records';
import { inTransaction, type Store } from './db';
import { SETTINGS_KEY } from './schema';

export type { SettingsPatch };

export function mergeSettings(base: Partial<Settings> | undefined, patch: SettingsPatch = {}): Settings {
  const b = { ...DEFAULT_SETTINGS, ...base };
  return {
    ...b,
    ...patch,
    types: { ...DEFAULT_SETTINGS.types, ...base?.types, ...patch.types },
    colours: { ...DEFAULT_SETTINGS.colours, ...base?.colours, ...patch.colours },
    // Settings stored before dark pages had colours of their own keep what they painted there.
    darkColours: { ...(base?.darkColours ? { ...DEFAULT_SETTINGS.darkColours, ...base.darkColours } : inheritedDarkColours(base?.colours)), ...patch.darkColours },
    offSites: [...new Set(patch.offSites ?? b.offSites)],
  };
}

export async function getSettings(db: Store): Promise<Settings> {
  return mergeSettings(await db.get('settings', SETTINGS_KEY));
}

export async function setSettings(db: Store, patch: SettingsPatch): Promise<Settings> {
  return changeSettings(db, () => patch);
}

/** A change worked out from the stored settings (a site added to or taken off offSites),
 *  read and written in one transaction: a change made by another request between the
 *  read and the write cannot be lost. */
export async function changeSettings(db: Store, change: (stored: Settings) => SettingsPatch): Promise<Settings> {
  return inTransaction(db, ['settings'], async (tx) => {
    const store = tx.objectStore('settings');
    const stored = await store.get(SETTINGS_KEY);
    const next = mergeSettings(stored, change(mergeSettings(stored)));
    await store.put(next, SETTINGS_KEY);
    return next;
  });
}
