// What one page load costs the background service worker (used by scripts/bench.mjs): a CPU
// profile of the worker itself, over a load of the page and `settleMs` after. The bench's
// other background lines time the same core code in Node; this is the worker as the browser
// runs it, messaging and storage included (a report stored as an object once cost it 45 ms).
import { sleep } from './bench-page.mjs';

const SAMPLE_US = 500;

/** Milliseconds of non-idle samples in the worker, per load of `path` (the first load, which
 *  also compiles the matcher, is left out when `loads` > 1). */
export async function workerCpuPerLoad(session, path, { loads, settleMs }) {
  // The worker may have stopped while the bench ran other browsers (MV3 stops it after ~30 s
  // idle): a page load starts it again.
  const wake = await session.browser.newPage();
  await wake.goto(session.server.url(path), { waitUntil: 'load', timeout: 60_000 });
  await wake.close();
  const target = await session.browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(session.extensionOrigin), { timeout: 10_000 }).catch(() => null);
  if (!target) return [];
  const cdp = await target.createCDPSession();
  try {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLE_US });
    const out = [];
    for (let i = 0; i < loads + 1; i++) {
      await cdp.send('Profiler.start');
      const page = await session.browser.newPage();
      try {
        await page.goto(session.server.url(path), { waitUntil: 'load', timeout: 60_000 });
        await sleep(settleMs);
      } finally {
        await page.close();
      }
      const { profile } = await cdp.send('Profiler.stop');
      const idle = new Set(profile.nodes.filter((n) => n.callFrame.functionName === '(idle)').map((n) => n.id));
      if (i > 0) out.push((profile.samples.filter((id) => !idle.has(id)).length * SAMPLE_US) / 1000);
    }
    return out;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
