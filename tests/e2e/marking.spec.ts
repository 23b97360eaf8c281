import { expect, test } from './fixtures';
import { markTexts, readMarks, settledMarks } from './highlights';
import { mutationLog, outsideRequests, recordMutations, termIdOf, watchProblems } from './page-helpers';
import golden from './pages/expected-terms.json' with { type: 'json' };

/** The independent list of what a page should show marked (tests/e2e/pages/README.md), not the finder's output. */
function goldenMarks(pageFile: 'news-article.html' | 'forum-thread.html' | 'traps.html'): string[] {
  return golden[pageFile].marks;
}

test.describe('marking terms on pages', () => {
  test('marks every term of a Dutch news article, and nothing else', async ({ context, page, origin, requests }) => {
    await recordMutations(context);
    const problems = watchProblems(page);
    await page.goto(`${origin}/news-article.html`);
    const marks = await settledMarks(page);
    expect(marks).toEqual(goldenMarks('news-article.html'));
    expect(marks).toEqual(expect.arrayContaining(['nivolumab', 'Keytruda', 'PDL1', 'T-cellen']));
    expect(marks.length).toBeGreaterThan(30);
    // A term split over markup, <b>PD</b>-L1, is marked as one.
    expect(marks).toContain('PD-L1');
    for (const text of new Set(marks)) expect(termIdOf(text), text).toBeDefined();
    expect((await readMarks(page)).every((mark) => mark.style === 'underline')).toBe(true);
    expect(await mutationLog(page)).toEqual([]);
    expect(problems).toEqual({ errors: [], extensionLogs: [] });
    expect(outsideRequests(requests, origin)).toEqual([]);
  });

  test('marks the casual spelling of a forum thread', async ({ page, origin }) => {
    await page.goto(`${origin}/forum-thread.html`);
    const marks = await settledMarks(page);
    expect(marks).toEqual(goldenMarks('forum-thread.html'));
    expect(marks).toEqual(expect.arrayContaining(['immunotherapie', 'keytruda', 'Opdivo', 'bijwerkingen']));
  });

  test('never touches form fields, editors or code', async ({ context, page, origin }) => {
    await recordMutations(context);
    await page.goto(`${origin}/editors.html`);
    expect(await settledMarks(page)).toEqual(['nivolumab', 'tumor', 'PD-L1']);
    expect(await mutationLog(page)).toEqual([]);
    await page.goto(`${origin}/code-block.html`);
    expect(await settledMarks(page)).toEqual(['pembrolizumab']);
    expect(await mutationLog(page)).toEqual([]);
  });

  test('leaves typing in an editor alone', async ({ page, origin }) => {
    await page.goto(`${origin}/editors.html`);
    await settledMarks(page);
    await page.locator('#notitie').click();
    await page.keyboard.type(' Ook Keytruda en nivolumab.');
    await page.locator('#bericht').fill('Nieuwe tekst over ipilimumab.');
    await page.waitForTimeout(500);
    expect(await markTexts(page)).toEqual(['nivolumab', 'tumor', 'PD-L1']);
    await expect(page.locator('#notitie')).toContainText('Ook Keytruda en nivolumab.');
  });

  test('marks text inside same-origin frames and open shadow roots', async ({ page, origin }) => {
    await page.goto(`${origin}/iframe.html`);
    expect(await settledMarks(page)).toEqual(['durvalumab']);
    const frame = page.frame({ url: /iframe-child\.html/ });
    expect(frame).not.toBeNull();
    expect(await settledMarks(frame!)).toEqual(['ipilimumab', 'eiwit', 'CTLA-4', 'afweercellen']);

    await page.goto(`${origin}/shadow-dom.html`);
    expect(await settledMarks(page)).toEqual(['chemotherapie', 'atezolizumab', 'Tecentriq', 'polikliniek']);
  });

  test('marks no everyday word outside a medical context, and does mark the real term', async ({ page, origin }) => {
    await page.goto(`${origin}/traps.html`);
    // The page's one real term stands in its own article: it is marked (so the extension ran),
    // and it gives no medical context to the bank, spa and football sections around it.
    expect(await settledMarks(page)).toEqual(goldenMarks('traps.html'));
    expect(goldenMarks('traps.html')).toEqual(['nivolumab']);
  });

  test('works under a strict Content-Security-Policy', async ({ page, origin }) => {
    const problems = watchProblems(page);
    await page.goto(`${origin}/strict-csp.html`);
    expect(await settledMarks(page)).toEqual(['Pembrolizumab', 'immuuntherapie']);
    expect(problems.extensionLogs).toEqual([]);
  });
});

