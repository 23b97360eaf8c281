import { expect, test } from './engine-page';
import type { Page } from '@playwright/test';

/**
 * The painter past 1,000 marks (page/viewport-painter.ts): it watches the ends of spans of
 * neighbouring blocks, not every block, and must still paint every shown mark on screen.
 * Paragraphs are 150 px tall, so a span of them is taller than the observer's band and a jump
 * can land in the middle of a span whose two ends were never reported to move.
 */
const TALL_PARAGRAPHS = '<style>p { margin: 0; height: 150px; }</style><main id="tekst"></main>';

/** Counts the live IntersectionObserver targets, and fills the page with `count` marked paragraphs. */
async function startOnParagraphs(page: Page, count: number): Promise<void> {
  await page.evaluate(async (count) => {
    const live = new Set<Element>();
    const prototype = IntersectionObserver.prototype;
    const observe = prototype.observe;
    const unobserve = prototype.unobserve;
    const disconnect = prototype.disconnect;
    prototype.observe = function (target) {
      live.add(target);
      observe.call(this, target);
    };
    prototype.unobserve = function (target) {
      live.delete(target);
      unobserve.call(this, target);
    };
    prototype.disconnect = function () {
      live.clear();
      disconnect.call(this);
    };
    (globalThis as unknown as { observedTargets: Set<Element> }).observedTargets = live;
    const main = document.querySelector('#tekst')!;
    for (let n = 0; n < count; n++) {
      const p = document.createElement('p');
      p.id = `p${n}`;
      p.textContent = `Bericht ${n} over nivolumab en het weer.`;
      main.append(p);
    }
    engine.start();
    await engine.drained();
  }, count);
}

/** The shown marks whose text is on screen but not in the Highlight (should be none). */
function unpaintedOnScreen(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const painted = new Set<AbstractRange>(engine.handle().registry.paint);
    const missing: string[] = [];
    for (const mark of engine.handle().registry.shownMarks()) {
      const range = document.createRange();
      range.setStart(mark.range.startContainer, mark.range.startOffset);
      range.setEnd(mark.range.endContainer, mark.range.endOffset);
      const box = range.getBoundingClientRect();
      if (box.bottom > 0 && box.top < innerHeight && !painted.has(mark.range)) {
        missing.push(`${range.toString()} in ${mark.nodes[0]!.parentElement?.id ?? 'a shadow root'}`);
      }
    }
    return missing;
  });
}

function jumpTo(page: Page, share: number): Promise<void> {
  return page.evaluate((share) => {
    const scroller = document.scrollingElement!;
    scroller.scrollTop = (scroller.scrollHeight - innerHeight) * share;
  }, share);
}

