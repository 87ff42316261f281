// The user's settings as the content script applies them at the start of each page run:
// whether Backstory is off on this site, which kinds are shown, and a highlighter that
// draws only those kinds (observers and the first pass both go through it, so a switched-
// off kind is never drawn and hover, which hit-tests drawn marks only, ignores it too), and
// a change of those settings applied to the live run (LiveSettings).
import { isSiteOff } from '../core/off-sites';
import { DEFAULT_SETTINGS, type Note, type Settings } from '../core/records';
import type { HighlightKind } from '../core/types';
import { send } from '../messaging/send';
import { Highlighter } from './highlighter';
import type { ColourSheet } from './settings-colours';

/** The stored settings and, given `pageUrl`, that page's notes (page/start); the default
 *  settings and no notes known when the background cannot answer (the page still works). */
export async function loadStart(pageUrl?: string): Promise<{ settings: Settings; notes: Note[] | null }> {
  try {
    return await send('page/start', pageUrl === undefined ? {} : { pageUrl });
  } catch (err) {
    console.warn('Backstory: settings unavailable, using the defaults', err);
    return { settings: DEFAULT_SETTINGS, notes: null };
  }
}

/** Whether `host` is one the user turned Backstory off on ("www.example.com" as listed). */
export function siteIsOff(settings: Pick<Settings, 'offSites'>, host: string): boolean {
  return isSiteOff(settings.offSites, host);
}

export function enabledKinds(settings: Pick<Settings, 'types'>): Set<HighlightKind> {
  const on = new Set<HighlightKind>();
  for (const [kind, shown] of Object.entries(settings.types) as [HighlightKind, boolean][]) if (shown) on.add(kind);
  return on;
}

/** A highlighter that leaves out the kinds the user switched off. The type highlights stay
 *  registered (empty), so what the page shows under each name is still the whole truth.
 *  Hidden kinds' marks are kept: switched on again, they are drawn without a new run. */
export class KindFilteredHighlighter extends Highlighter {
  private shown: ReadonlySet<HighlightKind>;

  constructor(registry: HighlightRegistry, shown: ReadonlySet<HighlightKind>) {
    super(registry);
    this.shown = new Set(shown);
  }

  /** Draw only `kinds` from now on, the marks already made included. */
  show(kinds: ReadonlySet<HighlightKind>): void {
    if (kinds.size === this.shown.size && [...kinds].every((k) => this.shown.has(k))) return;
    this.shown = new Set(kinds);
    this.redraw();
  }

  protected override shows(kind: HighlightKind): boolean {
    return this.shown.has(kind);
  }
}

/** The settings this frame goes by: set from each run's page/start, and by a change a run
 *  takes in place. The one copy that the runs, the notes and the settings pushes all read,
 *  so none of them can go by settings another has replaced. */
export interface FrameSettings {
  current: Settings;
}

/** What a page run applied the frame's settings to: a change of the kinds shown, the
 *  colours or the hover delay reaches the live run in place (a fresh run blanked every
 *  highlight for a second while it matched the page again). */
export class LiveSettings {
  colours: ColourSheet | null = null;
  /** Whether the page reads dark (page-scheme.ts), once `colours` is made. */
  pageDark = false;
  highlighter: KindFilteredHighlighter | null = null;

  constructor(
    private readonly frame: FrameSettings,
    private readonly host: string,
  ) {}

  get settings(): Settings {
    return this.frame.current;
  }

  /** Apply `next` to the run; false when that takes a fresh run: Backstory switched on or
   *  off on this site, or the gate's sensitivity moved (the page may change sides). */
  update(next: Settings): boolean {
    const was = this.settings;
    if (siteIsOff(was, this.host) !== siteIsOff(next, this.host) || was.topicSensitivity !== next.topicSensitivity) return false;
    this.frame.current = next;
    this.colours?.set(next);
    this.highlighter?.show(enabledKinds(next));
    return true;
  }
}

/** Settings-changed pushes so far: a later push's answer wins. */
let pushes = 0;

/** The background's settings-changed push, heard during the run of `signal`: the settings
 *  now stored, applied to the run in place where they can be (`live()`), else `restart`.
 *  Resolves to the settings applied in place, or null. */
export async function followSettingsChange(signal: AbortSignal, live: () => LiveSettings | null, restart: () => void): Promise<Settings | null> {
  const push = ++pushes;
  const next = await send('page/start', {}).then(
    (start) => start.settings,
    () => null,
  );
  // A later push, or a run started since (it read them itself), has it in hand.
  if (push !== pushes || signal.aborted) return null;
  if (next && live()?.update(next)) return next;
  restart();
  return null;
}
