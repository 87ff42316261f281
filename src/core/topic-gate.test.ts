import { describe, expect, it } from 'vitest';
import { GATE_SAMPLE, gateSample, scorePage } from './topic-gate';
import type { TopicProfile } from './types';

const profile: TopicProfile = { weights: { gaza: 2, hostages: 2, ceasefire: 2, israel: 1 }, threshold: 0.15 };

describe('the topic gate', () => {
  it('reads only the start of a long text', () => {
    expect(gateSample('a'.repeat(GATE_SAMPLE + 10))).toHaveLength(GATE_SAMPLE);
    expect(gateSample('short')).toBe('short');
  });

  it('counts the title with the text, and a page about other things stays below the threshold', () => {
    const on = scorePage(profile, 'Gaza ceasefire holds', 'Hostages were released as the ceasefire in Gaza held. Israel confirmed it.');
    const off = scorePage(profile, 'Cup final', 'The striker scored twice as the home side won the cup final in front of a full stadium.');
    expect(on.onTopic).toBe(true);
    expect(off.onTopic).toBe(false);
    expect(on.score).toBeGreaterThan(off.score);
  });
});
