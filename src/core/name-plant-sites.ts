// "the Svartsengi geothermal power plant", "the Drax power station", "the Palisades nuclear
// plant": a power plant is named for its site, so the name right before the plant's phrase is
// a place. Only a plant of power (a kind of power, or "power" itself, before "plant" or
// "station"): "the Tesla plant" and "the Louisville assembly plant" say nothing of the name.

import { INLINE_SPACE as S } from './inline-space';

const KINDS = 'geothermal|nuclear|coal|coal-fired|gas-fired|oil-fired|hydroelectric|hydropower|thermal';
const PLANT_AFTER = new RegExp(
  String.raw`^${S}(?:(?:${KINDS})${S}(?:power${S})?(?:plant|station)|power${S}(?:plant|station))s?\b`,
  'u',
);

/** Whether the text right after a name (`after`) is a power plant's phrase it names. */
export function plantSiteAfter(after: string): boolean {
  return PLANT_AFTER.test(after);
}
