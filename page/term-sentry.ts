/**
 * The part of the extension that runs on every page: it only asks whether the page's text can
 * hold a term at all (the prefilter, core/finder/prefilter.ts) and says so once. The engine
 * (finder, marks, tooltip, navigator) is loaded into the page only then, so the many pages
 * without a medical word pay for this file and one test of their text, not for the engine.
 *
 * It says yes to a superset of what the engine marks: the text it tests includes hidden text,
 * scripts and styles, and words that run together across element boundaries. Anything it cannot
 * judge cheaply (a very long text, a very large tree, a custom element still to be defined, which
 * may attach a shadow root later without any DOM change) also counts as yes: the engine, which
 * reads in background slices, handles those.
 */

/** Text longer than this is not tested in one go here (one regular-expression pass could be a long task). */
export const SENTRY_MAX_CHARS = 200_000;
/** A tree with more elements than this is handed on rather than walked for shadow roots. */
export const SENTRY_MAX_ELEMENTS = 20_000;
/** Characters of each neighbour tested with a changed node: a term may run on from the text beside it. */
const NEIGHBOUR_CHARS = 64;
/** Text outside code is tested in pieces of about this many characters (see readOutsideCode). */
const PIECE_CHARS = 4_096;

export interface SentryOptions {
  mayContainTerm(text: string): boolean;
  /** Called once, synchronously, the first time the page may hold a term. */
  onTerm(reason: SentryReason): void;
  signal: AbortSignal;
}

export type SentryReason = 'text' | 'long text' | 'large tree' | 'undefined custom element';

export class TermSentry {
  private triggered = false;
  private readonly observer = new MutationObserver((records) => this.onRecords(records));

  constructor(private readonly options: SentryOptions) {
    options.signal.addEventListener('abort', () => this.observer.disconnect(), { once: true });
  }

  start(document: Document): void {
    if (this.options.signal.aborted) return;
    this.watch(document);
    const root = document.documentElement;
    if (root) this.checkTree(root);
  }

  private watch(root: Document | ShadowRoot): void {
    this.observer.observe(root, { childList: true, subtree: true, characterData: true });
  }

  private trigger(reason: SentryReason): void {
    if (this.triggered) return;
    this.triggered = true;
    this.observer.disconnect();
    this.options.onTerm(reason);
  }

  /** The text of a whole subtree (unless the caller tested it), then its open shadow roots (watched from now on). */
  private checkTree(root: Element | ShadowRoot, textTested = false): void {
    // A tree this large goes to the engine whatever its text: counted natively first, so the
    // text of a page of megabytes is not built and tested for nothing.
    if (root.nodeType === Node.ELEMENT_NODE && (root as Element).getElementsByTagName('*').length >= SENTRY_MAX_ELEMENTS) return this.trigger('large tree');
    if (!textTested && !this.checkText(root)) return;
    const walker = (root.ownerDocument ?? document).createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
    let count = 0;
    for (let node: Node | null = root.nodeType === Node.ELEMENT_NODE ? root : walker.nextNode(); node; node = walker.nextNode()) {
      if (++count > SENTRY_MAX_ELEMENTS) return this.trigger('large tree');
      const element = node as Element;
      const shadow = element.shadowRoot;
      if (shadow) {
        this.watch(shadow);
        this.checkTree(shadow);
        if (this.triggered) return;
      } else if (element.localName.includes('-') && element.matches(':not(:defined)')) {
        return this.trigger('undefined custom element');
      }
    }
  }

  /**
   * A subtree's text, with its neighbours' edges for a change; false once it has triggered. A
   * subtree is tested by its textContent, one native call; only if that may hold a term and the
   * subtree has scripts or styles is it read again without them: inline code and page state
   * often hold English words such as "progression" that would load the engine for nothing.
   */
  private checkText(subtree: Node, neighbours = false): boolean {
    if (this.triggered) return false;
    if (isCode(subtree)) return true;
    const before = neighbours ? edgeText(subtree.previousSibling, 'end') : '';
    const after = neighbours ? edgeText(subtree.nextSibling, 'start') : '';
    const text = subtree.textContent ?? '';
    if (text.length <= SENTRY_MAX_CHARS && !this.options.mayContainTerm(before + text + after)) return true;
    const verdict = hasCode(subtree) ? this.readOutsideCode(subtree, before, after) : text.length > SENTRY_MAX_CHARS ? 'long text' : 'text';
    if (verdict) this.trigger(verdict);
    return !this.triggered;
  }

  /**
   * Reads a subtree's text without its scripts, styles and templates, node by node, testing it in
   * pieces: on a page with a term the first one ends the walk early, which matters because the
   * first touch of each node from the extension's world costs a few microseconds
   * (docs/browser-notes.md). Text nodes only, and no filter function (a JavaScript NodeFilter costs
   * about 1 µs per node); scripts and styles hold their text directly.
   */
  private readOutsideCode(root: Node, before: string, after: string): SentryReason | undefined {
    const walker = (root.ownerDocument ?? document).createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let piece = before;
    let length = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (NOT_TEXT.has(node.parentNode?.nodeName ?? '')) continue;
      const data = (node as Text).data;
      piece += data;
      length += data.length;
      if (length > SENTRY_MAX_CHARS) return 'long text';
      if (piece.length < PIECE_CHARS) continue;
      if (this.options.mayContainTerm(piece)) return 'text';
      // The edge goes on with the next piece: a term may run over the cut.
      piece = piece.slice(-NEIGHBOUR_CHARS);
    }
    return this.options.mayContainTerm(piece + after) ? 'text' : undefined;
  }

  private onRecords(records: MutationRecord[]): void {
    if (this.triggered || this.options.signal.aborted) return;
    for (const record of records) {
      if (record.type === 'characterData') {
        if (record.target.isConnected && !this.checkText(record.target, true)) return;
        continue;
      }
      for (const node of record.addedNodes) {
        if (!node.isConnected) continue;
        if (!this.checkText(node, true)) return;
        if (node.nodeType === Node.ELEMENT_NODE) this.checkTree(node as Element, true);
        if (this.triggered) return;
      }
    }
  }
}

const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
const CODE_SELECTOR = [...NOT_TEXT].join(', ').toLowerCase();

/** A script, style or template, or a text in one: code or markup, not reading text. */
function isCode(node: Node): boolean {
  return NOT_TEXT.has(node.nodeName) || NOT_TEXT.has(node.parentNode?.nodeName ?? '');
}

/** Whether a subtree holds code or markup (one native query). */
function hasCode(node: Node): boolean {
  return 'querySelector' in node && (node as ParentNode).querySelector(CODE_SELECTOR) !== null;
}

/** The first or last characters of a neighbour, from its outermost text node: not its whole text, which may be huge. */
function edgeText(node: Node | null, side: 'start' | 'end'): string {
  let current = node;
  for (let depth = 0; current && current.nodeType === Node.ELEMENT_NODE && depth < 16; depth++) {
    if (NOT_TEXT.has(current.nodeName)) return '';
    current = side === 'end' ? current.lastChild : current.firstChild;
  }
  if (!current || current.nodeType !== Node.TEXT_NODE) return '';
  const text = (current as Text).data;
  return side === 'end' ? text.slice(-NEIGHBOUR_CHARS) : text.slice(0, NEIGHBOUR_CHARS);
}
