// Marks in the page's shadow roots, painted in a build whose highlight rules do not reach
// there (Firefox's: background/shadow-highlights.ts says why). Once the frame has marks in a
// shadow root (a run's, observers.ts, or a note's, notes-layer.ts), the background puts the
// highlight rules in as user sheets scoped to shadow trees (page/shadow-sheet): content.css's,
// and the run's colour rules, the same text as its adopted sheet (settings-colours.ts), again
// whenever that changes. One per frame: the sheets stay with the document, across runs. No
// page node changes, and the document's own cascade is left alone. In Chromium nothing is
// asked: its rules, on :root, are inherited into shadow trees.
import { send } from '../messaging/send';
import { HIGHLIGHT_SCOPE } from './highlight-palettes';

/** Whether this build's rules reach shadow trees (Chromium's, inherited from :root). */
const RULES_REACH_SHADOW_TREES = HIGHLIGHT_SCOPE !== '';

export class ShadowStyles {
  /** The run's colour rules (null until a run painted). */
  private colours: string | null = null;
  /** The colour rules the frame's sheets hold; undefined while it has none. */
  private held: string | undefined;
  private wanted = false;
  private busy = false;
  private failed = false;

  constructor(private readonly reach = RULES_REACH_SHADOW_TREES) {}

  /** The run's colour rules are now `css` ('' for none). */
  setColours(css: string): void {
    this.colours = css;
    void this.sync();
  }

  /** The frame has marks (or is about to) in a shadow root. */
  want(): void {
    if (this.reach) return;
    this.wanted = true;
    void this.sync();
  }

  /** One request at a time, each from what the last one left; the latest colours win. */
  private async sync(): Promise<void> {
    const css = this.colours;
    if (!this.wanted || this.busy || this.failed || css === null || css === this.held) return;
    this.busy = true;
    try {
      await send('page/shadow-sheet', this.held === undefined ? { css } : { css, was: this.held });
      this.held = css;
    } catch (err) {
      // The marks in shadow roots stay unpainted, as before; the rest of the page is not touched.
      console.info('Backstory: highlights inside shadow roots cannot be painted here', err);
      this.failed = true;
    } finally {
      this.busy = false;
    }
    void this.sync();
  }
}

/** This frame's. */
export const shadowStyles = new ShadowStyles();
