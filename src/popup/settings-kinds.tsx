// Settings' "Highlight" section: each kind switched on or off, and its colour.
import type { JSX } from 'preact';
import { DARK_DEFAULT_COLOURS, DEFAULT_SETTINGS, type Settings, type SettingsPatch } from '../core/records';
import type { HighlightKind } from '../core/types';
import { KIND_LABEL, KIND_ORDER } from './page-terms';

/** The colour a kind is painted in now: the user's, else the default of the page's scheme
 *  (content.css tunes its palette for dark schemes). */
function shownColour(colours: Settings['colours'], kind: HighlightKind): string {
  const dark = typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
  return dark && colours[kind] === DEFAULT_SETTINGS.colours[kind] ? DARK_DEFAULT_COLOURS[kind] : colours[kind];
}

export function KindsSection({ settings, update }: { settings: Settings; update: (patch: SettingsPatch) => void }): JSX.Element {
  return (
    <fieldset>
      <legend>Highlight</legend>
      <ul class="kinds">
        {KIND_ORDER.map((k) => (
          <li key={k}>
            <label>
              <input type="checkbox" data-setting={`type-${k}`} checked={settings.types[k]} onChange={(e) => update({ types: { [k]: e.currentTarget.checked } })} /> {KIND_LABEL[k]}
            </label>
            <input type="color" data-setting={`colour-${k}`} aria-label={`Colour of ${KIND_LABEL[k].toLowerCase()}`} value={shownColour(settings.colours, k)} onChange={(e) => update({ colours: { [k]: e.currentTarget.value } })} />
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
