import { render } from 'preact';
import type { TooltipEntry } from '../core/data/types';
import { PageOverlay, type NavigatorState, type TooltipState } from '../components/PageOverlay';
import type { PageHighlights } from './highlight-styles';
import { liveRange, markAtPoint, rectAt } from './hit-test';
import { startHoverController } from './hover-controller';
import { HoverSpotlight } from './hover-spotlight';
import type { InputRelay } from './input-relay';
import type { PageTermIndex } from './lazy-term-index';
import { MarkRegistry, type Mark, type MarkOptions } from './mark-registry';
import { isLive, MarkOrder } from './mark-order';
import { PageScanner } from './page-scanner';
import type { TooltipEntries } from './tooltip-entries';
import { createUiHost, type UiHost } from './ui-host';

export interface SessionOptions {
  entries: TooltipEntries;
  index: PageTermIndex;
  overlayCss: string;
  input: InputRelay;
  openEntry: (id: string) => void;
  reportError: (error: unknown) => void;
  /** This document's highlight names and sheet (page/highlight-styles.ts). */
  highlights: PageHighlights;
}

/** A page that removes every foreign element at once must not start a remove/recreate loop. */
const MAX_HOSTS_PER_SECOND = 3;

/** How long focus may be outside the navigator before it closes (a Tab between its parts passes through). */
const FOCUS_GRACE_MS = 150;

interface OpenNavigator {
  position: number;
  total: number;
  mark: Mark | undefined;
  returnFocus: Element | null;
  scroll: { x: number; y: number };
}

/**
 * The extension on one page while it is switched on there: marks (registry and scanner), the
 * tooltip, the keyboard navigator and the UI host, created together and disposed together.
 */
export class PageSession {
  private readonly registry: MarkRegistry;
  private readonly scanner: PageScanner;
  private readonly abort = new AbortController();
  private readonly spotlight: HoverSpotlight;
  private markOnHover: boolean;
  private readonly order: MarkOrder;
  private ui: UiHost | undefined;
  private tooltip: (TooltipState & { mark: Mark }) | undefined;
  /** The mark whose entry is being asked from the background, to be shown once it is here. */
  private wanted: Mark | undefined;
  private navigator: OpenNavigator | undefined;
  private announcement = '';
  private focusTimer: ReturnType<typeof setTimeout> | undefined;
  private hostTimes: number[] = [];
  /** Watches the page only while something is shown: for the word or the host going away. */
  private readonly repair = new MutationObserver(() => this.checkShown());

  constructor(
    private readonly options: SessionOptions,
    markOptions: MarkOptions,
    parentSignal: AbortSignal,
  ) {
    this.spotlight = new HoverSpotlight(options.highlights.names.active);
    this.markOnHover = markOptions.markOnHover ?? false;
    this.registry = new MarkRegistry(markOptions, options.highlights);
    this.scanner = new PageScanner(options.index, this.registry, options.reportError);
    this.order = new MarkOrder(document, this.registry);
    parentSignal.addEventListener('abort', () => this.dispose(), { once: true, signal: this.abort.signal });
    this.scanner.start(document);
    const registry = this.registry;
    const signal = this.abort.signal;
    // Before the hover controller: Escape inside the navigator closes it and restores focus,
    // rather than only hiding the tooltip (and the focused link in it).
    options.input.on('keydown', (event) => this.onKeyDown(event), signal);
    startHoverController(
      options.input,
      {
        markAt: (x, y) => markAtPoint(registry, registry.painting ? registry.paint : undefined, x, y),
        rectAt,
        isOwnUi: (event) => this.isOwnUi(event),
      },
      {
        show: (mark, anchor) => this.showTooltip(mark, anchor, false),
        hide: () => this.hideTooltip(),
        shownMark: () => this.tooltip?.mark ?? this.wanted,
      },
      signal,
    );
    options.input.on(
      'pointerdown',
      (event) => {
        if (this.navigator && !this.isOwnUi(event)) this.closeNavigator(false);
      },
      signal,
    );
  }

