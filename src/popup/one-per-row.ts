// One request per row at a time (Delete in Notes and Library). A double click asks twice;
// the second answer (null: already gone) would replace the first's Undo with "already gone".
// A set, not state: two clicks can both come before a render. The button stays enabled, so
// it keeps the focus.
import { useState } from 'preact/hooks';

/** Runs `task` for row `id` unless that row's last task is still under way (then ignores it). */
export type OnePerRow = (id: string, task: () => Promise<void>) => Promise<void>;

export function onePerRow(): OnePerRow {
  const running = new Set<string>();
  return async (id, task) => {
    if (running.has(id)) return;
    running.add(id);
    try {
      await task();
    } finally {
      running.delete(id);
    }
  };
}

/** One guard for the component's life. */
export function useOnePerRow(): OnePerRow {
  return useState(onePerRow)[0];
}
