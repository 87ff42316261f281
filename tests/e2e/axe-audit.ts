// An automated accessibility audit of an extension page or frame with axe-core: its source
// is evaluated in the page (puppeteer's evaluate is not held to the page's CSP, so an
// extension page's script-src 'self' does not stop it), then axe.run checks the WCAG 2.0
// and 2.1 A and AA rules. What comes back is one line per failing node, for the test's
// expect to print. Shared by a11y.test.ts and a11y-states.test.ts, with the few probes
// both use (the name of an element, the scheme a page sees, a planted fault).
//
//   expect(await axeViolations(popup.page)).toEqual([]);
//   expect(await findings(card.frame)).toEqual([]);   // and what axe left undecided
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'puppeteer-core';
import { contrastRatio, over, parseRgb, type Rgba } from '../../src/core/colour-luminance';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG rule sets: 2.0 and 2.1, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** Also axe's best practices (landmarks, heading order, ARIA use that is allowed but
 *  unheard): they catch what a screen reader user meets first. */
export const AUDIT_TAGS = [...WCAG_TAGS, 'best-practice'];

/** Rules that do not apply to a 400 px popup or a hover card, which are widgets rather than
 *  documents; each is off with the reason. Never color-contrast. */
export const NOT_FOR_WIDGETS: Record<string, string> = {
  // The popup is named by its tab strip and each panel's sections by their h2s; the card is
  // a dialog named by its h1. A page-level h1 above the tabs would repeat "Backstory",
  // which the toolbar button and the tablist already say.
  'page-has-heading-one': 'a popup is not a document with a title heading',
};

export interface AxeOptions {
  /** Rule ids turned off here, beyond NOT_FOR_WIDGETS. */
  disable?: string[];
}

export interface AxeFindings {
  /** "id (impact) [target]: summary", one per failing node. */
  violations: string[];
  /** "id [target]: why", one per node axe could not decide on (its "incomplete"). */
  unsure: string[];
}

/** Puts axe in `target`'s document, once. */
async function loadAxe(target: Page | Frame): Promise<void> {
  const present = await target.evaluate(() => typeof (globalThis as { axe?: unknown }).axe === 'object');
  if (!present) await target.evaluate(AXE_SOURCE);
}

/** Every WCAG A/AA and best-practice violation in `target`'s document, and what axe could
 *  not decide. */
export async function axeAudit(target: Page | Frame, opts: AxeOptions = {}): Promise<AxeFindings> {
  await loadAxe(target);
  const off = [...Object.keys(NOT_FOR_WIDGETS), ...(opts.disable ?? [])];
  // No named inner functions in here: the test runner's transpiler would wrap them in a
  // helper the page does not have (page-probes.ts).
  return target.evaluate(
    async (tags: string[], disabled: string[]) => {
      const rules: Record<string, { enabled: boolean }> = {};
      for (let i = 0; i < disabled.length; i++) rules[disabled[i] as string] = { enabled: false };
      type Node = { target: unknown[]; failureSummary?: string; any: { message: string }[] };
      type Result = { id: string; impact?: string | null; nodes: Node[] };
      const axe = (globalThis as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: Result[]; incomplete: Result[] }> } }).axe;
      const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, rules, resultTypes: ['violations', 'incomplete'] });
      const violations: string[] = [];
      const unsure: string[] = [];
      for (let v = 0; v < result.violations.length; v++) {
        const violation = result.violations[v] as Result;
        for (let n = 0; n < violation.nodes.length; n++) {
          const node = violation.nodes[n] as Node;
          violations[violations.length] = `${violation.id} (${violation.impact ?? 'n/a'}) ${JSON.stringify(node.target)}: ${(node.failureSummary ?? '').split('\n').join(' ')}`;
        }
      }
      for (let v = 0; v < result.incomplete.length; v++) {
        const open = result.incomplete[v] as Result;
        for (let n = 0; n < open.nodes.length; n++) {
          const node = open.nodes[n] as Node;
          unsure[unsure.length] = `${open.id} ${JSON.stringify(node.target)}: ${node.any[0]?.message ?? ''}`;
        }
      }
      return { violations, unsure };
    },
    AUDIT_TAGS,
    off,
  );
}

