// Draws the toolbar icons (a highlighter stripe under a speech-card shape) as PNGs with no
// image library: run once when the design changes; the PNGs are committed.
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc = (buf) => { let c = 0xffffffff; for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const c = Buffer.alloc(4); c.writeUInt32BE(crc(td));
  return Buffer.concat([len, td, c]);
}
function png(size) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = [0];
    for (let x = 0; x < size; x++) {
      const u = (x + 0.5) / size, v = (y + 0.5) / size;
      const r = 0.2, inBox = Math.max(Math.abs(u - 0.5) - (0.5 - r) + 0.04, 0) ** 2 + Math.max(Math.abs(v - 0.5) - (0.5 - r) + 0.04, 0) ** 2 < r * r;
      let px = [0, 0, 0, 0];
      if (inBox) px = [31, 41, 55, 255];
      const line = (y0) => v > y0 && v < y0 + 0.09 && u > 0.22 && u < 0.78;
      if (inBox && (line(0.3) || line(0.62))) px = [229, 231, 235, 255];
      if (inBox && v > 0.44 && v < 0.56 && u > 0.18 && u < 0.82) px = [250, 204, 21, 255];
      row.push(...px);
    }
    rows.push(Buffer.from(row));
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4); ihdr[8] = 8; ihdr[9] = 6;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}
for (const s of [16, 32, 48, 128]) writeFileSync(new URL(`../assets/icons/icon-${s}.png`, import.meta.url), png(s));
