import type { InputRelay } from './input-relay';
import type { Mark } from './mark-registry';

/** Dwell before a tooltip opens, so moving the mouse across a page does not flash tooltips. */
export const SHOW_DELAY_MS = 300;
/** Grace after the pointer leaves the term, so it can travel onto the tooltip (WCAG 1.4.13). */
export const HIDE_DELAY_MS = 300;

export interface HoverTarget {
  /** The painted mark under the point, if any. */
  markAt(x: number, y: number): Mark | undefined;
  /** The on-screen box of the mark's text that contains the point. */
  rectAt(mark: Mark, x: number, y: number): DOMRect | undefined;
  isOwnUi(event: Event): boolean;
}

export interface TooltipView {
  show(mark: Mark, anchor: DOMRect): void;
  hide(): void;
  shownMark(): Mark | undefined;
}

/**
 * Opens the tooltip after a short dwell on a marked term (or at once on a tap), keeps it open
 * while the pointer is on the term or the tooltip, and closes it on Escape. Listens through the
 * input relay, which passes on only the user's own (trusted) events.
 */
export function startHoverController(input: InputRelay, target: HoverTarget, view: TooltipView, signal: AbortSignal): void {
  let dwellTimer: ReturnType<typeof setTimeout> | undefined;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  let pending: Mark | undefined;
  let dismissed: Mark | undefined;
  let overTooltip = false;
  let frame: number | undefined;
  let lastPoint = { x: 0, y: 0 };

  const clearDwell = () => {
    clearTimeout(dwellTimer);
    dwellTimer = undefined;
    pending = undefined;
  };
  const cancelHide = () => {
    clearTimeout(hideTimer);
    hideTimer = undefined;
  };
  const scheduleHide = () => {
    if (hideTimer !== undefined || !view.shownMark()) return;
    hideTimer = setTimeout(() => {
      hideTimer = undefined;
      if (!overTooltip) view.hide();
    }, HIDE_DELAY_MS);
  };
  const showNow = (mark: Mark, x: number, y: number) => {
    const rect = target.rectAt(mark, x, y);
    if (!rect) return;
    cancelHide();
    view.show(mark, rect);
  };

  const onPoint = (x: number, y: number) => {
    const mark = target.markAt(x, y);
    if (mark !== dismissed) dismissed = undefined;
    if (!mark || mark === dismissed) {
      clearDwell();
      if (!overTooltip) scheduleHide();
      return;
    }
    if (mark === view.shownMark()) {
      cancelHide();
      clearDwell();
      return;
    }
    if (mark === pending) return;
    clearDwell();
    pending = mark;
    dwellTimer = setTimeout(() => {
      dwellTimer = undefined;
      pending = undefined;
      showNow(mark, lastPoint.x, lastPoint.y);
    }, SHOW_DELAY_MS);
  };

  input.on(
    'pointermove',
    (event) => {
      if (event.pointerType === 'touch') return;
      if (target.isOwnUi(event)) {
        overTooltip = true;
        cancelHide();
        clearDwell();
        return;
      }
      overTooltip = false;
      lastPoint = { x: event.clientX, y: event.clientY };
      if (frame !== undefined) return;
      frame = requestAnimationFrame(() => {
        frame = undefined;
        onPoint(lastPoint.x, lastPoint.y);
      });
    },
    signal,
  );
  input.on(
    'pointerout',
    (event) => {
      // The pointer left the page (pointerleave does not pass through window). On touch this
      // happens right after every pointerup: a tapped tooltip stays until a tap elsewhere or Escape.
      if (event.relatedTarget !== null || event.pointerType === 'touch') return;
      overTooltip = false;
      clearDwell();
      scheduleHide();
    },
    signal,
  );
  input.on(
    'pointerup',
    (event) => {
      if (event.pointerType !== 'touch' || target.isOwnUi(event)) return;
      const mark = target.markAt(event.clientX, event.clientY);
      if (mark) showNow(mark, event.clientX, event.clientY);
      else view.hide();
    },
    signal,
  );
  input.on(
    'keydown',
    (event) => {
      if (event.key !== 'Escape' || !view.shownMark()) return;
      dismissed = view.shownMark();
      clearDwell();
      cancelHide();
      view.hide();
    },
    signal,
  );
  signal.addEventListener('abort', () => {
    clearDwell();
    cancelHide();
    if (frame !== undefined) cancelAnimationFrame(frame);
  });
}
