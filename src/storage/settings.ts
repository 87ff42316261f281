// The user's settings: one record, missing fields filled from the defaults, so a release
// that adds a setting needs no migration.
import { DEFAULT_SETTINGS, type Settings, type SettingsPatch } from '../core/records';
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
    offSites: [...new Set(patch.offSites ?? b.offSites)],
  };
}

export async function getSettings(db: Store): Promise<Settings> {
  return mergeSettings(await db.get('settings', SETTINGS_KEY));
}

export async function setSettings(db: Store, patch: SettingsPatch): Promise<Settings> {
  return inTransaction(db, ['settings'], async (tx) => {
    const store = tx.objectStore('settings');
    const next = mergeSettings(await store.get(SETTINGS_KEY), patch);
    await store.put(next, SETTINGS_KEY);
    return next;
  });
}
