// Settings' "Highlight" section: each kind switched on or off, and its colour. The reader
// keeps one set of colours for light pages and one for dark ones; the pickers show the set
// the page in the tab is drawn in (its report says), else the system scheme's, as the page
// would be, and a switch shows the other set.
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { ColourScheme, Settings, SettingsPatch } from '../core/records';
import type { HighlightKind } from '../core/types';
import { KIND_LABEL, KIND_ORDER } from './page-terms';

/** The scheme a page is drawn in when it did not say: content.css follows the system's. */
function systemScheme(): ColourScheme {
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

function colourPatch(scheme: ColourScheme, kind: HighlightKind, colour: string): SettingsPatch {
  return scheme === 'dark' ? { darkColours: { [kind]: colour } } : { colours: { [kind]: colour } };
}

const SCHEMES: ColourScheme[] = ['light', 'dark'];

/** `pageScheme`: the palette the tab's page is drawn in, when its report gave one. */
export function KindsSection({ settings, update, pageScheme }: { settings: Settings; update: (patch: SettingsPatch) => void; pageScheme?: ColourScheme | undefined }): JSX.Element {
  // The reader's own choice holds; until then the page's scheme, which may arrive after
  // the section is drawn (the summary is still on its way).
  const [chosen, choose] = useState<ColourScheme | null>(null);
  const scheme = chosen ?? pageScheme ?? systemScheme();
  const colours = scheme === 'dark' ? settings.darkColours : settings.colours;
  return (
    <fieldset>
      <legend>Highlight</legend>
      <ul class="kinds" data-colour-scheme={scheme}>
        {KIND_ORDER.map((k) => (
          <li key={k}>
            <label>
              <input type="checkbox" data-setting={`type-${k}`} checked={settings.types[k]} onChange={(e) => update({ types: { [k]: e.currentTarget.checked } })} /> {KIND_LABEL[k]}
            </label>
            <input
              type="color"
              data-setting={`colour-${k}`}
              aria-label={`Colour of ${KIND_LABEL[k].toLowerCase()} on ${scheme} pages`}
              value={colours[k]}
              onChange={(e) => update(colourPatch(scheme, k, e.currentTarget.value))}
            />
          </li>
        ))}
      </ul>
      <fieldset class="colour-scheme">
        <legend>Colours for</legend>
        {SCHEMES.map((s) => (
          <label key={s}>
            <input type="radio" name="colour-scheme" data-setting={`scheme-${s}`} checked={s === scheme} onChange={() => choose(s)} /> {s} pages
            {s === pageScheme ? <span class="muted"> (this page)</span> : null}
          </label>
        ))}
      </fieldset>
    </fieldset>
  );
}