/** Every violation in `target`'s document, as "id (impact) [target]: summary". */
export async function axeViolations(target: Page | Frame, opts: AxeOptions = {}): Promise<string[]> {
  return (await axeAudit(target, opts)).violations;
}

/** The fields a reader types or picks in, whose border is what shows where they are. */
const FIELDS = 'input[type="search"], input[type="text"], input[type="number"], input[type="color"], select, textarea';

/** WCAG 1.4.11 (non-text contrast), which axe does not check: each visible field's border
 *  against the field's own background and the one around it, at least 3:1. One line per
 *  field that falls short. */
export async function faintFieldBorders(target: Page | Frame): Promise<string[]> {
  const fields = await target.evaluate((selector: string) => {
    const out: { name: string; border: string; inside: string; outside: string }[] = [];
    const found = document.querySelectorAll(selector);
    for (let i = 0; i < found.length; i++) {
      const field = found[i] as HTMLElement;
      if (field.getClientRects().length === 0) continue;
      const style = getComputedStyle(field);
      // The first opaque background from the field's parent up.
      let outside = 'rgb(255, 255, 255)';
      for (let el = field.parentElement; el; el = el.parentElement) {
        const bg = getComputedStyle(el).backgroundColor;
        if (bg !== 'transparent' && bg.indexOf('rgba(0, 0, 0, 0)') !== 0) {
          outside = bg;
          break;
        }
      }
      const inside = style.backgroundColor === 'transparent' || style.backgroundColor.indexOf('rgba(0, 0, 0, 0)') === 0 ? outside : style.backgroundColor;
      const label = field.getAttribute('aria-label') ?? field.getAttribute('data-setting') ?? field.id;
      out[out.length] = { name: `${field.tagName.toLowerCase()}[${label}]`, border: style.borderTopColor, inside, outside };
    }
    return out;
  }, FIELDS);
  const faint: string[] = [];
  for (const f of fields) {
    const [border, inside, outside] = [f.border, f.inside, f.outside].map(parseRgb);
    if (!border || !inside || !outside) {
      faint.push(`${f.name}: unreadable colours ${f.border} / ${f.inside} / ${f.outside}`);
      continue;
    }
    const ratio = Math.min(contrastRatio(over(border, inside), inside), contrastRatio(over(border, outside), outside));
    if (ratio < 3) faint.push(`non-text-contrast ${f.name}: border ${f.border} is ${ratio.toFixed(2)}:1 against ${f.inside} / ${f.outside}`);
  }
  return faint;
}

/** The buttons a reader presses (file choosers are labels drawn as buttons). Disabled ones
 *  are left out, as WCAG leaves them. */
const BUTTONS = 'button:not([disabled]), .file-button';

/** WCAG 1.4.11 for buttons: where a button draws its bounds (a border, or a background of
 *  its own), they stand out from the background around it at 3:1 at least, by the border
 *  or by the fill. Buttons drawn as text alone (tabs, links) are left to their text. One
 *  line per button that falls short. */
