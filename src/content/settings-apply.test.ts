// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';

const send = vi.fn();
vi.mock('../messaging/send', () => ({ send: (...args: unknown[]) => send(...args) }));
import { DEFAULT_SETTINGS } from '../core/records';
import { sensitiveProfile } from '../core/records';
import type { HighlightKind, PageAnnotation } from '../core/types';
import { createPageRun } from './page-run';
import { enabledKinds, followSettingsChange, KindFilteredHighlighter, LiveSettings, loadStart, siteIsOff } from './settings-apply';
import type { ColourSheet } from './settings-colours';
import { readTextMap } from './text-map';
import { FakeHighlight, FakeStaticRange } from '../../tests/support/fake-highlight-api';

describe('settings in the content script', () => {
  it('is off only on the hosts listed, whatever their case', () => {
    const settings = { offSites: ['News.Example.com'] };
    expect(siteIsOff(settings, 'news.example.com')).toBe(true);
    expect(siteIsOff(settings, 'example.com')).toBe(false);
    expect(siteIsOff(settings, 'www.news.example.com')).toBe(false);
    expect(siteIsOff({ offSites: [] }, 'news.example.com')).toBe(false);
  });

  it('shows the kinds switched on', () => {
    const kinds = enabledKinds({ types: { ...DEFAULT_SETTINGS.types, number: false, date: false } });
    expect([...kinds].sort()).toEqual(['event', 'org', 'person', 'place']);
  });

  it('moves the topic threshold with the sensitivity (0.5 keeps it, the ends scale it by 1.5)', () => {
    const profile = { weights: { gaza: 1 }, threshold: 0.15 };
    expect(sensitiveProfile(profile, 0.5).threshold).toBeCloseTo(0.15);
    expect(sensitiveProfile(profile, 0).threshold).toBeCloseTo(0.225);
    expect(sensitiveProfile(profile, 1).threshold).toBeCloseTo(0.1);
    expect(sensitiveProfile(profile, 0.5).weights).toBe(profile.weights);
  });

  it('falls back to the defaults, and no notes known, when the background cannot answer', async () => {
    send.mockRejectedValueOnce(new Error('No answer from the background'));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await loadStart('https://a.example/')).toEqual({ settings: DEFAULT_SETTINGS, notes: null });
    const stored = { settings: { ...DEFAULT_SETTINGS, hoverDelayMs: 900 }, notes: [] };
    send.mockResolvedValueOnce(stored);
    expect(await loadStart('https://a.example/')).toBe(stored);
    expect(send).toHaveBeenLastCalledWith('page/start', { pageUrl: 'https://a.example/' });
    send.mockResolvedValueOnce({ ...stored, notes: null });
    await loadStart();
    expect(send).toHaveBeenLastCalledWith('page/start', {});
  });
});

