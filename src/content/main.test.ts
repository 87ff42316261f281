// @vitest-environment happy-dom
// The content script's entry as a whole, with the background faked: how a run answers a
// settings change and a failed run.
import { afterAll, describe, expect, it, vi } from 'vitest';
import { describeSpan } from '../core/anchoring';
import { DEFAULT_SETTINGS, type Note, type Settings } from '../core/records';
import { packAnnotations } from '../messaging/packed-annotations';
import { FakeHighlight, FakeStaticRange } from '../../tests/support/fake-highlight-api';

vi.mock('../platform/runtime', () => import('../../tests/support/fake-runtime'));
import { push } from '../../tests/support/fake-runtime';
let stored: Settings = DEFAULT_SETTINGS;
let onTopic = true;
let pageNotes: Note[] = [];
let annotateFails = 0;
const schemes = vi.hoisted(() => ({ read: 0 }));
vi.mock('./page-scheme', async (original) => {
  const real = await original<typeof import('./page-scheme')>();
  return { ...real, pageScheme: (...args: Parameters<typeof real.pageScheme>) => (schemes.read++, real.pageScheme(...args)) };
});
const calls: string[] = [];
vi.mock('../messaging/send', () => ({
  send: (kind: string, req: { text?: string }) => {
    calls.push(kind);
    if (kind === 'page/start') return Promise.resolve({ settings: stored, notes: [] });
    if (kind === 'page/topic') return Promise.resolve({ onTopic, score: onTopic ? 1 : 0 });
    if (kind === 'notes/list') return Promise.resolve(pageNotes);
    if (kind === 'page/annotate') {
      if (annotateFails > 0) {
        annotateFails--;
        return Promise.reject(new Error('No answer from the background'));
      }
      const text = req.text ?? '';
      const at = text.indexOf('Hamas');
      return Promise.resolve(packAnnotations(at < 0 ? [] : [{ start: at, end: at + 5, text: 'Hamas', kind: 'org', entityId: null, canonical: null }]));
    }
    return Promise.resolve(null);
  },
}));

const registry = new Map<string, FakeHighlight>();
vi.stubGlobal('Highlight', FakeHighlight);
vi.stubGlobal('StaticRange', FakeStaticRange);
vi.stubGlobal('CSS', { highlights: registry, supports: () => true });
afterAll(() => vi.unstubAllGlobals());

const count = (kind: string): number => registry.get(`backstory-${kind}`)?.size ?? -1;
const times = (kind: string): number => calls.filter((k) => k === kind).length;

// The waits are hang guards: each returns as soon as what it waits for holds, and the
// content script's runs took 4 s of vitest's 5 s default on a loaded machine.
describe('the content script', { timeout: 60_000 }, () => {
  it('takes a change of the kinds shown in place: no new run, no highlight dropped meanwhile', async () => {
    document.body.innerHTML = '<p>Hamas said the truce holds.</p>';
    await import('./main');
    await vi.waitFor(() => expect(count('org')).toBe(1), { timeout: 15_000 });
    const org = registry.get('backstory-org');

    // Unticking a kind: no new run (no gate, no matching), the same highlights, emptied.
    stored = { ...DEFAULT_SETTINGS, types: { ...DEFAULT_SETTINGS.types, org: false } };
    const topics = times('page/topic');
    push({ backstory: 'settings-changed' });
    await vi.waitFor(() => expect(count('org')).toBe(0), { timeout: 15_000 });
    stored = DEFAULT_SETTINGS;
    push({ backstory: 'settings-changed' });
    await vi.waitFor(() => expect(count('org')).toBe(1), { timeout: 15_000 });
    expect(registry.get('backstory-org')).toBe(org);
    expect(times('page/topic')).toBe(topics);
  });

  it('turned off on its site: the highlights go and the tab report is dropped; turned on, they come back', async () => {
    await vi.waitFor(() => expect(count('org')).toBe(1), { timeout: 15_000 });
    const dropped = times('page/site-off');
    stored = { ...DEFAULT_SETTINGS, offSites: [location.hostname] };
    push({ backstory: 'settings-changed' });
    await vi.waitFor(() => expect(times('page/site-off')).toBe(dropped + 1), { timeout: 15_000 });
    expect(count('org')).toBe(-1);
    stored = DEFAULT_SETTINGS;
    push({ backstory: 'settings-changed' });
    await vi.waitFor(() => expect(count('org')).toBe(1), { timeout: 15_000 });
    expect(times('page/site-off')).toBe(dropped + 1);
  });

  it('runs once more after a failed run, then sleeps', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const topics = times('page/topic');
    // A library change runs afresh; its matching fails once: one more run, which holds.
    annotateFails = 1;
    push({ backstory: 'matcher-changed' });
    await vi.waitFor(() => expect(times('page/topic')).toBe(topics + 1), { timeout: 15_000 });
    await vi.waitFor(() => expect(times('page/topic')).toBe(topics + 2), { timeout: 15_000 });
    await vi.waitFor(() => expect(count('org')).toBe(1), { timeout: 15_000 });

    // Failing twice: asleep, no third try.
    annotateFails = 2;
    push({ backstory: 'matcher-changed' });
    await vi.waitFor(() => expect(times('page/topic')).toBe(topics + 4), { timeout: 15_000 });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(times('page/topic')).toBe(topics + 4);
    expect(count('org')).toBe(-1);
    expect(warn).toHaveBeenCalledTimes(3); // each failed run, once
    warn.mockRestore();
  });

  it('paints a page off topic only once it has notes to show', async () => {
    onTopic = false;
    const topics = times('page/topic');
    const read = schemes.read;
    push({ backstory: 'matcher-changed' });
    await vi.waitFor(() => expect(times('page/topic')).toBe(topics + 1), { timeout: 15_000 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(count('org')).toBe(-1);
    expect(schemes.read).toBe(read); // off topic, no notes: the scheme is never read

    // A note made on the page later is drawn in the page's scheme: the run paints then.
    const text = document.body.textContent ?? '';
    const at = text.indexOf('the truce');
    const now = new Date().toISOString();
    pageNotes = [{ id: 'urn:uuid:1', type: 'Annotation', created: now, modified: now, body: { type: 'TextualBody', value: 'check', format: 'text/plain' }, target: { source: location.href, selector: describeSpan(text, at, at + 9) }, backstory: {} }];
    push({ backstory: 'notes-changed' });
    await vi.waitFor(() => expect(registry.get('backstory-note')?.size).toBe(1), { timeout: 15_000 });
    await vi.waitFor(() => expect(schemes.read).toBe(read + 1), { timeout: 15_000 });
    push({ backstory: 'notes-changed' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(schemes.read).toBe(read + 1); // once a run
    onTopic = true;
    pageNotes = [];
  });
});