  setMarkOptions(markOptions: MarkOptions): void {
    this.registry.setOptions(markOptions);
    const markOnHover = markOptions.markOnHover ?? false;
    if (markOnHover === this.markOnHover) return;
    this.markOnHover = markOnHover;
    // The explained word stays lit, now by the rules of the new setting.
    if (this.tooltip) this.spotlight.show(this.tooltip.mark.range, this.markOnHover);
  }

  /** How often each term is marked here, without sorting: cheap even with tens of thousands of marks. */
  counts(): Map<string, number> {
    return this.registry.shownCounts();
  }

  dispose(): void {
    if (this.abort.signal.aborted) return;
    this.closeNavigator(true);
    this.hideTooltip();
    this.abort.abort();
    clearTimeout(this.focusTimer);
    this.repair.disconnect();
    this.scanner.stop();
    this.spotlight.dispose();
    this.registry.dispose();
    if (this.ui) render(null, this.ui.container);
    this.ui?.remove();
    this.ui = undefined;
  }

  openNavigator(): void {
    if (this.abort.signal.aborted) return;
    if (this.navigator) {
      this.render();
      this.navigatorElement()?.focus({ preventScroll: true });
      return;
    }
    let total = 0;
    for (const count of this.registry.shownCounts().values()) total += count;
    this.navigator = {
      position: 0,
      total,
      mark: undefined,
      returnFocus: deepActiveElement(),
      scroll: { x: window.scrollX, y: window.scrollY },
    };
    if (total === 0) {
      this.announcement = 'Immuunwijzer: geen uitleg op deze pagina.';
      this.render();
      return;
    }
    this.step(1);
  }

  private isOwnUi(event: Event): boolean {
    return this.ui !== undefined && event.composedPath().includes(this.ui.host);
  }

  private navigatorElement(): HTMLElement | null {
    return this.ui?.shadow.querySelector<HTMLElement>('.navigator') ?? null;
  }

