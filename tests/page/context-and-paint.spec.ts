import type { Page } from '@playwright/test';
import { expect, test } from './engine-page';

test.describe('everyday words need a local medical context', () => {
  test('an everyday word is marked only where its own region holds a medical term', async ({ enginePage }) => {
    const page = await enginePage(`
      <main>
        <article id="medical"><h1>Mijn behandeling</h1><p>Na de chemo kreeg ik nivolumab.</p></article>
        <aside><h2>Ook gelezen</h2><ul>
          <li><a href="#1">Chemo of niet? Tien tips</a></li>
          <li><a href="#2">Nieuwe afweer voor je tuin</a></li>
          <li><a href="#3">Chemo in de keuken</a></li>
        </ul></aside>
        <article id="everyday"><p>De chemo tussen ons klopte niet meer.</p></article>
      </main>`);
    const result = await page.evaluate(async () => {
      engine.start();
      await engine.drained();
      const before = engine.marks();
      // The only term of the medical article goes: its everyday word goes with it.
      (document.querySelector('#medical p')!.firstChild as Text).data = 'Na de chemo kreeg ik rust.';
      await engine.drained();
      const after = engine.marks();
      // A term arrives in the second article: its everyday word now counts.
      document.querySelector('#everyday p')!.append(' Toen kwam Keytruda.');
      await engine.drained();
      return { before, after, later: engine.marks() };
    });
    expect(result.before).toEqual(['chemo', 'nivolumab']);
    expect(result.after).toEqual([]);
    expect(result.later).toEqual(['chemo', 'Keytruda']);
  });
});

test.describe('long blocks and big text nodes', () => {
  async function slicesOfScan(enginePage: (html: string) => Promise<Page>, build: string) {
    const page = await enginePage('<main id="root"></main>');
    return page.evaluate(async (code) => {
      new Function(code)();
      // Let the page's own rendering of the new content finish before measuring.
      await new Promise(requestAnimationFrame);
      await new Promise((resolve) => setTimeout(resolve, 0));
      engine.slices.length = 0;
      engine.start();
      await engine.drained();
      const sorted = engine.slices.map(Math.round).sort((a, b) => a - b);
      const expected = (window as unknown as { __expected?: number }).__expected;
      // The 95th percentile, not the maximum: on a loaded machine the system may pause any task.
      return { slices: sorted.length, p95: sorted[Math.floor(sorted.length * 0.95)] ?? 0, marks: engine.marks().length, expected, errors: engine.handle().errors };
    }, build);
  }

  test('one <p> of 200,000 spans is read in slices, every term marked', async ({ enginePage }) => {
    test.setTimeout(240_000);
    const result = await slicesOfScan(
      enginePage,
      `const p = document.createElement('p');
       for (let n = 0; n < 200000; n++) p.appendChild(document.createElement('span')).textContent = n % 100 === 0 ? 'nivolumab ' : 'woord ';
       document.querySelector('#root').append(p);`,
    );
    expect(result.errors).toEqual([]);
    expect(result.marks).toBe(2000);
    // Split into many slices, none a long task (the budget is 8 ms; 50 ms leaves room for a busy machine).
    expect(result.slices).toBeGreaterThan(30);
    expect(result.p95).toBeLessThanOrEqual(50);
  });

  test('one text node of 10 MB is read in slices, every term marked', async ({ enginePage }) => {
    test.setTimeout(120_000);
    const result = await slicesOfScan(
      enginePage,
      `const line = 'Een gewone zin zonder medische woorden, maar wel lang genoeg om de regel te vullen. ';
       let text = '';
       for (let n = 0; text.length < 10 * 1024 * 1024; n++) text += n % 50 === 0 ? 'Over pembrolizumab. ' : line;
       document.querySelector('#root').append(Object.assign(document.createElement('p'), { textContent: text }));
       window.__expected = text.split('pembrolizumab').length - 1;`,
    );
    expect(result.errors).toEqual([]);
    expect(result.expected).toBeGreaterThan(2000);
    expect(result.marks).toBe(result.expected);
    expect(result.slices).toBeGreaterThan(30);
    expect(result.p95).toBeLessThanOrEqual(50);
  });
});

