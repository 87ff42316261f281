import { describe, expect, it } from 'vitest';
import { dispatch } from './handle';

describe('dispatch', () => {
  it('ignores messages that are not Backstory envelopes', async () => {
    expect(await dispatch({}, { hello: 1 }, {})).toBeUndefined();
  });
  it('answers an unknown kind with an error reply', async () => {
    expect(await dispatch({}, { backstory: 1, kind: 'nope', req: {} }, {})).toEqual({ ok: false, error: 'Unknown request: nope' });
  });
  it('answers an inherited property name ("toString") as an unknown kind, not as a handler', async () => {
    for (const kind of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) {
      expect(await dispatch({}, { backstory: 1, kind, req: {} }, {})).toEqual({ ok: false, error: `Unknown request: ${kind}` });
    }
  });
  it('turns a throwing handler into an error reply', async () => {
    const reply = await dispatch({ 'page/report': () => { throw new Error('bad page'); } }, { backstory: 1, kind: 'page/report', req: {} }, {});
    expect(reply).toEqual({ ok: false, error: 'bad page' });
  });
  it('wraps a handler result', async () => {
    const reply = await dispatch({ 'page/report': () => null }, { backstory: 1, kind: 'page/report', req: {} }, {});
    expect(reply).toEqual({ ok: true, res: null });
  });
});
