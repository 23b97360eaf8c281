import { sortedCounts, type PageTerms } from '../utils/messages';
import { isActiveOn, type Settings } from '../utils/settings';
import { createHighlightNames, type HighlightNames, type PageHighlights } from './highlight-styles';
import type { InputRelay } from './input-relay';
import type { PageTermIndex } from './lazy-term-index';
import type { MarkOptions } from './mark-registry';
import type { TooltipEntries } from './tooltip-entries';
import { PageSession } from './page-session';

export interface ContentAppOptions {
  /** The tooltip texts, asked from the background on first use. */
  entries: TooltipEntries;
  index: PageTermIndex;
  overlayCss: string;
  site: string;
  input: InputRelay;
  openEntry: (id: string) => void;
  reportError: (error: unknown) => void;
  /** Ends everything: WXT's content-script context (the extension was updated, reloaded or removed). */
  signal: AbortSignal;
}

/** What a settings change can alter on this page; anything else (another site switched off) leaves it alone. */
function effectOn(settings: Settings, site: string, names: HighlightNames): MarkOptions | undefined {
  if (!isActiveOn(settings, site)) return undefined;
  return { highlightName: names[settings.markStyle], firstOnly: settings.firstOnly, markOnHover: settings.markOnHover };
}

function sameEffect(a: MarkOptions | undefined, b: MarkOptions | undefined): boolean {
  return (
    a === b ||
    (a !== undefined && b !== undefined && a.highlightName === b.highlightName && a.firstOnly === b.firstOnly && a.markOnHover === b.markOnHover)
  );
}

/** The extension on one page (or frame): a session while it is switched on here, nothing while off. */
export class ContentApp {
  private session: PageSession | undefined;
  private effect: MarkOptions | undefined;
  /** Random per content-script instance, so per document: kept when the session restarts. */
  private readonly highlights: PageHighlights = createHighlightNames();

  constructor(private readonly options: ContentAppOptions) {
    options.signal.addEventListener('abort', () => this.stop(), { once: true });
  }

  applySettings(settings: Settings): void {
    if (this.options.signal.aborted) return;
    const effect = effectOn(settings, this.options.site, this.highlights.names);
    if (this.session && sameEffect(effect, this.effect)) return;
    this.effect = effect;
    if (!effect) {
      this.stop();
    } else if (this.session) {
      this.session.setMarkOptions(effect);
    } else {
      const { site: _site, signal, ...sessionOptions } = this.options;
      this.session = new PageSession({ ...sessionOptions, highlights: this.highlights }, effect, signal);
    }
  }

  stop(): void {
    this.session?.dispose();
    this.session = undefined;
  }

  /** How often each term is marked on this page, for the popup's "Op deze pagina". */
  pageTerms(): PageTerms {
    return { site: this.options.site, terms: sortedCounts(this.session?.counts() ?? new Map()) };
  }

  openNavigator(): void {
    this.session?.openNavigator();
  }
}