test.describe('what the page sees, and repairs', () => {
  test('no Highlight and no sheet on a page without terms; both arrive with the first term', async ({ enginePage }) => {
    const page = await enginePage('<p>Het weer is mooi vandaag.</p>');
    const result = await page.evaluate(async () => {
      engine.start();
      await engine.drained();
      const empty = { highlights: CSS.highlights.size, sheets: document.adoptedStyleSheets.length };
      document.body.append(Object.assign(document.createElement('p'), { textContent: 'Nu over nivolumab.' }));
      await engine.drained();
      return { empty, marked: { highlights: CSS.highlights.size, sheets: document.adoptedStyleSheets.length } };
    });
    expect(result.empty).toEqual({ highlights: 0, sheets: 0 });
    expect(result.marked).toEqual({ highlights: 1, sheets: 1 });
  });

  test('the Highlight and the sheet come back when the page clears them', async ({ enginePage }) => {
    const page = await enginePage('<p>Over nivolumab.</p><div style="height:3000px"></div>');
    const result = await page.evaluate(async () => {
      engine.start();
      await engine.drained();
      CSS.highlights.clear();
      document.adoptedStyleSheets = [];
      const cleared = { highlights: CSS.highlights.size, sheets: document.adoptedStyleSheets.length };
      window.scrollBy(0, 100);
      await new Promise((resolve) => addEventListener('scroll', resolve, { once: true }));
      await new Promise(requestAnimationFrame);
      await new Promise(requestAnimationFrame);
      return { cleared, repaired: { highlights: CSS.highlights.get('test-marks')?.size ?? 0, sheets: document.adoptedStyleSheets.length } };
    });
    expect(result.cleared).toEqual({ highlights: 0, sheets: 0 });
    expect(result.repaired).toEqual({ highlights: 1, sheets: 1 });
  });

  test('a standalone SVG or XML document is left alone without an error', async ({ enginePage }) => {
    const page = await enginePage('');
    const result = await page.evaluate(async () => {
      const svg = new DOMParser().parseFromString('<svg xmlns="http://www.w3.org/2000/svg"><text>nivolumab</text></svg>', 'image/svg+xml');
      const xml = new DOMParser().parseFromString('<note><p>nivolumab</p></note>', 'application/xml');
      engine.start();
      const scanner = engine.handle().scanner;
      scanner.stop();
      scanner.start(svg);
      scanner.start(xml);
      return engine.handle().errors;
    });
    expect(result).toEqual([]);
  });
});

test.describe('painting near the screen', () => {
  test('one long text node is painted in pieces that follow the scroll', async ({ enginePage }) => {
    test.setTimeout(120_000);
    const page = await enginePage('<p id="tekst"></p>');
    const result = await page.evaluate(async () => {
      const line = 'Een gewone zin zonder medische woorden, maar wel lang genoeg om de regel te vullen. ';
      const parts: string[] = [];
      for (let n = 0; n < 60_000; n++) parts.push(n % 20 === 0 ? 'Over pembrolizumab. ' : line);
      document.querySelector('#tekst')!.textContent = parts.join('');
      engine.start();
      await engine.drained();
      const frames = async () => {
        await new Promise(requestAnimationFrame);
        await new Promise(requestAnimationFrame);
        await new Promise(requestAnimationFrame);
      };
      await frames();
      const onScreen = () =>
        [...engine.handle().registry.paint].some((range) => {
          const live = document.createRange();
          live.setStart(range.startContainer, range.startOffset);
          live.setEnd(range.endContainer, range.endOffset);
          const box = live.getBoundingClientRect();
          return box.bottom > 0 && box.top < innerHeight;
        });
      const top = { painted: engine.handle().registry.paint.size, onScreen: onScreen() };
      document.scrollingElement!.scrollTop = document.scrollingElement!.scrollHeight / 2;
      await frames();
      return { marks: engine.marks().length, top, middle: { painted: engine.handle().registry.paint.size, onScreen: onScreen() } };
    });
    expect(result.marks).toBe(3000);
    expect(result.top.onScreen).toBe(true);
    expect(result.top.painted).toBeLessThanOrEqual(300);
    expect(result.middle.onScreen).toBe(true);
    expect(result.middle.painted).toBeLessThanOrEqual(300);
  });
});
