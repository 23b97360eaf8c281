import { contextChain, type ContextTree } from '../core/finder/context-regions';

/**
 * The page side of the local-context rule (core/finder/context-regions.ts): which regions of the
 * page an everyday word's medical context comes from. Chains are worked out once per block and
 * kept until the page changes (reset() after each drained queue), since a long list would
 * otherwise be measured again for every block in it.
 */
export class ContextRegions {
  private readonly chains = new Map<Node, readonly Node[]>();
  private readonly lengths = new Map<Node, { total: number; inLinks: number }>();
  private readonly tree: ContextTree<Node> = {
    tagName: (node) => (node.nodeType === Node.ELEMENT_NODE ? (node as Element).tagName : ''),
    attribute: (node, name) => (node.nodeType === Node.ELEMENT_NODE ? (node as Element).getAttribute(name) : null),
    parent: (node) => {
      const parent = node.parentNode;
      if (parent && parent.nodeType === Node.DOCUMENT_FRAGMENT_NODE) return (parent as ShadowRoot).host ?? null;
      return parent && parent.nodeType === Node.ELEMENT_NODE ? parent : null;
    },
    elementChildren: (node) => (node.nodeType === Node.ELEMENT_NODE ? [...(node as Element).children] : []),
    textLengths: (node) => {
      let lengths = this.lengths.get(node);
      if (!lengths) {
        let inLinks = 0;
        if (node.nodeType === Node.ELEMENT_NODE) for (const link of (node as Element).querySelectorAll('a')) inLinks += link.textContent?.length ?? 0;
        lengths = { total: node.textContent?.length ?? 0, inLinks };
        this.lengths.set(node, lengths);
      }
      return lengths;
    },
  };

  /** The regions for text whose block is `block`, nearest first. */
  chainOf(block: Node, textNode: Node): readonly Node[] {
    let chain = this.chains.get(block);
    if (!chain) {
      const document = block.ownerDocument ?? (block as Document);
      const root: Node = document.body ?? document.documentElement ?? document;
      chain = contextChain(this.tree, textNode, root);
      this.chains.set(block, chain);
    }
    return chain;
  }

  reset(): void {
    this.chains.clear();
    this.lengths.clear();
  }
}
