import type { TermMatch } from '../core/finder/find-terms';
import { ContextRegions } from './context-gate';
import { blockOf, composedParent, isInline, isSkipped, readStateOf, VISIBILITY_ATTRIBUTES, type ReadState } from './dom-rules';
import { createIdleWorker } from './idle-slices';
import type { PageTermIndex } from './lazy-term-index';
import type { Mark, MarkRegistry } from './mark-registry';
import { markRun } from './mark-run';
import { resumePoint, RunMatcher } from './run-matches';
import { answerPings, signalDrained, TEST_HOOKS, timed } from './test-hooks';
import { BlockReader, positionIn, type TextRun } from './text-runs';

/** More records than this in one callback are read again as one subtree, their common ancestor (each record costs the callback a few pointer hops, so the limit is high). */
const BURST_RECORDS = 20_000;
/** Removed elements remembered for the next sweep; more than this and it checks every marked block instead. */
const SWEEP_LIST_LIMIT = 2000;
/** When custom elements not yet defined are looked at again (ms after the previous look). */
const UPGRADE_CHECKS_MS = [250, 500, 1000, 2000, 4000, 8000, 16_000];
const UPGRADE_CHECK_LAST_MS = 30_000;
/** What the scanner observes; old text values tell a text that only grew at its end (a live transcript). */
const OBSERVED: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  characterDataOldValue: true,
  attributes: true,
  attributeFilter: VISIBILITY_ATTRIBUTES,
};
/** Above this much text read, the page is very large and its marks change style (see markCss). */
export const LARGE_PAGE_CHARS = 1_000_000;

/**
 * A subtree up to this size is first tested whole (its textContent against the prefilter): text
 * that cannot hold a term is then done without reading it block by block and without asking a
 * style question per block. Larger trees are read as usual; their parts try again. The bounds keep
 * that test (a walk, one string, one regular expression) well inside one slice.
 */
const WHOLE_TREE_MAX_ELEMENTS = 2000;
const WHOLE_TREE_MAX_CHARS = 60_000;

/** Where a block that only grew at its end is read again from (see resumePoint). */
interface ResumePoint {
  node: Text;
  offset: number;
}

/** 'tree': a new or changed subtree; 'own': the block's own text changed; 'tail': it only grew at its end. */
type DirtyKind = 'tree' | 'own' | 'tail';
const DIRTY_RANK: Record<DirtyKind, number> = { tail: 0, own: 1, tree: 2 };

/** Reading one block: its own text run by run, then its nested blocks. */
interface BlockJob {
  block: Node;
  /** Only the end of the block is read (text appended): from here, with the text nodes read since. */
  tail?: { from: ResumePoint; nodes: Set<Text> };
  /** The last match in the current run. */
  lastMatch?: { start: number; end: number };
  /** Nested blocks are read too (a new or changed subtree), not only unread ones. */
  tree: boolean;
  reader: BlockReader;
  matcher?: RunMatcher;
  run?: TextRun;
  regions?: readonly Node[];
  confirmed: Set<Mark>;
  children: Node[];
  /** The block had not been read before: its text counts towards the page's size. */
  firstRead: boolean;
  /** Its whole text may hold a term (tested): its nested trees need not test theirs again. */
  testedWhole: boolean;
}

/**
 * Reads the page and keeps its marks right while it changes. The unit of work is a block (an
 * element or shadow root) and only its own text; one queue of dirty blocks is drained in
 * background slices of a few milliseconds. Page changes only mark blocks dirty: the observer
 * callback does no reading. A block read again keeps the marks that are still right, so the
 * Highlight is touched only for what changed; blocks the page removed drop their marks in a sweep.
 */
