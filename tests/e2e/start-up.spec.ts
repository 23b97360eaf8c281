import type { CDPSession, Page } from '@playwright/test';
import { overlay } from './closed-ui';
import { expect, test } from './fixtures';
import { drained, settledMarks } from './highlights';

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  args?: { data?: { url?: string } };
}

/** The script evaluations of the extension during `during`, from the renderer's own trace. */
async function traceExtensionScripts(cdp: CDPSession, during: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  const collect = (message: { value: object[] }) => events.push(...(message.value as unknown as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8', transferMode: 'ReportEvents' });
  await during();
  await cdp.send('Tracing.end');
  await done;
  cdp.off('Tracing.dataCollected', collect);
  return events.filter((event) => event.name === 'EvaluateScript' && event.args?.data?.url?.startsWith('chrome-extension://'));
}

const scriptNames = (events: TraceEvent[]) => [...new Set(events.map((event) => new URL(event.args!.data!.url!).pathname))].sort();

const ENGINE_TEST_TERM = 'Mijn moeder krijgt nivolumab.';

/** What the extension evaluated while `url` loaded, until the e2e build says its work is done. */
async function scriptsAtLoad(cdp: CDPSession, page: Page, url: string): Promise<string[]> {
  return scriptNames(
    await traceExtensionScripts(cdp, async () => {
      await page.goto(url);
      await drained(page);
    }),
  );
}

async function addParagraph(page: Page, text: string): Promise<void> {
  await page.evaluate((sentence) => document.body.append(Object.assign(document.createElement('p'), { textContent: sentence })), text);
}

test.describe('start-up', () => {
  // The 5 ms bound stays as it is; CI shares a 2-core machine (one try measured 5.3 ms while another
  // job ran), so one noisy try may retry, and a real regression still fails every try.
  test.describe.configure({ retries: 2 });

  // The cost includes creating the extension's JavaScript world in the frame, which the main script
  // would otherwise pay at document_idle. Measured here: 1.6–2.6 ms on a loaded 2-core machine.
  test('the document_start listener script costs the page under 5 ms', async ({ context, page, origin }) => {
    const cdp = await context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (message) => events.push(...(message.value as unknown as TraceEvent[])));
    const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8', transferMode: 'ReportEvents' });
    await page.goto(`${origin}/news-article.html`);
    await cdp.send('Tracing.end');
    await done;
    const scripts = events.filter((event) => event.name === 'EvaluateScript' && event.args?.data?.url?.includes('content-scripts/'));
    const costMs = (file: string) =>
      scripts.filter((event) => event.args!.data!.url!.endsWith(file)).reduce((sum, event) => sum + (event.dur ?? 0), 0) / 1000;
    const input = costMs('input.js');
    console.log(`document_start script: ${input.toFixed(2)} ms; main content script: ${costMs('content.js').toFixed(2)} ms`);
    expect(scripts.some((event) => event.args!.data!.url!.endsWith('input.js'))).toBe(true);
    expect(input).toBeLessThan(5);
  });

  test('a page without medical words runs only the small content script; the engine comes with the first term or the shortcut', async ({ context, page, origin }) => {
    const cdp = await context.newCDPSession(page);
    expect(await scriptsAtLoad(cdp, page, `${origin}/no-terms.html`)).toEqual(['/content-scripts/content.js', '/content-scripts/input.js']);

    // The shortcut still answers: the engine is loaded for it and says there is nothing here.
    const ui = await overlay(page);
    const forShortcut = await traceExtensionScripts(cdp, async () => {
      await page.keyboard.press('Alt+Shift+U');
      await expect(ui.getByTestId('announcement')).toHaveText('Immuunwijzer: geen uitleg op deze pagina.');
    });
    expect(scriptNames(forShortcut)).toEqual(['/engine.js']);
  });

  test('an ordinary page as the web has it (page state, styles, everyday words) runs only the small content script', async ({ context, page, origin }) => {
    // ordinary-web.html: medicine names and English words only in its JSON state, class names,
    // a template and a noscript; in its text Tilburg, Alkmaar, stil, kitten, and the everyday
    // forms controle and kuur, which are marked only beside a medical term. The sentry before
    // December 2026 let the text alone through ("til", "alk", "kit", "kuur").
    const cdp = await context.newCDPSession(page);
    expect(await scriptsAtLoad(cdp, page, `${origin}/ordinary-web.html`)).toEqual(['/content-scripts/content.js', '/content-scripts/input.js']);
    // The control: a medicine in the text loads the engine, which marks it.
    const forTerm = await traceExtensionScripts(cdp, async () => {
      await addParagraph(page, ENGINE_TEST_TERM);
      expect(await settledMarks(page)).toContain('nivolumab');
    });
    expect(scriptNames(forTerm)).toEqual(['/engine.js']);
  });

  test('a term that arrives later on a page without terms is marked (the engine is loaded then)', async ({ page, origin }) => {
    await page.goto(`${origin}/no-terms.html`);
    expect(await settledMarks(page)).toEqual([]);
    await addParagraph(page, ENGINE_TEST_TERM);
    expect(await settledMarks(page)).toEqual(['nivolumab']);
    // In a shadow root added later, too.
    await page.evaluate(() => {
      const host = document.createElement('div');
      host.attachShadow({ mode: 'open' }).innerHTML = '<p>En daarna pembrolizumab.</p>';
      document.body.append(host);
    });
    expect((await settledMarks(page)).sort()).toEqual(['nivolumab', 'pembrolizumab']);
  });
});
