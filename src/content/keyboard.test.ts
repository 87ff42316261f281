// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';

// The module under test imports the extension API seam; these tests need none of it.
vi.mock('../platform/browser', () => ({ ext: {} }));
import type { Mark } from './hit-test';
import { stepIndex } from './keyboard';

const marks = [0, 1, 2, 3].map((i) => ({ annotation: { start: i, end: i + 1, text: 'x', kind: 'person', entityId: null, canonical: null } }) as unknown as Mark);
const all = (): boolean => true;

describe('stepIndex', () => {
  it('starts at the first term going forward and the last going back', () => {
    expect(stepIndex(marks, -1, 1, all)).toBe(0);
    expect(stepIndex(marks, -1, -1, all)).toBe(3);
  });
  it('wraps around at either end', () => {
    expect(stepIndex(marks, 3, 1, all)).toBe(0);
    expect(stepIndex(marks, 0, -1, all)).toBe(3);
  });
  it('skips terms that are not visible', () => {
    const visible = (m: Mark): boolean => m !== marks[1];
    expect(stepIndex(marks, 0, 1, visible)).toBe(2);
  });
  it('gives -1 when nothing is visible or there are no terms', () => {
    expect(stepIndex(marks, 0, 1, () => false)).toBe(-1);
    expect(stepIndex([], -1, 1, all)).toBe(-1);
  });
});
