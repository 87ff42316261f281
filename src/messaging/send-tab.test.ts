import { beforeEach, describe, expect, it, vi } from 'vitest';

const sendMessage = vi.fn();
vi.mock('../platform/popup-api', () => ({ tabs: { sendMessage: (...args: unknown[]) => sendMessage(...args) } }));

const { sendTab, TabUnavailableError } = await import('./send-tab');

beforeEach(() => sendMessage.mockReset());

describe('sendTab', () => {
  it('sends the envelope to the top frame and unwraps the answer', async () => {
    sendMessage.mockResolvedValue({ ok: true, res: { found: true } });
    await expect(sendTab(12, 'tab/reveal', { entityId: 'org:hamas', text: 'Hamas', kind: 'org' })).resolves.toEqual({ found: true });
    expect(sendMessage).toHaveBeenCalledWith(12, { backstoryTab: 1, kind: 'tab/reveal', req: { entityId: 'org:hamas', text: 'Hamas', kind: 'org' } }, 0);
  });

  it('passes on the content script’s error message', async () => {
    sendMessage.mockResolvedValue({ ok: false, error: 'No highlight for that term' });
    await expect(sendTab(12, 'tab/selection', {})).rejects.toThrow('No highlight for that term');
  });

  it('calls a tab without a receiver "not available"', async () => {
    sendMessage.mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    await expect(sendTab(12, 'tab/page-html', {})).rejects.toBeInstanceOf(TabUnavailableError);
    sendMessage.mockResolvedValue(undefined);
    await expect(sendTab(12, 'tab/note-status', {})).rejects.toThrow(/not available on this page/);
  });
});
