import type { Page } from '@playwright/test';
import { expect, test } from './engine-page';

/** Runs a page change, waits for the engine's queue to drain, and returns the marked words. */
const stepOn = (page: Page) => (change: string) =>
  page.evaluate(async (code) => {
    new Function(code)();
    await engine.drained();
    return engine.marks();
  }, change);

const posts = (count: number) =>
  Array.from({ length: count }, (_, n) => `<article class="post"><header><span class="badge">nieuw</span> Bericht ${n}</header><p>Ik krijg nivolumab sinds week ${n}.</p></article>`).join('');

test.describe('the block queue', () => {
  test('a page that removes nodes while it is read still gets every term marked', async ({ enginePage }) => {
    const page = await enginePage(`<main>${posts(3000)}</main>`);
    const result = await page.evaluate(async () => {
      engine.start();
      // The page removes its badges and every tenth post while the scan runs, a few per task.
      const badges = [...document.querySelectorAll('.badge')];
      const removedPosts = new Set<number>();
      let removals = 0;
      await new Promise<void>((resolve) => {
        const tick = () => {
          for (let n = 0; n < 20 && badges.length > 0; n++) badges.pop()!.remove();
          const post = document.querySelectorAll('.post')[removals * 7];
          if (post && removals % 10 === 0) {
            post.remove();
            removedPosts.add(removals);
          }
          removals++;
          if (badges.length > 0) setTimeout(tick, 0);
          else resolve();
        };
        tick();
      });
      await engine.drained();
      return { marks: engine.marks().length, posts: document.querySelectorAll('.post').length, errors: engine.handle().errors };
    });
    expect(result.errors).toEqual([]);
    expect(result.posts).toBeLessThan(3000);
    expect(result.marks).toBe(result.posts);
  });

  test('a block reader goes on after the node it stood on is removed', async ({ enginePage }) => {
    const spans = Array.from({ length: 400 }, (_, n) => `<span id="s${n}">woord${n} </span>`).join('');
    const page = await enginePage(`<div id="line">${spans}nivolumab</div>`);
    const { paused, text } = await page.evaluate(() => {
      const reader = new engine.BlockReader(document.querySelector('#line')!);
      // A deadline in the past: the reader stops after its first batch of nodes, inside the spans.
      const paused = reader.next(0) === undefined;
      for (let n = 0; n < 60; n++) document.querySelector(`#s${n}`)?.remove();
      const run = reader.next(Infinity);
      return { paused, text: run ? run.text : null };
    });
    expect(paused).toBe(true);
    expect(text).not.toBeNull();
    expect(text!.startsWith('woord60 ')).toBe(true);
    expect(text!.endsWith('nivolumab')).toBe(true);
  });

  test('text, inline and attribute changes are read again; hidden text is not', async ({ enginePage }) => {
    const page = await enginePage(`
      <article>
        <p id="a">Mijn arts noemde nivolumab.</p>
        <p id="b">Nog niets.</p>
        <p id="c" hidden>Verborgen: pembrolizumab.</p>
        <p id="d">Zichtbaar <span id="d-span" style="display:none">ipilimumab</span> woord.</p>
        <details id="e"><summary>Meer over durvalumab</summary><p>Uitleg over atezolizumab.</p></details>
      </article>`);
    const step = stepOn(page);
    expect(await page.evaluate(async () => (engine.start(), await engine.drained(), engine.marks()))).toEqual(['nivolumab', 'durvalumab']);
    expect(await step(`document.querySelector('#b').firstChild.data = 'Nu over Keytruda.'`)).toEqual(['nivolumab', 'Keytruda', 'durvalumab']);
    expect(await step(`document.querySelector('#a').append(Object.assign(document.createElement('b'), { textContent: ' en Opdivo' }))`)).toEqual(['nivolumab', 'Opdivo', 'Keytruda', 'durvalumab']);
    expect(await step(`document.querySelector('#c').hidden = false`)).toEqual(['nivolumab', 'Opdivo', 'Keytruda', 'pembrolizumab', 'durvalumab']);
    expect(await step(`document.querySelector('#d-span').style.display = 'inline'`)).toEqual(['nivolumab', 'Opdivo', 'Keytruda', 'pembrolizumab', 'ipilimumab', 'durvalumab']);
    expect(await step(`document.querySelector('#e').open = true`)).toEqual(['nivolumab', 'Opdivo', 'Keytruda', 'pembrolizumab', 'ipilimumab', 'durvalumab', 'atezolizumab']);
    expect(await step(`document.querySelector('#a').setAttribute('aria-hidden', 'true'); document.querySelector('#b').inert = true`)).toEqual(['pembrolizumab', 'ipilimumab', 'durvalumab', 'atezolizumab']);
    expect(await step(`document.querySelector('#c').style.visibility = 'hidden'; document.querySelector('#e').open = false`)).toEqual(['ipilimumab', 'durvalumab']);
  });

  test('a tree whose whole text holds no term asks no style question, and later changes in it are still read', async ({ enginePage }) => {
    const ordinary = Array.from({ length: 200 }, (_, n) => `<p>Bericht ${n}: het <b>weer</b> was vandaag <i>mooi</i> en de bus reed op tijd.</p>`).join('');
    const page = await enginePage(`
      <main>${ordinary}</main>
      <article>
        <p id="a">Mijn arts noemde niets.</p>
        <p id="b">Nog niets.</p>
        <p id="c" hidden>Verborgen: niets.</p>
        <p id="d">Zichtbaar <span id="d-span" style="display:none">niets</span> woord.</p>
        <details id="e"><summary>Meer informatie</summary><p id="e-p">Uitleg volgt.</p></details>
        <div id="f" hidden><p id="f-p">Niets.</p></div>
        <div id="host"></div>
      </article>`);
    const styleQuestions = await page.evaluate(async () => {
      let asked = 0;
      const check = Element.prototype.checkVisibility;
      Element.prototype.checkVisibility = function (this: Element, ...args: Parameters<typeof check>) {
        asked++;
        return check.apply(this, args);
      };
      engine.start();
      await engine.drained();
      Element.prototype.checkVisibility = check;
      return { asked, marks: engine.marks() };
    });
    // The old reading asked every block whether it is shown: 200+ questions for this page.
    expect(styleQuestions).toEqual({ asked: 0, marks: [] });
    const step = stepOn(page);
    expect(await step(`document.querySelector('#b').firstChild.data = 'Nu over Keytruda.'`)).toEqual(['Keytruda']);
    expect(await step(`document.querySelector('#a').append(Object.assign(document.createElement('b'), { textContent: ' en Opdivo' }))`)).toEqual(['Opdivo', 'Keytruda']);
    // Text that gets a term while hidden is marked once it is shown.
    expect(await step(`document.querySelector('#c').firstChild.data = 'Verborgen: pembrolizumab.'`)).toEqual(['Opdivo', 'Keytruda']);
    expect(await step(`document.querySelector('#c').hidden = false`)).toEqual(['Opdivo', 'Keytruda', 'pembrolizumab']);
    expect(await step(`document.querySelector('#d-span').textContent = 'ipilimumab'`)).toEqual(['Opdivo', 'Keytruda', 'pembrolizumab']);
    expect(await step(`document.querySelector('#d-span').style.display = 'inline'`)).toEqual(['Opdivo', 'Keytruda', 'pembrolizumab', 'ipilimumab']);
    expect(await step(`document.querySelector('#e-p').textContent = 'Uitleg over atezolizumab.'`)).toEqual(['Opdivo', 'Keytruda', 'pembrolizumab', 'ipilimumab']);
    expect(await step(`document.querySelector('#e').open = true`)).toEqual(['Opdivo', 'Keytruda', 'pembrolizumab', 'ipilimumab', 'atezolizumab']);
    // Shown again, an element whose state was never asked has its nested blocks read.
    expect(await step(`document.querySelector('#f-p').textContent = 'Over cemiplimab.'`)).toEqual(['Opdivo', 'Keytruda', 'pembrolizumab', 'ipilimumab', 'atezolizumab']);
    expect(await step(`document.querySelector('#f').hidden = false`)).toEqual(['Opdivo', 'Keytruda', 'pembrolizumab', 'ipilimumab', 'atezolizumab', 'cemiplimab']);
    // A shadow root in such a tree is tested on its own: its text is not in the host's.
    expect(await step(`document.querySelector('#host').attachShadow({ mode: 'open' }).innerHTML = '<p>Binnen: durvalumab.</p>'; document.querySelector('#host').append('')`)).toEqual([
      'Opdivo', 'Keytruda', 'pembrolizumab', 'ipilimumab', 'atezolizumab', 'cemiplimab', 'durvalumab',
    ]);
    // The tree read again without any term left: its marks go.
    expect(await step(`document.querySelector('article').replaceChildren(Object.assign(document.createElement('p'), { textContent: 'Alles weg.' }))`)).toEqual([]);
  });

  test('hidden copies are neither marked nor counted, and first-only picks the visible one', async ({ enginePage }) => {
    const page = await enginePage(`
      <nav hidden><p>Menu: nivolumab</p></nav>
      <div aria-hidden="true"><p>nivolumab</p></div>
      <div style="display:none"><p>nivolumab</p></div>
      <div style="visibility:hidden"><p>nivolumab</p></div>
      <div inert><p>nivolumab</p></div>
      <details><summary>Lees meer</summary><p>nivolumab</p></details>
      <article><p id="visible">De arts gaf nivolumab, daarna weer nivolumab.</p></article>`);
    const result = await page.evaluate(async () => {
      engine.start({ firstOnly: true });
      await engine.drained();
      const [first] = engine.handle().registry.shownMarks();
      return { marks: engine.marks(), counts: [...engine.handle().registry.shownCounts()], inVisible: first?.range.startContainer.parentElement?.id };
    });
    expect(result.marks).toEqual(['nivolumab']);
    expect(result.counts).toEqual([['nivolumab', 1]]);
    expect(result.inVisible).toBe('visible');
  });

  test('a region made editable drops its marks and is not read; designMode too', async ({ enginePage }) => {
    const page = await enginePage(`<div id="note"><p>Over nivolumab.</p></div><p id="other">En Keytruda.</p>`);
    const result = await page.evaluate(async () => {
      engine.start();
      await engine.drained();
      const before = engine.marks();
      document.querySelector('#note')!.setAttribute('contenteditable', 'true');
      await engine.drained();
      document.querySelector('#note p')!.append(' en ipilimumab');
      await engine.drained();
      const editable = engine.marks();
      document.designMode = 'on';
      document.dispatchEvent(new Event('selectionchange'));
      await new Promise(requestAnimationFrame);
      await new Promise(requestAnimationFrame);
      const design = engine.marks();
      return { before, editable, design };
    });
    expect(result.before).toEqual(['nivolumab', 'Keytruda']);
    expect(result.editable).toEqual(['Keytruda']);
    expect(result.design).toEqual([]);
  });

  test('a shadow root attached by a custom element defined later is read', async ({ enginePage }) => {
    const page = await enginePage(`<p>Buiten: nivolumab.</p><late-card></late-card>`);
    await page.evaluate(async () => {
      engine.start();
      await engine.drained();
      setTimeout(() => {
        customElements.define(
          'late-card',
          class extends HTMLElement {
            constructor() {
              super();
              this.attachShadow({ mode: 'open' }).innerHTML = '<p>Binnen: <b>pembrolizumab</b>.</p>';
            }
          },
        );
      }, 700);
    });
    await expect.poll(() => page.evaluate(() => engine.marks()), { timeout: 5000 }).toEqual(['nivolumab', 'pembrolizumab']);
  });

  test('removing a shadow host drops its marks and its observed root', async ({ enginePage }) => {
    const page = await enginePage(`<p>Buiten: nivolumab.</p><div id="feed"></div>`);
    const result = await page.evaluate(async () => {
      engine.start();
      const feed = document.querySelector('#feed')!;
      for (let n = 0; n < 50; n++) {
        const host = feed.appendChild(document.createElement('div'));
        host.attachShadow({ mode: 'open' }).innerHTML = `<p>Bericht ${n} over pembrolizumab.</p>`;
      }
      await engine.drained();
      const before = { marks: engine.marks().length, roots: engine.observedRoots() };
      for (const host of [...feed.children].slice(0, 40)) host.remove();
      await engine.drained();
      return { before, after: { marks: engine.marks().length, roots: engine.observedRoots(), counts: [...engine.handle().registry.shownCounts()].sort() } };
    });
    expect(result.before).toEqual({ marks: 51, roots: 50 });
    expect(result.after).toEqual({ marks: 11, roots: 10, counts: [['nivolumab', 1], ['pembrolizumab', 10]] });
  });

  test('hiding a subtree drops the marks of its nested blocks and shadow roots, and only those', async ({ enginePage }) => {
    const many = Array.from({ length: 300 }, (_, n) => `<p>Bericht ${n} over nivolumab.</p>`).join('');
    const page = await enginePage(`${many}<nav id="menu"><ul><li>Over <b>pembrolizumab</b></li><li><div id="host"></div></li></ul></nav>`);
    const result = await page.evaluate(async () => {
      document.querySelector('#host')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Ook ipilimumab.</p>';
      engine.start();
      await engine.drained();
      const before = [...engine.handle().registry.shownCounts()].sort();
      (document.querySelector('#menu') as HTMLElement).hidden = true;
      await engine.drained();
      return { before, after: [...engine.handle().registry.shownCounts()].sort() };
    });
    expect(result.before).toEqual([['ipilimumab', 1], ['nivolumab', 300], ['pembrolizumab', 1]]);
    expect(result.after).toEqual([['nivolumab', 300]]);
  });

  test('one block that throws costs only that block', async ({ enginePage }) => {
    const page = await enginePage(`<p>Eerst nivolumab.</p><p id="bad">Dan pembrolizumab.</p><p>Dan ipilimumab.</p>`);
    const result = await page.evaluate(async () => {
      Object.defineProperty(document.querySelector('#bad')!, 'isContentEditable', {
        get() {
          throw new Error('odd element');
        },
      });
      engine.start();
      await engine.drained();
      return { marks: engine.marks(), errors: engine.handle().errors };
    });
    expect(result.marks).toEqual(['nivolumab', 'ipilimumab']);
    expect(result.errors).toEqual(['Error: odd element']);
  });

  test('reading a block again touches the Highlight only for the marks that changed', async ({ enginePage }) => {
    const rows = Array.from({ length: 200 }, (_, n) => `<li><span class="age">${n} s</span> geleden: nivolumab en Keytruda</li>`).join('');
    const page = await enginePage(`<ul id="feed">${rows}</ul><p id="one">Ik kreeg ipilimumab.</p>`);
    const result = await page.evaluate(async () => {
      engine.start();
      await engine.drained();
      engine.resetTouched();
      // Live "N s" labels: every block's own text changes, no mark does.
      for (const age of document.querySelectorAll('.age')) age.textContent = `${Math.random()} s`;
      await engine.drained();
      const labels = { ...engine.handle().touched };
      engine.resetTouched();
      (document.querySelector('#one')!.firstChild as Text).data = 'Ik kreeg durvalumab.';
      await engine.drained();
      return { labels, one: { ...engine.handle().touched }, marks: engine.marks().length };
    });
    expect(result.labels).toEqual({ added: 0, deleted: 0 });
    expect(result.one).toEqual({ added: 1, deleted: 1 });
    expect(result.marks).toBe(401);
  });

  test('a title, style or script the page rewrites costs no slice', async ({ enginePage }) => {
    const page = await enginePage(`<p>Ik krijg nivolumab.</p>`);
    const slices = await page.evaluate(async () => {
      engine.start();
      await engine.drained();
      engine.slices.length = 0;
      // A chat's unread count in the title, a theme switch, an analytics script: nothing to read.
      for (let n = 0; n < 20; n++) document.title = `(${n}) Forum over nivolumab`;
      document.head.appendChild(document.createElement('style')).textContent = 'p { color: black }';
      document.head.appendChild(document.createElement('script')).textContent = '/* pembrolizumab */';
      await new Promise(requestAnimationFrame);
      await engine.drained();
      return engine.slices.length;
    });
    expect(slices).toBe(0);
  });

  test('removed elements drop the marks of their blocks without checking every other block', async ({ enginePage }) => {
    const many = Array.from({ length: 500 }, (_, n) => `<p>Bericht <i>${n}</i> over nivolumab.</p>`).join('');
    const page = await enginePage(`<div id="list">${many}</div><section id="gone"><div><p>Ook ipilimumab.</p></div></section><p id="moved">En pembrolizumab.</p>`);
    const result = await page.evaluate(async () => {
      engine.start();
      await engine.drained();
      const registry = engine.handle().registry;
      let fullSweeps = 0;
      const sweepDisconnected = registry.sweepDisconnected.bind(registry);
      registry.sweepDisconnected = () => (fullSweeps++, sweepDisconnected());
      const counts = () => Object.fromEntries([...registry.shownCounts()].sort());
      document.querySelector('#gone')!.remove();
      // Moved in one task: still on the page when the sweep runs, so its mark stays.
      const moved = document.querySelector('#moved')!;
      moved.remove();
      document.body.prepend(moved);
      document.querySelector('#list')!.firstElementChild!.remove();
      await engine.drained();
      const small = { counts: counts(), fullSweeps };
      // A removal bigger than the marked blocks: one sweep of every block instead.
      document.querySelector('#list')!.remove();
      await engine.drained();
      return { small, big: { counts: counts(), fullSweeps } };
    });
    expect(result.small).toEqual({ counts: { nivolumab: 499, pembrolizumab: 1 }, fullSweeps: 0 });
    expect(result.big).toEqual({ counts: { pembrolizumab: 1 }, fullSweeps: 1 });
  });
});
