import { describe, expect, it } from 'vitest';
import { isRequestEnvelope } from './envelope';
import { isTabRequestEnvelope } from './tab-contract';

describe('the two envelopes', () => {
  it('each take their own mark and a kind, so a tab request is never read as a runtime one', () => {
    const runtime = { backstory: 1, kind: 'settings/get', req: {} };
    const tab = { backstoryTab: 1, kind: 'tab/where', req: {} };
    expect([isRequestEnvelope(runtime), isTabRequestEnvelope(runtime)]).toEqual([true, false]);
    expect([isRequestEnvelope(tab), isTabRequestEnvelope(tab)]).toEqual([false, true]);
  });

  it('refuse what is no object, has no kind, or another mark value', () => {
    for (const v of [null, 'backstory', { backstory: 1 }, { backstory: 2, kind: 'x' }, { backstoryTab: true, kind: 'x' }]) {
      expect(isRequestEnvelope(v) || isTabRequestEnvelope(v)).toBe(false);
    }
  });
});
