import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { waitForDrained } from '../shared/drained-signal';
import { paintedMarksInPage } from '../shared/painted-marks';
import { firefoxForThisFile } from './firefox-session';
import { PAINTED_NEAR_MIDDLE, paintedNearMiddle } from '../shared/painted-near-middle';
import { showDialog, unpaintedPostsOnScreen } from '../shared/unpainted-on-screen';

// The page-engine checks of tests/e2e/living-pages.spec.ts that need no extension page, in the
// Firefox build: text that appears without a text change, removed shadow hosts, editors made
// later, and repair after the page clears CSS.highlights or its adopted sheets.
const firefox = firefoxForThisFile();

/** The marked words in document order, as the page reads them from CSS.highlights. */
async function markTexts(page: Page): Promise<string[]> {
  return (await page.evaluate(paintedMarksInPage)).map((mark) => mark.text);
}

async function open(file: string): Promise<Page> {
  const page = await firefox.browser.newPage();
  await page.setViewport({ width: 1000, height: 700 });
  await page.goto(`${firefox.origin}/${file}`);
  await page.evaluate(waitForDrained, 30_000);
  return page;
}

async function change(page: Page, code: () => void): Promise<string[]> {
  await page.evaluate(code);
  await page.evaluate(waitForDrained, 30_000);
  return markTexts(page);
}