export class PageScanner {
  private readonly worker = createIdleWorker((error) => this.reportError(error));
  private readonly observer = new MutationObserver((records) => timed('callback', () => this.onMutations(records)));
  private readonly observedRoots = new Set<ShadowRoot>();
  private readonly regions = new ContextRegions();
  /** Blocks the page changed, with what changed. */
  private readonly dirty = new Map<Node, DirtyKind>();
  /** For blocks read to their end: where appended text can be read from, without the rest again. */
  private readonly resumePoints = new WeakMap<Node, ResumePoint>();
  /** Elements whose visibility attributes changed. */
  private readonly checks = new Set<Element>();
  /** Subtrees still to read, in document order from the end (the first scan, new subtrees). */
  private readonly stack: Node[] = [];
  private readonly seenBlocks = new WeakSet<Node>();
  /** Trees inside a tree whose whole text was tested and may hold a term: read without testing again. */
  private readonly insideTested = new WeakSet<Node>();
  /** Each block's read state as last worked out, valid while `stateGeneration` is unchanged. */
  private readonly readStates = new WeakMap<Element, { state: ReadState; generation: number }>();
  private stateGeneration = 0;
  /** Custom elements not defined yet: once defined they may get a shadow root, without a mutation. */
  private readonly undefinedElements = new Set<Element>();
  private current: BlockJob | undefined;
  private document: Document | undefined;
  private needsSweep = false;
  /** Elements the page removed since the last sweep; past SWEEP_LIST_LIMIT the sweep checks every block. */
  private readonly removed: Node[] = [];
  private sweepAll = false;
  private scheduled = false;
  private editing = false;
  /** The page has had its first frame since the scanner started (see start). */
  private ready = false;
  private upgradeTimer: ReturnType<typeof setTimeout> | undefined;
  private upgradeCheck = 0;
  private repairFrame: number | undefined;
  /** Styles may be out of date (our sheet was adopted, or no frame since the slice began): reading waits for a frame. */
  private styleStale = false;
  /** Roots that have adopted the mark sheet (adopting restyles the whole root). */
  private readonly sheetRoots = new WeakSet<Node>();
  private listeners: AbortController | undefined;
  /** Characters of text read for the first time (a block read again does not count twice). */
  private textRead = 0;

  constructor(
    private readonly index: PageTermIndex,
    private readonly registry: MarkRegistry,
    private readonly reportError: (error: unknown) => void,
  ) {}

  start(root: Document): void {
    // Standalone SVG and XML documents have no body and no HTML text to explain.
    if (!root.body || !(root.documentElement instanceof HTMLElement)) return;
    this.document = root;
    this.editing = root.designMode === 'on';
    this.observer.observe(root, OBSERVED);
    this.listeners = new AbortController();
    const options = { passive: true, capture: true, signal: this.listeners.signal };
    // The page may drop our Highlight or sheet, or switch designMode on, without a DOM change.
    root.addEventListener('scroll', this.onOutsideChange, options);
    root.addEventListener('selectionchange', this.onOutsideChange, options);
    answerPings(root, () => this.ready && !this.scheduled && !this.registry.paintPending, this.listeners.signal);
    if (!this.editing) this.pushTree(root.body);
    // Reading asks for styles (what is hidden); before the page's first frame after loading that
    // would make the browser style the whole page inside our slice. Start after that frame.
    const begin = () => {
      if (this.document !== root || this.ready) return;
      this.ready = true;
      this.wake();
    };
    requestAnimationFrame(() => setTimeout(begin, 0));
    // Hidden tabs get no frames.
    setTimeout(begin, 500);
  }

  stop(): void {
    this.worker.cancel();
    this.observer.disconnect();
    this.listeners?.abort();
    this.observedRoots.clear();
    this.dirty.clear();
    this.checks.clear();
    this.stack.length = 0;
    this.current = undefined;
    this.undefinedElements.clear();
    clearTimeout(this.upgradeTimer);
    if (this.repairFrame !== undefined) cancelAnimationFrame(this.repairFrame);
    this.scheduled = false;
    this.ready = false;
    this.document = undefined;
  }

  private readonly onOutsideChange = (): void => {
    if (this.repairFrame !== undefined) return;
    this.repairFrame = requestAnimationFrame(() => {
      this.repairFrame = undefined;
      this.checkOutside();
    });
  };

