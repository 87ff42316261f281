// "This page": whether the page matches the stored topics and why, its terms grouped by
// kind (reveal on the page; note on a stored entity, or on a page-only name's first mention
// in the page, as if the reader had selected it), its figures with verdicts against stored
// ones, and the related stored articles with what they share (or, when nothing is linked and
// the library is empty, that it is). On a site Backstory is off on, only that, and a
// button to turn it back on there. With no report of the page held, why (page-unread.tsx).
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { PageAnswer, PageSummary, RelatedArticle, SiteOffAnswer, SummaryNumber, SummaryTerm, UnreportedAnswer } from '../messaging/contract';
import { useDeps } from './deps';
import { isUnanswered, useLibraryEmpty } from './library-empty';
import { LibraryUnknown, useFocusAfterRetry } from './library-unknown';
import type { NoteRequest } from './notes-view';
import { LetGo, Reading, Unread } from './page-unread';
import { groupTerms, KIND_LABEL, numbersHeading, shownOnly } from './page-terms';
import { useStatus } from './status';
import { Topic } from './topic-verdict';

export type SummaryState =
  | { state: 'loading' }
  | { state: 'ready'; summary: PageAnswer }
  | { state: 'error'; message: string }
  /** Waiting for the page to report (report-wait.ts)… */
  | { state: 'reading' }
  /** …which it did not do within `seconds`. */
  | { state: 'unread'; seconds: number };

export function isSiteOffAnswer(answer: PageAnswer): answer is SiteOffAnswer {
  return answer !== null && 'siteOff' in answer;
}

function isUnreported(answer: PageAnswer): answer is UnreportedAnswer {
  return answer !== null && 'unreported' in answer;
}

/** The summary in `state`, when there is one (not while loading, failed, the site off, or
 *  no report held). */
export function summaryOf(state: SummaryState): PageSummary | null {
  return state.state === 'ready' && !isSiteOffAnswer(state.summary) && !isUnreported(state.summary) ? state.summary : null;
}

export function PageView({
  summary,
  onNote,
  onSiteOn,
  onReread,
}: {
  summary: SummaryState;
  /** Start a note from a term's Note button (the app moves to Notes). */
  onNote: (request: NoteRequest) => void;
  /** Turn Backstory back on for the host; resolves once it is (rejects: it could not). */
  onSiteOn: (host: string) => Promise<void>;
  /** Ask the page to run again and report; resolves once asked (rejects: it could not be). */
  onReread: () => Promise<void>;
}): JSX.Element {
  if (summary.state === 'loading') return <p class="muted" aria-busy="true">Reading what Backstory found on this page…</p>;
  if (summary.state === 'reading') return <Reading />;
  if (summary.state === 'unread') return <Unread seconds={summary.seconds} onReread={onReread} />;
  if (summary.state === 'ready' && isSiteOffAnswer(summary.summary)) return <SiteOff host={summary.summary.siteOff} onSiteOn={onSiteOn} />;
  if (summary.state === 'ready' && isUnreported(summary.summary)) return summary.summary.unreported === 'reading' ? <Reading /> : <LetGo onReread={onReread} />;
  const s = summaryOf(summary);
  if (!s) {
    return (
      <div data-empty="page" class="empty">
        <p>Backstory has nothing to show for this page.</p>
        <p class="muted">
          It reads web pages (http and https) once they have loaded.
          {summary.state === 'error' ? ` The background said: ${summary.message}` : ' Reload the page if it was open before Backstory started.'}
        </p>
      </div>
    );
  }
  return <Found summary={s} onNote={onNote} />;
}

function Found({ summary, onNote }: { summary: PageSummary; onNote: (request: NoteRequest) => void }): JSX.Element | null {
  const { terms, numbers } = shownOnly(summary);
  // Nothing linked may mean nothing stored to link to: then say that, not just "none".
  const unlinked = summary.related.length === 0 && !summary.terms.some((t) => t.linked) && !summary.numbers.some((n) => n.stored);
  const asked = useLibraryEmpty(unlinked, summary);
  const { library, asking } = asked;
  const { retry, arrived } = useFocusAfterRetry(library, asked.retry);
  // Until the library is known to be empty or not, nothing: the topic box drawn first and
  // swapped a moment later for "Your library is empty" (or the reverse) is a flash.
  if (library === 'unknown') return null;
  const libraryEmpty = library === 'empty';
  return (
    <>
      {isUnanswered(library) && <LibraryUnknown library={library} asking={asking} onRetry={retry} />}
      {libraryEmpty && (
        <div data-empty="no-articles" class="empty" ref={arrived} tabIndex={-1}>
          <p>
            <strong>Your library is empty.</strong>
          </p>
          <p class="muted">Nothing on this page can be linked to stored articles while none are stored. Save this page, or add articles from files, in the Library.</p>
        </div>
      )}
      {/* With nothing stored no page is on topic: the hint above says all there is to say. */}
      {!libraryEmpty && <Topic summary={summary} focusRef={arrived} />}
      <Terms terms={terms} onNote={onNote} />
      <Numbers numbers={numbers} />
      {!libraryEmpty && <Related related={summary.related} />}
    </>
  );
}