export async function faintButtonBounds(target: Page | Frame): Promise<string[]> {
  const buttons = await target.evaluate((selector: string) => {
    const clear = (c: string): boolean => c === 'transparent' || c.indexOf('rgba(0, 0, 0, 0)') === 0;
    const out: { name: string; border: string | null; fill: string | null; outside: string }[] = [];
    const found = document.querySelectorAll(selector);
    for (let i = 0; i < found.length; i++) {
      const button = found[i] as HTMLElement;
      if (button.getClientRects().length === 0) continue;
      const style = getComputedStyle(button);
      const border = parseFloat(style.borderTopWidth) > 0 && style.borderTopStyle !== 'none' && !clear(style.borderTopColor) ? style.borderTopColor : null;
      const fill = clear(style.backgroundColor) ? null : style.backgroundColor;
      if (border === null && fill === null) continue;
      let outside = 'rgb(255, 255, 255)';
      for (let el = button.parentElement; el; el = el.parentElement) {
        const bg = getComputedStyle(el).backgroundColor;
        if (!clear(bg)) {
          outside = bg;
          break;
        }
      }
      const name = (button.getAttribute('data-action') ?? button.getAttribute('aria-label') ?? button.textContent ?? '').trim().slice(0, 40);
      out[out.length] = { name: `${button.tagName.toLowerCase()}[${name}]`, border, fill, outside };
    }
    return out;
  }, BUTTONS);
  const faint: string[] = [];
  for (const b of buttons) {
    const outside = parseRgb(b.outside);
    const border = b.border === null ? null : parseRgb(b.border);
    const fill = b.fill === null ? null : parseRgb(b.fill);
    if (!outside || (b.border !== null && !border) || (b.fill !== null && !fill)) {
      faint.push(`${b.name}: unreadable colours ${b.border} / ${b.fill} / ${b.outside}`);
      continue;
    }
    const against = (c: Rgba | null): number => (c ? contrastRatio(over(c, outside), outside) : 0);
    const ratio = Math.max(against(border), against(fill));
    if (ratio < 3) faint.push(`non-text-contrast ${b.name}: bounds ${b.border ?? 'none'} / ${b.fill ?? 'none'} are ${ratio.toFixed(2)}:1 against ${b.outside}`);
  }
  return faint;
}

/** What an audit reports in `target`: axe's violations and, as failures too, what it could
 *  not decide (a colour it could not check is a colour nobody checked); and fields and
 *  buttons whose bounds are too faint to find. */
export async function findings(target: Page | Frame): Promise<string[]> {
  const found = await axeAudit(target);
  return [...found.violations, ...found.unsure.map((line) => `needs review: ${line}`), ...(await faintFieldBorders(target)), ...(await faintButtonBounds(target))];
}

/** The accessible name of the first element matching `selector`, as axe computes it (what a
 *  screen reader says); null when there is no such element. */
export async function accessibleName(target: Page | Frame, selector: string): Promise<string | null> {
  await loadAxe(target);
  return target.evaluate((sel: string) => {
    const el = document.querySelector(sel);
    if (!el) return null;
    type Api = { setup(root: Node): unknown; teardown(): void; utils: { getNodeFromTree(el: Element): unknown }; commons: { text: { accessibleTextVirtual(node: unknown): string } } };
    const axe = (globalThis as unknown as { axe: Api }).axe;
    // Names are computed over axe's own tree of the document, built for the question.
    axe.setup(document);
    try {
      return axe.commons.text.accessibleTextVirtual(axe.utils.getNodeFromTree(el));
    } finally {
      axe.teardown();
    }
  }, selector);
}

/** A fault planted in `target` (grey on grey, an unlabelled field) is reported, then removed:
 *  the rule ids axe gave. */
export async function plantedFaults(target: Page | Frame): Promise<string[]> {
  await target.evaluate(() => {
    const planted = document.createElement('div');
    planted.id = 'planted-fault';
    planted.innerHTML = '<p style="color:#888;background:#999">Faint</p><input type="text">';
    document.body.append(planted);
  });
  try {
    return (await axeViolations(target)).map((line) => line.split(' ')[0] ?? '');
  } finally {
    await target.evaluate(() => document.getElementById('planted-fault')?.remove());
  }
}

/** Whether `target` sees a dark colour scheme. */
export const prefersDark = (target: Page | Frame): Promise<boolean> => target.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);

/** Lets each popup panel grow to its full height (the popup document scrolls instead): to
 *  axe, text scrolled out of a panel is "obscured", and its contrast goes unchecked. */
export async function showWholePanels(popup: Page): Promise<void> {
  await popup.evaluate(() => {
    // A constructed sheet: extension pages' CSP has no say over it.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('#app { height: auto !important; max-height: none !important; } .panel { overflow: visible !important; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  });
}
