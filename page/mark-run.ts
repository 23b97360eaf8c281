import type { TermMatch } from '../core/finder/find-terms';
import type { MarkRegistry } from './mark-registry';
import { positionIn, type TextRun } from './text-runs';

/** Replaces the marks of the run's text nodes with ranges for these matches of the run's text. */
export function markRun(registry: MarkRegistry, run: TextRun, matches: readonly TermMatch[]): void {
  registry.removeNodes(run.nodes);
  if (!run.nodes[0]?.isConnected) return;
  for (const match of matches) {
    const start = positionIn(run, match.start, false);
    const end = positionIn(run, match.end, true);
    const nodes = run.nodes.slice(run.nodes.indexOf(start.node), run.nodes.indexOf(end.node) + 1);
    const range = new StaticRange({
      startContainer: start.node,
      startOffset: start.offset,
      endContainer: end.node,
      endOffset: end.offset,
    });
    registry.add({ id: match.id, range, nodes, ambiguous: match.ambiguous });
  }
}