  /** Checks what the page can change without a mutation record: cheap, a few lookups. */
  private checkOutside(): void {
    const document = this.document;
    if (!document) return;
    const editing = document.designMode === 'on';
    if (editing !== this.editing) {
      this.editing = editing;
      // A page switched to designMode is an editor: it is not read (and read again when it stops).
      if (editing) this.forgetAll();
      else if (document.body) this.pushTree(document.body);
      this.wake();
    }
    if (!editing) this.registry.repair();
  }

  private forgetAll(): void {
    this.dirty.clear();
    this.checks.clear();
    this.stack.length = 0;
    this.current = undefined;
    if (this.document) this.registry.removeWithin(this.document);
  }

  private wake(): void {
    if (this.scheduled || !this.document || !this.ready) return;
    this.scheduled = true;
    this.worker.schedule((deadline, afterFrame) => this.drain(deadline, afterFrame));
  }

  private pushTree(node: Node): void {
    this.stack.push(node);
  }

  private markDirty(block: Node, kind: DirtyKind): void {
    const known = this.dirty.get(block);
    if (known === undefined || DIRTY_RANK[known] < DIRTY_RANK[kind]) this.dirty.set(block, kind);
  }

  private observe(root: ShadowRoot): void {
    this.observedRoots.add(root);
    this.observer.observe(root, OBSERVED);
  }

  /** Works until the deadline; false once the queue is empty. */
  private drain(deadline: number, afterFrame: boolean): boolean {
    // Reading asks style questions (what is hidden), and a question while the page's styles are
    // out of date makes the browser restyle inside our slice: after a page change, a hover, a
    // scroll or our own sheet, on a large page for 100 ms and more. So blocks are read only in
    // the first task after a frame, where the browser has just brought style up to date; changes
    // made since (a page task in between) cost only their own restyle.
    if (afterFrame) this.styleStale = false;
    else this.styleStale ||= this.hasWork();
    try {
      this.checkOutside();
      if (this.editing) return this.finishDrain();
      if (this.needsSweep) this.sweep();
    } catch (error) {
      this.reportError(error);
    }
    while (performance.now() < deadline) {
      if (this.styleStale && this.hasWork()) return this.waitForFrame();
      try {
        const job = this.current ?? this.nextJob();
        if (!job) return this.finishDrain();
        this.current = job;
        if (this.work(job, deadline)) return this.waitForFrame();
        this.finishJob(job);
      } catch (error) {
        // One block that fails (a page's odd DOM, a browser bug) costs only that block.
        this.reportError(error);
      }
      this.current = undefined;
    }
    return this.waitForFrame();
  }

  private waitForFrame(): true {
    this.worker.waitForFrame();
    return true;
  }

  private hasWork(): boolean {
    return this.current !== undefined || this.dirty.size > 0 || this.checks.size > 0 || this.stack.length > 0;
  }

  private finishDrain(): false {
    this.scheduled = false;
    this.regions.reset();
    const document = this.document;
    // In the e2e build, "drained" means read, marked and painted.
    if (document && TEST_HOOKS) this.registry.afterPaint(() => !this.scheduled && signalDrained(document));
    return false;
  }

  private nextJob(): BlockJob | undefined {
    for (;;) {
      const dirty = this.dirty.entries().next();
      if (!dirty.done) {
        const [block, kind] = dirty.value;
        this.dirty.delete(block);
        // A block not read yet is still ahead in the first scan (or hidden): its changes cost nothing now.
        if (kind !== 'tree' && !this.seenBlocks.has(block)) continue;
        const job = this.startJob(block, kind === 'tree', kind === 'tail');
        if (job) return job;
        continue;
      }
      const check = this.checks.values().next();
      if (!check.done) {
        this.checks.delete(check.value);
        this.recheck(check.value);
        continue;
      }
      const tree = this.stack.pop();
      if (tree === undefined) return undefined;
      const job = this.startJob(tree, true);
      if (job) return job;
    }
  }