  private onKeyDown(event: KeyboardEvent): void {
    const navigator = this.navigator;
    const focused = this.ui?.shadow.activeElement;
    if (!navigator || !focused) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      this.closeNavigator(true);
      return;
    }
    if (!this.navigatorElement()?.contains(focused) || event.altKey || event.ctrlKey || event.metaKey) return;
    const steps: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, n: 1, ArrowLeft: -1, ArrowUp: -1, p: -1, Home: -Infinity, End: Infinity };
    const delta = steps[event.key];
    if (delta === undefined) return;
    event.preventDefault();
    this.step(delta);
  }

  /** One step: ±1, or ±Infinity for the first / last mark. Wraps around at either end. */
  private step(delta: number): void {
    const navigator = this.navigator;
    if (!navigator || navigator.total === 0) return;
    const direction = delta > 0 ? 1 : -1;
    const jump = !Number.isFinite(delta);
    let from = jump ? undefined : navigator.mark;
    // Home walks forward from the start, End backward from the end.
    let position = jump ? (direction > 0 ? navigator.total + 1 : 0) : navigator.position;
    const forward = jump ? -direction : direction;
    for (let tries = 0; tries < 100; tries++) {
      let mark = forward > 0 ? this.order.next(from) : this.order.previous(from);
      position += forward;
      if (!mark || position < 1 || position > navigator.total) {
        mark = forward > 0 ? this.order.next() : this.order.previous();
        position = forward > 0 ? 1 : navigator.total;
      }
      if (!mark) break;
      if (firstRect(mark)) {
        navigator.mark = mark;
        navigator.position = position;
        this.showStep(mark, navigator);
        return;
      }
      // Text without a box on screen (hidden by the page): passed over and no longer counted.
      navigator.total = Math.max(1, navigator.total - 1);
      from = mark;
      if (forward > 0) position -= 1;
    }
    this.render();
  }

  private showStep(mark: Mark, navigator: OpenNavigator): void {
    mark.range.startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
    this.withEntry(mark, (entry) => {
      if (this.navigator !== navigator || navigator.mark !== mark) return;
      if (entry) this.announcement = `${entry.term}, ${entry.category}. Woord ${navigator.position} van ${navigator.total}. ${entry.short}`;
      const rect = firstRect(mark);
      if (rect) this.showTooltip(mark, rect, false);
      else this.render();
    });
  }

  /** Runs `then` with the mark's entry: at once when it is here, else once the background has answered (the session may have moved on). */
  private withEntry(mark: Mark, then: (entry: TooltipEntry | undefined) => void): void {
    const entry = this.options.entries.cached(mark.id);
    if (entry) {
      then(entry);
      return;
    }
    this.options.entries
      .load(mark.id)
      .then((loaded) => {
        if (!this.abort.signal.aborted) then(loaded);
      })
      .catch(this.options.reportError);
  }

  private closeNavigator(restore: boolean): void {
    const navigator = this.navigator;
    if (!navigator) return;
    this.navigator = undefined;
    clearTimeout(this.focusTimer);
    this.hideTooltip();
    this.render();
    if (!restore) return;
    const returnFocus = navigator.returnFocus;
    if (returnFocus instanceof HTMLElement && returnFocus.isConnected) returnFocus.focus({ preventScroll: true });
    else (deepActiveElement() as HTMLElement | null)?.blur?.();
    window.scrollTo({ left: navigator.scroll.x, top: navigator.scroll.y, behavior: 'instant' });
  }

  private showTooltip(mark: Mark, anchor: DOMRect, focus: boolean): void {
    if (this.abort.signal.aborted) return;
    const entry = this.options.entries.cached(mark.id);
    if (!entry) {
      this.wanted = mark;
      this.withEntry(mark, (loaded) => {
        if (this.wanted !== mark) return;
        this.wanted = undefined;
        if (loaded) this.showTooltip(mark, anchor, focus);
      });
      return;
    }
    this.wanted = undefined;
    this.tooltip = { mark, entry, focus, anchor: { left: anchor.left, top: anchor.top, width: anchor.width, height: anchor.height } };
    this.spotlight.show(mark.range, this.markOnHover);
    this.render();
  }

  private hideTooltip(): void {
    this.wanted = undefined;
    if (!this.tooltip) return;
    this.tooltip = undefined;
    this.spotlight.hide();
    this.render();
  }

  /** The page removed the host, or the explained word: recreate the one, close for the other. */
  private checkShown(): void {
    // Only the word's own text going (removed or shrunk) closes it: a re-read of its block may
    // replace the mark object while the word stays.
    if (this.tooltip && !isLive(this.tooltip.mark.range)) {
      if (this.navigator) this.navigator.mark = this.tooltip.mark;
      this.hideTooltip();
    } else if (this.ui && !this.ui.connected) {
      this.render();
    }
  }

  private onFocusOut = (): void => {
    clearTimeout(this.focusTimer);
    this.focusTimer = setTimeout(() => {
      if (this.navigator && !this.ui?.shadow.activeElement) this.closeNavigator(false);
    }, FOCUS_GRACE_MS);
  };

  private render(): void {
    const shown = this.tooltip !== undefined || this.navigator !== undefined;
    if (this.ui && !this.ui.connected) {
      render(null, this.ui.container);
      this.ui = undefined;
    }
    if (!this.ui) {
      if (!shown && !this.announcement) return;
      const now = performance.now();
      this.hostTimes = this.hostTimes.filter((time) => now - time < 1000);
      if (this.hostTimes.length >= MAX_HOSTS_PER_SECOND) return;
      this.hostTimes.push(now);
      this.ui = createUiHost(document, this.options.overlayCss);
      this.ui.shadow.addEventListener('focusout', this.onFocusOut);
    }
    if (shown) this.repair.observe(document, { childList: true, subtree: true, characterData: true });
    else this.repair.disconnect();
    const navigator: NavigatorState | undefined = this.navigator && { position: this.navigator.position, total: this.navigator.total };
    render(
      <PageOverlay
        tooltip={this.tooltip}
        navigator={navigator}
        announcement={this.announcement}
        sources={this.options.entries.sources()}
        onReadMore={this.options.openEntry}
        onStep={(delta) => this.step(delta)}
        onCloseNavigator={() => this.closeNavigator(true)}
      />,
      this.ui.container,
    );
  }
}

function firstRect(mark: Mark): DOMRect | undefined {
  try {
    return liveRange(mark.range).getClientRects()[0];
  } catch {
    return undefined; // The text changed under the mark; the scanner will replace it.
  }
}

/** The focused element, looking inside open shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
