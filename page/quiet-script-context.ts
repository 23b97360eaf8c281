/**
 * Stands in for WXT's ContentScriptContext (wired in by an alias in wxt.config.ts). WXT's own one
 * announces every content script to the page: a `window.postMessage` to `*` and a document
 * CustomEvent, both named after the extension's id, and it stops itself when the page dispatches
 * that event. Any page could tell the extension is installed, and switch it off. This one keeps
 * WXT's public API but has no page-visible channel: an older copy of the script (after an update
 * or reload of the extension) is stopped through a global of the extension's own JavaScript
 * world, which page scripts cannot see.
 */
const PREVIOUS_SCRIPTS = '__immuunwijzerStopPrevious';

type Stoppers = Map<string, () => void>;

/** Without importing the browser polyfill, which the tiny document_start script must not carry. */
function runtimeId(): string | undefined {
  return (globalThis as { chrome?: { runtime?: { id?: string } } }).chrome?.runtime?.id;
}

function stoppers(): Stoppers {
  const scope = globalThis as unknown as Record<string, Stoppers | undefined>;
  return (scope[PREVIOUS_SCRIPTS] ??= new Map());
}

export class ContentScriptContext implements AbortController {
  private readonly abortController = new AbortController();

  constructor(
    private readonly contentScriptName: string,
    readonly options?: object,
  ) {
    const running = stoppers();
    running.get(contentScriptName)?.();
    running.set(contentScriptName, () => this.notifyInvalidated());
  }

  get signal(): AbortSignal {
    return this.abortController.signal;
  }

  abort(reason?: unknown): void {
    this.abortController.abort(reason);
  }

  /** True once the extension was reloaded, updated or removed, or a newer copy took over. */
  get isInvalid(): boolean {
    if (runtimeId() == null) this.notifyInvalidated();
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  onInvalidated(cb: () => void): () => void {
    this.signal.addEventListener('abort', cb);
    return () => this.signal.removeEventListener('abort', cb);
  }

  block<T>(): Promise<T> {
    return new Promise(() => undefined);
  }

  setInterval(handler: () => void, timeout?: number): number {
    const id = setInterval(() => {
      if (this.isValid) handler();
    }, timeout) as unknown as number;
    this.onInvalidated(() => clearInterval(id));
    return id;
  }

  setTimeout(handler: () => void, timeout?: number): number {
    const id = setTimeout(() => {
      if (this.isValid) handler();
    }, timeout) as unknown as number;
    this.onInvalidated(() => clearTimeout(id));
    return id;
  }

  requestAnimationFrame(callback: FrameRequestCallback): number {
    const id = requestAnimationFrame((time) => {
      if (this.isValid) callback(time);
    });
    this.onInvalidated(() => cancelAnimationFrame(id));
    return id;
  }

  requestIdleCallback(callback: IdleRequestCallback, options?: IdleRequestOptions): number {
    const id = requestIdleCallback((deadline) => {
      if (!this.signal.aborted) callback(deadline);
    }, options);
    this.onInvalidated(() => cancelIdleCallback(id));
    return id;
  }

  addEventListener(target: EventTarget, type: string, handler: EventListenerOrEventListenerObject, options?: AddEventListenerOptions): void {
    target.addEventListener(type, handler, { ...options, signal: this.signal });
  }

  notifyInvalidated(): void {
    if (!this.signal.aborted) this.abort('Content script context invalidated');
  }
}