  /** An element's visibility attributes changed: if that shows or hides text, read it again. */
  private recheck(element: Element): void {
    if (!element.isConnected) return;
    if (isInline(element) && !isSkipped(element)) {
      this.markDirty(blockOf(element), 'own');
      return;
    }
    const known = this.readStates.get(element);
    const state = readStateOf(element);
    // A <details> opened or closed changes what its nested blocks show, not its own state. An
    // element whose state was never asked (inside a tree without terms) is read once to be sure.
    if (state !== known?.state || element.tagName === 'DETAILS') {
      this.stateGeneration++;
      if (!known) this.readStates.set(element, { state, generation: this.stateGeneration });
      this.markDirty(element, 'tree');
    }
  }

  private startJob(node: Node, tree: boolean, tail = false): BlockJob | undefined {
    const block = node.nodeType === Node.DOCUMENT_NODE ? (node as Document).documentElement : node;
    if (!block || !block.isConnected) return undefined;
    let testedWhole = false;
    if (tree && !this.insideTested.delete(block)) {
      const whole = this.wholeTreeWithoutTerms(block);
      if (whole === 'done') return undefined;
      testedWhole = whole === 'may hold a term';
    }
    // A block whose own text changed keeps the state it had: what shows or hides it comes as an
    // attribute change (recheck) or a new subtree, and asking for styles on every text change
    // would cost a style update per slice on pages that change all the time.
    const known = !tree && block.nodeType === Node.ELEMENT_NODE ? this.readStates.get(block as Element) : undefined;
    const state = known && known.generation === this.stateGeneration ? known.state : readStateOf(block);
    if (block.nodeType === Node.ELEMENT_NODE) this.readStates.set(block as Element, { state, generation: this.stateGeneration });
    if (state === 'skip-tree') {
      this.registry.removeWithin(block);
      return undefined;
    }
    const firstRead = !this.seenBlocks.has(block);
    this.seenBlocks.add(block);
    const resume = this.resumePoints.get(block);
    this.resumePoints.delete(block);
    const children: Node[] = [];
    const noteShadow = (shadow: ShadowRoot) => this.noteShadowRoot(shadow, tree, children);
    const reader = new BlockReader(
      block,
      {
        onChildBlock: (child) => {
          if (tree || !this.seenBlocks.has(child)) children.push(child);
        },
        onShadowRoot: noteShadow,
      },
      state === 'read',
    );
    if (block.nodeType === Node.ELEMENT_NODE) this.noteElement(block as Element, noteShadow);
    const job: BlockJob = { block, tree, reader, confirmed: new Set(), children, firstRead, testedWhole };
    if (tail && resume && state === 'read' && resume.node.isConnected && resume.offset <= resume.node.length) {
      reader.startAt(resume.node);
      job.tail = { from: resume, nodes: new Set() };
    }
    return job;
  }

  /** Its shadow root, or if it is a custom element still to be defined, a later look. */
  private noteElement(element: Element, noteShadow: (shadow: ShadowRoot) => void): void {
    if (element.shadowRoot) noteShadow(element.shadowRoot);
    else if (element.localName.includes('-') && element.matches(':not(:defined)')) this.watchUpgrade(element);
  }

  private noteShadowRoot(shadow: ShadowRoot, tree: boolean, children: Node[]): void {
    const known = this.observedRoots.has(shadow);
    if (!known) this.observe(shadow);
    if (tree || !known) children.push(shadow);
  }

