import { describe, expect, it } from 'vitest';
import { topicWords } from './topic-words';

describe('topicWords', () => {
  it('says the score and the bar in plain words, with the Settings sensitivity that set the bar', () => {
    const on = topicWords({ score: 0.51, onTopic: true, threshold: 0.15 }, 0.5);
    expect(on).toBe('Scores 0.51; pages scoring 0.15 or more are highlighted (at Topic sensitivity 0.50, in Settings).');
    expect(topicWords({ score: 0.05, onTopic: false, threshold: 0.15 }, 0.5)).toBe('Scores 0.05; a page needs 0.15 or more to be highlighted (at Topic sensitivity 0.50, in Settings).');
    // Settings shows the slider's value with two decimals: the same figure here.
    expect(topicWords({ score: 0.31, onTopic: true, threshold: 0.1 }, 1)).toContain('(at Topic sensitivity 1.00, in Settings)');
  });
  it('never says "threshold" or a bare comparison sign', () => {
    for (const t of [topicWords({ score: 0.51, onTopic: true, threshold: 0.15 }, 0.5), topicWords({ score: 0.05, onTopic: false, threshold: 0.15 })]) {
      expect(t).not.toMatch(/threshold|[<≥>]/);
    }
  });
  it('says why a page reaching the bar is still off, without claiming it falls short', () => {
    const kept = topicWords({ score: 0.12, onTopic: false, threshold: 0.1 }, 1);
    expect(kept).toBe("Scores 0.12, reaching the 0.10 a page needs (at Topic sensitivity 1.00, in Settings), but too little of it is the stored articles' own names and words.");
    expect(kept).not.toMatch(/needs 0\.10 or more to be/);
  });
  it('leaves out what it does not know', () => {
    expect(topicWords({ score: 0.31, onTopic: true, threshold: 0.15 })).toBe('Scores 0.31; pages scoring 0.15 or more are highlighted.');
    expect(topicWords({ score: 0.2, onTopic: false })).toBe('Scores 0.20.');
  });
});
