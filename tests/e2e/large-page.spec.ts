import { expect, test } from './fixtures';

test.describe('a very large page', () => {
  test('is marked in slices, with no main-thread task over 50 ms after the page has loaded', async ({ page, origin }) => {
    test.setTimeout(120_000);
    await page.addInitScript(() => {
      const tasks: { start: number; duration: number }[] = [];
      (window as unknown as { __longTasks: typeof tasks }).__longTasks = tasks;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(`${origin}/large-page.html?kb=5000`, { waitUntil: 'load', timeout: 60_000 });
    const size = await page.evaluate(() => document.body.textContent!.length);
    expect(size).toBeGreaterThan(3_000_000);
    // Wait until the page's own work is done, then measure from there.
    await page.waitForTimeout(500);
    const loadedAt = await page.evaluate(() => performance.now());

    await expect
      .poll(() => page.evaluate(() => CSS.highlights.get('immuunwijzer-underline')?.size ?? 0), { timeout: 90_000, intervals: [1000] })
      .toBeGreaterThan(10_000);
    let previous = -1;
    for (;;) {
      await page.waitForTimeout(1500);
      const count = await page.evaluate(() => CSS.highlights.get('immuunwijzer-underline')!.size);
      if (count === previous) break;
      previous = count;
    }
    const tasks = await page.evaluate(() => (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks);
    const afterLoad = tasks.filter((task) => task.start > loadedAt);
    console.log(`large page: ${size} characters, ${previous} marks, long tasks after load: ${JSON.stringify(afterLoad)}`);
    expect(afterLoad.filter((task) => task.duration > 50)).toEqual([]);
  });
});
