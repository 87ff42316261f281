// Work that must not interleave, such as a read-modify-write of storage.session: each call
// starts once the one before has settled, whether that succeeded or failed.
export type SerialQueue = <T>(work: () => Promise<T>) => Promise<T>;

export function serialQueue(): SerialQueue {
  let last: Promise<unknown> = Promise.resolve();
  return (work) => {
    const done = last.then(work);
    last = done.catch(() => undefined);
    return done;
  };
}
