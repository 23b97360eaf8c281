import { expect, test } from './engine-page';

/**
 * Chromium redoes a Highlight's markers and repaints in every frame in which the Highlight
 * changed (docs/browser-notes.md), so while a large page is read the marks reach the Highlight
 * in batches (page/highlight-batch.ts), not once per slice: the first batch at once, then at
 * most one per 200 ms.
 */
test('while a large page is read, the Highlight changes in a few batches, the first at once, and holds every mark when done', async ({ enginePage }) => {
  test.setTimeout(60_000);
  const page = await enginePage('<main id="tekst"></main>');
  const result = await page.evaluate(async () => {
    const main = document.querySelector('#tekst')!;
    for (let n = 0; n < 450; n++) {
      const p = document.createElement('p');
      p.innerHTML = `Bericht ${n}: ik kreeg <b>nivolumab</b> en daarna een PET-scan. ${'Het weer was goed en we liepen een stuk. '.repeat(20)}`;
      main.append(p);
    }
    const slicesBefore = engine.slices.length;
    const started = performance.now();
    engine.start();
    const highlight = engine.handle().registry.paint;
    // The task each change came in: changes in one task share its clock reading's tick.
    const tasks: number[] = [];
    let tick = 0;
    let tickedAt = -1;
    const note = () => {
      if (tickedAt !== tick) tasks.push(performance.now() - started);
      tickedAt = tick;
    };
    // When the first marks were found (the registry shows them), seen from the next task.
    let firstShown: number | undefined;
    const ticker = setInterval(() => {
      tick++;
      if (firstShown === undefined && engine.handle().registry.shownMarks().length > 0) firstShown = performance.now() - started;
    }, 0);
    const add = highlight.add.bind(highlight);
    highlight.add = (range) => (note(), add(range));
    await engine.drained();
    clearInterval(ticker);
    return { tasks, firstShown, slices: engine.slices.length - slicesBefore, ms: performance.now() - started, painted: highlight.size, shown: engine.marks().length };
  });
  // Two marks per post, all shown and all painted (under the 1,000 marks of the paint-all painter).
  expect(result.shown).toBe(900);
  expect(result.painted).toBe(900);
  // Many slices of reading, few batches of painting.
  expect(result.slices).toBeGreaterThan(5);
  expect(result.tasks.length).toBeLessThanOrEqual(Math.ceil(result.ms / 200) + 2);
  expect(result.tasks.length).toBeLessThan(result.slices / 2);
  // The first batch comes in the task that found the first marks, not an interval later.
  expect(result.tasks[0]!).toBeLessThanOrEqual(result.firstShown! + 1);
});
