import type { TermMatch } from '../core/finder/find-terms';
import type { Mark, MarkRegistry } from './mark-registry';
import { positionIn, type TextRun } from './text-runs';

/** Where a run's marks belong, for reading a block again without repainting what did not change. */
export interface RunContext {
  block: Node;
  regions: readonly Node[];
  /** Collects the block's marks that are still right (kept or new); the rest go afterwards. */
  confirmed: Set<Mark>;
}

function sameRegions(a: readonly Node[] | undefined, b: readonly Node[]): boolean {
  if (!a) return b.length === 0;
  return a.length === b.length && a.every((region, index) => region === b[index]);
}

/**
 * Marks these matches of the run's text. With a context, a match that is already marked keeps
 * its mark (the Highlight is not touched) and only new matches are added; without one, the marks
 * of the run's nodes are replaced.
 */
export function markRun(registry: MarkRegistry, run: TextRun, matches: readonly TermMatch[], context?: RunContext): void {
  if (!context) registry.removeNodes(run.nodes);
  for (const match of matches) {
    const start = positionIn(run, match.start, false);
    const end = positionIn(run, match.end, true);
    const nodes = run.nodes.slice(start.index, end.index + 1);
    // The page may have removed a node since the run was read; the block is then read again.
    if (!nodes.every((node) => node.isConnected)) continue;
    if (context) {
      const existing = findMark(registry, match.id, start, end, context);
      if (existing) {
        context.confirmed.add(existing);
        continue;
      }
    }
    const range = new StaticRange({ startContainer: start.node, startOffset: start.offset, endContainer: end.node, endOffset: end.offset });
    const mark: Mark = { id: match.id, range, nodes, ambiguous: match.ambiguous };
    if (context) {
      mark.block = context.block;
      mark.regions = context.regions;
      context.confirmed.add(mark);
    }
    registry.add(mark);
  }
}

function findMark(registry: MarkRegistry, id: string, start: { node: Text; offset: number }, end: { node: Text; offset: number }, context: RunContext): Mark | undefined {
  for (const mark of registry.marksOf(start.node)) {
    const range = mark.range;
    if (
      mark.id === id &&
      mark.block === context.block &&
      range.startContainer === start.node &&
      range.startOffset === start.offset &&
      range.endContainer === end.node &&
      range.endOffset === end.offset &&
      sameRegions(mark.regions, context.regions)
    ) {
      return mark;
    }
  }
  return undefined;
}
