// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';

const send = vi.fn();
vi.mock('../messaging/send', () => ({ send: (...args: unknown[]) => send(...args) }));
vi.mock('../platform/browser', () => ({ ext: {} }));
import { DEFAULT_SETTINGS } from '../core/records';
import { sensitiveProfile } from '../core/records';
import { enabledKinds, loadStart, siteIsOff } from './settings-apply';

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

  it('moves the topic threshold with the sensitivity (0.5 keeps it, 1 lets every page in)', () => {
    const profile = { weights: { gaza: 1 }, threshold: 0.15 };
    expect(sensitiveProfile(profile, 0.5).threshold).toBeCloseTo(0.15);
    expect(sensitiveProfile(profile, 0).threshold).toBeCloseTo(0.3);
    expect(sensitiveProfile(profile, 1).threshold).toBe(0);
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
