import { isOwnUiHost } from './ui-host';

/**
 * Which parts of a page are read. Editors, code and anything the reader types into are never
 * touched: marking them would be wrong (code) or would interfere with typing (editors). Text a
 * reader cannot see (hidden, inert, aria-hidden, display:none, a closed <details>) is not read
 * either, so it is neither marked nor counted.
 */
const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'CODE', 'PRE', 'KBD', 'SAMP', 'VAR',
  'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'OPTGROUP', 'DATALIST',
  'SVG', 'MATH', 'CANVAS', 'IFRAME', 'OBJECT', 'EMBED', 'VIDEO', 'AUDIO', 'HEAD', 'TITLE',
]);

/**
 * Elements that flow inside a line of text. Text in a run of these is read as one piece, so a
 * term split over markup (<b>PD</b>-L1) is still found; any other element starts a new piece.
 */
const INLINE_TAGS = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'DATA', 'DEL', 'DFN', 'EM', 'FONT', 'I', 'INS', 'LABEL',
  'MARK', 'Q', 'RUBY', 'RT', 'RP', 'S', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'WBR',
  'BIG', 'TT', 'STRIKE', 'NOBR',
]);

/** Attributes whose change can make text appear or disappear; the scanner observes them. */
export const VISIBILITY_ATTRIBUTES = ['hidden', 'inert', 'aria-hidden', 'contenteditable', 'style', 'open'];

/** Never read, and what is inside is never read either: code, form fields, the extension's UI. */
export function isSkipped(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  return SKIPPED_TAGS.has(tag) || isOwnUiHost(element);
}

export function isInline(element: Element): boolean {
  return INLINE_TAGS.has(element.tagName.toUpperCase());
}

/** The parent, or the host for the top of a shadow tree: the chain a reader's eye follows. */
export function composedParent(node: Node): Node | null {
  const parent = node.parentNode;
  if (parent && parent.nodeType === Node.DOCUMENT_FRAGMENT_NODE) return (parent as ShadowRoot).host ?? null;
  return parent;
}

/** The nearest ancestor that is not inline: the element (or shadow root) a node's line belongs to. */
export function blockOf(node: Node): Node {
  let current = node.parentNode;
  while (current && current.nodeType === Node.ELEMENT_NODE && isInline(current as Element)) {
    current = current.parentNode;
  }
  return current ?? node;
}

type VisibilityCheck = (options?: { visibilityProperty?: boolean; checkVisibilityCSS?: boolean }) => boolean;

/** Whether the element has a box a reader sees (display, content-visibility; optionally visibility). */
function isRendered(element: Element, visibility: boolean): boolean {
  const check = (element as Element & { checkVisibility?: VisibilityCheck }).checkVisibility;
  if (typeof check !== 'function') return true;
  if (check.call(element, visibility ? { visibilityProperty: true, checkVisibilityCSS: true } : {})) return true;
  // display: contents has no box of its own, but its children are shown.
  return getComputedStyle(element).display === 'contents' && (!visibility || getComputedStyle(element).visibility !== 'hidden');
}

/** Marked by the page itself as not for the reader, whatever CSS says. */
function isHiddenByAttribute(element: Element): boolean {
  return element.hasAttribute('hidden') || element.hasAttribute('inert') || element.getAttribute('aria-hidden') === 'true';
}

function isEditable(element: Element): boolean {
  if ((element as HTMLElement).isContentEditable) return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/**
 * How a block is read: 'read' its own text; 'skip-own' for a block whose own text is not seen but
 * whose nested blocks may be (visibility: hidden, a closed <details> around its <summary>);
 * 'skip-tree' when nothing under it is read.
 */
export type ReadState = 'read' | 'skip-own' | 'skip-tree';

export function readStateOf(block: Node): ReadState {
  const document = block.ownerDocument;
  if (!block.isConnected || !document || document.designMode === 'on') return 'skip-tree';
  const element = block.nodeType === Node.ELEMENT_NODE ? (block as Element) : (block as ShadowRoot).host;
  if (!element) return 'skip-tree';
  if (isEditable(element)) return 'skip-tree';
  let child: Node = block;
  for (let current: Node | null = block.nodeType === Node.ELEMENT_NODE ? block : element; current; current = composedParent(current)) {
    if (current.nodeType !== Node.ELEMENT_NODE) continue;
    const ancestor = current as Element;
    if (isSkipped(ancestor) || isHiddenByAttribute(ancestor)) return 'skip-tree';
    // A closed <details> shows only its <summary>.
    if (ancestor.tagName === 'DETAILS' && !ancestor.hasAttribute('open') && ancestor !== block) {
      if (!(child.nodeType === Node.ELEMENT_NODE && (child as Element).tagName === 'SUMMARY')) return 'skip-tree';
    }
    child = current;
  }
  // One style question for the usual case (shown); a second only to tell hidden from not rendered.
  const shown = isRendered(element, true);
  if (!shown && !isRendered(element, false)) return 'skip-tree';
  if (block.nodeType !== Node.ELEMENT_NODE) return 'read';
  if (element.tagName === 'DETAILS' && !element.hasAttribute('open')) return 'skip-own';
  return shown ? 'read' : 'skip-own';
}

/** An inline element a reader does not see, or an editor; its text is left out of the line around it. */
export function isLeftOutInline(element: Element): boolean {
  // Editing inherited from the block is the block's state; here only an editor of its own counts.
  const editable = element.getAttribute('contenteditable');
  return isHiddenByAttribute(element) || (editable !== null && editable !== 'false') || !isRendered(element, true);
}
