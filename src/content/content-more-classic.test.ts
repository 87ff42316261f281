import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('./content-more', async (importOriginal) => ({ ...(await importOriginal<typeof import('./content-more')>()), startInteraction: vi.fn() }));
vi.mock('./inline-card', () => ({ inlineCard: () => ({}) }));
import * as More from './content-more';
import { inlineCard } from './inline-card';
import { MORE_HANDOFF } from './more-handoff';
import type { PageRun } from './page-run';

const g = globalThis as Record<string, unknown>;
afterEach(() => {
  delete g[MORE_HANDOFF];
  vi.mocked(More.startInteraction).mockClear();
});

describe('the classic copy of content-more', () => {
  it("leaves the module's exports in one unlisted global; hover and keyboard only in an opaque origin", async () => {
    await import('./content-more-classic');
    expect(Object.keys(g)).not.toContain(MORE_HANDOFF);
    const left = g[MORE_HANDOFF] as typeof More;
    expect(left.answerTabRequest).toBe(More.answerTabRequest);
    expect(left.placeNotes).toBe(More.placeNotes);
    // This realm's origin is not opaque: no card host is made.
    left.startInteraction({} as PageRun);
    expect(More.startInteraction).not.toHaveBeenCalled();
  });

  it('draws the cards of a document with an opaque origin in their hosts (card.html is refused there)', async () => {
    const { startInline } = await import('./content-more-classic');
    const run = {} as PageRun;
    const woken = { fallbackAt: 0 };
    startInline('null')(run, woken);
    expect(More.startInteraction).toHaveBeenCalledWith(run, woken, inlineCard);
    startInline('https://example.com')(run, woken);
    expect(More.startInteraction).toHaveBeenCalledTimes(1);
  });
});
