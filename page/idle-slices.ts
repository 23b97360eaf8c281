/** Longest stretch of work in one slice: well under the 50 ms that counts as a long task. */
const SLICE_BUDGET_MS = 8;

export interface IdleWorker {
  /** Queues work; `step` is called until it returns false, in slices of a few milliseconds. */
  schedule(step: () => boolean): void;
  cancel(): void;
}

type IdleRequest = (callback: () => void) => number;

function idleRequester(): { request: IdleRequest; cancel: (handle: number) => void } {
  if (typeof requestIdleCallback === 'function') {
    return {
      request: (callback) => requestIdleCallback(callback, { timeout: 300 }),
      cancel: (handle) => cancelIdleCallback(handle),
    };
  }
  return { request: (callback) => setTimeout(callback, 1) as unknown as number, cancel: clearTimeout };
}

/** Runs queued work in small idle slices, so reading a very large page never blocks the reader. */
export function createIdleWorker(onError: (error: unknown) => void): IdleWorker {
  const { request, cancel } = idleRequester();
  const queue: (() => boolean)[] = [];
  let handle: number | undefined;

  const runSlice = (): void => {
    handle = undefined;
    const deadline = performance.now() + SLICE_BUDGET_MS;
    while (queue.length > 0 && performance.now() < deadline) {
      try {
        if (!queue[0]!()) queue.shift();
      } catch (error) {
        queue.shift();
        onError(error);
      }
    }
    if (queue.length > 0) handle = request(runSlice);
  };

  return {
    schedule(step) {
      queue.push(step);
      handle ??= request(runSlice);
    },
    cancel() {
      queue.length = 0;
      if (handle !== undefined) cancel(handle);
      handle = undefined;
    },
  };
}
