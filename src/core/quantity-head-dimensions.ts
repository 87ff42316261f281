// "a temporary channel 11 feet deep", "a road 3 miles long": after a head word that names the
// next number ("Channel 12", "Route 66"), a length and a word of dimension say the number is
// a size of the thing, not its name.

// The number may be spelled ("a channel eleven feet deep") and the unit abbreviated ("ft.").
import { INLINE_SPACE as S } from './inline-space';

const SIZE_AFTER = new RegExp(String.raw`^(?:\d[\d,.]*|[a-z]+(?:-[a-z]+)?)${S}(?:feet|foot|ft\.?|inches|yards|metres|meters|m|km|kilometres|kilometers|miles)${S}(?:deep|wide|long|high|tall|thick)\b`);

/** Whether the number at `pos` of `text` is a dimension ("11 feet deep"), no name's number. */
export function dimensionAfterHead(text: string, pos: number): boolean {
  return SIZE_AFTER.test(text.slice(pos, pos + 40));
}
