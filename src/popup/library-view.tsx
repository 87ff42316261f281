// Library: the stored articles (fetched a page at a time, drawn virtualised), save the
// current page (Readability on the tab's HTML), add articles from .json/.txt/.md files, delete
// with undo. The background dedupes by URL and text hash and says what it skipped.
import type { JSX } from 'preact';
import { useCallback, useEffect, useReducer, useRef, useState } from 'preact/hooks';
import { foldedWords } from '../core/library-search';
import { groupedCount } from '../core/grouped-number';
import type { LibraryEntry } from '../core/records';
import type { LibraryHitEntry, Requests } from '../messaging/contract';
import { whenLate } from './when-late';
import { FileChooser } from './file-chooser';
import { LibraryHit } from './library-hit';
import { useFocusBack } from './focus-back';
import { useOnePerRow } from './one-per-row';
import { articleFromHtml } from './article-from-page';
import { AddProblemsNote, type AddProblems } from './add-problems';
import { encodingNotice, parseArticleFiles, readPickedFiles, tooLargeToAdd } from './article-files';
import { useDeps } from './deps';
import { loadReadability } from './load-readability';
import { PagedRows } from './paged-rows';
import { useStatus } from './status';
import { useDebounced } from './use-debounced';
import { VirtualList } from './virtual-list';

type AddResult = Requests['library/add']['res'];

const REASON = { 'same-url': 'same address', 'same-text': 'same text' } as const;

/** "Added “A”. Skipped “B” (same address)." */
export function describeAdd(result: AddResult): string {
  const parts: string[] = [];
  const quoteList = (titles: string[]): string => (titles.length > 3 ? `${titles.slice(0, 3).map((t) => `“${t}”`).join(', ')} and ${titles.length - 3} more` : titles.map((t) => `“${t}”`).join(', '));
  if (result.added.length) parts.push(`Added ${quoteList(result.added.map((a) => a.title))}.`);
  if (result.skipped.length) {
    const why = [...new Set(result.skipped.map((s) => REASON[s.reason]))].join(' or ');
    parts.push(`Skipped ${quoteList(result.skipped.map((s) => s.title))}: already in your library (${why}).`);
  }
  if (result.notice) parts.push(result.notice);
  return parts.join(' ') || 'Nothing was added.';
}

/** What an undone delete says: which article came back (as Notes says "Note restored."),
 *  and anything the library had to add about it. */
export function describeRestore(result: AddResult): string {
  const back = result.added[0];
  if (!back) return describeAdd(result);
  const more = result.skipped.length || result.notice ? ` ${describeAdd({ ...result, added: [] })}` : '';
  return `“${back.title}” restored.${more}`;
}

/** Why the list has no first page: no answer in time, or an error came back. */
type Unanswered = 'late' | 'failed';

const UNANSWERED_WORDS: Record<Unanswered, string> = {
  late: 'The library did not answer: Backstory’s background may have stopped.',
  failed: 'The library could not be listed: Backstory’s background answered with an error (said below). Nothing in your library was changed.',
};

