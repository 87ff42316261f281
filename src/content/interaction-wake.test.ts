// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('../platform/runtime', () => import('../../tests/support/fake-runtime'));
import { listeners, push } from '../../tests/support/fake-runtime';
import type { Highlighter } from './highlighter';
import type { Mark } from './hit-test';
import { wakeOnInteraction, type Woken } from './interaction-wake';
import type { ContentMore } from './more-loader';
import { createPageRun, type PageRun } from './page-run';
import { DEFAULT_SETTINGS } from '../core/records';

const controllers: AbortController[] = [];
afterEach(() => {
  for (const c of controllers.splice(0)) c.abort();
  listeners.clear();
});

function setUp(load?: () => Promise<ContentMore>, pointer?: { x: number; y: number } | null) {
  const controller = new AbortController();
  controllers.push(controller);
  const run = createPageRun(controller.signal, {} as Highlighter, () => [], [], { current: { ...DEFAULT_SETTINGS, hoverDelayMs: 350 } });
  const started: Woken[] = [];
  const keyboardReveal = vi.fn();
  const more = {
    startInteraction: (r: PageRun, woken: Woken) => {
      started.push({ ...woken });
      r.reveal = keyboardReveal;
    },
  } as unknown as ContentMore;
  const loader = vi.fn(load ?? (() => Promise.resolve(more)));
  wakeOnInteraction(run, loader, pointer);
  return { run, controller, loader, started, keyboardReveal };
}

const move = (x: number, y: number): void => {
  document.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: y }));
};
const settle = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

describe('wakeOnInteraction', () => {
  it('loads nothing until the pointer moves, then once, handing on where it is now', async () => {
    const { loader, started } = setUp();
    await settle();
    expect(loader).not.toHaveBeenCalled();
    move(10, 20);
    move(30, 40);
    await settle();
    expect(loader).toHaveBeenCalledTimes(1);
    expect(started).toEqual([{ pointer: { x: 30, y: 40 }, fallbackAt: 0 }]);
    move(50, 60); // hover's own listener takes over: the wake's is gone
    await settle();
    expect(loader).toHaveBeenCalledTimes(1);
    expect(listeners.size).toBe(0);
  });

  it('wakes at once for a pointer that moved while the page was matched, handing on where it rests', async () => {
    const { loader, started } = setUp(undefined, { x: 12, y: 34 });
    await settle();
    expect(loader).toHaveBeenCalledTimes(1);
    expect(started).toEqual([{ pointer: { x: 12, y: 34 }, fallbackAt: 0 }]);
    expect(listeners.size).toBe(0);
  });

  it('waits as before when no pointer moved while the page was matched', async () => {
    const { loader } = setUp(undefined, null);
    await settle();
    expect(loader).not.toHaveBeenCalled();
  });

  it('wakes on a term command and hands the step on; other messages are not its business', async () => {
    const { loader, started } = setUp();
    push({ backstory: 'settings-changed' });
    await settle();
    expect(loader).not.toHaveBeenCalled();
    push({ backstoryCommand: 'previous-term' });
    await settle();
    expect(started).toEqual([{ step: -1, fallbackAt: 0 }]);
  });

  it('ignores a page\'s synthetic shortcut keys', async () => {
    const { loader } = setUp();
    document.dispatchEvent(new KeyboardEvent('keydown', { code: 'KeyJ', altKey: true, shiftKey: true }));
    await settle();
    expect(loader).not.toHaveBeenCalled();
  });

  it('lets the popup\'s "show me" through to the keyboard once loaded', async () => {
    const { run, started, keyboardReveal } = setUp();
    const mark = {} as Mark;
    run.reveal(mark);
    await settle();
    expect(started).toHaveLength(1);
    expect(keyboardReveal).toHaveBeenCalledWith(mark);
  });

  it('does nothing for a run that has ended', async () => {
    const { controller, loader } = setUp();
    controller.abort();
    move(1, 1);
    push({ backstoryCommand: 'next-term' });
    await settle();
    expect(loader).not.toHaveBeenCalled();
    expect(listeners.size).toBe(0);
  });

  it('tries again at the next reach when the load failed, without looping', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    let fail = true;
    const { run, loader, started } = setUp(() =>
      fail ? Promise.reject(new Error('blocked')) : Promise.resolve({ startInteraction: (_r: PageRun, w: Woken) => started.push(w) } as unknown as ContentMore),
    );
    run.reveal({} as Mark);
    await settle();
    expect(loader).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledTimes(1);
    fail = false;
    move(5, 5);
    await settle();
    expect(loader).toHaveBeenCalledTimes(2);
    expect(started).toHaveLength(1);
    warn.mockRestore();
  });
});
