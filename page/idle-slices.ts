import { timed } from './test-hooks';

/** Longest stretch of work in one slice: well under the 50 ms that counts as a long task. */
export const SLICE_BUDGET_MS = 8;
/** How long a slice waits for a moment of rest before it runs anyway. */
const STARVED_MS = 250;

/** How long a slice waits for a frame that a hidden tab never gets. */
const FRAME_WAIT_MS = 100;

/**
 * One piece of work; it should stop by `deadline` (a performance.now() time) and return true if
 * more is left. `afterFrame`: the slice runs in the first task after a rendering opportunity it
 * asked for (waitForFrame), so the page's styles are as fresh as they get.
 */
export type SliceStep = (deadline: number, afterFrame: boolean) => boolean;

export interface IdleWorker {
  /** Queues work; `step` is called until it returns false, in slices of a few milliseconds. */
  schedule(step: SliceStep): void;
  /** The next slice runs only after the browser's next rendering opportunity (then a task). */
  waitForFrame(): void;
  cancel(): void;
}

interface PostTaskScheduler {
  postTask(callback: () => void, options: { priority: 'background' | 'user-visible'; signal?: AbortSignal; delay?: number }): Promise<unknown>;
}

interface SliceRequester {
  request(callback: () => void): void;
  /** A task at normal priority, without waiting for rest (the first task after a frame). */
  requestNow(callback: () => void): void;
  cancel(): void;
}

/**
 * Background-priority tasks where the browser has them (Chrome 94+, Firefox 142+): they run as
 * soon as nothing more urgent (input, rendering, the page's own work) waits, without waiting for
 * an idle period. Elsewhere requestIdleCallback, and setTimeout as a last resort.
 */
function sliceRequester(): SliceRequester {
  const scheduler = (globalThis as { scheduler?: PostTaskScheduler }).scheduler;
  if (typeof scheduler?.postTask === 'function') {
    let controller = new AbortController();
    return {
      request: (callback) => {
        // On a page that is never idle (a feed rewriting thousands of labels each second) a
        // background task may wait for seconds; after STARVED_MS the slice runs at normal priority.
        let ran = false;
        const once = () => {
          if (ran) return;
          ran = true;
          callback();
        };
        const signal = controller.signal;
        scheduler.postTask(once, { priority: 'background', signal }).catch(() => undefined);
        scheduler.postTask(once, { priority: 'user-visible', signal, delay: STARVED_MS }).catch(() => undefined);
      },
      requestNow: (callback) => void scheduler.postTask(callback, { priority: 'user-visible', signal: controller.signal }).catch(() => undefined),
      cancel: () => {
        controller.abort();
        controller = new AbortController();
      },
    };
  }
  let handle: number | undefined;
  if (typeof requestIdleCallback === 'function') {
    return {
      request: (callback) => (handle = requestIdleCallback(callback, { timeout: 300 })),
      requestNow: (callback) => setTimeout(callback, 0),
      cancel: () => handle !== undefined && cancelIdleCallback(handle),
    };
  }
  return {
    request: (callback) => (handle = setTimeout(callback, 1) as unknown as number),
    requestNow: (callback) => setTimeout(callback, 0),
    cancel: () => clearTimeout(handle),
  };
}

/** Runs queued work in small slices, so reading a very large page never blocks the reader. */
export function createIdleWorker(onError: (error: unknown) => void): IdleWorker {
  const requester = sliceRequester();
  const queue: SliceStep[] = [];
  let pending = false;
  let frameWanted = false;
  let afterFrame = false;
  let generation = 0;

  // A step that asked for a frame ends the slice; the next one runs in the first task after the
  // frame, where the browser has just brought style up to date, instead of inside our slice.
  const requestAfterFrame = (): void => {
    const ours = generation;
    let done = false;
    const go = () => {
      if (done || ours !== generation) return;
      done = true;
      clearTimeout(timer);
      afterFrame = true;
      runSlice();
    };
    const timer = setTimeout(go, FRAME_WAIT_MS);
    requestAnimationFrame(() => requester.requestNow(go));
  };

  const runSlice = (): void => timed('slice', () => {
    pending = false;
    const framed = afterFrame;
    afterFrame = false;
    const deadline = performance.now() + SLICE_BUDGET_MS;
    while (queue.length > 0 && !frameWanted && performance.now() < deadline) {
      try {
        if (!queue[0]!(deadline, framed)) queue.shift();
      } catch (error) {
        queue.shift();
        onError(error);
      }
    }
    if (queue.length > 0) {
      pending = true;
      if (frameWanted) requestAfterFrame();
      else requester.request(runSlice);
    }
    frameWanted = false;
  });

  return {
    schedule(step) {
      queue.push(step);
      if (pending) return;
      pending = true;
      requester.request(runSlice);
    },
    waitForFrame() {
      frameWanted = true;
    },
    cancel() {
      queue.length = 0;
      pending = false;
      frameWanted = false;
      afterFrame = false;
      generation++;
      requester.cancel();
    },
  };
}