  /** Reads on until the deadline; true if the block is not finished. */
  private work(job: BlockJob, deadline: number): boolean {
    for (;;) {
      if (job.matcher && job.run) {
        const matches = job.matcher.next();
        if (matches === null) {
          if (job.reader.lastRunEndsBlock) this.keepResumePoint(job, job.run);
          job.matcher = undefined;
          job.run = undefined;
        } else {
          this.markRun(job, job.run, matches);
          if (this.styleStale) return true;
        }
      } else {
        const run = job.reader.next(deadline);
        if (run === undefined) return true;
        if (run === null) return false;
        job.lastMatch = undefined;
        // The page removed the node a tail read started from: the whole block is being read.
        if (job.tail && job.reader.restarted) job.tail = undefined;
        const from = job.tail && run.nodes[0] === job.tail.from.node && job.tail.nodes.size === 0 ? job.tail.from.offset : 0;
        if (job.tail) for (const node of run.nodes) job.tail.nodes.add(node);
        if (job.firstRead) this.noteText(run.text.length);
        else if (job.tail) this.noteText(run.text.length - from);
        // Text without any term (most text) needs no context regions and no finder walk.
        if (this.index.mayContainTerm(from === 0 ? run.text : run.text.slice(from))) {
          job.run = run;
          job.regions = this.regions.chainOf(job.block, run.nodes[0]!);
          job.matcher = new RunMatcher(this.index.get(), run.text, from);
        } else if (job.reader.lastRunEndsBlock) {
          this.keepResumePoint(job, run);
        }
      }
      if (performance.now() >= deadline) return true;
    }
  }

  private noteText(length: number): void {
    this.textRead += length;
    if (this.textRead > LARGE_PAGE_CHARS) this.registry.useLargePageStyle();
  }

  private keepResumePoint(job: BlockJob, run: TextRun): void {
    const offset = resumePoint(run.text, job.lastMatch);
    if (offset === undefined) return;
    const at = positionIn(run, offset, false);
    this.resumePoints.set(job.block, { node: at.node, offset: at.offset });
  }

  private markRun(job: BlockJob, run: TextRun, matches: TermMatch[]): void {
    const last = matches[matches.length - 1];
    if (last) job.lastMatch = { start: last.start, end: last.end };
    const root = matches.length > 0 ? job.block.getRootNode() : undefined;
    const sheets = root && !this.sheetRoots.has(root) ? adoptedSheetCount(root) : undefined;
    markRun(this.registry, run, matches, { block: job.block, regions: job.regions ?? [], confirmed: job.confirmed });
    if (sheets !== undefined && adoptedSheetCount(root!) !== sheets) {
      this.sheetRoots.add(root!);
      this.styleStale = true;
    }
  }

  /** Drops the block's marks that were not found again, and queues its nested blocks. */
  private finishJob(job: BlockJob): void {
    const stale: Mark[] = [];
    for (const mark of job.tail ? this.marksReadAgain(job, job.tail) : this.registry.marksInBlock(job.block)) {
      if (!job.confirmed.has(mark) || !mark.nodes.every((node) => node.isConnected)) stale.push(mark);
    }
    if (stale.length > 0) this.registry.removeMarks(stale);
    for (let index = job.children.length - 1; index >= 0; index--) {
      const child = job.children[index]!;
      if (job.testedWhole) this.insideTested.add(child);
      this.pushTree(child);
    }
  }

  /**
   * Tests a tree's whole text (hidden parts and shadow roots aside, which are tested on their own)
   * before reading it block by block: 'done' when it cannot hold a term, so its marks (if any) go
   * and its blocks count as read; 'too large' to read it as usual and let its parts test theirs.
   * A term split by a hidden inline element (nivo<span hidden>…</span>lumab) is not in the
   * whole text and is not marked: the reader sees two pieces with a gap.
   */
  private wholeTreeWithoutTerms(block: Node): 'done' | 'may hold a term' | 'too large' {
    // Sizes and the text first, natively: on a page with terms most trees have one, and the
    // prefilter stops at it, so the walk over the elements is paid only by trees that are done.
    // The element count comes first, so the wrappers of a large page (body, main) do not build
    // a text of megabytes each only to find it too long.
    if (elementCount(block) >= WHOLE_TREE_MAX_ELEMENTS) return 'too large';
    const text = block.textContent ?? '';
    if (text.length > WHOLE_TREE_MAX_CHARS) return 'too large';
    if (this.index.mayContainTerm(text)) return 'may hold a term';
    const walker = block.ownerDocument!.createTreeWalker(block, NodeFilter.SHOW_ELEMENT);
    const elements: Element[] = block.nodeType === Node.ELEMENT_NODE ? [block as Element] : [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) elements.push(node as Element);
    this.registry.removeWithin(block);
    if (!this.seenBlocks.has(block)) this.noteText(text.length);
    this.seenBlocks.add(block);
    const shadows: Node[] = [];
    const noteShadow = (shadow: ShadowRoot) => this.noteShadowRoot(shadow, true, shadows);
    this.resumePoints.delete(block);
    for (const element of elements) {
      if (!isInline(element)) this.seenBlocks.add(element);
      this.resumePoints.delete(element);
      this.noteElement(element, noteShadow);
    }
    for (const shadow of shadows) this.pushTree(shadow);
    return 'done';
  }

