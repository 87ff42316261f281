// Settings: which kinds are highlighted and in what colour, Backstory off on this site,
// topic sensitivity, hover delay; export (backup JSON, notes as JSON-LD or Markdown),
// import a backup with its report, recently deleted notes and articles (restore, empty), and
// wipe everything behind a confirmation. This file reads and saves the settings; each
// section is its own component (settings-*.tsx).
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { isSiteOff, siteHost } from '../core/off-sites';
import type { ColourScheme, Settings, SettingsPatch } from '../core/records';
import { useDeps } from './deps';
import { BehaviourSection } from './settings-behaviour';
import { ExportSection, useExport } from './settings-export';
import { ImportSection } from './settings-import';
import { KindsSection } from './settings-kinds';
import { SiteSection } from './settings-site';
import { TrashSection } from './settings-trash';
import { WipeSection } from './settings-wipe';
import { useStatus } from './status';

/** `pageScheme`: the palette the tab's page is drawn in, when its report said (the colour
 *  pickers show that one). */
export function SettingsView({
  pageUrl,
  pageScheme,
  onStoreChanged = () => undefined,
  shown = true,
  trashVersion = 0,
  focusTrash = false,
  onTrashFocused = () => undefined,
}: {
  pageUrl: string | null;
  pageScheme?: ColourScheme | undefined;
  onStoreChanged?: () => void;
  /** The panel is on screen: Recently deleted lists again what was deleted meanwhile. */
  shown?: boolean;
  /** Changes when a delete or its Undo changed Recently deleted: it lists again if shown. */
  trashVersion?: number;
  /** A delete's message asked for Recently deleted: it takes the focus, then says so. */
  focusTrash?: boolean;
  onTrashFocused?: () => void;
}): JSX.Element {
  const { send } = useDeps();
  const status = useStatus();
  const [settings, setSettings] = useState<Settings | null>(null);
  const exportAs = useExport();
  const host = siteHost(pageUrl);

  const load = (): void => {
    send('settings/get', {})
      .then(setSettings)
      .catch((err: unknown) => status.fail(err, 'Could not read the settings'));
  };
  useEffect(load, [send, status]);

  const update = async (patch: SettingsPatch): Promise<void> => {
    try {
      setSettings(await send('settings/set', patch));
      status.say('ok', 'Saved.');
    } catch (err) {
      status.fail(err, 'Could not save the setting');
      load();
    }
  };

  // The popup's copy of offSites may be stale: a hover card turns a site off too. So the
  // background adds or takes out the one host, reading and writing the list at once.
  const setSiteOff = async (site: string, off: boolean): Promise<void> => {
    try {
      setSettings(await send(off ? 'settings/site-off' : 'settings/site-on', { host: site }));
      status.say('ok', 'Saved.');
    } catch (err) {
      status.fail(err, 'Could not save the setting');
      load();
    }
  };

  /** An import or a wipe replaced the store: the settings and the other panels' lists go stale. */
  const storeReplaced = (): void => {
    load();
    onStoreChanged();
  };

  if (!settings) return <p class="muted">Loading settings…</p>;
  const save = (patch: SettingsPatch): void => void update(patch);

  return (
    <>
      <KindsSection settings={settings} update={save} pageScheme={pageScheme} />
      <SiteSection host={host} off={host ? isSiteOff(settings.offSites, host) : false} onChange={(site, off) => void setSiteOff(site, off)} />
      <BehaviourSection settings={settings} update={save} />
      <ExportSection exportAs={exportAs} />
      <ImportSection onImported={storeReplaced} />
      <TrashSection shown={shown} version={trashVersion} onRestored={onStoreChanged} focus={focusTrash} onFocused={onTrashFocused} />
      <WipeSection onWiped={storeReplaced} />
    </>
  );
}