describe('a settings change reaching the live run', () => {
  const all = (): Set<HighlightKind> => enabledKinds(DEFAULT_SETTINGS);
  const without = (...off: HighlightKind[]): Set<HighlightKind> => new Set([...all()].filter((k) => !off.includes(k)));

  function page() {
    vi.stubGlobal('Highlight', FakeHighlight);
    vi.stubGlobal('StaticRange', FakeStaticRange);
    document.body.innerHTML = '<p>Netanyahu met Hamas mediators in Doha on Monday.</p>';
    const map = readTextMap(document.body);
    const at = (text: string, kind: HighlightKind): PageAnnotation => {
      const start = map.text.indexOf(text);
      return { start, end: start + text.length, text, kind, entityId: null, canonical: null };
    };
    const registry = new Map<string, FakeHighlight>();
    const count = (kind: HighlightKind): number => registry.get(`backstory-${kind}`)?.size ?? -1;
    const annotations = [at('Netanyahu', 'person'), at('Hamas', 'org'), at('Doha', 'place'), at('Monday', 'date')];
    return { map, registry: registry as unknown as HighlightRegistry, count, annotations };
  }

  it('draws switched-on kinds and drops switched-off ones in place, the rest untouched', async () => {
    const { map, registry, count, annotations } = page();
    const highlighter = new KindFilteredHighlighter(registry, without('person'));
    highlighter.add(map, annotations);
    await vi.waitFor(() => expect(count('org')).toBe(1));
    expect([count('person'), count('place'), count('date')]).toEqual([0, 1, 1]);
    const hamas = (): string[] => highlighter.index.at(map.nodes[0]!, map.text.indexOf('Hamas') + 1).map((m) => m.annotation.text);
    expect(hamas()).toEqual(['Hamas']);

    highlighter.show(without('org'));
    // At once: the org mark leaves, and the other kinds never blank.
    expect([count('org'), count('place'), count('date')]).toEqual([0, 1, 1]);
    await vi.waitFor(() => expect(count('person')).toBe(1));
    expect(highlighter.marks.map((m) => m.annotation.text)).toEqual(['Netanyahu', 'Doha', 'Monday']);
    // Hover finds no hidden mark, though Hamas was indexed while drawn.
    expect(hamas()).toEqual([]);
    highlighter.dispose();
  });

  it('applies kinds, colours and the hover delay to the run; the site or the gate moving takes a fresh run', () => {
    const { registry } = page();
    const frame = { current: DEFAULT_SETTINGS };
    const live = new LiveSettings(frame, 'news.example');
    const highlighter = new KindFilteredHighlighter(registry, all());
    const show = vi.spyOn(highlighter, 'show');
    const colours = { set: vi.fn(() => true) };
    live.highlighter = highlighter;
    live.colours = colours as unknown as ColourSheet;
    const run = createPageRun(new AbortController().signal, highlighter, () => [], [], frame);

    const next = { ...DEFAULT_SETTINGS, types: { ...DEFAULT_SETTINGS.types, person: false }, colours: { ...DEFAULT_SETTINGS.colours, org: 'red' }, hoverDelayMs: 900 };
    expect(live.update(next)).toBe(true);
    expect(show).toHaveBeenCalledWith(without('person'));
    expect(colours.set).toHaveBeenCalledWith(next);
    expect(run.hoverDelayMs).toBe(900);
    expect(live.settings).toBe(next);
    // Another site switched off changes nothing here.
    expect(live.update({ ...next, offSites: ['other.example'] })).toBe(true);

    expect(live.update({ ...next, offSites: ['news.example'] })).toBe(false);
    expect(live.update({ ...next, topicSensitivity: 0.8 })).toBe(false);
    highlighter.dispose();
  });

  it('keeps one copy of the settings: a change taken in place is what every reader sees, a refused one changes nothing', () => {
    const frame = { current: DEFAULT_SETTINGS };
    const earlier = new LiveSettings(frame, 'news.example');
    const live = new LiveSettings(frame, 'news.example');
    const next = { ...DEFAULT_SETTINGS, types: { ...DEFAULT_SETTINGS.types, org: false }, colours: { ...DEFAULT_SETTINGS.colours, org: 'red' } };
    expect(live.update(next)).toBe(true);
    expect(frame.current).toBe(next);
    expect(earlier.settings).toBe(next);
    expect(live.update({ ...next, offSites: ['news.example'] })).toBe(false);
    expect(frame.current).toBe(next);
  });

  it('restarts only when the run cannot take the change, and not for a run already replaced', async () => {
    const live = new LiveSettings({ current: DEFAULT_SETTINGS }, 'news.example');
    const restart = vi.fn();
    const types = { ...DEFAULT_SETTINGS.types, date: false };
    send.mockResolvedValueOnce({ settings: { ...DEFAULT_SETTINGS, types }, notes: null });
    const run = new AbortController();
    expect(await followSettingsChange(run.signal, () => live, restart)).toMatchObject({ types });
    expect(restart).not.toHaveBeenCalled();
    expect(send).toHaveBeenLastCalledWith('page/start', {});

    send.mockResolvedValueOnce({ settings: { ...DEFAULT_SETTINGS, topicSensitivity: 0.9 }, notes: null });
    expect(await followSettingsChange(run.signal, () => live, restart)).toBeNull();
    expect(restart).toHaveBeenCalledTimes(1);

    // No run to apply it to yet (its page/start still out), or the background silent.
    send.mockResolvedValueOnce({ settings: DEFAULT_SETTINGS, notes: null });
    await followSettingsChange(run.signal, () => null, restart);
    send.mockRejectedValueOnce(new Error('No answer from the background'));
    await followSettingsChange(run.signal, () => live, restart);
    expect(restart).toHaveBeenCalledTimes(3);

    // A later push, or a run started meanwhile, wins.
    send.mockResolvedValueOnce({ settings: DEFAULT_SETTINGS, notes: null });
    const first = followSettingsChange(run.signal, () => null, restart);
    send.mockResolvedValueOnce({ settings: DEFAULT_SETTINGS, notes: null });
    const second = followSettingsChange(run.signal, () => live, restart);
    run.abort();
    await Promise.all([first, second]);
    expect(restart).toHaveBeenCalledTimes(3);
  });
});
