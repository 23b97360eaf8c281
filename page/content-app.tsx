import { render } from 'preact';
import type { Source, TooltipEntry } from '../core/data/types';
import type { TermIndex } from '../core/finder/term-index';
import { PageOverlay, type NavigatorState, type TooltipState } from '../components/PageOverlay';
import type { PageTerms } from '../utils/messages';
import { isActiveOn, type Settings } from '../utils/settings';
import { HIGHLIGHT_NAMES } from './highlight-styles';
import { liveRange, markAtPoint, rectAt } from './hit-test';
import { startHoverController } from './hover-controller';
import { MarkRegistry, type Mark } from './mark-registry';
import { PageScanner } from './page-scanner';
import { createUiHost, type UiHost } from './ui-host';

export interface ContentAppOptions {
  glossary: readonly TooltipEntry[];
  sources: readonly Source[];
  index: () => TermIndex;
  overlayCss: string;
  site: string;
  openEntry: (id: string) => void;
  reportError: (error: unknown) => void;
}

/** Everything the extension does on one page (or frame): marks, tooltip, navigator. */
export class ContentApp {
  private registry: MarkRegistry | undefined;
  private scanner: PageScanner | undefined;
  private hoverAbort: AbortController | undefined;
  private ui: UiHost | undefined;
  private readonly activeHighlight = new Highlight();
  private readonly entries: Map<string, TooltipEntry>;
  private tooltip: (TooltipState & { mark: Mark }) | undefined;
  private navigator: (NavigatorState & { marks: Mark[]; returnFocus: Element | null }) | undefined;
  private announcement = '';

  constructor(private readonly options: ContentAppOptions) {
    this.entries = new Map(options.glossary.map((entry) => [entry.id, entry]));
    this.activeHighlight.priority = 1;
  }

  applySettings(settings: Settings): void {
    if (!isActiveOn(settings, this.options.site)) {
      this.stop();
      return;
    }
    const markOptions = { highlightName: HIGHLIGHT_NAMES[settings.markStyle], firstOnly: settings.firstOnly };
    if (this.registry) {
      this.registry.setOptions(markOptions);
      return;
    }
    this.registry = new MarkRegistry(markOptions);
    this.scanner = new PageScanner(this.options.index(), this.registry, this.options.reportError);
    this.scanner.start(document);
    this.hoverAbort = new AbortController();
    const registry = this.registry;
    startHoverController(
      {
        markAt: (x, y) => markAtPoint(registry, registry.paint, x, y),
        rectAt,
        isOwnUi: (event) => this.ui !== undefined && event.composedPath().includes(this.ui.host),
      },
      {
        show: (mark, anchor) => this.showTooltip(mark, anchor, false),
        hide: () => this.hideTooltip(),
        shownMark: () => this.tooltip?.mark,
      },
      this.hoverAbort.signal,
    );
  }

  stop(): void {
    this.closeNavigator();
    this.hideTooltip();
    this.hoverAbort?.abort();
    this.scanner?.stop();
    this.registry?.dispose();
    this.registry = undefined;
    this.scanner = undefined;
    this.ui?.remove();
    this.ui = undefined;
  }

  /** How often each term is marked on this page, for the popup's "Op deze pagina". */
  pageTerms(): PageTerms {
    const counts = this.registry?.shownCounts() ?? new Map<string, number>();
    const terms = [...counts].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count);
    return { site: this.options.site, terms };
  }

  openNavigator(): void {
    if (!this.registry) return;
    if (this.navigator) {
      this.render();
      this.ui?.shadow.querySelector<HTMLElement>('.navigator')?.focus();
      return;
    }
    const marks = this.registry.shownMarks().filter((mark) => liveRange(mark.range).getClientRects().length > 0);
    this.navigator = { position: 0, total: marks.length, marks, returnFocus: deepActiveElement() };
    if (marks.length === 0) {
      this.announcement = 'Immuunwijzer: geen uitleg op deze pagina.';
      this.render();
      return;
    }
    this.step(1);
  }

  private step(delta: number): void {
    const navigator = this.navigator;
    if (!navigator || navigator.total === 0) return;
    let position = navigator.position + delta;
    if (delta === -Infinity) position = 1;
    else if (delta === Infinity) position = navigator.total;
    else if (position < 1) position = navigator.total;
    else if (position > navigator.total) position = 1;
    navigator.position = position;
    const mark = navigator.marks[position - 1]!;
    const element = mark.range.startContainer.parentElement;
    element?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
    const rect = liveRange(mark.range).getClientRects()[0];
    const entry = this.entries.get(mark.id);
    if (entry) this.announcement = `${entry.term}, ${entry.category}. Woord ${position} van ${navigator.total}. ${entry.short}`;
    if (rect) this.showTooltip(mark, rect, false);
    else this.render();
  }

  private closeNavigator(): void {
    if (!this.navigator) return;
    const returnFocus = this.navigator.returnFocus;
    this.navigator = undefined;
    this.hideTooltip();
    if (returnFocus instanceof HTMLElement) returnFocus.focus({ preventScroll: true });
    else (document.activeElement as HTMLElement | null)?.blur?.();
  }

  private showTooltip(mark: Mark, anchor: DOMRect, focus: boolean): void {
    const entry = this.entries.get(mark.id);
    if (!entry) return;
    this.tooltip = { mark, entry, focus, anchor: { left: anchor.left, top: anchor.top, width: anchor.width, height: anchor.height } };
    this.activeHighlight.clear();
    this.activeHighlight.add(mark.range);
    CSS.highlights.set(HIGHLIGHT_NAMES.active, this.activeHighlight);
    this.render();
  }

  private hideTooltip(): void {
    if (!this.tooltip) return;
    this.tooltip = undefined;
    this.activeHighlight.clear();
    this.render();
  }

  private render(): void {
    if (!this.ui) {
      if (!this.tooltip && !this.navigator && !this.announcement) return;
      this.ui = createUiHost(document, this.options.overlayCss);
    }
    render(
      <PageOverlay
        tooltip={this.tooltip}
        navigator={this.navigator && { position: this.navigator.position, total: this.navigator.total }}
        announcement={this.announcement}
        sources={this.options.sources}
        onReadMore={this.options.openEntry}
        onStep={(delta) => this.step(delta)}
        onCloseNavigator={() => {
          this.closeNavigator();
          this.render();
        }}
      />,
      this.ui.container,
    );
  }
}

/** The focused element, looking inside shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
