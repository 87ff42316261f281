// Writes the store zips in Node, so `npm run build` needs no `zip` program (absent from many
// Linux containers and from Windows). The output is reproducible: entries sorted by name, one
// fixed timestamp and fixed permissions, so two builds of the same tree give the same bytes
// (with the same Node, whose zlib does the deflating).
import * as zlib from 'node:zlib';
import { lstatSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// 1980-01-01 00:00:00, the earliest time a zip's MS-DOS date field can hold.
const DOS_TIME = 0;
const DOS_DATE = (1 << 5) | 1;
const MADE_BY_UNIX = (3 << 8) | 20;
const UTF8_NAME = 1 << 11;
const FILE_MODE = 0o100644;
const DIR_MODE = 0o040755;
const MSDOS_DIR = 0x10;
const MAX_16 = 0xffff;
const MAX_32 = 0xffffffff;

/** zlib.crc32 is Node 20.15+ / 22.2+; package.json allows any Node 20, so keep a table. */
export const crc32 = typeof zlib.crc32 === 'function' ? (data) => zlib.crc32(data) : tableCrc32;

let table;
export function tableCrc32(data) {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = table[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** Throws unless `name` is a relative forward-slash path that stays inside the archive. */
export function checkEntryName(name) {
  const bad = (why) => new Error(`zip: refusing entry name ${JSON.stringify(name)}: ${why}`);
  if (name === '') throw bad('it is empty');
  if (name.includes('\\')) throw bad('it has a backslash; zip paths use "/"');
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) throw bad('it is absolute');
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) throw bad('it has a control character');
  const segments = (name.endsWith('/') ? name.slice(0, -1) : name).split('/');
  if (segments.some((s) => s === '' || s === '.' || s === '..')) throw bad('it has an empty, "." or ".." segment');
  if (Buffer.byteLength(name) > MAX_16) throw bad('it is too long');
}

/**
 * Every file and folder under `dir` as archive entries: names relative to `dir` with "/"
 * between parts and after folders, sorted by name. Symbolic links and other special files
 * are refused, so the archive holds exactly the files in the tree.
 */
export function entriesOf(dir) {
  const out = [];
  const walk = (abs, rel) => {
    for (const name of readdirSync(abs)) {
      const path = join(abs, name);
      const entry = rel + name;
      const st = lstatSync(path);
      if (st.isDirectory()) {
        out.push({ name: `${entry}/` });
        walk(path, `${entry}/`);
      } else if (st.isFile()) {
        out.push({ name: entry, data: readFileSync(path) });
      } else {
        throw new Error(`zip: ${path} is not a plain file or folder (a link?); copy the file itself into the build`);
      }
    }
  };
  walk(dir, '');
  return sortByName(out);
}

/** Code-unit order, the same on every machine and locale. */
function sortByName(entries) {
  return [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * The fields the local header and the central directory's header both hold, in the same order
 * (version needed to the name's length), from `at`.
 */
function writeEntryFields(buffer, at, fields, nameLength) {
  buffer.writeUInt16LE(fields.needed, at);
  buffer.writeUInt16LE(fields.flags, at + 2);
  buffer.writeUInt16LE(fields.method, at + 4);
  buffer.writeUInt16LE(DOS_TIME, at + 6);
  buffer.writeUInt16LE(DOS_DATE, at + 8);
  buffer.writeUInt32LE(fields.crc, at + 10);
  buffer.writeUInt32LE(fields.compressed, at + 14);
  buffer.writeUInt32LE(fields.size, at + 18);
  buffer.writeUInt16LE(nameLength, at + 22);
}

/**
 * A zip archive of `entries` ({ name, data } for a file, { name: 'folder/' } for a folder),
 * written in name order. Files are deflated unless that does not make them smaller (PNGs).
 */
export function zipBytes(entries) {
  const sorted = sortByName(entries);
  if (sorted.length > MAX_16) throw new Error(`zip: ${sorted.length} entries is more than a plain zip holds`);
  const parts = [];
  const central = [];
  let offset = 0;
  let previous;
  for (const { name, data } of sorted) {
    checkEntryName(name);
    if (name === previous) throw new Error(`zip: entry ${JSON.stringify(name)} appears twice`);
    previous = name;
    const isDir = name.endsWith('/');
    if (isDir && data && data.length) throw new Error(`zip: folder entry ${JSON.stringify(name)} has data`);
    if (!isDir && !data) throw new Error(`zip: file entry ${JSON.stringify(name)} has no data`);
    const raw = isDir ? Buffer.alloc(0) : Buffer.from(data);
    if (raw.length >= MAX_32) throw new Error(`zip: ${name} is too large for a plain zip`);
    const deflated = raw.length ? zlib.deflateRawSync(raw, { level: 9 }) : raw;
    const deflate = deflated.length < raw.length;
    const body = deflate ? deflated : raw;
    const nameBytes = Buffer.from(name, 'utf8');
    const fields = {
      needed: deflate ? 20 : 10,
      flags: /^[\x20-\x7e]*$/.test(name) ? 0 : UTF8_NAME,
      method: deflate ? 8 : 0,
      crc: crc32(raw),
      compressed: body.length,
      size: raw.length,
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    writeEntryFields(local, 4, fields, nameBytes.length);
    local.writeUInt16LE(0, 28);

    const head = Buffer.alloc(46);
    head.writeUInt32LE(0x02014b50, 0);
    head.writeUInt16LE(MADE_BY_UNIX, 4);
    writeEntryFields(head, 6, fields, nameBytes.length);
    // extra field, comment, disk number and internal attributes stay 0
    head.writeUInt32LE((((isDir ? DIR_MODE : FILE_MODE) << 16) | (isDir ? MSDOS_DIR : 0)) >>> 0, 38);
    head.writeUInt32LE(offset, 42);

    parts.push(local, nameBytes, body);
    central.push(head, nameBytes);
    offset += local.length + nameBytes.length + body.length;
    if (offset >= MAX_32) throw new Error('zip: the archive is too large for a plain zip');
  }
  const centralSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(sorted.length, 8);
  end.writeUInt16LE(sorted.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...central, end]);
}

/** Zips everything under `dir` into `file`, replacing it. */
export function zipDirectory(dir, file) {
  // Gone first, so a failed build never leaves the last build's zip looking current.
  rmSync(file, { force: true });
  writeFileSync(file, zipBytes(entriesOf(dir)));
}
