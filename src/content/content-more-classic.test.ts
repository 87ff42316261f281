import { afterEach, describe, expect, it } from 'vitest';
import * as More from './content-more';
import { MORE_HANDOFF } from './more-handoff';
import type { PageRun } from './page-run';

const g = globalThis as Record<string, unknown>;
afterEach(() => {
  delete g[MORE_HANDOFF];
});

describe('the classic copy of content-more', () => {
  it("leaves the module's exports in one unlisted global, without hover or keyboard", async () => {
    await import('./content-more-classic');
    expect(Object.keys(g)).not.toContain(MORE_HANDOFF);
    const left = g[MORE_HANDOFF] as typeof More;
    expect(left.answerTabRequest).toBe(More.answerTabRequest);
    expect(left.placeNotes).toBe(More.placeNotes);
    // Firefox refuses card.html where this copy is needed: no card host is made.
    const run = { card: null } as unknown as PageRun;
    left.startInteraction(run);
    expect(run.card).toBeNull();
  });
});
