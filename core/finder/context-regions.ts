/**
 * Where a medical context ends. Everyday words (kuur, mutatie, stadium) count as medical only in
 * the same local region as an unambiguous term: the same post or article, or a section or list
 * inside it — never in a menu, sidebar, footer or list of links next to a medical article.
 *
 * The rule is written against a tiny tree adapter so the content script (DOM) and the CLI
 * (htmlparser2) apply exactly the same structure.
 */

export interface ContextTree<N> {
  /** The element's tag name, any case. */
  tagName(node: N): string;
  attribute(node: N, name: string): string | null;
  parent(node: N): N | null;
  /** The element's children that are elements, in order. */
  elementChildren(node: N): readonly N[];
  /** Length of the element's text, and how much of it lies inside links. */
  textLengths(node: N): { total: number; inLinks: number };
}

export type ContextRole =
  /** Page furniture: a medical context never flows into or out of it. */
  | 'chrome'
  /** A self-contained unit (a post, an article): the context stops here. */
  | 'unit'
  /** A part of a unit (a section, a list): has its own context and shares its unit's. */
  | 'part';

const CHROME_TAGS = new Set(['NAV', 'ASIDE', 'MENU']);
const CHROME_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'banner', 'search', 'menu', 'menubar']);
const UNIT_TAGS = new Set(['ARTICLE', 'DIALOG']);
const UNIT_ROLES = new Set(['article', 'dialog', 'alertdialog']);
const PART_TAGS = new Set(['SECTION', 'MAIN', 'UL', 'OL', 'DL', 'TABLE', 'BLOCKQUOTE', 'FIGURE', 'DETAILS']);
const PART_ROLES = new Set(['main', 'region', 'list', 'table', 'feed']);
/** header/footer are page furniture unless they belong to an article or section (HTML-AAM). */
const SCOPING_TAGS = new Set(['ARTICLE', 'ASIDE', 'MAIN', 'NAV', 'SECTION']);
const LIST_TAGS = new Set(['UL', 'OL', 'MENU']);
/** A list whose items are (almost) only links is a list of headlines or a menu. */
const LINK_LIST_SHARE = 0.8;
const LINK_LIST_MIN_ITEMS = 3;

/** What the element means for a medical context, or undefined when it means nothing. */
export function contextRole<N>(tree: ContextTree<N>, node: N): ContextRole | undefined {
  const tag = tree.tagName(node).toUpperCase();
  const role = tree.attribute(node, 'role')?.trim().toLowerCase() ?? '';
  if (CHROME_TAGS.has(tag) || CHROME_ROLES.has(role)) return 'chrome';
  if ((tag === 'HEADER' || tag === 'FOOTER') && !hasScopingAncestor(tree, node)) return 'chrome';
  if (UNIT_TAGS.has(tag) || UNIT_ROLES.has(role)) return 'unit';
  if (LIST_TAGS.has(tag) && isLinkList(tree, node)) return 'chrome';
  if (PART_TAGS.has(tag) || PART_ROLES.has(role)) return 'part';
  return undefined;
}

/**
 * The regions whose medical context applies to a node, nearest first: every region up to and
 * including the first unit or piece of page furniture, or up to the root. A term counts for each
 * region of its own chain; an everyday word is medical when any region of its chain has a term.
 */
export function contextChain<N>(tree: ContextTree<N>, node: N, root: N): N[] {
  const chain: N[] = [];
  for (let current = tree.parent(node); current !== null; current = tree.parent(current)) {
    if (current === root) break;
    const role = contextRole(tree, current);
    if (role === undefined) continue;
    chain.push(current);
    if (role !== 'part') return chain;
  }
  chain.push(root);
  return chain;
}

function hasScopingAncestor<N>(tree: ContextTree<N>, node: N): boolean {
  for (let current = tree.parent(node); current !== null; current = tree.parent(current)) {
    if (SCOPING_TAGS.has(tree.tagName(current).toUpperCase())) return true;
  }
  return false;
}

function isLinkList<N>(tree: ContextTree<N>, list: N): boolean {
  const items = tree.elementChildren(list).filter((child) => tree.tagName(child).toUpperCase() === 'LI');
  if (items.length < LINK_LIST_MIN_ITEMS) return false;
  let linked = 0;
  for (const item of items) {
    const { total, inLinks } = tree.textLengths(item);
    if (total > 0 && inLinks / total >= LINK_LIST_SHARE) linked++;
  }
  return linked / items.length >= LINK_LIST_SHARE;
}
