// What an import of a backup did, in words: the report of one that went in, or the
// problems of one refused, with a button to import its valid records when only some are bad.
import type { JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { countRecords, type ImportOutcome, type RecordCounts } from '../core/records';

const n = (k: number, word: string): string => `${k} ${word}${k === 1 ? '' : 's'}`;

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
  const notice = outcome.notice ? ` ${outcome.notice}` : '';
  // Every valid record of the file is one of these: added, renamed, already here, kept as stored, or the settings.
  const taken = added.articles + moved + skipped.articles + added.notes + skipped.notes + kept + (settingsReplaced ? 1 : 0);
  // Not "imported": some of the valid records may be skipped as already here or kept as stored.
  const left = invalid && countRecords(invalid) ? `Took the file's ${n(taken, 'valid record')} and left out ${n(countRecords(invalid), 'invalid one')} (${kinds(invalid)}): added` : 'Added';
  return `${left} ${n(added.articles, 'article')} and ${n(added.notes, 'note')}; skipped ${n(skipped.articles, 'article')} and ${n(skipped.notes, 'note')} already here${settingsReplaced ? '; settings replaced' : ''}.${renamed}${conflicts}${notice}`;
}

/** What the status says of a refused backup: how many problems and where they are (the
 *  list can be below the fold), and that nothing changed. */
export function describeRefusal(outcome: Extract<ImportOutcome, { ok: false }>): string {
  // The background lists at most 50 and ends with "… and N more".
  const more = /^… and (\d+) more$/.exec(outcome.errors.at(-1) ?? '');
  const count = more ? outcome.errors.length - 1 + Number(more[1]) : outcome.errors.length;
  const valid = outcome.skippable ? ' Its valid records can be imported without the invalid ones.' : '';
  return `The backup was not imported: ${count === 1 ? '1 problem, shown' : `${count} problems, listed`} below. Nothing changed.${valid}`;
}

/** The label of the button that imports a partly bad backup's valid records. */
export function importValidLabel(skippable: { valid: RecordCounts; invalid: RecordCounts }): string {
  const valid = countRecords(skippable.valid);
  return `Import the ${valid === 1 ? 'valid record' : `${valid} valid records`}, skipping ${n(countRecords(skippable.invalid), 'invalid one')}`;
}

export function ImportResult({ outcome, busy, onImportValid }: { outcome: ImportOutcome; busy: boolean; onImportValid: () => void }): JSX.Element {
  const problems = useRef<HTMLDivElement>(null);
  // A refusal's problems may be below the fold: they come into view with the focus, which
  // a screen reader then reads them from; Tab goes on to "Import the valid records".
  useEffect(() => {
    if (outcome.ok || !problems.current) return;
    problems.current.focus({ preventScroll: true });
    problems.current.scrollIntoView({ block: 'nearest' });
  }, [outcome]);
  if (outcome.ok) {
    return (
      <p data-import-result data-ok="true" class="ok">
        {describeImport(outcome)}
      </p>
    );
  }
  const { skippable } = outcome;
  return (
    <div data-import-result data-ok="false">
      <div class="errors" data-import-problems ref={problems} tabIndex={-1}>
        <p>Nothing was imported. The file has {outcome.errors.length === 1 ? 'this problem' : 'these problems'}:</p>
        <ul>
          {outcome.errors.map((e, i) => (
            <li key={i}>{e}</li>
          ))}
        </ul>
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
