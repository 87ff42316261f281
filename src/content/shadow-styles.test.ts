import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ShadowStyles } from './shadow-styles';

const send = vi.fn<(kind: string, req: unknown) => Promise<unknown>>();
vi.mock('../messaging/send', () => ({ send: (kind: string, req: unknown) => send(kind, req) }));

const settle = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

beforeEach(() => {
  send.mockReset();
  send.mockResolvedValue(null);
});

describe('ShadowStyles', () => {
  it('asks for nothing until the frame has marks in a shadow root, and a run has painted', async () => {
    const styles = new ShadowStyles(false);
    styles.want();
    await settle();
    expect(send).not.toHaveBeenCalled();
    const none = new ShadowStyles(false);
    none.setColours('@media not print {}');
    await settle();
    expect(send).not.toHaveBeenCalled();
    styles.setColours('');
    await settle();
    // The first request brings content.css's rules in too (no `was`).
    expect(send.mock.calls).toEqual([['page/shadow-sheet', { css: '' }]]);
  });

  it('sends each change once, in turn, from what the last left; the latest colours win', async () => {
    const styles = new ShadowStyles(false);
    styles.setColours('a');
    styles.want();
    styles.want();
    styles.setColours('b'); // while the first request is out
    styles.setColours('c');
    await settle();
    await settle();
    styles.setColours('c');
    await settle();
    expect(send.mock.calls).toEqual([
      ['page/shadow-sheet', { css: 'a' }],
      ['page/shadow-sheet', { css: 'c', was: 'a' }],
    ]);
  });

  it('asks for nothing where the rules reach shadow trees (Chromium), nor again once refused', async () => {
    const chromium = new ShadowStyles(true);
    chromium.setColours('a');
    chromium.want();
    await settle();
    expect(send).not.toHaveBeenCalled();
    vi.spyOn(console, 'info').mockImplementation(() => undefined);
    send.mockRejectedValueOnce(new Error('No scripting API in this build'));
    const refused = new ShadowStyles(false);
    refused.setColours('a');
    refused.want();
    await settle();
    refused.setColours('b');
    await settle();
    expect(send).toHaveBeenCalledTimes(1);
  });
});
