import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, effectiveThreshold, sensitiveProfile } from './records';

describe('effectiveThreshold', () => {
  it('keeps the threshold at the default sensitivity', () => {
    expect(effectiveThreshold(0.15, DEFAULT_SETTINGS.topicSensitivity)).toBeCloseTo(0.15);
  });

  it('scales it by 1.5 either way at the ends, so the most sensitive end still needs a real score', () => {
    expect(effectiveThreshold(0.15, 0)).toBeCloseTo(0.225);
    expect(effectiveThreshold(0.15, 1)).toBeCloseTo(0.1);
  });

  it('moves one way across the whole slider, and never reaches zero', () => {
    let last = Infinity;
    for (let s = 0; s <= 1.0001; s += 0.05) {
      const t = effectiveThreshold(0.15, s);
      expect(t).toBeLessThan(last);
      expect(t).toBeGreaterThanOrEqual(0.1 - 1e-9);
      last = t;
    }
  });

  it('clamps a stored value outside 0..1 to the nearest end', () => {
    expect(effectiveThreshold(0.15, 7)).toBeCloseTo(0.1);
    expect(effectiveThreshold(0.15, -1)).toBeCloseTo(0.225);
  });

  it('gives the profile the moved threshold and keeps its weights', () => {
    const profile = { weights: { gaza: 1 }, threshold: 0.15 };
    expect(sensitiveProfile(profile, 1).threshold).toBeCloseTo(0.1);
    expect(sensitiveProfile(profile, 0.5).weights).toBe(profile.weights);
  });
});
