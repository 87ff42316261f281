// "Turn off on this site", from a card: adds the host to the settings' offSites. The
// background then tells the tabs (settings-changed), and the page's run stops, taking its
// highlights and the card with it. The card does it itself; a card with no extension API
// (Firefox, a sandboxed page) asks its host, the content script, to.
import { send } from './send';

export async function turnSiteOff(host: string): Promise<void> {
  await send('settings/site-off', { host });
}
