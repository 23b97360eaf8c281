import { sleep, type BenchBrowser } from './browser';
import type { PopupBenchWindow, PopupProbeState } from './page-api';
import { progress } from './progress';
import type { PopupResults } from './results';
import { max, median } from './stats';

/** Typed one after another into each freshly opened popup; the first one is the cold one. */
const POPUP_QUERIES = ['keytruda', 'bijwerking huid', 'nivolumap', 'hoe lang duurt het', 'zenuwpijn'] as const;

/**
 * Section 4 in Chromium: popup.html opened as a page of the extension (as the e2e tests do),
 * timed by the popup probe: navigation start to the search box, and input event to first result.
 */
export async function measurePopup(browser: BenchBrowser, opens: number): Promise<PopupResults> {
  if (!browser.extensionOrigin) throw new Error('the popup needs the extension');
  const searchPresentMs: number[] = [];
  const firstContentfulPaintMs: number[] = [];
  const perQuery = new Map<string, number[]>(POPUP_QUERIES.map((query) => [query, []]));
  for (let open = 0; open < opens; open++) {
    progress(`popup: open ${open + 1}/${opens}, ${POPUP_QUERIES.length} queries`);
    const page = await browser.context.newPage();
    try {
      await page.goto(`${browser.extensionOrigin}/popup.html`);
      const search = page.getByTestId('search');
      await search.waitFor();
      const firstResult = page.getByTestId('result').first();
      for (const query of POPUP_QUERIES) {
        await search.fill('');
        await firstResult.waitFor({ state: 'detached' });
        await search.fill(query);
        await firstResult.waitFor();
        await sleep(50);
      }
      const state: PopupProbeState = await page.evaluate(() => (window as unknown as PopupBenchWindow).__benchPopup);
      searchPresentMs.push(state.searchPresentAt ?? Number.NaN);
      firstContentfulPaintMs.push(state.firstContentfulPaint ?? Number.NaN);
      for (const measurement of state.measurements) {
        if (measurement.resultAt === undefined) continue;
        perQuery.get(measurement.query)?.push(measurement.resultAt - measurement.inputAt);
      }
    } finally {
      await page.close();
    }
  }
  const all = [...perQuery.values()].flat();
  return {
    opens,
    searchPresentMs,
    firstContentfulPaintMs,
    firstResultMs: [...perQuery].map(([query, ms]) => ({ query, ms })),
    summary: {
      searchPresentMs: median(searchPresentMs),
      firstContentfulPaintMs: median(firstContentfulPaintMs.filter((ms) => !Number.isNaN(ms))),
      firstResultMs: median(all),
      firstResultMaxMs: max(all),
    },
  };
}