test.describe('painting a large page by spans of blocks', () => {
  test('3,000 marked paragraphs are watched through at most one target per ten, and jumps paint what is on screen', async ({ enginePage }) => {
    test.setTimeout(120_000);
    const page = await enginePage(TALL_PARAGRAPHS);
    await startOnParagraphs(page, 3000);
    expect(await page.evaluate(() => engine.marks().length)).toBe(3000);
    const targets = await page.evaluate(() => (globalThis as unknown as { observedTargets: Set<Element> }).observedTargets.size);
    expect(targets).toBeGreaterThan(0);
    expect(targets).toBeLessThanOrEqual(300);
    await expect.poll(() => unpaintedOnScreen(page)).toEqual([]);
    // Instant jumps, back and forth, landing at varied places inside spans.
    for (const share of [0.5, 0.13, 0.9, 0.371, 0.0, 0.777, 1]) {
      await jumpTo(page, share);
      await expect.poll(() => unpaintedOnScreen(page), { message: `after a jump to ${share}` }).toEqual([]);
      const painted = await page.evaluate(() => engine.handle().registry.paint.size);
      expect(painted, `painted after a jump to ${share}`).toBeLessThanOrEqual(400);
    }
  });

  test('a paragraph the page moves from the end to the top is painted where it now is', async ({ enginePage }) => {
    test.setTimeout(120_000);
    const page = await enginePage(TALL_PARAGRAPHS);
    await startOnParagraphs(page, 2000);
    await expect.poll(() => unpaintedOnScreen(page)).toEqual([]);
    // Pinned to the top as it is, text and all (and not a span's end): only the move tells the painter.
    await page.evaluate(async () => {
      document.querySelector('#tekst')!.prepend(document.querySelector('#p1990')!);
      await engine.drained();
    });
    await expect.poll(() => unpaintedOnScreen(page)).toEqual([]);
    expect(await page.evaluate(() => engine.handle().registry.shownMarks()[0]!.nodes[0]!.parentElement!.id)).toBe('p1990');
  });

  test('a dialog the page shows fixed on screen, from the middle of the document, is painted and follows the reader', async ({ enginePage }) => {
    test.setTimeout(120_000);
    const page = await enginePage(TALL_PARAGRAPHS);
    await startOnParagraphs(page, 2000);
    await expect.poll(() => unpaintedOnScreen(page)).toEqual([]);
    // Inside a span far below the reader, drawn at the top of the screen: both ends of its span stay below.
    await page.evaluate(async () => {
      const dialog = document.createElement('div');
      dialog.id = 'dialoog';
      dialog.style.cssText = 'position: fixed; top: 10px; left: 10px; background: white';
      dialog.textContent = 'Let op: u krijgt durvalumab.';
      document.querySelector('#p1000')!.after(dialog);
      await engine.drained();
    });
    await expect.poll(() => page.evaluate(() => engine.painted().includes('durvalumab'))).toBe(true);
    // Wherever the reader goes, it stays on screen, and painted.
    for (const share of [0.3, 0.8, 0.05]) {
      await jumpTo(page, share);
      await expect.poll(() => unpaintedOnScreen(page), { message: `after a jump to ${share}` }).toEqual([]);
      expect(await page.evaluate(() => engine.painted().includes('durvalumab'))).toBe(true);
    }
  });

  test('text right inside a shadow root is painted, in its place among the light paragraphs', async ({ enginePage }) => {
    test.setTimeout(120_000);
    const page = await enginePage(TALL_PARAGRAPHS);
    await page.evaluate(() => {
      const main = document.querySelector('#tekst')!;
      for (let n = 0; n < 1500; n++) {
        const p = document.createElement('p');
        p.id = `p${n}`;
        p.textContent = `Bericht ${n} over nivolumab.`;
        main.append(p);
        if (n % 300 === 150) {
          const host = document.createElement('div');
          host.id = `host${n}`;
          host.style.height = '150px';
          host.attachShadow({ mode: 'open' }).append(`Schaduwtekst ${n} over ipilimumab.`);
          main.append(host);
        }
      }
      engine.start();
      return engine.drained();
    });
    expect(await page.evaluate(() => engine.marks().filter((text) => text === 'ipilimumab').length)).toBe(5);
    for (const n of [150, 750, 1350]) {
      await page.evaluate((n) => document.querySelector(`#host${n}`)!.scrollIntoView({ block: 'center' }), n);
      await expect.poll(() => unpaintedOnScreen(page), { message: `around host${n}` }).toEqual([]);
      expect(await page.evaluate(() => engine.painted().filter((text) => text === 'ipilimumab').length), `around host${n}`).toBeGreaterThanOrEqual(1);
    }
  });

  test('document order across shadow trees is the order the text is drawn in', async ({ enginePage }) => {
    const page = await enginePage(`
      <div id="a">een</div>
      <div id="host1"></div>
      <div id="d">vier</div>
      <div id="host2"></div>`);
    const result = await page.evaluate(() => {
      const one = document.querySelector('#host1')!.attachShadow({ mode: 'open' });
      one.innerHTML = '<p id="b">twee</p><div id="inner"></div>';
      one.querySelector('#inner')!.attachShadow({ mode: 'open' }).innerHTML = '<p id="c">drie</p>';
      document.querySelector('#host2')!.attachShadow({ mode: 'open' }).innerHTML = '<p id="e">vijf</p>';
      // Independent order: a depth-first walk that enters each shadow root right after its host.
      const drawn: Element[] = [];
      const walk = (node: Node) => {
        for (let child = node.firstChild; child; child = child.nextSibling) {
          if (child.nodeType !== Node.ELEMENT_NODE) continue;
          drawn.push(child as Element);
          const shadow = (child as Element).shadowRoot;
          if (shadow) walk(shadow);
          walk(child);
        }
      };
      walk(document.body);
      const shuffled = [...drawn].reverse();
      shuffled.push(shuffled.shift()!, shuffled.shift()!);
      const sorted = [...shuffled].sort(engine.composedOrder);
      return { drawn: drawn.map((element) => element.id), sorted: sorted.map((element) => element.id) };
    });
    expect(result.drawn).toEqual(['a', 'host1', 'b', 'inner', 'c', 'd', 'host2', 'e']);
    expect(result.sorted).toEqual(result.drawn);
  });
});
