// Settings' "Behaviour" section: topic sensitivity and the hover delay (an out-of-range
// delay is refused, said in the status, and the field shows the one in force again).
import type { JSX } from 'preact';
import type { Settings, SettingsPatch } from '../core/records';
import { useStatus } from './status';

export function BehaviourSection({ settings, update }: { settings: Settings; update: (patch: SettingsPatch) => void }): JSX.Element {
  const status = useStatus();
  return (
    <fieldset>
      <legend>Behaviour</legend>
      {/* Named by aria-labelledby: the <label> alone names its first labellable child, the <output>. */}
      <label class="stacked">
        <span id="sensitivity-label">
          Topic sensitivity: <output>{settings.topicSensitivity.toFixed(2)}</output>
        </span>
        <input type="range" aria-labelledby="sensitivity-label" data-setting="sensitivity" min={0} max={1} step={0.05} value={settings.topicSensitivity} aria-describedby="sensitivity-help" onChange={(e) => update({ topicSensitivity: Number(e.currentTarget.value) })} />
        <span id="sensitivity-help" class="muted small">
          Higher counts more pages as being about your topics. Even at the highest, a page must share their main terms.
        </span>
      </label>
      <label class="stacked">
        <span>Hover delay (ms)</span>
        <input
          type="number"
          data-setting="hover-delay"
          min={0}
          max={3000}
          step={50}
          value={settings.hoverDelayMs}
          onChange={(e) => {
            const field = e.currentTarget;
            // An emptied field is not 0 ms (Number('') is 0).
            const v = field.value.trim() === '' ? NaN : Math.round(Number(field.value));
            if (Number.isFinite(v) && v >= 0 && v <= 3000) update({ hoverDelayMs: v });
            else {
              status.say('error', 'Hover delay: a whole number of milliseconds from 0 to 3000; kept at the last one saved.');
              field.value = String(settings.hoverDelayMs);
            }
          }}
        />
      </label>
    </fieldset>
  );
}
