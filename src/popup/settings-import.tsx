// Settings' "Import" section: a backup file chosen, read and imported, with its report (or
// its problems) under the chooser; a partly bad backup can go in without its invalid records.
import type { JSX } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { ImportOutcome } from '../core/records';
import { importBackup } from './backup-transfer';
import { useDeps } from './deps';
import { FileChooser } from './file-chooser';
import { readFileText } from './file-text';
import { useFocusBack } from './focus-back';
import { adviceForRefusal, WRONG_FILE_ADVICE } from './import-advice';
import { describeRefusal, ImportResult } from './import-result';
import { useStatus } from './status';

/** `onImported`: something went in; the settings and the store's lists are read again. */
export function ImportSection({ onImported }: { onImported: () => void }): JSX.Element {
  const { send } = useDeps();
  const status = useStatus();
  const [imported, setImported] = useState<ImportOutcome | null>(null);
  /** The report goes in from "Import the valid records", which goes with the refusal. */
  const [reportFocus, setReportFocus] = useState(false);
  /** A refused backup (its text and name) whose valid records can still go in ("Import the valid records"). */
  const refusedFile = useRef<{ text: string; name: string } | null>(null);
  const importingValid = useRef(false);
  const [importBusy, setImportBusy] = useState(false);
  /** What to do instead, when the refused file is no backup at all. */
  const [advice, setAdvice] = useState<string | null>(null);
  /** A chosen file is read and checked: one at a time, or the one chosen first, if slower,
   *  had its verdict shown last, over the later file's. The chooser is disabled meanwhile. */
  const [reading, setReading] = useState(false);
  const focusBack = useFocusBack(reading);

  const importFile = async (input: HTMLInputElement): Promise<void> => {
    const file = input.files?.[0];
    if (!file) return;
    refusedFile.current = null; // the last refusal's valid records are not this file's
    focusBack.hold();
    setReading(true);
    // A large backup takes seconds to read and check (30 MB: 7 s in Chromium, 9 s in
    // Firefox) with the last file's verdict still shown: say this one is under way.
    setImported(null);
    setAdvice(null);
    status.say('info', `Importing ${file.name}…`);
    try {
      // Read as Library reads files: an image is said to be one, not quoted byte by byte.
      const read = await readFileText(file);
      if ('problem' in read) refused({ ok: false, errors: [`${file.name} is not a Backstory backup: it is ${read.problem}.`] }, WRONG_FILE_ADVICE);
      else await importText({ text: read.text, name: file.name }, false);
    } catch (err) {
      status.fail(err, 'Could not import');
    } finally {
      input.value = '';
      setReading(false);
    }
  };

  const importText = async (file: { text: string; name: string }, skipInvalid: boolean): Promise<void> => {
    const { text } = file;
    const outcome = await importBackup(send, text, skipInvalid);
    // Kept only while the refusal offers its valid records: a file can be large.
    refusedFile.current = !outcome.ok && outcome.skippable ? file : null;
    if (outcome.ok) {
      // Said in the report under the chooser (ImportResult) alone; the status had it twice.
      setReportFocus(skipInvalid);
      setImported(outcome);
      setAdvice(null);
      status.clear();
      onImported();
    } else refused({ ...outcome, errors: outcome.errors.map((e) => e.replace(/^\(file\):/, `${file.name}:`)) }, adviceForRefusal(outcome.errors));
  };

  /** The problems are listed under the chooser; the status says how many, and where. */
  const refused = (outcome: Extract<ImportOutcome, { ok: false }>, what: string | null): void => {
    setImported(outcome);
    setAdvice(what);
    status.say('error', describeRefusal(outcome));
  };

  const importValid = async (): Promise<void> => {
    const file = refusedFile.current;
    // A ref, not state: a second press before the answer would send it again.
    if (file === null || importingValid.current) return;
    importingValid.current = true;
    setImportBusy(true);
    try {
      // The button goes with the refusal: the focus goes to the report or the problems.
      await importText(file, true);
    } catch (err) {
      status.fail(err, 'Could not import');
      status.focus();
    } finally {
      importingValid.current = false;
      setImportBusy(false);
    }
  };

  return (
    <fieldset>
      <legend>Import</legend>
      <FileChooser label="Import a backup…" panel="settings" dataName="import-backup" accept=".json,application/json" disabled={reading || importBusy} onFiles={(input) => void importFile(input)} />
      <ImportResult outcome={imported} advice={advice} busy={importBusy} focusReport={reportFocus} onImportValid={() => void importValid()} />
    </fieldset>
  );
}
