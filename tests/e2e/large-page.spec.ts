import { expect, test } from './fixtures';

// How long the work takes is measured by `npm run bench` (issue: no timed tests); this test
// checks that a page of several MB is marked completely and stays usable while it is.
test.describe('a very large page', () => {
  test('is marked completely and stays responsive', async ({ page, origin }) => {
    test.setTimeout(120_000);
    await page.goto(`${origin}/large-page.html?kb=5000`, { waitUntil: 'load', timeout: 60_000 });
    const { size, expected } = await page.evaluate(() => ({
      size: document.body.textContent!.length,
      expected: Number(document.body.dataset.termCount),
    }));
    expect(size).toBeGreaterThan(3_000_000);
    expect(expected).toBeGreaterThan(10_000);

    // While the scan runs, the page still answers input.
    await page.evaluate(() => {
      (window as unknown as { __clicks: number }).__clicks = 0;
      document.addEventListener('click', () => (window as unknown as { __clicks: number }).__clicks++);
    });
    await page.mouse.click(5, 5);
    await expect.poll(() => page.evaluate(() => (window as unknown as { __clicks: number }).__clicks)).toBe(1);

    await expect
      .poll(() => page.evaluate(() => CSS.highlights.get('immuunwijzer-underline')?.size ?? 0), { timeout: 90_000, intervals: [1000] })
      .toBe(expected);
  });
});