/** `storeVersion` changes when the store was replaced under us (import, wipe). */
export function LibraryView({ storeVersion = 0 }: { storeVersion?: number }): JSX.Element {
  const { send, sendTab, now } = useDeps();
  const status = useStatus();
  const [search, setSearch] = useState('');
  const query = useDebounced(search, 150);
  const [version, setVersion] = useState(0);
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  const [rows, setRows] = useState<PagedRows<LibraryHitEntry> | null>(null);
  const [busy, setBusy] = useState(false);
  // Save and the file chooser are disabled while busy, which takes the focus from them.
  const focusBack = useFocusBack(busy);
  /** Why the last files chosen were not added, shown under the toolbar. */
  const [refused, setRefused] = useState<AddProblems | null>(null);
  const onePerRow = useOnePerRow();
  const reload = useCallback(() => setVersion((v) => v + 1), []);

  /** The first page failed, or did not come in time (a worker that died): "Loading the
   *  library…" would stay for good, so the list's line says so and offers to ask again. */
  const [unanswered, setUnanswered] = useState<Unanswered | null>(null);
  /** The list's line: "Try again" goes as it is pressed, and the focus comes here. */
  const stateLine = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    const q = query.trim() || undefined;
    setUnanswered(null);
    let stopWait = (): void => undefined;
    const paged = new PagedRows<LibraryHitEntry>(
      (offset, limit) => {
        const asked = send('library/list', { query: q, offset, limit });
        if (paged.total === null) stopWait = whenLate(asked, () => setUnanswered('late'));
        return asked;
      },
      () => {
        setUnanswered(null);
        redraw(0);
      },
      (err) => {
        if (paged.total === null) setUnanswered('failed');
        status.fail(err, 'Could not list the library');
      },
    );
    paged.ensure(0, paged.pageSize - 1);
    setRows(paged);
    return () => {
      stopWait();
      paged.dispose();
    };
  }, [send, status, query, version, storeVersion]);

  /** `also`: said on a line after what was added. */
  const add = async (articles: Requests['library/add']['req']['articles'], also?: string): Promise<void> => {
    const result = await send('library/add', { articles });
    // A skip is a success too: the article is in the library.
    status.say('ok', also ? `${describeAdd(result)}\n${also}` : describeAdd(result));
    if (result.added.length) reload();
  };

  const savePage = async (): Promise<void> => {
    setRefused(null);
    focusBack.hold();
    setBusy(true);
    try {
      const [page, Readability] = await Promise.all([sendTab('tab/page-html', {}), loadReadability()]);
      await add([articleFromHtml(page, now().toISOString().slice(0, 10), Readability)]);
    } catch (err) {
      status.fail(err, 'Could not save this page');
    } finally {
      setBusy(false);
    }
  };

  const addFiles = async (input: HTMLInputElement): Promise<void> => {
    focusBack.hold();
    setBusy(true);
    setRefused(null);
    const files = input.files?.length ?? 0;
    // The problems go under the toolbar, as an alert; the status line says where.
    const refuse = (problems: AddProblems): void => {
      setRefused(problems);
      status.clear();
    };
    // Thousands of articles take seconds to store and index: say it is under way.
    status.say('info', `Reading ${files === 1 ? 'the file' : `${files} files`}…`);
    try {
      const tooLarge = tooLargeToAdd([...(input.files ?? [])]);
      if (tooLarge) return refuse({ problems: [tooLarge] });
      const picked = await readPickedFiles(input.files);
      const parsed = parseArticleFiles(picked, now().toISOString());
      const guessed = encodingNotice(picked, parsed.ok);
      if (!parsed.ok) refuse({ problems: parsed.errors, guessed });
      else {
        status.say('info', `Adding ${parsed.articles.length === 1 ? 'one article' : `${groupedCount(parsed.articles.length)} articles`}…`);
        const notices = [...parsed.notices.slice(0, 8), ...(parsed.notices.length > 8 ? [`…and ${parsed.notices.length - 8} more fields left out`] : []), ...(guessed ? [guessed] : [])];
        await add(parsed.articles, notices.join('\n') || undefined);
      }
    } catch (err) {
      status.fail(err, 'Could not add the files');
    } finally {
      input.value = '';
      setBusy(false);
    }
  };

  const remove = (entry: LibraryEntry): Promise<void> =>
    onePerRow(entry.id, async () => {
      try {
        const gone = await send('library/delete', { id: entry.id });
        reload();
        if (!gone) return status.say('info', 'That article was already gone.');
        status.deleted(`Deleted “${entry.title}”.`, async () => {
          const back = await send('library/restore', gone);
          reload();
          return describeRestore(back);
        });
      } catch (err) {
        status.fail(err, 'Could not delete the article');
      }
    });

  const onRange = useCallback((start: number, end: number) => rows?.ensure(start, end), [rows]);
  const rowKey = useCallback((i: number) => rows?.get(i)?.id ?? `row-${i}`, [rows]);
  const total = rows?.total ?? null;
  // As the background reads a query: its words (punctuation alone lists the library).
  const typed = foldedWords(search).join(' ');
  const asked = foldedWords(query).join(' ');
  // Typed but not yet answered (the pause before asking, or the first search after the
  // worker starts, which waits for the indexes): neither the last answer nor "no match".
  const searching = typed !== '' && (typed !== asked || total === null);

  return (
    <>
      <div class="toolbar">
        <button type="button" data-action="save-page" class="primary" onClick={() => void savePage()} disabled={busy}>
          Save this page
        </button>
        <FileChooser label="Add from files…" panel="library" dataName="import-articles" accept=".json,.txt,.md,.markdown,application/json,text/plain,text/markdown" multiple disabled={busy} onFiles={(input) => void addFiles(input)} />
      </div>
      {refused && <AddProblemsNote refused={refused} />}
      <p class="muted small">Files: an article as JSON (title, source, url, date, paragraphs) or a list of them, or a .txt or Markdown (.md) file whose first line (or front matter) gives the title.</p>
      <div class="filters">
        <input type="search" data-library-search aria-label="Search the library" placeholder="Search titles, names and text" value={search} onInput={(e) => setSearch(e.currentTarget.value)} />
      </div>
      {/* One live line: what the list below is (or that it is being searched for). */}
      <p class={total === null && !searching ? 'muted' : 'muted small'} role="status" data-library-state ref={stateLine} tabIndex={-1}>
        {total === null && unanswered
          ? UNANSWERED_WORDS[unanswered]
          : searching
            ? 'Searching…'
            : total === null
              ? 'Loading the library…'
              : total === 0
                ? ''
                : `${total} ${asked ? 'matching' : 'stored'} article${total === 1 ? '' : 's'}`}
      </p>
      {total === null && unanswered && (
        <button
          type="button"
          data-action="library-retry"
          class="small-button"
          onClick={() => {
            stateLine.current?.focus();
            reload();
          }}
        >
          Try again
        </button>
      )}
      {searching || total === null ? null : total === 0 ? (
        asked ? (
          <p class="muted" data-empty="library">
            No stored article matches that search.
          </p>
        ) : (
          // The two ways in are the toolbar's buttons above, so the hint names them.
          <div class="empty" data-empty="library">
            <p>No stored articles yet.</p>
            <p class="muted">Save this page, or add articles from files: Backstory links names and figures on news pages to the articles stored here.</p>
          </div>
        )
      ) : (
        <VirtualList count={total} estimate={58} height={320} label="Stored articles" onRange={onRange} rowKey={rowKey} row={(i) => <LibraryRow entry={rows?.get(i)} onDelete={remove} />} />
      )}
    </>
  );
}

function LibraryRow({ entry, onDelete }: { entry: LibraryHitEntry | undefined; onDelete: (e: LibraryEntry) => Promise<void> }): JSX.Element {
  if (!entry) return <div class="article placeholder muted">Loading…</div>;
  return (
    <div data-article-id={entry.id} class="article">
      <div class="article-main">
        <span class="title" title={entry.title}>
          {entry.title}
        </span>
        <span class="muted small">
          {entry.source} · {entry.date} · {entry.entityCount} entit{entry.entityCount === 1 ? 'y' : 'ies'}
        </span>
        {entry.match && <LibraryHit match={entry.match} />}
      </div>
      <button type="button" data-action="delete-article" class="small-button" onClick={() => void onDelete(entry)} aria-label={`Delete “${entry.title}”`}>
        Delete
      </button>
    </div>
  );
}
