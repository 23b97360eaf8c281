import { findAllForms } from '../core/finder/find-terms';
import type { TermIndex } from '../core/finder/term-index';
import { blockOf, isInline, isInsideSkipped, isSkipped } from './dom-rules';
import { adoptSheet, MARK_CSS } from './highlight-styles';
import { createIdleWorker } from './idle-slices';
import type { MarkRegistry } from './mark-registry';
import { markRun } from './mark-run';
import { textRuns, type TextRun } from './text-runs';

/** How many runs to read between two checks of the clock. */
const RUNS_PER_STEP = 16;

/**
 * Reads the page (and its open shadow roots) in idle slices, marks what the finder returns, and
 * keeps the marks right while the page changes: only changed text is read again.
 */
export class PageScanner {
  private readonly worker = createIdleWorker((error) => this.reportError(error));
  private readonly observer = new MutationObserver((records) => this.onMutations(records));
  private readonly observedRoots = new Set<Node>();
  private readonly markSheet = new CSSStyleSheet();
  private document: Document | undefined;
  /** Elements whose whole subtree must be read; blocks whose own text must be read again. */
  private readonly pendingTrees = new Set<Node>();
  private readonly pendingBlocks = new Set<Node>();
  private flushScheduled = false;

  constructor(
    private readonly index: TermIndex,
    private readonly registry: MarkRegistry,
    private readonly reportError: (error: unknown) => void,
  ) {
    this.markSheet.replaceSync(MARK_CSS);
  }

  start(root: Document): void {
    if (root.designMode === 'on') return;
    this.document = root;
    this.scanTree(root.body ?? root.documentElement);
    this.observe(root);
  }

  stop(): void {
    this.worker.cancel();
    this.observer.disconnect();
    this.observedRoots.clear();
    this.pendingTrees.clear();
    this.pendingBlocks.clear();
    this.flushScheduled = false;
  }

  private observe(root: Node): void {
    if (this.observedRoots.has(root)) return;
    this.observedRoots.add(root);
    this.observer.observe(root, { childList: true, subtree: true, characterData: true });
  }

  private readonly onShadowRoot = (shadowRoot: ShadowRoot): void => {
    if (this.observedRoots.has(shadowRoot)) return;
    this.observe(shadowRoot);
    // A page may forbid changing its sheets; its shadow text is then marked but not painted.
    adoptSheet(shadowRoot, this.markSheet);
    this.scanTree(shadowRoot);
  };

  /** Reads every run under `root`, a few at a time, in idle slices. */
  private scanTree(root: Node): void {
    const runs = textRuns(root, { onShadowRoot: this.onShadowRoot });
    this.worker.schedule(() => {
      for (let count = 0; count < RUNS_PER_STEP; count++) {
        const next = runs.next();
        if (next.done) return false;
        this.markRun(next.value);
      }
      return true;
    });
  }

  /** Replaces the marks of the run's text nodes with what the finder returns for its text now. */
  private markRun(run: TextRun): void {
    const matches = findAllForms(this.index, run.text);
    // Checked each time: a page may replace its adopted sheets after we added ours.
    if (matches.length > 0 && this.document) adoptSheet(this.document, this.markSheet);
    markRun(this.registry, run, matches);
  }

  private onMutations(records: MutationRecord[]): void {
    for (const record of records) {
      if (record.type === 'characterData') {
        this.queueBlock(record.target);
        continue;
      }
      for (const node of record.removedNodes) this.forget(node);
      for (const node of record.addedNodes) {
        if (node.nodeType === Node.TEXT_NODE) this.queueBlock(node);
        else if (node.nodeType === Node.ELEMENT_NODE && !isSkipped(node as Element)) this.queueElement(node as Element);
      }
    }
    if (!this.flushScheduled && (this.pendingTrees.size > 0 || this.pendingBlocks.size > 0)) {
      this.flushScheduled = true;
      this.worker.schedule(() => this.flushPending());
    }
  }

  /**
   * New inline markup joins the line around it; a new block is read on its own. Blocks nested in
   * new inline markup (a card inside a link) are read on their own too.
   */
  private queueElement(element: Element): void {
    this.queueBlock(element);
    if (!isInline(element)) {
      this.pendingTrees.add(element);
      return;
    }
    for (const inner of element.querySelectorAll('*')) {
      if (!isInline(inner) && blockOf(inner) === blockOf(element)) this.pendingTrees.add(inner);
    }
  }

  /** Text that changed is read again with the rest of its line, so split terms are still found. */
  private queueBlock(node: Node): void {
    const block = blockOf(node);
    if (block !== node) this.pendingBlocks.add(block);
  }

  private forget(node: Node): void {
    if (node.nodeType === Node.TEXT_NODE) {
      this.registry.removeNodes([node as Text]);
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE || this.registry.size === 0) return;
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    const removed: Text[] = [];
    for (let text = walker.nextNode(); text; text = walker.nextNode()) removed.push(text as Text);
    this.registry.removeNodes(removed);
  }

  private flushPending(): boolean {
    this.flushScheduled = false;
    const trees = [...this.pendingTrees].filter((node) => node.isConnected && !isInsideSkipped(node));
    const blocks = [...this.pendingBlocks].filter((node) => node.isConnected && !isInsideSkipped(node));
    this.pendingTrees.clear();
    this.pendingBlocks.clear();
    const treeSet = new Set(trees);
    for (const block of blocks) this.rescanOwnText(block);
    for (const tree of trees) {
      if (!hasAncestorIn(tree, treeSet)) this.scanTree(tree);
    }
    return false;
  }

  /** Reads a block's own lines of text again; its nested blocks keep their marks. */
  private rescanOwnText(block: Node): void {
    if (block.nodeType === Node.ELEMENT_NODE && isSkipped(block as Element)) return;
    for (const run of textRuns(block, { ownTextOnly: true, onShadowRoot: this.onShadowRoot })) this.markRun(run);
  }
}

function hasAncestorIn(node: Node, nodes: Set<Node>): boolean {
  for (let current = node.parentNode; current; current = current.parentNode) {
    if (nodes.has(current)) return true;
  }
  return false;
}
