// A settings store for the Settings sections' tests, with the background's semantics for
// the site list, the settings patches, an import's outcome and the wipe; and a change to a
// control as the user makes it.
import { DEFAULT_SETTINGS, type ImportOutcome, type Settings, type SettingsPatch } from '../core/records';
import { settle, type FakeHandlers } from './test-deps';

export function settingsStore(outcome: ImportOutcome = { ok: true, report: { added: { articles: 2, notes: 1 }, renamed: { articles: 0 }, skipped: { articles: 0, notes: 3 }, conflicts: { notes: 0 }, settingsReplaced: false } }) {
  let settings: Settings = structuredClone(DEFAULT_SETTINGS);
  const patches: SettingsPatch[] = [];
  const wipes: unknown[] = [];
  const imports: string[] = [];
  const handlers: FakeHandlers = {
    'settings/get': () => settings,
    'settings/site-off': ({ host }) => {
      settings = { ...settings, offSites: settings.offSites.includes(host) ? settings.offSites : [...settings.offSites, host] };
      return settings;
    },
    'settings/site-on': ({ host }) => {
      settings = { ...settings, offSites: settings.offSites.filter((h) => h !== host) };
      return settings;
    },
    'settings/set': (p) => {
      patches.push(p);
      settings = { ...settings, ...p, types: { ...settings.types, ...p.types }, colours: { ...settings.colours, ...p.colours }, darkColours: { ...settings.darkColours, ...p.darkColours } };
      return settings;
    },
    'backup/export': ({ format }) => ({ text: `{"format":"${format}"}`, filename: `backstory-${format}.json`, mime: 'application/json' }),
    'backup/import': (req) => {
      imports.push('text' in req ? req.text : `staged:${req.staged}`);
      return outcome;
    },
    'store/wipe': (req) => {
      wipes.push(req);
      return null;
    },
    // Nothing deleted: the Recently deleted section's own tests give it rows (settings-trash.test.tsx).
    'trash/list': () => [],
  };
  return { handlers, patches, wipes, imports };
}

export function change(el: Element | null, set: (el: HTMLInputElement) => void): Promise<void> {
  if (!(el instanceof HTMLInputElement)) throw new Error('not an input');
  set(el);
  el.dispatchEvent(new Event('change', { bubbles: true }));
  return settle();
}
