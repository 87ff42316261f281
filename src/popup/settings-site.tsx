// Settings' "This site" section: Backstory off on the current page's site, or on again.
import type { JSX } from 'preact';

export function SiteSection({ host, off, onChange }: { host: string | null; off: boolean; onChange: (host: string, off: boolean) => void }): JSX.Element {
  return (
    <fieldset>
      <legend>This site</legend>
      <label>
        <input type="checkbox" data-setting="site-off" checked={off} disabled={!host} onChange={(e) => host && onChange(host, e.currentTarget.checked)} />{' '}
        {host ? `Backstory off on ${host}` : 'Backstory off on this site (not a web page)'}
      </label>
    </fieldset>
  );
}
