import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FLUSH_INTERVAL_MS, HighlightBatch } from '../../../page/highlight-batch';

/** A Highlight as the batch uses it (a set of ranges), counting the changes the browser would see. */
class FakeHighlight extends Set<AbstractRange> {
  changes = 0;
  override add(range: AbstractRange): this {
    this.changes++;
    return super.add(range);
  }
  override delete(range: AbstractRange): boolean {
    this.changes++;
    return super.delete(range);
  }
}

function range(n: number): AbstractRange {
  return { startOffset: n } as unknown as AbstractRange;
}

/** Lets queued microtasks run (the end of the current task). */
const endOfTask = () => Promise.resolve();

describe('HighlightBatch', () => {
  let highlight: FakeHighlight;
  let batch: HighlightBatch;

  beforeEach(() => {
    vi.useFakeTimers();
    highlight = new FakeHighlight();
    batch = new HighlightBatch(highlight as unknown as Highlight);
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('hands the first changes over at the end of the task, all of that task at once', async () => {
    batch.add(range(1));
    batch.add(range(2));
    expect(highlight.size).toBe(0);
    await endOfTask();
    expect([...highlight].map((r) => r.startOffset)).toEqual([1, 2]);
  });

  it('keeps later changes until the interval has passed, then hands them over together', async () => {
    batch.add(range(1));
    await endOfTask();
    vi.advanceTimersByTime(10);
    batch.add(range(2));
    batch.add(range(3));
    await endOfTask();
    expect(highlight.size).toBe(1);
    vi.advanceTimersByTime(FLUSH_INTERVAL_MS - 20);
    expect(highlight.size).toBe(1);
    vi.advanceTimersByTime(20);
    expect(highlight.size).toBe(3);
  });

  it('a range added and deleted within one batch never reaches the Highlight; one deleted and added again stays', async () => {
    batch.add(range(1));
    await endOfTask();
    const kept = [...highlight][0]!;
    const changesBefore = highlight.changes;
    const passing = range(2);
    batch.add(passing);
    batch.delete(passing);
    batch.delete(kept);
    batch.add(kept);
    expect(batch.pending).toBe(false);
    vi.advanceTimersByTime(FLUSH_INTERVAL_MS);
    expect(highlight.changes).toBe(changesBefore);
    expect([...highlight]).toEqual([kept]);
  });

  it('urgent changes go at the end of the task, even inside the interval', async () => {
    batch.add(range(1));
    await endOfTask();
    batch.add(range(2));
    batch.urgent();
    await endOfTask();
    expect(highlight.size).toBe(2);
  });

  it('clear empties the Highlight at once and drops what was waiting', async () => {
    batch.add(range(1));
    await endOfTask();
    batch.add(range(2));
    batch.clear();
    expect(highlight.size).toBe(0);
    vi.advanceTimersByTime(FLUSH_INTERVAL_MS);
    expect(highlight.size).toBe(0);
  });

  it('afterFlush waits for the waiting changes, and runs at once when nothing waits', async () => {
    const calls: number[] = [];
    batch.afterFlush(() => calls.push(highlight.size));
    expect(calls).toEqual([0]);
    batch.add(range(1));
    await endOfTask();
    batch.add(range(2));
    batch.afterFlush(() => calls.push(highlight.size));
    expect(calls).toEqual([0]);
    vi.advanceTimersByTime(FLUSH_INTERVAL_MS);
    expect(calls).toEqual([0, 2]);
  });
});
