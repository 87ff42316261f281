// The popup's frame: tab strip, the four panels (each rendered on first visit; Notes, Library
// and Settings from popup-more.js, later-panel.tsx), and the status region. It loads the page summary once (the first tab needs it, Notes uses its
// linked entities) and works out the page's URL for notes and the site switch. On a site
// Backstory is off on, "This page" turns it back on, and the page's new report follows. A
// note left half written on the page opens the popup on Notes, with it in the editor.
import type { JSX } from 'preact';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { errorText, useDeps } from './deps';
import { LaterLoading, useLaterViews } from './later-panel';
import type { NoteRequest, PageInfo } from './notes-view';
import { linkedEntities } from './page-terms';
import { PageView, summaryOf, type SummaryState } from './page-view';
import { useReportWait } from './report-wait';
import type { TabDraft } from './early-requests';
import { StatusProvider, useStatus } from './status';
import { Tabs, type TabName } from './tabs';

/** A draft found later than this after the popup opened no longer moves it to Notes: the
 *  reader is reading "This page" by then. Notes still puts the draft back when opened. */
const DRAFT_SWITCH_MS = 1000;

/** `initialTab`: the panel the address names (?panel=); without it, "This page", or Notes
 *  when a note draft is kept for the page. */
export function App({ initialTab }: { initialTab?: TabName }): JSX.Element {
  // Counts the asks to open Recently deleted (the link in a delete's message): each one
  // opens Settings and focuses it.
  const [trashAsks, setTrashAsks] = useState(0);
  const showTrash = useCallback(() => setTrashAsks((n) => n + 1), []);
  // Bumped by a delete and by its Undo: Recently deleted, if shown, lists again. Not
  // storeVersion, which neither bumps: the view that deleted lists again itself (its Undo
  // then focuses the row put back), and Notes and Library would each read the store again.
  const [trashVersion, setTrashVersion] = useState(0);
  const trashChanged = useCallback(() => setTrashVersion((n) => n + 1), []);
  return (
    <StatusProvider onShowTrash={showTrash} onTrashChanged={trashChanged}>
      <Panels initialTab={initialTab} trashAsks={trashAsks} trashVersion={trashVersion} />
    </StatusProvider>
  );
}

