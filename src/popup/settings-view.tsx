// Settings: which kinds are highlighted and in what colour, Backstory off on this site,
// topic sensitivity, hover delay; export (backup JSON, notes as JSON-LD or Markdown),
// import a backup with its report, and wipe everything behind a confirmation.
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { isSiteOff, siteHost } from '../core/off-sites';
import { DARK_DEFAULT_COLOURS, DEFAULT_SETTINGS, type ExportFormat, type ImportOutcome, type Settings, type SettingsPatch } from '../core/records';
import type { HighlightKind } from '../core/types';
import { exportBackup, importBackup } from './backup-transfer';
import { FileChooser } from './file-chooser';
import { describeRefusal, ImportResult } from './import-result';
import { useDeps } from './deps';
import { readFileText } from './file-text';
import { KIND_LABEL, KIND_ORDER } from './page-terms';
import { useStatus } from './status';


/** The colour a kind is painted in now: the user's, else the default of the page's scheme
 *  (content.css tunes its palette for dark schemes). */
function shownColour(colours: Settings['colours'], kind: HighlightKind): string {
  const dark = typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
  return dark && colours[kind] === DEFAULT_SETTINGS.colours[kind] ? DARK_DEFAULT_COLOURS[kind] : colours[kind];
}


export function SettingsView({ pageUrl, onStoreChanged = () => undefined }: { pageUrl: string | null; onStoreChanged?: () => void }): JSX.Element {
  const { send, download, openInTab, exportOnLoad } = useDeps();
  const status = useStatus();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [imported, setImported] = useState<ImportOutcome | null>(null);
  /** The report goes in from "Import the valid records", which goes with the refusal. */
  const [reportFocus, setReportFocus] = useState(false);
  /** A refused backup (its text and name) whose valid records can still go in ("Import the valid records"). */
  const refusedFile = useRef<{ text: string; name: string } | null>(null);
  const importingValid = useRef(false);
  const [importBusy, setImportBusy] = useState(false);
  const [confirmWipe, setConfirmWipe] = useState(false);
  const wipeButton = useRef<HTMLButtonElement>(null);
  const wiping = useRef(false);
  const [wipeBusy, setWipeBusy] = useState(false);
  /** The confirmation was cancelled: the focus, which was in it, goes back to its opener. */
  const focusWipeButton = useRef(false);
  const host = siteHost(pageUrl);

  const load = (): void => {
    send('settings/get', {})
      .then(setSettings)
      .catch((err: unknown) => status.fail(err, 'Could not read the settings'));
  };
  useEffect(load, [send, status]);
  useEffect(() => {
    if (confirmWipe || !focusWipeButton.current) return;
    focusWipeButton.current = false;
    wipeButton.current?.focus();
  }, [confirmWipe]);
  const cancelWipe = (): void => {
    // Too late once the wipe is under way: the dialog stays to say how it ended.
    if (wiping.current) return;
    focusWipeButton.current = true;
    setConfirmWipe(false);
  };

  const update = async (patch: SettingsPatch): Promise<void> => {
    try {
      setSettings(await send('settings/set', patch));
      status.say('ok', 'Saved.');
    } catch (err) {
      status.fail(err, 'Could not save the setting');
      load();
    }
  };

  // The popup's copy of offSites may be stale: a hover card turns a site off too. So the
  // background adds or takes out the one host, reading and writing the list at once.
  const setSiteOff = async (site: string, off: boolean): Promise<void> => {
    try {
      setSettings(await send(off ? 'settings/site-off' : 'settings/site-on', { host: site }));
      status.say('ok', 'Saved.');
    } catch (err) {
      status.fail(err, 'Could not save the setting');
      load();
    }
  };

  /** `onLoad`: the page was opened in a tab to run this export (open-in-tab.ts). */
  const exportAs = async (format: ExportFormat, onLoad = false): Promise<void> => {
    // Firefox's toolbar popup: a save dialog would close it and the download with it.
    if (openInTab && !onLoad) return openInTab('settings', format);
    try {
      const file = await exportBackup(send, format);
      download(file);
      status.say('ok', `Exported ${file.filename}.`);
    } catch (err) {
      status.fail(err, 'Could not export');
    }
    // A new tab has no control of the user's yet: the focus goes to what happened.
    if (onLoad) status.focus();
  };
  useEffect(() => {
    if (exportOnLoad) void exportAs(exportOnLoad, true);
  }, []); // once: the address that named it no longer does

  const importFile = async (input: HTMLInputElement): Promise<void> => {
    const file = input.files?.[0];
    if (!file) return;
    refusedFile.current = null; // the last refusal's valid records are not this file's
    try {
      // Read as Library reads files: an image is said to be one, not quoted byte by byte.
      const read = await readFileText(file);
      if ('problem' in read) refused({ ok: false, errors: [`${file.name} is not a Backstory backup: it is ${read.problem}.`] });
      else await importText({ text: read.text, name: file.name }, false);
    } catch (err) {
      status.fail(err, 'Could not import');
    } finally {
      input.value = '';
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
      status.clear();
      load();
      onStoreChanged();
    } else refused({ ...outcome, errors: outcome.errors.map((e) => e.replace(/^\(file\):/, `${file.name}:`)) });
  };

  /** The problems are listed under the chooser; the status says how many, and where. */
  const refused = (outcome: Extract<ImportOutcome, { ok: false }>): void => {
    setImported(outcome);
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

  const wipe = async (): Promise<void> => {
    // A second click on Yes before the answer would wipe again (and anything stored in
    // between with it). A ref, not state: both clicks can come before a render.
    if (wiping.current) return;
    wiping.current = true;
    setWipeBusy(true);
    try {
      await send('store/wipe', { confirm: 'wipe-everything' });
      setConfirmWipe(false);
      status.say('ok', 'Everything was deleted: articles, notes and settings.');
      // The confirmation goes with the focus in it: the message says what happened.
      status.focus();
      load();
      onStoreChanged();
    } catch (err) {
      status.fail(err, 'Could not wipe the store');
    } finally {
      wiping.current = false;
      setWipeBusy(false);
    }
  };

  if (!settings) return <p class="muted">Loading settings…</p>;
  const off = host ? isSiteOff(settings.offSites, host) : false;

  return (
    <>
      <fieldset>
        <legend>Highlight</legend>
        <ul class="kinds">
          {KIND_ORDER.map((k) => (
            <li key={k}>
              <label>
                <input type="checkbox" data-setting={`type-${k}`} checked={settings.types[k]} onChange={(e) => void update({ types: { [k]: e.currentTarget.checked } })} /> {KIND_LABEL[k]}
              </label>
              <input type="color" data-setting={`colour-${k}`} aria-label={`Colour of ${KIND_LABEL[k].toLowerCase()}`} value={shownColour(settings.colours, k)} onChange={(e) => void update({ colours: { [k]: e.currentTarget.value } })} />
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset>
        <legend>This site</legend>
        <label>
          <input
            type="checkbox"
            data-setting="site-off"
            checked={off}
            disabled={!host}
            onChange={(e) => host && void setSiteOff(host, e.currentTarget.checked)}
          />{' '}
          {host ? `Backstory off on ${host}` : 'Backstory off on this site (not a web page)'}
        </label>
      </fieldset>
      <fieldset>
        <legend>Behaviour</legend>
        {/* Named by aria-labelledby: the <label> alone names its first labellable child, the <output>. */}
        <label class="stacked">
          <span id="sensitivity-label">
            Topic sensitivity: <output>{settings.topicSensitivity.toFixed(2)}</output>
          </span>
          <input type="range" aria-labelledby="sensitivity-label" data-setting="sensitivity" min={0} max={1} step={0.05} value={settings.topicSensitivity} aria-describedby="sensitivity-help" onChange={(e) => void update({ topicSensitivity: Number(e.currentTarget.value) })} />
          <span id="sensitivity-help" class="muted small">
            Higher counts more pages as being about your topics. Even at the highest, a page must share their main terms.
          </span>
        </label>
        <label class="stacked">
          <span>Hover delay (ms)</span>
          <input
            type="number"
            data-setting="hover-delay"
            min={0}
            max={3000}
            step={50}
            value={settings.hoverDelayMs}
            onChange={(e) => {
              const field = e.currentTarget;
              // An emptied field is not 0 ms (Number('') is 0).
              const v = field.value.trim() === '' ? NaN : Math.round(Number(field.value));
              if (Number.isFinite(v) && v >= 0 && v <= 3000) void update({ hoverDelayMs: v });
              else {
                status.say('error', 'Hover delay: a whole number of milliseconds from 0 to 3000; kept at the last one saved.');
                field.value = String(settings.hoverDelayMs);
              }
            }}
          />
        </label>
      </fieldset>
      <fieldset>
        <legend>Export</legend>
        <div class="buttons">
          <button type="button" data-action="export-backup" onClick={() => void exportAs('backup')}>
            Backup (JSON)
          </button>
          <button type="button" data-action="export-jsonld" onClick={() => void exportAs('jsonld')}>
            Notes (JSON-LD)
          </button>
          <button type="button" data-action="export-markdown" onClick={() => void exportAs('markdown')}>
            Notes (Markdown)
          </button>
        </div>
        {openInTab && <p class="muted small">In Firefox, exports open in a tab: a save dialog would close this popup.</p>}
      </fieldset>
      <fieldset>
        <legend>Import</legend>
        <FileChooser label="Import a backup…" panel="settings" dataName="import-backup" accept=".json,application/json" onFiles={(input) => void importFile(input)} />
        <ImportResult outcome={imported} busy={importBusy} focusReport={reportFocus} onImportValid={() => void importValid()} />
      </fieldset>
      <fieldset class="danger">
        <legend>Delete everything</legend>
        {!confirmWipe ? (
          <button type="button" data-action="wipe" class="danger-button" ref={wipeButton} onClick={() => setConfirmWipe(true)}>
            Delete all articles, notes and settings…
          </button>
        ) : (
          <WipeConfirm busy={wipeBusy} onConfirm={() => void wipe()} onCancel={cancelWipe} />
        )}
      </fieldset>
    </>
  );
}

/** The second step of wiping; focus lands on Cancel, the safe choice. Escape cancels. */
function WipeConfirm({ busy, onConfirm, onCancel }: { busy: boolean; onConfirm: () => void; onCancel: () => void }): JSX.Element {
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  const onKey = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape') return;
    // Not the popup's own Escape (which would close it): this dialog's.
    e.preventDefault();
    e.stopPropagation();
    onCancel();
  };
  return (
    <div role="alertdialog" aria-labelledby="wipe-q" class="confirm" onKeyDown={onKey}>
      <p id="wipe-q">Delete every stored article, note and setting? This cannot be undone (export a backup first).</p>
      <div class="buttons">
        {/* aria-disabled, not disabled: a disabled button would drop the focus to <body>. */}
        <button type="button" data-action="wipe-confirm" class="danger-button" aria-disabled={busy} onClick={onConfirm}>
          {busy ? 'Deleting…' : 'Yes, delete everything'}
        </button>
        <button type="button" data-action="wipe-cancel" aria-disabled={busy} onClick={onCancel} ref={cancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
