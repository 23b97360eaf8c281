import { expect, test } from './fixtures';

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  args?: { data?: { url?: string } };
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
});