function Panels({ initialTab, trashAsks, trashVersion }: { initialTab: TabName | undefined; trashAsks: number; trashVersion: number }): JSX.Element {
  const { send, sendTab, tab, pageSummary, pageDraft, watchReport } = useDeps();
  const status = useStatus();
  const [active, setActive] = useState<TabName>(initialTab ?? 'page');
  /** A panel named by the address or chosen by the reader: a draft found later moves nothing. */
  const chosen = useRef(initialTab !== undefined);
  const opened = useRef(performance.now());
  const [draft, setDraft] = useState<TabDraft>(null);
  const [summary, setSummary] = useState<SummaryState>({ state: 'loading' });
  const [page, setPage] = useState<PageInfo>({ url: tab.url, title: tab.title });
  /** Bumped after an import, a wipe or a restore from Recently deleted: the notes and
   *  library lists read the store again. */
  const [storeVersion, setStoreVersion] = useState(0);
  const storeChanged = useCallback(() => setStoreVersion((v) => v + 1), []);
  /** Bumped when "This page" turns the site on: Settings, if drawn, reads them again. */
  const [settingsVersion, setSettingsVersion] = useState(0);
  const [noteRequest, setNoteRequest] = useState<NoteRequest | null>(null);
  const wait = useReportWait(send, setSummary, status);

  // The tab's URL and title may arrive after the first render (main.tsx draws before the
  // tab lookup answers).
  useEffect(() => {
    if (tab.url !== null || tab.title !== null) setPage((p) => ({ url: p.url ?? tab.url, title: p.title ?? tab.title }));
  }, [tab.url, tab.title]);

  // Given pageSummary, the request is already out; otherwise ask once the tab id is known.
  // A layout effect runs in the first render's commit, not a frame later: the answer is
  // taken the moment it arrives.
  const summaryTabId = pageSummary ? null : tab.id;
  useLayoutEffect(() => {
    let answer = pageSummary;
    if (!answer) {
      if (summaryTabId === null) return setSummary({ state: 'ready', summary: null });
      answer = send('page/summary', { tabId: summaryTabId });
    }
    answer
      .then((s) => {
        performance.mark('backstory-popup:summary');
        wait.show(s);
        if (s) setPage((p) => ({ url: p.url ?? s.url, title: p.title ?? ('title' in s ? s.title : null) }));
      })
      .catch((err: unknown) => {
        setSummary({ state: 'error', message: errorText(err) });
        status.fail(err, 'Could not read this page’s summary');
      });
  }, [pageSummary, send, status, summaryTabId, wait]);

  // Asked beside the summary (early-requests.ts), not before the first paint; an answer in
  // hand by then still moves the popup to Notes before it is painted (a layout effect, and
  // a resolved promise's then, run before the frame).
  const draftTabId = pageDraft ? null : tab.id;
  useLayoutEffect(() => {
    let answer = pageDraft;
    if (!answer) {
      if (draftTabId === null) return undefined;
      answer = send('notes/draft-for-tab', { tabId: draftTabId }).catch(() => null);
    }
    let live = true;
    void answer.then((found) => {
      if (!live || !found) return;
      setDraft(found);
      setPage((p) => ({ url: p.url ?? found.pageUrl, title: p.title }));
      if (chosen.current || performance.now() - opened.current > DRAFT_SWITCH_MS) return;
      setActive('notes');
      status.say('info', 'Your note on this page is back in the editor, as you left it.');
    });
    return () => {
      live = false;
    };
  }, [pageDraft, send, status, draftTabId]);

  const askAgain = useCallback(
    (tabId: number) =>
      send('page/summary', { tabId })
        .then(wait.show)
        .catch(() => undefined), // keep what is shown; the next report or visit tries again
    [send, wait],
  );

  // A page still being read when asked (as the popup opened, or on coming back to "This
  // page"): it says so until the report comes, or gives up. The wait starts at once, not
  // when the tab lookup answers: until then it asks for 'active', as the popup's first
  // request did. (Once started, "This page" is 'reading': a tab id coming later starts
  // no second wait.)
  const stillReading = summary.state === 'ready' && summary.summary !== null && 'unreported' in summary.summary && summary.summary.unreported === 'reading';
  useEffect(() => {
    if (stillReading) wait.start(tab.id ?? 'active');
  }, [stillReading, tab.id, wait]);

  // The page runs again after a library or settings change (e.g. "Save this page" made new
  // names known): show its new summary without reopening the popup.
  useEffect(() => {
    if (!watchReport || tab.id === null) return undefined;
    const tabId = tab.id;
    return watchReport(tabId, () => void askAgain(tabId));
  }, [watchReport, askAgain, tab.id]);

  // Back on "This page" from another panel: a kind switched off in Settings meanwhile left
  // the page at once, with no new run to report it; the answer says which kinds are on.
  const wasAway = useRef(false);
  useEffect(() => {
    if (active !== 'page') wasAway.current = true;
    else if (wasAway.current && tab.id !== null) {
      wasAway.current = false;
      void askAgain(tab.id);
    }
  }, [active, askAgain, tab.id]);

  // When "This page" holds the answer (the benchmark tells render time from frame time).
  useLayoutEffect(() => {
    if (summary.state !== 'loading') performance.mark('backstory-popup:panel');
  }, [summary.state]);

  // Without the tabs permission the browser may not tell us the URL; the page can.
  const needUrl = page.url === null && summary.state !== 'loading' && active !== 'page' && active !== 'library';
  useEffect(() => {
    if (!needUrl || tab.id === null) return;
    sendTab('tab/page-html', {})
      .then((p) => setPage((old) => ({ url: old.url ?? p.url, title: old.title ?? p.title })))
      .catch(() => undefined);
  }, [needUrl, sendTab, tab.id]);

  // Turned on again, the page runs afresh and reports (watchReport above brings its
  // summary); a page with no content script of ours never does, so ask once more later.
  const siteOn = useCallback(
    async (host: string) => {
      try {
        await send('settings/site-on', { host });
      } catch (err) {
        status.fail(err, `Could not turn Backstory on for ${host}`);
        throw err;
      }
      status.say('ok', `Backstory is on again on ${host}. Reading the page…`);
      // The button is gone with the off state: the focus goes to what happened.
      status.focus();
      setSettingsVersion((v) => v + 1);
      if (tab.id === null) return setSummary({ state: 'loading' });
      wait.start(tab.id, {
        done: `Backstory is on again on ${host}, and has read the page.`,
        late: `Backstory is on again on ${host}, but the page did not say what it found on it in time.`,
      });
    },
    [send, status, wait, tab.id],
  );

  // The background let the page's report go (or never heard it): the page runs again.
  const reread = useCallback(async () => {
    try {
      await sendTab('tab/reread', {});
    } catch (err) {
      status.fail(err, 'Could not read the page again');
      throw err;
    }
    status.say('info', 'Reading the page again…');
    // The button is gone with the message it was in: the focus goes to what happens now.
    status.focus();
    if (tab.id !== null) wait.start(tab.id, { done: 'Backstory has read the page again.', late: 'Backstory asked the page to read again, but it did not say what it found in time.' });
  }, [sendTab, status, wait, tab.id]);

  const entities = useMemo(() => linkedEntities(summaryOf(summary)?.terms ?? []), [summary]);
  const startNote = useCallback(
    (request: NoteRequest) => {
      setNoteRequest(request);
      status.panelLeft(); // from "This page"
      chosen.current = true;
      setActive('notes');
    },
    [status],
  );
  const requestTaken = useCallback(() => setNoteRequest(null), []);

  const later = useLaterViews(active === 'page' ? null : active, summary.state !== 'loading');

  const select = (to: TabName): void => {
    chosen.current = true;
    if (to !== active) status.panelLeft();
    setActive(to);
  };

  // Asked by a delete's message: Settings, with the focus on Recently deleted once it is
  // listed; then not again (Settings is drawn anew when this page turns the site back on).
  const [trashFocus, setTrashFocus] = useState(false);
  const trashFocused = useCallback(() => setTrashFocus(false), []);
  useEffect(() => {
    if (trashAsks === 0) return;
    chosen.current = true;
    setActive('settings');
    setTrashFocus(true);
  }, [trashAsks]);

  return (
    <Tabs
      active={active}
      onSelect={select}
      render={(name) => {
        switch (name) {
          case 'page':
            return <PageView summary={summary} onNote={startNote} onSiteOn={siteOn} onReread={reread} />;
          case 'notes':
            if (!later) return <LaterLoading />;
            return <later.NotesView page={page} entities={entities} request={noteRequest} onRequestTaken={requestTaken} storeVersion={storeVersion} keptDraft={draft} />;
          case 'library':
            return later ? <later.LibraryView storeVersion={storeVersion} /> : <LaterLoading />;
          case 'settings':
            if (!later) return <LaterLoading />;
            return <later.SettingsView key={settingsVersion} pageUrl={page.url} pageScheme={summaryOf(summary)?.scheme} onStoreChanged={storeChanged} shown={active === 'settings'} trashVersion={trashVersion} focusTrash={trashFocus} onTrashFocused={trashFocused} />;
        }
      }}
    />
  );
}
