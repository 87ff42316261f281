// Saving one article to the full library with the service worker running, and after it
// stopped (MV3 stops an idle worker after ~30 s, so the second is what a reader usually
// meets: the worker starts, and without the per-article findings it kept in memory it reads
// every article again). Each is library/add of one new article, answered once the index is
// rebuilt.

async function stopWorkers(extPage) {
  const cdp = await extPage.target().createCDPSession();
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
  // Give the browser a moment to tear the worker down before the next message starts it.
  await new Promise((r) => setTimeout(r, 500));
}

/** `ask(kind, req)` sends one request and resolves to { res, ms }; `article(i)` makes input i. */
export async function benchWorkerRestart(extPage, ask, article, firstIndex) {
  let next = firstIndex;
  const addOne = async () => {
    const { res, ms } = await ask('library/add', { articles: [article(next++)] });
    if (res.added.length !== 1) throw new Error('library/add did not add the article');
    return ms;
  };
  const live = await addOne();
  await stopWorkers(extPage);
  const restarted = await addOne();
  return { live, restarted };
}
