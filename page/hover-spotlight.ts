import { activeMarkCss, adoptSheet } from './highlight-styles';

/**
 * The explained word's Highlight (priority 1, drawn over the marks). With the marks painted it
 * stays registered and the registry's sheet styles it. With "mark on hover" the page must find
 * nothing between explanations: the Highlight, and a sheet of its own that styles only it, are on
 * the page only while the word is explained, and go again when the tooltip closes.
 */
export class HoverSpotlight {
  private readonly highlight = new Highlight();
  private readonly sheet = new CSSStyleSheet();
  /** Where the own sheet is adopted, while a word is explained with "mark on hover". */
  private root: Document | ShadowRoot | undefined;
  private alone = false;

  constructor(private readonly name: string) {
    this.highlight.priority = 1;
    this.sheet.replaceSync(activeMarkCss(name));
  }

  /** `alone`: the marks are not painted, so neither the Highlight nor a sheet is on the page yet. */
  show(range: StaticRange, alone: boolean): void {
    this.highlight.clear();
    this.highlight.add(range);
    CSS.highlights.set(this.name, this.highlight);
    this.alone = alone;
    const root = alone ? paintableRoot(range.startContainer) : undefined;
    if (root === this.root) return;
    this.unadopt();
    if (root && adoptSheet(root, this.sheet)) this.root = root;
  }

  hide(): void {
    this.highlight.clear();
    if (!this.alone) return;
    this.alone = false;
    if (CSS.highlights.get(this.name) === this.highlight) CSS.highlights.delete(this.name);
    this.unadopt();
  }

  dispose(): void {
    this.alone = true;
    this.hide();
  }

  private unadopt(): void {
    const root = this.root;
    this.root = undefined;
    if (!root) return;
    try {
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((sheet) => sheet !== this.sheet);
    } catch {
      // The page forbids changing its sheets; ours styles a highlight that is gone.
    }
  }
}

function paintableRoot(node: Node): Document | ShadowRoot | undefined {
  const root = node.getRootNode();
  return root.nodeType === Node.DOCUMENT_NODE || root.nodeType === Node.DOCUMENT_FRAGMENT_NODE ? (root as Document | ShadowRoot) : undefined;
}
