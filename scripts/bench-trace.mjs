// Reading Chromium traces for the benchmark: a page load under a trace, the renderer main
// thread that parsed it, and the events that ran Backstory's content script
// (bench-page.mjs, bench-cold-loads.mjs).
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Loads `path` in a new page under a trace of `categories`, `settleMs` past the load event;
 *  returns the trace's events. */
export async function tracedLoad(session, path, settleMs, categories) {
  const page = await session.browser.newPage();
  try {
    await page.tracing.start({ categories });
    await page.goto(session.server.url(path), { waitUntil: 'load', timeout: 60_000 });
    await sleep(settleMs);
    return JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8')).traceEvents;
  } finally {
    await page.close();
  }
}

/** The complete ('X') events on the page's renderer main thread: the thread named
 *  CrRendererMain that committed the page's outermost frame, an http(s) page whose address
 *  holds `path` when given (a kept trace read again knows no path: a traced load opens one
 *  page). Not by the first parse of `path`: the tab's renderer parses about:blank before
 *  it, and the browser's own UI renderers parse pages too. Null if no such commit is there. */
export function pageMainThread(traceEvents, path) {
  const names = new Map(traceEvents.filter((e) => e.ph === 'M' && e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args?.name]));
  const want = path?.split('?')[0];
  const commit = traceEvents.find((e) => {
    const data = e.name === 'CommitLoad' ? e.args?.data : undefined;
    const url = String(data?.url ?? '');
    return (data?.isOutermostMainFrame ?? data?.isMainFrame) === true && /^https?:/.test(url) && (!want || url.includes(want)) && names.get(`${e.pid}:${e.tid}`) === 'CrRendererMain';
  });
  if (!commit) return null;
  return traceEvents.filter((e) => e.pid === commit.pid && e.tid === commit.tid && e.ph === 'X');
}

/** Trace categories that hold the content script's events. */
export const CONTENT_TRACE = ['devtools.timeline', 'toplevel', 'v8'];

/** Backstory's page-side scripts: content.js and the module it imports when wanted. */
export const CONTENT_URL = /\/content(?:-more)?\.js$/;

/** The outermost trace events that run content.js and content-more.js (compile, evaluation, every call
 *  into its world, and any call of a function of it), on the renderer thread it ran on;
 *  null if it never ran. */
export function contentScriptEvents(traceEvents) {
  const evaluated = traceEvents.find((e) => e.name === 'v8.run' && String(e.args?.fileName ?? '').endsWith('/content.js'));
  if (!evaluated) return null;
  const world = evaluated.args.worldId;
  const ownUrl = (e) => CONTENT_URL.test(String(e.args?.data?.url ?? ''));
  const ownEvent = (e) => ((e.name === 'v8.run' || e.name === 'v8.callFunction') && e.args?.worldId === world) || (['EvaluateScript', 'FunctionCall', 'v8.compileModule'].includes(e.name) && ownUrl(e));
  const ours = traceEvents.filter((e) => e.pid === evaluated.pid && e.tid === evaluated.tid && e.ph === 'X' && ownEvent(e));
  return ours.filter((e) => !ours.some((o) => o !== e && o.ts <= e.ts && o.ts + o.dur >= e.ts + e.dur));
}

/** CPU ms the browser's other traced threads spent in their top-level tasks between `from` and
 *  `to` (trace µs; a task partly inside counts in proportion): with the page's thread's own,
 *  what the browser took of the machine's cores meanwhile. Every RunTask is summed: none nests
 *  in another on its thread in the cold-load traces checked (four, 43k tasks). */
export function otherThreadsCpu(traceEvents, thread, from, to) {
  let cpu = 0;
  for (const e of traceEvents) {
    if (e.ph !== 'X' || !e.tdur || !e.dur || (e.pid === thread.pid && e.tid === thread.tid)) continue;
    if (e.name !== 'ThreadControllerImpl::RunTask' && e.name !== 'ThreadPool_RunTask') continue;
    const overlap = Math.min(e.ts + e.dur, to) - Math.max(e.ts, from);
    if (overlap > 0) cpu += (e.tdur * overlap) / e.dur;
  }
  return cpu / 1000;
}