function SiteOff({ host, onSiteOn }: { host: string; onSiteOn: (host: string) => Promise<void> }): JSX.Element {
  // aria-disabled, not disabled: a disabled button drops the keyboard focus to the body.
  const [busy, setBusy] = useState(false);
  const turnOn = (): void => {
    if (busy) return;
    setBusy(true);
    onSiteOn(host).catch(() => setBusy(false)); // the app says why; the button is there to try again
  };
  return (
    <div data-site-off={host} class="empty">
      <p>
        <strong>Backstory is off on {host}.</strong>
      </p>
      <p class="muted">It does not read or highlight this site’s pages, so it has nothing to show for this one.</p>
      <button type="button" data-action="site-on" aria-disabled={busy ? 'true' : undefined} onClick={turnOn}>
        Turn Backstory on for {host}
      </button>
    </div>
  );
}

function Terms({ terms, onNote }: { terms: SummaryTerm[]; onNote: (request: NoteRequest) => void }): JSX.Element | null {
  const { sendTab, openedAsTab, closeWindow } = useDeps();
  const status = useStatus();
  const groups = groupTerms(terms);
  if (groups.length === 0) return null;

  const reveal = async (t: SummaryTerm): Promise<void> => {
    try {
      const { found } = await sendTab('tab/reveal', { entityId: t.entityId, text: t.text, kind: t.kind });
      if (!found) status.say('error', `Could not find “${t.name}” on the page any more.`);
      else if (!openedAsTab) closeWindow();
      else status.say('ok', `Showing “${t.name}” on the page.`);
    } catch (err) {
      status.fail(err);
    }
  };

  // A page-only name has no entity to note on: the note goes on its first mention, as a
  // selection of it would, so it is drawn in the page and listed under it.
  const noteMention = async (t: SummaryTerm): Promise<void> => {
    try {
      const got = await sendTab('tab/mention-selector', { entityId: t.entityId, text: t.text, kind: t.kind });
      if (got) onNote({ kind: 'selection', selector: got.selector, name: t.name });
      else status.say('error', `Could not find “${t.name}” on the page any more: the page has changed. Select its text on the page to note it.`);
    } catch (err) {
      status.fail(err);
    }
  };
  const noteButton = (t: SummaryTerm): JSX.Element => {
    const { entityId } = t;
    return t.linked && entityId ? (
      <button type="button" data-action="note-entity" class="small-button" onClick={() => onNote({ kind: 'entity', entityId, name: t.name })} aria-label={`Note on ${t.name}`}>
        Note
      </button>
    ) : (
      <button type="button" data-action="note-mention" class="small-button" onClick={() => void noteMention(t)} aria-label={`Note on ${t.name}`} title="A note on its first mention on this page">
        Note
      </button>
    );
  };

  return (
    <>
      {groups.map((g) => (
        <section key={g.kind} class="group" aria-labelledby={`terms-${g.kind}`}>
          <h2 id={`terms-${g.kind}`}>
            {KIND_LABEL[g.kind]} <span class="muted">({g.terms.length})</span>
          </h2>
          <ul class="terms">
            {g.terms.map((t) => (
              <li
                key={`${t.entityId ?? ''}|${t.name}`}
                data-term
                data-kind={t.kind}
                data-linked={t.linked ? 'true' : 'false'}
                data-entity-id={t.entityId ?? undefined}
                class={`term kind-${t.kind}`}
              >
                <button type="button" data-action="reveal" class="link" onClick={() => void reveal(t)} title="Show it on the page and open its card">
                  {t.name}
                </button>
                {/* A bare number is heard as just that: the words go to screen readers
                    (aria-label on a plain span is not read by all of them). */}
                <span data-count class="count" aria-hidden="true">
                  {t.count}
                </span>
                <span class="visually-hidden">{`${t.count} mention${t.count === 1 ? '' : 's'}`}</span>
                {t.linked ? <span class="badge">stored</span> : <span class="badge muted">page only</span>}
                {noteButton(t)}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

const VERDICT_LABEL = { agrees: 'agrees', differs: 'differs', none: 'no stored figure' } as const;
/** A date with no stored counterpart is no "figure" to a reader. */
const verdictLabel = (verdict: keyof typeof VERDICT_LABEL, kind: SummaryNumber['kind']): string => (verdict === 'none' && kind === 'date' ? 'no stored date' : VERDICT_LABEL[verdict]);

function Numbers({ numbers }: { numbers: SummaryNumber[] }): JSX.Element | null {
  if (numbers.length === 0) return null;
  return (
    <section class="group" aria-labelledby="numbers-h">
      <h2 id="numbers-h">
        {numbersHeading(numbers)} <span class="muted">({numbers.length})</span>
      </h2>
      <ul class="numbers">
        {numbers.map((n, i) => {
          const verdict = n.verdict ?? 'none';
          return (
            <li key={i} data-number data-kind={n.kind} data-verdict={verdict} class="number">
              <span class="figure">{n.text}</span> <span class={`verdict verdict-${verdict}`}>{verdictLabel(verdict, n.kind)}</span>
              {n.stored && (
                <p class="muted small">
                  Stored: {n.stored.value} — {n.stored.article.title} ({n.stored.article.source}, {n.stored.article.date})
                  {n.reason ? `; ${n.reason}` : ''}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function Related({ related }: { related: RelatedArticle[] }): JSX.Element | null {
  if (related.length === 0) return <p class="muted small">No stored article shares names with this page.</p>;
  return (
    <section class="group" aria-labelledby="related-h">
      <h2 id="related-h">Related stored articles</h2>
      <ol class="related">
        {related.map((r) => (
          <li key={r.article.id} data-related data-article-id={r.article.id}>
            <span class="title">{r.article.title}</span>
            <span class="muted small">
              {' '}
              {r.article.source} · {r.article.date} · {Math.round(r.score * 100)}% relevant
            </span>
            {r.shared.length > 0 && <p class="muted small">Shares: {r.shared.join(', ')}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
