import { describe, expect, it } from 'vitest';
import { addEnds, END_THRESHOLDS, endsLines, sliderEnds } from './eval-ends';
import type { PageResult } from './eval-page';

/** A page result with only what the slider's ends read. */
function page(id: string, topic: 'on' | 'near' | 'off', expectOnTopic: boolean, strictest: boolean, mostSensitive: boolean): PageResult {
  return {
    resolved: { page: { id, title: '', topic, expectOnTopic, paragraphs: [], entities: [], numbers: [], facts: [] }, text: '', entities: [], numbers: [], facts: [] },
    entities: { matches: [], falsePositives: [], falseNegatives: [] },
    numbers: { matches: [], falsePositives: [], falseNegatives: [] },
    topic: { score: 0, onTopic: false, top: '', strictest, mostSensitive },
    facts: [],
    unexpectedFacts: [],
  };
}

describe('the gate at the slider’s ends', () => {
  it('takes the thresholds from the slider: 0.225 at the strictest, 0.10 at the most sensitive', () => {
    expect(END_THRESHOLDS.strictest).toBeCloseTo(0.225);
    expect(END_THRESHOLDS.mostSensitive).toBeCloseTo(0.1);
  });

  it('lists the off pages let in at the most sensitive and the pages expected on kept out at the strictest', () => {
    const results = [
      page('nest', 'off', false, false, true),
      page('regatta', 'off', false, false, false),
      page('jenin', 'on', true, false, true),
      page('crash', 'on', true, true, true),
      page('cholera', 'near', true, false, true),
      page('montana', 'near', false, false, true),
    ];
    const ends = sliderEnds(results, 'air/');
    expect(ends).toEqual({ offPassed: ['air/nest'], onFailed: ['air/jenin'], nearFailed: ['air/cholera'] });
    expect(addEnds(ends, sliderEnds([page('hockey', 'off', false, false, true)])).offPassed).toEqual(['air/nest', 'hockey']);
    expect(endsLines(ends)).toEqual([
      'Most sensitive (threshold 0.10): 1 off-topic page(s) pass (air/nest)',
      'Strictest (threshold 0.225): 1 on page(s) fail (air/jenin); 1 near page(s) expected on fail (air/cholera)',
    ]);
  });
});