  /** A tail read found again only the marks that start where it read. */
  private *marksReadAgain(job: BlockJob, tail: NonNullable<BlockJob['tail']>): Generator<Mark> {
    const { node: first, offset } = tail.from;
    for (const node of tail.nodes) {
      for (const mark of this.registry.marksOf(node)) {
        const range = mark.range;
        if (mark.block === job.block && range.startContainer === node && !(node === first && range.startOffset < offset)) yield mark;
      }
    }
  }

  private onMutations(records: MutationRecord[]): void {
    if (!this.document || this.editing) return;
    if (records.length > BURST_RECORDS) {
      this.onBurst(records);
      return;
    }
    for (const record of records) {
      // A title, a style or a script the page rewrites (a ticker, an unread count) is never read.
      if (isInSkipped(record.target)) continue;
      if (record.type === 'characterData') {
        const block = blockOf(record.target);
        this.markDirty(block, this.extendsAfterResumePoint(record, block) ? 'tail' : 'own');
      } else if (record.type === 'attributes') {
        if (record.target.nodeType === Node.ELEMENT_NODE) this.checks.add(record.target as Element);
      } else {
        // Text and inline markup added or removed belong to the target's block: worked out once
        // per record (a feed rewriting 4,000 labels sends 4,000 records in one callback).
        const owner = ownerBlock(record.target);
        let ownChanged = record.removedNodes.length > 0;
        // Removed text is dropped when its block is read again; removed elements may hold blocks.
        for (const node of record.removedNodes) if (node.nodeType === Node.ELEMENT_NODE) this.noteRemoved(node);
        for (const node of record.addedNodes) {
          if (node.nodeType === Node.TEXT_NODE) ownChanged = true;
          else if (node.nodeType !== Node.ELEMENT_NODE || isSkipped(node as Element)) continue;
          else if (isInline(node as Element)) ownChanged = true;
          else this.markDirty(node, 'tree');
        }
        if (ownChanged) this.markDirty(owner, this.addsAfterResumePoint(record, owner) ? 'tail' : 'own');
      }
    }
    if (this.needsSweep || this.hasWork()) this.wake();
  }

  /**
   * Whether the record only adds text after the point a read of the block may resume from (a chat
   * adding a line, a line filled in after it was added): then only the block's end is read again.
   * Checked when the callback runs, so with every record of the batch applied.
   */
  private addsAfterResumePoint(record: MutationRecord, block: Node): boolean {
    const added = record.addedNodes[0];
    return record.removedNodes.length === 0 && added !== undefined && this.followsResumePoint(block, added);
  }

  /** Whether a text change only added text at the node's end, after the block's resume point. */
  private extendsAfterResumePoint(record: MutationRecord, block: Node): boolean {
    const text = record.target as Text;
    if (record.oldValue === null || !text.data.startsWith(record.oldValue)) return false;
    const resume = this.resumePoints.get(block);
    if (text === resume?.node) return resume.node.isConnected && record.oldValue.length >= resume.offset;
    return this.followsResumePoint(block, text);
  }

