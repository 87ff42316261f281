// "Turn off on this site" at the foot of every card (messaging/site-off.ts does it). Turned
// back on from the popup's settings.
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { siteHost } from '../core/off-sites';
import { turnSiteOff } from '../messaging/site-off';


/** `turnOff` does it (by default the card itself, through the background). */
export function SiteSwitch({ pageUrl, turnOff = turnSiteOff }: { pageUrl: string; turnOff?: (host: string) => Promise<void> }): JSX.Element | null {
  const host = siteHost(pageUrl);
  const [state, setState] = useState<'idle' | 'busy' | 'done' | string>('idle');
  if (!host) return null;
  const onClick = (): void => {
    setState('busy');
    turnOff(host)
      .then(() => setState('done'))
      .catch((err: unknown) => setState(`Could not turn Backstory off: ${err instanceof Error ? err.message : String(err)}`));
  };
  return (
    <footer class="site-switch">
      {state === 'done' ? (
        <p class="muted" role="status">Backstory is off on {host}. Turn it back on in the toolbar popup’s settings.</p>
      ) : (
        <button type="button" data-action="site-off" disabled={state === 'busy'} onClick={onClick}>
          Turn off on this site
        </button>
      )}
      {state !== 'idle' && state !== 'busy' && state !== 'done' && <p class="error" role="alert">{state}</p>}
    </footer>
  );
}
