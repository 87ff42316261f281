// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { StatusProvider, useStatus, type StatusApi } from './status';
import { click, renderWithDeps } from './test-deps';

let api: StatusApi | null = null;
function Grab(): null {
  api = useStatus();
  return null;
}

async function withStatus() {
  const r = await renderWithDeps(
    <StatusProvider>
      <Grab />
    </StatusProvider>,
  );
  if (!api) throw new Error('no status api');
  return { r, status: api };
}

/** A request that answers when told to, as a real one does some time after the click. */
function later(): { promise: Promise<void>; resolve: () => void; reject: (err: Error) => void } {
  let resolve: () => void = () => undefined;
  let reject: (err: Error) => void = () => undefined;
  const promise = new Promise<void>((ok, no) => {
    resolve = ok;
    reject = no;
  });
  return { promise, resolve, reject };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('Status', () => {
  it('moves the focus from Undo to the message once undone, though Undo lost it while busy', async () => {
    const { r, status } = await withStatus();
    const reply = later();
    await r.settle();
    status.say('ok', 'Note deleted.', () => reply.promise);
    await r.settle();
    expect(document.activeElement).toBe(r.$('[data-action="undo"]'));
    await click(r.$('[data-action="undo"]'));
    expect(r.$<HTMLButtonElement>('[data-action="undo"]')?.disabled).toBe(true);
    reply.resolve();
    await r.settle();
    expect(r.$('[data-status]')?.textContent).toBe('Undone.');
    expect(document.activeElement).toBe(r.$('[data-status]'));
  });

  it('moves the focus to the message when undo fails too', async () => {
    const { r, status } = await withStatus();
    const reply = later();
    status.say('ok', 'Note deleted.', () => reply.promise);
    await r.settle();
    await click(r.$('[data-action="undo"]'));
    reply.reject(new Error('store closed'));
    await r.settle();
    expect(r.$('[data-status]')?.textContent).toBe('Undo failed: store closed');
    expect(document.activeElement).toBe(r.$('[data-status]'));
  });

  it('moves the focus to where the undo put it back, else to the message', async () => {
    const { r, status } = await withStatus();
    const row = document.createElement('article');
    row.tabIndex = -1;
    document.body.append(row);
    status.say('ok', 'Note deleted.', async () => ({ text: 'Note restored.', focus: async () => (row.focus(), true) }));
    await r.settle();
    await click(r.$('[data-action="undo"]'));
    expect(r.$('[data-status]')?.textContent).toBe('Note restored.');
    expect(document.activeElement).toBe(row);

    // The row could not be shown (a search leaves it out): the message takes the focus.
    status.say('ok', 'Note deleted.', async () => ({ text: 'Note restored.', focus: async () => false }));
    await r.settle();
    await click(r.$('[data-action="undo"]'));
    expect(document.activeElement).toBe(r.$('[data-status]'));
  });

  it('leaves the focus alone when Undo did not have it', async () => {
    const { r, status } = await withStatus();
    const other = document.createElement('button');
    document.body.append(other);
    status.say('ok', 'Note deleted.', () => Promise.resolve());
    await r.settle();
    other.focus();
    await click(r.$('[data-action="undo"]'));
    expect(r.$('[data-status]')?.textContent).toBe('Undone.');
    expect(document.activeElement).toBe(other);
  });

  it('says where a deleted record stays: a button when the popup can go there, else the name alone', async () => {
    const { r, status } = await withStatus();
    status.deleted('Note deleted.', () => Promise.resolve());
    await r.settle();
    expect(r.$('[data-status]')?.textContent).toBe('Note deleted. Restore it within 30 days from Settings → Recently deleted.');
    expect(r.$('[data-action="show-trash"]')).toBeNull();
    expect(document.activeElement).toBe(r.$('[data-action="undo"]'));
    document.body.innerHTML = '';

    let asked = 0;
    const withLink = await renderWithDeps(
      <StatusProvider onShowTrash={() => asked++}>
        <Grab />
      </StatusProvider>,
    );
    api!.deleted('Deleted “Doha talks”.', () => Promise.resolve());
    await withLink.settle();
    // Inside the live region, so it is announced with the message.
    const link = withLink.$('[data-status] button[data-action="show-trash"]');
    expect(link?.textContent).toBe('Recently deleted');
    await click(link);
    expect(asked).toBe(1);
    expect(withLink.$('[data-status]')?.textContent).toBe('');
    expect(withLink.$('[data-action="undo"]')).toBeNull();
  });
});