test.describe('pages that change', () => {
  test('keeps a React page working while it re-renders every 100 ms', async ({ page, origin }) => {
    const problems = watchProblems(page);
    await page.goto(`${origin}/react-app.html`);
    await expect.poll(() => page.evaluate(() => (window as unknown as { __reactReady: boolean }).__reactReady)).toBe(true);
    await expect.poll(async () => (await markTexts(page)).filter((text) => text === 'nivolumab').length).toBeGreaterThan(0);
    const ticksBefore = await page.evaluate(() => (window as unknown as { __reactTicks: number }).__reactTicks);
    for (let click = 0; click < 3; click++) await page.locator('#increment').click();
    await expect(page.locator('#count')).toHaveText('3');
    await page.waitForTimeout(1000);
    const ticksAfter = await page.evaluate(() => (window as unknown as { __reactTicks: number }).__reactTicks);
    expect(ticksAfter).toBeGreaterThan(ticksBefore + 5);
    expect(await page.evaluate(() => (window as unknown as { __reactErrors: unknown[] }).__reactErrors)).toEqual([]);
    // The re-rendered line stays marked, once per term.
    const marks = await markTexts(page);
    expect(marks.filter((text) => text === 'PD-L1').length).toBeGreaterThanOrEqual(1);
    expect(problems).toEqual({ errors: [], extensionLogs: [] });
  });

  test('marks posts that arrive while you read, and drops marks of removed text', async ({ page, origin }) => {
    await page.goto(`${origin}/append-posts.html`);
    const before = (await settledMarks(page, 200)).length;
    await expect.poll(() => page.evaluate(() => (window as unknown as { __postsAdded: number }).__postsAdded), { timeout: 15_000 }).toBe(10);
    await expect.poll(async () => (await markTexts(page)).length).toBeGreaterThan(before);
    const lastPostText = await page.locator('.post').last().innerText();
    const marks = await settledMarks(page);
    const lastPostTerms = marks.filter((text) => lastPostText.includes(text));
    expect(lastPostTerms.length).toBeGreaterThan(0);

    const countBefore = marks.length;
    const removedMarks = await page.evaluate(() => {
      const post = document.querySelector('.post:last-child')!;
      const ranges = [...CSS.highlights.values()].filter((highlight) => highlight.priority === 0).flatMap((highlight) => [...highlight]);
      const inPost = ranges.filter((range) => post.contains(range.startContainer)).length;
      post.remove();
      return inPost;
    });
    expect(removedMarks).toBeGreaterThan(0);
    await expect.poll(async () => (await markTexts(page)).length).toBe(countBefore - removedMarks);
  });

  test('reads text on either side of a block as separate lines', async ({ page, origin }) => {
    await page.goto(`${origin}/editors.html`);
    await settledMarks(page);
    await page.evaluate(() => {
      const container = document.createElement('div');
      container.id = 'split';
      container.append('Nieuw: nivolumab en PD', Object.assign(document.createElement('p'), { textContent: 'tussenregel' }), '-L1 apart, maar <b>', Object.assign(document.createElement('b'), { textContent: 'T' }), '-cellen samen.');
      document.body.append(container);
    });
    await expect.poll(async () => (await markTexts(page)).slice(3)).toEqual(['nivolumab', 'T-cellen']);
  });

  test('updates a mark when its text changes', async ({ page, origin }) => {
    await page.goto(`${origin}/editors.html`);
    expect(await settledMarks(page)).toEqual(['nivolumab', 'tumor', 'PD-L1']);
    await page.evaluate(() => {
      const paragraph = document.querySelector('#plain')!;
      (paragraph.firstChild as Text).data = 'Vorige week kreeg ik ipilimumab omdat mijn tumor veel PD-L1 aanmaakt.';
    });
    await expect.poll(() => markTexts(page)).toEqual(['ipilimumab', 'tumor', 'PD-L1']);
  });
});
