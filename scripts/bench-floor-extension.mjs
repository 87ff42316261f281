// The floor run as an extension runs it (used by scripts/bench.mjs): the same TreeWalker
// read and range registration as the bench's floor, but as a content script of a tiny
// unpacked extension — an isolated world at document_idle, where DOM wrappers are made for
// that world and the page is still settling — timed the way Backstory is: ScriptDuration
// with it minus without. The floor (in the page, after load) stays the target's
// yardstick; this line says how much of the gap any extension would pay.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FLOOR, openMeasured, poll, scriptMs, sleep } from './bench-page.mjs';

/** Writes the floor extension for `ranges` ranges; returns its directory. */
function writeFloorExtension(ranges) {
  const dir = mkdtempSync(join(tmpdir(), 'backstory-floor-ext-'));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({
    manifest_version: 3,
    name: 'Backstory bench: floor',
    version: '1.0.0',
    content_scripts: [{ matches: ['http://127.0.0.1/*'], js: ['content.js'], run_at: 'document_idle' }],
  }));
  // Logs its own wall time; the console message also proves it ran.
  writeFileSync(join(dir, 'content.js'), `console.log('bench-floor ' + ${FLOOR(ranges)}.wall);\n`);
  return dir;
}

/** ScriptDuration of `runs` loads of `path` with the floor extension (the same polling as
 *  the bench's runs without an extension), and the floor's wall time in its world. */
export async function floorAsExtension(h, server, path, { ranges, polls, runs }) {
  const dir = writeFloorExtension(ranges);
  const session = await h.launchChromium(server, { extensionDir: dir });
  try {
    await sleep(1000); // content scripts of an unpacked extension register as it loads
    const out = [];
    for (let i = 0; i < runs; i++) {
      const walls = [];
      const { page, cdp } = await openMeasured(session, path, {
        onConsole: (text) => {
          if (text.startsWith('bench-floor ')) walls.push(Number(text.slice(12)));
        },
      });
      try {
        await poll(page, polls);
        if (walls.length !== 1) throw new Error(`floor extension ran ${walls.length} times on ${path}`);
        out.push({ script: await scriptMs(cdp), wall: walls[0] });
      } finally {
        await page.close();
      }
    }
    return out;
  } finally {
    await session.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