describe('pages that change while they are read, in Firefox', () => {
  it('reads text that appears without a text change, drops removed shadow hosts and regions made editable', async () => {
    const page = await open('living-page.html');
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    // The same marks as in Chromium (tests/e2e/living-pages.spec.ts): five shadow roots hold atezolizumab.
    expect(await markTexts(page)).toEqual(['immuuntherapie', 'longarts', 'nivolumab', 'durvalumab', 'atezolizumab', 'atezolizumab', 'atezolizumab', 'atezolizumab', 'atezolizumab']);

    // The custom element defined two seconds after load attaches its shadow root without a mutation.
    await page.waitForFunction(() => (window as unknown as { __defined?: boolean }).__defined === true, { timeout: 10_000 });
    await page.waitForFunction(
      () =>
        [...CSS.highlights.values()]
          .flatMap((highlight) => [...highlight])
          .some((range) => range.startContainer.textContent!.slice(range.startOffset, range.endOffset) === 'Tecentriq'),
      { timeout: 10_000, polling: 100 },
    );

    const shown = await change(page, () => {
      document.querySelector<HTMLElement>('#paneel')!.hidden = false;
      document.querySelector<HTMLDetailsElement>('#meer')!.open = true;
    });
    expect(shown).toEqual(expect.arrayContaining(['pembrolizumab', 'ipilimumab']));

    const hostsGone = await change(page, () => document.querySelectorAll('.host').forEach((host) => host.remove()));
    expect(hostsGone).not.toContain('atezolizumab');

    const editable = await change(page, () => document.querySelector('#notitie')!.setAttribute('contenteditable', 'true'));
    expect(editable).not.toContain('durvalumab');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('marks every term of a feed that removes its badges while it is read', async () => {
    // 900 posts: under the 1,000 marks above which only the marks near the screen are painted, so
    // the painted marks are all the marks.
    const page = await firefox.browser.newPage();
    await page.goto(`${firefox.origin}/feed-badges.html?posts=900`);
    await page.waitForFunction(() => (window as unknown as { __badgesLeft: number }).__badgesLeft === 0, { timeout: 60_000, polling: 100 });
    await page.evaluate(waitForDrained, 60_000);
    const terms = ['nivolumab', 'pembrolizumab', 'Keytruda', 'ipilimumab', 'immuuntherapie', 'durvalumab'];
    expect(await markTexts(page)).toEqual(Array.from({ length: 900 }, (_, n) => terms[n % terms.length]));
    await page.close();
  }, 90_000);

  it('marks an inline chat that grows in one <div> to its end', async () => {
    const page = await firefox.browser.newPage();
    await page.goto(`${firefox.origin}/inline-chat.html?messages=2000`);
    await page.waitForFunction(() => (window as unknown as { __chatDone: boolean }).__chatDone, { timeout: 60_000, polling: 100 });
    await page.evaluate(waitForDrained, 60_000);
    // Two of the page's five lines name a term: 800 of 2,000 messages.
    const marks = await markTexts(page);
    expect(marks.length).toBe(800);
    expect(new Set(marks)).toEqual(new Set(['nivolumab', 'Keytruda']));
    await page.close();
  }, 90_000);

  it('puts the marks back when the page clears CSS.highlights or its adopted sheets', async () => {
    const page = await open('living-page.html');
    const marks = await markTexts(page);
    expect(marks.length).toBeGreaterThan(3);
    const leftAfterClearing = await page.evaluate(() => {
      CSS.highlights.clear();
      document.adoptedStyleSheets = [];
      return CSS.highlights.size + document.adoptedStyleSheets.length;
    });
    expect(leftAfterClearing).toBe(0);
    await page.mouse.wheel({ deltaY: 200 });
    await page.waitForFunction(() => CSS.highlights.size > 0 && document.adoptedStyleSheets.length === 1, { timeout: 10_000, polling: 100 });
    expect(await markTexts(page)).toEqual(marks);
    await page.close();
  });
});

describe('the engine, loaded where a term may be, in Firefox', () => {
  it('marks a term that arrives later on a page without terms, and terms in about:blank and srcdoc frames', async () => {
    const page = await open('no-terms.html');
    expect(await markTexts(page)).toEqual([]);
    const later = await change(page, () => {
      document.body.append(Object.assign(document.createElement('p'), { textContent: 'Mijn moeder krijgt nivolumab.' }));
    });
    expect(later).toEqual(['nivolumab']);

    const framed = Promise.all([page.waitForFrame((frame) => frame.url() === 'about:blank'), page.waitForFrame((frame) => frame.url() === 'about:srcdoc')]);
    await page.evaluate(() => {
      const blank = document.createElement('iframe');
      document.body.append(blank);
      blank.contentDocument!.body.innerHTML = '<p>In dit kader: pembrolizumab.</p>';
      document.body.append(Object.assign(document.createElement('iframe'), { srcdoc: '<p>En hier: ipilimumab.</p>' }));
    });
    const marks = await Promise.all(
      (await framed).map(async (frame) => {
        await frame.evaluate(waitForDrained, 30_000);
        return (await frame.evaluate(paintedMarksInPage)).map((mark) => mark.text);
      }),
    );
    expect(marks).toEqual([['pembrolizumab'], ['ipilimumab']]);
    await page.close();
  });
});

describe('very large pages, in Firefox', () => {
  /** The ranges of the marks' highlight (priority 0) that lie on screen, by the page's own measurement. */
  const onScreen = (page: Page) =>
    page.evaluate(() => {
      const marks = [...CSS.highlights.values()].find((highlight) => highlight.priority === 0);
      const ranges = [...(marks ?? [])];
      const visible = ranges.filter((range) => {
        const live = document.createRange();
        live.setStart(range.startContainer, range.startOffset);
        live.setEnd(range.endContainer, range.endOffset);
        const box = live.getBoundingClientRect();
        return box.bottom > 0 && box.top < innerHeight;
      });
      return { painted: ranges.length, visible: visible.length };
    });

  it('a 5 MB forum is marked to its end, painted only near the screen, also after scrolling to the end', async () => {
    const page = await firefox.browser.newPage();
    await page.setViewport({ width: 1000, height: 700 });
    await page.goto(`${firefox.origin}/large-page.html?kb=5000`, { timeout: 60_000 });
    await page.evaluate(waitForDrained, 120_000);
    const top = await onScreen(page);
    expect(top.visible).toBeGreaterThan(0);
    expect(top.painted).toBeLessThan(2_000);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForFunction(
      () => {
        const marks = [...CSS.highlights.values()].find((highlight) => highlight.priority === 0);
        return [...(marks ?? [])].some((range) => {
          const live = document.createRange();
          live.setStart(range.startContainer, range.startOffset);
          live.setEnd(range.endContainer, range.endOffset);
          const box = live.getBoundingClientRect();
          return box.bottom > 0 && box.top < innerHeight;
        });
      },
      { timeout: 10_000, polling: 200 },
    );
    expect((await onScreen(page)).painted).toBeLessThan(2_000);
    await page.close();
  }, 180_000);

  it('one text node of 10 MB is painted where the reader is, down to its end', async () => {
    const page = await firefox.browser.newPage();
    await page.setViewport({ width: 1000, height: 700 });
    await page.goto(`${firefox.origin}/big-text.html?mb=10`, { timeout: 60_000 });
    await page.evaluate(waitForDrained, 120_000);
    // Wherever the reader is, the term nearest the middle of the screen is painted.
    for (const fraction of [0.1, 0.45, 0.8, 1]) {
      await page.evaluate((at) => window.scrollTo(0, (document.documentElement.scrollHeight - innerHeight) * at), fraction);
      await page.waitForFunction(`(${paintedNearMiddle.toString()})() === ${JSON.stringify(PAINTED_NEAR_MIDDLE)}`, { timeout: 10_000, polling: 200 });
      expect(await page.evaluate(paintedNearMiddle)).toBe(PAINTED_NEAR_MIDDLE);
    }
    await page.close();
  }, 180_000);

  it('3,000 tall posts: whatever the reader jumps to is painted, shadow-root posts and a post moved to the top included', async () => {
    const page = await open('tall-posts.html');
    // A dialog fixed on screen, from the middle of the document: on screen (and painted) at every jump.
    await change(page, showDialog);
    for (const fraction of [0.5, 0.13, 0.9, 0.371, 0, 0.777, 1]) {
      await page.evaluate((at) => window.scrollTo(0, (document.documentElement.scrollHeight - innerHeight) * at), fraction);
      await page.waitForFunction(`(${unpaintedPostsOnScreen.toString()})().length === 0`, { timeout: 10_000, polling: 100 });
      expect(await page.evaluate(unpaintedPostsOnScreen)).toEqual([]);
      const painted = await page.evaluate(() => [...CSS.highlights.values()].find((highlight) => highlight.priority === 0)?.size ?? 0);
      expect(painted).toBeGreaterThan(0);
      expect(painted).toBeLessThan(2_000);
    }
    await change(page, () => {
      window.scrollTo(0, 0);
      document.getElementById('draad')!.prepend(document.getElementById('post2990')!);
    });
    await page.waitForFunction(`(${unpaintedPostsOnScreen.toString()})().length === 0`, { timeout: 10_000, polling: 100 });
    expect(await page.evaluate(() => document.querySelector('.post')!.id)).toBe('post2990');
    await page.close();
  }, 120_000);
});
