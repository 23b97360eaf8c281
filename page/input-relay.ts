/**
 * The extension's pointer and key listeners, on `window` in the capture phase: the first place an
 * event passes. Installed by a tiny document_start script (entrypoints/input.content.ts) before any
 * page script runs, so a page's own capture handler that stops propagation cannot starve them.
 * Only events from the user (isTrusted) are passed on: a page cannot act for the user.
 * Both content scripts share the extension's JavaScript world, where the relay is kept in a global
 * that page scripts cannot see.
 */
export type InputEventMap = {
  pointermove: PointerEvent;
  pointerdown: PointerEvent;
  pointerup: PointerEvent;
  pointerout: PointerEvent;
  keydown: KeyboardEvent;
};
export type InputType = keyof InputEventMap;

type Handler<T extends InputType> = (event: InputEventMap[T]) => void;

export interface InputRelay {
  on<T extends InputType>(type: T, handler: Handler<T>, signal: AbortSignal): void;
}

const INPUT_TYPES: readonly InputType[] = ['pointermove', 'pointerdown', 'pointerup', 'pointerout', 'keydown'];
const GLOBAL_KEY = '__immuunwijzerInputRelay';

function createRelay(target: Window): InputRelay {
  const handlers = new Map<InputType, Set<(event: Event) => void>>();
  for (const type of INPUT_TYPES) {
    const set = new Set<(event: Event) => void>();
    handlers.set(type, set);
    target.addEventListener(
      type,
      (event) => {
        if (!event.isTrusted || set.size === 0) return;
        for (const handler of [...set]) {
          try {
            handler(event);
          } catch {
            // One handler's failure must not reach the page or the other handlers.
          }
        }
      },
      // keydown is not passive: the shortcut's fallback calls preventDefault.
      { capture: true, passive: type !== 'keydown' },
    );
  }
  return {
    on(type, handler, signal) {
      if (signal.aborted) return;
      const set = handlers.get(type)!;
      const listener = handler as (event: Event) => void;
      set.add(listener);
      signal.addEventListener('abort', () => set.delete(listener), { once: true });
    },
  };
}

/** The relay of this frame, installed now if the document_start script did not run. */
export function inputRelay(target: Window = window): InputRelay {
  const scope = globalThis as unknown as Record<string, InputRelay | undefined>;
  return (scope[GLOBAL_KEY] ??= createRelay(target));
}
