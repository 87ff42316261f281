// "Turn off on this site", from a card: adds the host to the settings' offSites. The
// background then tells the tabs (settings-changed), and the page's run stops, taking its
// highlights and the card with it. The card does it itself; a card with no extension API
// (Firefox, a sandboxed page) asks its host, the content script, to.
import { send } from './send';

/** The off-site list with `host` in it (unchanged when it already is). */
export function withSiteOff(offSites: readonly string[], host: string): string[] {
  return offSites.some((s) => s.toLowerCase() === host.toLowerCase()) ? [...offSites] : [...offSites, host];
}

export async function turnSiteOff(host: string): Promise<void> {
  const { offSites } = await send('settings/get', {});
  await send('settings/set', { offSites: withSiteOff(offSites, host) });
}