  /** Whether `node` is in the block after the point its last read may resume from. */
  private followsResumePoint(block: Node, node: Node): boolean {
    const resume = this.resumePoints.get(block);
    if (!resume || !resume.node.isConnected || !block.contains(node)) return false;
    return (resume.node.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  }

  /** Too many changes at once to follow one by one: the smallest subtree holding them all is read again. */
  private onBurst(records: MutationRecord[]): void {
    let ancestor: Node | null = records[0]!.target;
    this.needsSweep = this.sweepAll = true;
    for (const record of records) {
      while (ancestor && !containsComposed(ancestor, record.target)) ancestor = composedParent(ancestor);
    }
    this.markDirty(ancestor && ancestor.nodeType !== Node.DOCUMENT_NODE ? ownerBlock(ancestor) : this.document!.documentElement, 'tree');
    this.wake();
  }

  private noteRemoved(node: Node): void {
    this.needsSweep = true;
    if (this.sweepAll) return;
    if (this.removed.length < SWEEP_LIST_LIMIT) this.removed.push(node);
    else this.sweepAll = true;
  }

  /** Marks of removed blocks go; so do observed shadow roots that left the page. */
  private sweep(): void {
    this.needsSweep = false;
    if (this.sweepAll) this.registry.sweepDisconnected();
    else this.registry.sweepRemoved(this.removed);
    this.removed.length = 0;
    this.sweepAll = false;
    let pruned = false;
    for (const root of this.observedRoots) {
      if (root.isConnected) continue;
      this.observedRoots.delete(root);
      pruned = true;
    }
    if (!pruned || !this.document) return;
    // A MutationObserver cannot let go of one node: start again with the roots still on the page.
    this.onMutations(this.observer.takeRecords());
    this.observer.disconnect();
    this.observer.observe(this.document, OBSERVED);
    for (const root of this.observedRoots) this.observe(root);
  }

  private watchUpgrade(element: Element): void {
    this.undefinedElements.add(element);
    if (this.upgradeTimer !== undefined) return;
    this.upgradeCheck = 0;
    this.scheduleUpgradeCheck();
  }

  private scheduleUpgradeCheck(): void {
    const delay = UPGRADE_CHECKS_MS[this.upgradeCheck++] ?? UPGRADE_CHECK_LAST_MS;
    this.upgradeTimer = setTimeout(() => this.checkUpgrades(), delay);
  }

  /**
   * A content script cannot use the page's customElements registry (it is not shared with the
   * extension's world), so elements still to be defined are looked at again now and then.
   */
  private checkUpgrades(): void {
    this.upgradeTimer = undefined;
    for (const element of this.undefinedElements) {
      if (!element.isConnected) this.undefinedElements.delete(element);
      else if (element.shadowRoot || element.matches(':defined')) {
        this.undefinedElements.delete(element);
        this.markDirty(element, 'tree');
      }
    }
    this.checkOutside();
    this.wake();
    if (this.undefinedElements.size > 0 && this.document) this.scheduleUpgradeCheck();
  }
}

function adoptedSheetCount(root: Node): number | undefined {
  return root.nodeType === Node.DOCUMENT_NODE || root.nodeType === Node.DOCUMENT_FRAGMENT_NODE ? (root as Document | ShadowRoot).adoptedStyleSheets.length : undefined;
}

/** Whether a change at `node` is inside something never read (a title, style or script; not shadow roots). */
function isInSkipped(node: Node): boolean {
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  return element !== null && (isSkipped(element) || (element.parentElement !== null && isSkipped(element.parentElement)));
}

/** The block whose own text a change inside `node` belongs to. */
function ownerBlock(node: Node): Node {
  if (node.nodeType === Node.DOCUMENT_FRAGMENT_NODE) return node;
  if (node.nodeType === Node.ELEMENT_NODE && !isInline(node as Element)) return node;
  if (node.nodeType === Node.DOCUMENT_NODE) return (node as Document).documentElement ?? node;
  return blockOf(node);
}

function containsComposed(ancestor: Node, node: Node): boolean {
  for (let current: Node | null = node; current; current = composedParent(current)) {
    if (current === ancestor) return true;
  }
  return false;
}

/** The elements under a block, natively: a live collection's length builds no list (a shadow root has none). */
function elementCount(block: Node): number {
  return block.nodeType === Node.ELEMENT_NODE ? (block as Element).getElementsByTagName('*').length : (block as ParentNode).querySelectorAll('*').length;
}
