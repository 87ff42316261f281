import { describe, expect, it } from 'vitest';
import { findQuantities } from './quantities';
import { ownerContext } from './owner-context';
import { paragraphBefore } from './sentence-around';

/** ownerContext for the figure `figure` of the last sentence of `paragraph`. */
function contextOf(paragraph: string, figure: string): string | undefined {
  const start = paragraph.lastIndexOf('. ') + 2;
  const sentence = paragraph.slice(start);
  const q = findQuantities(sentence).find((x) => x.text.includes(figure));
  if (!q) throw new Error(`no ${figure} in ${sentence}`);
  return ownerContext(q, sentence, '', paragraphBefore(paragraph, start));
}

// Sentences written for these tests.
describe('ownerContext', () => {
  it('keeps the sentence that names whose figure it is, and none of the sentences before it', () => {
    const p = 'Inflation eased to 2.1% in May. The Bank of England held interest rates on Thursday. The benchmark rate stays at 4.25%.';
    expect(contextOf(p, '4.25')).toBe('The Bank of England held interest rates on Thursday.');
  });

  it('keeps the sentences from the one naming the owner on, when those after it name no one', () => {
    const p = 'The Bank of England held interest rates on Thursday. Markets had expected the pause. The benchmark rate stays at 4.25%.';
    expect(contextOf(p, '4.25')).toBe(p.slice(0, p.lastIndexOf(' The benchmark')));
  });

  it('keeps nothing when the figure’s own sentence names its owner', () => {
    const p = 'Inflation eased in May, officials said. The Bank of England kept its benchmark rate at 4.25%.';
    expect(contextOf(p, '4.25')).toBeUndefined();
  });

  it('keeps nothing when nothing before it names an owner', () => {
    const p = 'Markets were calm on Thursday. Traders had expected a pause. The benchmark rate stays at 4.25%.';
    expect(contextOf(p, '4.25')).toBeUndefined();
  });
});
