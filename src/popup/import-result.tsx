// What an import of a backup did, in words: the report of one that went in, or the
// problems of one refused, with a button to import its valid records when only some are bad.
import type { JSX, RefObject } from 'preact';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { LIMITS } from '../core/backup-schemas';
import { groupedCount } from '../core/grouped-number';
import { countRecords, type ImportOutcome, type RecordCounts } from '../core/records';
import { plainJsonProblem } from './json-problem';

// Counts grouped as the limits are ("12,000 notes"): a backup may hold tens of thousands.
const n = (k: number, word: string): string => `${groupedCount(k)} ${word}${k === 1 ? '' : 's'}`;

/** "2 notes and the settings" */
function kinds(c: RecordCounts): string {
  const parts = [c.articles ? n(c.articles, 'article') : '', c.notes ? n(c.notes, 'note') : '', c.settings ? 'the settings' : ''].filter(Boolean);
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : (parts[0] ?? '');
}

export function describeImport(outcome: Extract<ImportOutcome, { ok: true }>): string {
  const { added, skipped, settingsReplaced, invalid } = outcome.report;
  const kept = outcome.report.conflicts.notes;
  const conflicts = kept ? ` Kept ${n(kept, 'note')} as stored: the file had other text under the same ${kept === 1 ? 'id' : 'ids'}.` : '';
  const moved = outcome.report.renamed.articles;
  const renamed = moved ? ` Added ${n(moved, 'more article')} under ${moved === 1 ? 'a new id: another article here has the id it had' : 'new ids: other articles here have the ids they had'} in the file.` : '';
  const dropped = outcome.report.termsDropped ?? 0;
  const names = dropped ? ` Took ${n(dropped, 'note')} without the name ${dropped === 1 ? 'it was' : 'they were'} written on: longer than ${groupedCount(LIMITS.term)} characters.` : '';
  const notice = outcome.notice ? ` ${outcome.notice}` : '';
  // Every valid record of the file is one of these: added, renamed, already here, kept as stored, or the settings.
  const taken = added.articles + moved + skipped.articles + added.notes + skipped.notes + kept + (settingsReplaced ? 1 : 0);
  // Not "imported": some of the valid records may be skipped as already here or kept as stored.
  const left = invalid && countRecords(invalid) ? `Took the file's ${n(taken, 'valid record')} and left out ${n(countRecords(invalid), 'invalid one')} (${kinds(invalid)}): added` : 'Added';
  return `${left} ${n(added.articles, 'article')} and ${n(added.notes, 'note')}; skipped ${n(skipped.articles, 'article')} and ${n(skipped.notes, 'note')} already here${settingsReplaced ? '; settings replaced' : ''}.${renamed}${conflicts}${names}${notice}`;
}

/** What the status says of a refused backup: how many problems and where they are (the
 *  list can be scrolled out of view; not "below": the status line is under the panel, so
 *  the list is above it), and that nothing changed. */
export function describeRefusal(outcome: Extract<ImportOutcome, { ok: false }>): string {
  // The background lists at most 50 and ends with "… and N more" (N grouped: "1,950").
  const more = /^… and ([\d,]+) more$/.exec(outcome.errors.at(-1) ?? '');
  const count = more ? outcome.errors.length - 1 + Number(more[1]!.replace(/,/g, '')) : outcome.errors.length;
  const valid = outcome.skippable ? ' Its valid records can be imported without the invalid ones.' : '';
  return `The backup was not imported: ${count === 1 ? '1 problem, shown' : `${groupedCount(count)} problems, listed`} under Import. Nothing changed.${valid}`;
}

/** The label of the button that imports a partly bad backup's valid records. */
export function importValidLabel(skippable: { valid: RecordCounts; invalid: RecordCounts }): string {
  const valid = countRecords(skippable.valid);
  return `Import the ${valid === 1 ? 'valid record' : `${groupedCount(valid)} valid records`}, skipping ${n(countRecords(skippable.invalid), 'invalid one')}`;
}

/** `outcome` null: nothing imported yet; the live region is drawn already, so the first
 *  report put in it is announced. `focusReport`: the control that asked is gone (Import the
 *  valid records), so the report takes the focus and is read from there, not announced too. */
export function ImportResult({ outcome, advice = null, busy, focusReport = false, onImportValid }: { outcome: ImportOutcome | null; advice?: string | null; busy: boolean; focusReport?: boolean; onImportValid: () => void }): JSX.Element {
  const problems = useRef<HTMLDivElement>(null);
  const report = useRef<HTMLParagraphElement>(null);
  // Each import's report is a new node: a second import with the same words is news too.
  const imports = useRef(0);
  const reportKey = useMemo(() => ++imports.current, [outcome]);
  // A refusal's problems may be below the fold: they come into view with the focus, which
  // a screen reader then reads them from; Tab goes on to "Import the valid records".
  useEffect(() => {
    if (!outcome) return;
    if (outcome.ok) {
      if (focusReport) report.current?.focus();
      return;
    }
    if (!problems.current) return;
    problems.current.focus({ preventScroll: true });
    problems.current.scrollIntoView({ block: 'nearest' });
  }, [outcome]);
  // The report is said here only, not in the status line too: one place to read it, and
  // one announcement (this region's, or the focus's).
  return (
    <>
      <div data-import-live aria-live={focusReport ? 'off' : 'polite'}>
        {outcome?.ok && (
          <p key={reportKey} data-import-result data-ok="true" class="ok" ref={report} tabIndex={-1}>
            {describeImport(outcome)}
          </p>
        )}
      </div>
      {outcome && !outcome.ok && <Refusal outcome={outcome} advice={advice} busy={busy} problems={problems} onImportValid={onImportValid} />}
    </>
  );
}

function Refusal({ outcome, advice, busy, problems, onImportValid }: { outcome: Extract<ImportOutcome, { ok: false }>; advice: string | null; busy: boolean; problems: RefObject<HTMLDivElement | null>; onImportValid: () => void }): JSX.Element {
  const { skippable } = outcome;
  return (
    <div data-import-result data-ok="false">
      <div class="errors" data-import-problems ref={problems} tabIndex={-1}>
        <p>Nothing was imported. The file has {outcome.errors.length === 1 ? 'this problem' : 'these problems'}:</p>
        <ul>
          {outcome.errors.map((e, i) => (
            <Problem key={i} problem={e} />
          ))}
        </ul>
        {/* In the focused block, so it is read with the problems. */}
        {advice && <p data-import-advice>{advice}</p>}
      </div>
      {skippable && (
        <>
          <p>
            The other records are valid: {kinds(skippable.valid)}.
          </p>
          {/* aria-disabled, not disabled: a disabled button would drop the focus to <body>. */}
          <button type="button" data-action="import-valid" aria-disabled={busy} onClick={onImportValid}>
            {busy ? 'Importing…' : importValidLabel(skippable)}
          </button>
        </>
      )}
    </div>
  );
}

/** One problem; a file that is not JSON in our words, the parser's own (which differs by
 *  browser) under a disclosure for whoever wants it. */
function Problem({ problem }: { problem: string }): JSX.Element {
  const plain = plainJsonProblem(problem, 'a backup');
  if (!plain) return <li>{problem}</li>;
  return (
    <li>
      {plain.text}
      <details class="parser-message">
        <summary>What the browser’s reader said</summary>
        {plain.parser}
      </details>
    </li>
  );
}
