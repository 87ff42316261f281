import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as zlib from 'node:zlib';
import { checkEntryName, crc32, entriesOf, tableCrc32, zipBytes, zipDirectory } from './zip.mjs';

// Python's zipfile and Info-ZIP's unzip read the archives as independent readers.
const hasPython = spawnSync('python3', ['--version']).status === 0;
const hasUnzip = spawnSync('unzip', ['-v']).status === 0;

/** Every entry Python's zipfile reads back, as { name: base64 of its bytes }, after testzip(). */
function readWithPython(file: string): Record<string, string> {
  const script = [
    'import base64, json, sys, zipfile',
    'z = zipfile.ZipFile(sys.argv[1])',
    'assert z.testzip() is None',
    'print(json.dumps({i.filename: base64.b64encode(z.read(i)).decode() for i in z.infolist()}))',
  ].join('\n');
  const r = spawnSync('python3', ['-c', script, file], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as Record<string, string>;
}

let dir: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'backstory-zip-')); });
afterEach(() => { rmSync(dir, { recursive: true, force: true }); });

/** A small extension-like tree: text that deflates, bytes that do not, a nested folder. */
function makeTree(root: string, order: 'forward' | 'backward' = 'forward'): void {
  const files: [string, Buffer][] = [
    ['manifest.json', Buffer.from(JSON.stringify({ name: 'x', version: '1' }, null, 2))],
    ['content.js', Buffer.from('console.log("hello");\n'.repeat(200))],
    ['icons/icon-16.png', Buffer.from(Array.from({ length: 64 }, (_, i) => (i * 151) % 256))],
    ['articles/index.json', Buffer.from('[]')],
    ['empty.txt', Buffer.alloc(0)],
  ];
  mkdirSync(join(root, 'icons'), { recursive: true });
  mkdirSync(join(root, 'articles'), { recursive: true });
  for (const [name, data] of order === 'forward' ? files : [...files].reverse()) writeFileSync(join(root, name), data);
}

// Hang guards: starting python3 or unzip took up to 6 s on a loaded machine (vitest's default is 5).
describe('zipDirectory', { timeout: 60_000 }, () => {
  it.skipIf(!hasPython)('writes a zip that Python reads back file for file', () => {
    const tree = join(dir, 'tree');
    makeTree(tree);
    const file = join(dir, 'out.zip');
    zipDirectory(tree, file);
    const read = readWithPython(file);
    expect(Object.keys(read)).toEqual([
      'articles/', 'articles/index.json', 'content.js', 'empty.txt', 'icons/', 'icons/icon-16.png', 'manifest.json',
    ]);
    for (const name of ['articles/index.json', 'content.js', 'empty.txt', 'icons/icon-16.png', 'manifest.json']) {
      expect(Buffer.from(read[name] ?? '', 'base64')).toEqual(readFileSync(join(tree, name)));
    }
  });

  it.skipIf(!hasUnzip)('passes unzip -t and unzip -p gives each file back', () => {
    const tree = join(dir, 'tree');
    makeTree(tree);
    const file = join(dir, 'out.zip');
    zipDirectory(tree, file);
    expect(spawnSync('unzip', ['-tq', file]).status).toBe(0);
    expect(spawnSync('unzip', ['-p', file, 'content.js']).stdout).toEqual(readFileSync(join(tree, 'content.js')));
  });

  it('gives the same bytes for the same tree, whatever the times and the order files were written in', () => {
    const a = join(dir, 'a');
    const b = join(dir, 'b');
    makeTree(a, 'forward');
    makeTree(b, 'backward');
    utimesSync(join(b, 'content.js'), new Date('2031-05-06T07:08:09Z'), new Date('2031-05-06T07:08:09Z'));
    zipDirectory(a, join(dir, 'a.zip'));
    zipDirectory(b, join(dir, 'b.zip'));
    expect(readFileSync(join(dir, 'a.zip')).equals(readFileSync(join(dir, 'b.zip')))).toBe(true);
  });

  it('writes entries in name order, whatever order they are given in', () => {
    const a = { name: 'a.js', data: Buffer.from('a') };
    const b = { name: 'icons/', data: undefined };
    const c = { name: 'icons/b.png', data: Buffer.from('b') };
    const zip = zipBytes([c, a, b]);
    expect(zip.equals(zipBytes([a, b, c]))).toBe(true);
    // The first local header's name (at offset 30) is the first in order.
    expect(zip.subarray(30, 34).toString()).toBe('a.js');
  });

  it('deflates text and stores bytes that deflate would not shrink', () => {
    const zip = zipBytes([
      { name: 'a.js', data: Buffer.from('x'.repeat(1000)) },
      { name: 'b.bin', data: Buffer.from([1, 2, 3]) },
    ]);
    // Compression method, at offset 8 of each local header ("a.js" sorts first).
    expect(zip.readUInt16LE(8)).toBe(8);
    const second = zip.indexOf(Buffer.from([0x50, 0x4b, 0x03, 0x04]), 4);
    expect(zip.readUInt16LE(second + 8)).toBe(0);
  });

  it('replaces an archive that is already there rather than adding to it', () => {
    const tree = join(dir, 'tree');
    makeTree(tree);
    const file = join(dir, 'out.zip');
    writeFileSync(file, 'stale');
    zipDirectory(tree, file);
    expect(readFileSync(file).equals(zipBytes(entriesOf(tree)))).toBe(true);
  });

  it('refuses a symbolic link instead of zipping whatever it points at', () => {
    const tree = join(dir, 'tree');
    makeTree(tree);
    writeFileSync(join(dir, 'outside.txt'), 'not part of the build');
    symlinkSync(join(dir, 'outside.txt'), join(tree, 'link.txt'));
    expect(() => zipDirectory(tree, join(dir, 'out.zip'))).toThrow(/not a plain file or folder/);
  });
});

describe('entry names', { timeout: 60_000 }, () => {
  it.skipIf(!hasPython)('stores a non-ASCII name as UTF-8 that readers decode', () => {
    const file = join(dir, 'out.zip');
    writeFileSync(file, zipBytes([{ name: 'articles/Zürich-京都.json', data: Buffer.from('{}') }]));
    expect(Object.keys(readWithPython(file))).toEqual(['articles/Zürich-京都.json']);
  });

  it.each([
    ['../outside.js', /"\." or "\.\."/],
    ['icons/../../outside.js', /"\." or "\.\."/],
    ['/etc/passwd', /absolute/],
    ['C:/x.js', /absolute/],
    ['icons\\icon.png', /backslash/],
    ['icons//icon.png', /empty/],
    ['', /empty/],
    ['bad\nname', /control character/],
  ])('refuses %j', (name, why) => {
    expect(() => checkEntryName(name)).toThrow(why);
    expect(() => zipBytes([{ name, data: Buffer.from('x') }])).toThrow(why);
  });

  it('refuses the same name twice', () => {
    expect(() => zipBytes([{ name: 'a.js', data: Buffer.from('1') }, { name: 'a.js', data: Buffer.from('2') }])).toThrow(/twice/);
  });
});

describe('crc32', () => {
  it('matches the standard check value, with and without zlib.crc32', () => {
    const check = Buffer.from('123456789');
    expect(tableCrc32(check)).toBe(0xcbf43926);
    expect(crc32(check)).toBe(0xcbf43926);
    const big = zlib.deflateRawSync(Buffer.from('backstory '.repeat(5000)));
    expect(tableCrc32(big)).toBe(crc32(big));
    expect(tableCrc32(Buffer.alloc(0))).toBe(0);
  });
});
