import { isOwnUiHost } from './ui-host';

/**
 * Which parts of a page are read. Editors, code and anything the reader types into are never
 * touched: marking them would be wrong (code) or would interfere with typing (editors).
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

export function isSkipped(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  if (SKIPPED_TAGS.has(tag) || isOwnUiHost(element)) return true;
  if (element.hasAttribute('hidden')) return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable !== 'false' && (element as HTMLElement).isContentEditable !== false;
}

export function isInline(element: Element): boolean {
  return INLINE_TAGS.has(element.tagName.toUpperCase());
}

/** The nearest ancestor that is not inline: the element whose line of text a node belongs to. */
export function blockOf(node: Node): Node {
  let current = node.parentNode;
  while (current && current.nodeType === Node.ELEMENT_NODE && isInline(current as Element)) {
    current = current.parentNode;
  }
  return current ?? node;
}

/** Whether the node lies inside something that is never read (an editor, code, the extension UI). */
export function isInsideSkipped(node: Node): boolean {
  for (let current = node.parentNode; current; current = current.parentNode) {
    if (current.nodeType === Node.ELEMENT_NODE && isSkipped(current as Element)) return true;
  }
  return false;
}
