import { contextChain, type ContextTree } from '../../core/finder/context-regions';
import { findAllForms, resolveAmbiguousByRegion, type TermMatch } from '../../core/finder/find-terms';
import type { TermIndex } from '../../core/finder/term-index';
import { isElement, isShown, readVisibleDocument, type HtmlNode, type VisiblePiece } from './visible-text';

function createTree(): ContextTree<HtmlNode> {
  const lengths = new Map<HtmlNode, { total: number; inLinks: number }>();
  const textLengths = (node: HtmlNode, inLink = false): { total: number; inLinks: number } => {
    const known = lengths.get(node);
    if (known && !inLink) return known;
    let total = 0;
    let inLinks = 0;
    if (node.type === 'text') {
      total = node.data.replace(/\s+/g, '').length;
      inLinks = inLink ? total : 0;
    } else if ('children' in node && (!isElement(node) || isShown(node))) {
      const linked = inLink || (isElement(node) && node.name === 'a' && 'href' in node.attribs);
      for (const child of node.children) {
        const inner = textLengths(child, linked);
        total += inner.total;
        inLinks += inner.inLinks;
      }
    }
    if (!inLink) lengths.set(node, { total, inLinks });
    return { total, inLinks };
  };
  return {
    tagName: (node) => (isElement(node) ? node.name : ''),
    attribute: (node, name) => (isElement(node) ? (node.attribs[name] ?? null) : null),
    parent: (node) => node.parent,
    elementChildren: (node) => ('children' in node ? node.children.filter(isElement) : []),
    textLengths: (node) => textLengths(node),
  };
}

/** The piece whose text holds `offset` (pieces are in text order). */
function pieceAt(pieces: readonly VisiblePiece[], offset: number): VisiblePiece | undefined {
  let low = 0;
  let high = pieces.length - 1;
  let found: VisiblePiece | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const piece = pieces[middle]!;
    if (piece.start <= offset) {
      found = piece;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/**
 * The terms of an HTML document's visible text, with everyday words counted as medical only in
 * their local context (context-regions.ts): a sidebar, menu, footer or list of links does not
 * borrow the article's terms. Offsets are those of visibleText(html).
 */
export function findTermsInHtml(index: TermIndex, html: string): { text: string; matches: TermMatch[] } {
  const { document, text, pieces } = readVisibleDocument(html);
  const tree = createTree();
  const chains = new Map<HtmlNode, HtmlNode[]>();
  const regionsOf = (match: TermMatch): HtmlNode[] => {
    const node = pieceAt(pieces, match.start)?.node ?? document;
    let chain = chains.get(node);
    if (!chain) {
      chain = node === document ? [document] : contextChain(tree, node, document);
      chains.set(node, chain);
    }
    return chain;
  };
  return { text, matches: resolveAmbiguousByRegion(findAllForms(index, text), regionsOf) };
}
