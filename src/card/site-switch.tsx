// "Turn off on this site" at the foot of every card (messaging/site-off.ts does it). Turning
// it off takes the page's highlights, and the card with them, at once: a confirmation shown
// after it would never be seen or heard. So the card says first what will happen and where
// the way back is (the toolbar popup's "This page" turns it on again), and asks.
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { siteHost } from '../core/off-sites';
import { turnSiteOff } from '../messaging/site-off';

type SwitchState = 'idle' | 'confirm' | 'busy' | 'done' | { error: string };

/** `turnOff` does it (by default the card itself, through the background). */
export function SiteSwitch({ pageUrl, turnOff = turnSiteOff }: { pageUrl: string; turnOff?: (host: string) => Promise<void> }): JSX.Element | null {
  const host = siteHost(pageUrl);
  const [state, setState] = useState<SwitchState>('idle');
  const ask = useRef<HTMLButtonElement>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  /** Where the focus goes after a change of state (a keyboard user's control went). */
  const focusNext = useRef<'ask' | 'confirm' | null>(null);
  useEffect(() => {
    const to = focusNext.current;
    focusNext.current = null;
    if (to === 'confirm') confirm.current?.focus();
    else if (to === 'ask') ask.current?.focus();
  }, [state]);
  if (!host) return null;

  const move = (next: SwitchState, focus: 'ask' | 'confirm' | null): void => {
    focusNext.current = focus;
    setState(next);
  };
  const turnOffNow = (): void => {
    if (state === 'busy') return;
    setState('busy');
    turnOff(host)
      .then(() => setState('done'))
      .catch((err: unknown) => move({ error: `Could not turn Backstory off: ${err instanceof Error ? err.message : String(err)}` }, 'ask'));
  };

  if (state === 'confirm' || state === 'busy') {
    return (
      <footer class="site-switch" data-site-switch="confirm">
        <p id="site-off-what">
          Backstory will stop highlighting {host} now, and this card will close. To turn it back on, open Backstory from the toolbar: “This page” has a button for it.
        </p>
        <div class="site-switch-actions">
          {/* aria-disabled, not disabled: a disabled button drops the focus out of the card. */}
          <button type="button" ref={confirm} data-action="site-off-confirm" aria-describedby="site-off-what" aria-disabled={state === 'busy' ? 'true' : undefined} onClick={turnOffNow}>
            Turn off on {host}
          </button>{' '}
          <button type="button" data-action="site-off-cancel" onClick={() => state !== 'busy' && move('idle', 'ask')}>
            Cancel
          </button>
        </div>
      </footer>
    );
  }
  return (
    <footer class="site-switch" data-site-switch={state === 'done' ? 'done' : 'idle'}>
      {state === 'done' ? (
        <p class="muted" role="status">
          Backstory is off on {host}. Turn it back on from the toolbar popup’s “This page”.
        </p>
      ) : (
        <button type="button" ref={ask} data-action="site-off" onClick={() => move('confirm', 'confirm')}>
          Turn off on this site
        </button>
      )}
      {typeof state === 'object' && (
        <p class="error" role="alert">
          {state.error}
        </p>
      )}
    </footer>
  );
}
