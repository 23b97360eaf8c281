import { expect, test } from './engine-page';

/**
 * A block that only grows at its end (a chat that appends a <span> per message to one <div>) is
 * read again only at its end: the cost of a message follows the message, not the whole chat.
 */
test.describe('text appended to the end of a block', () => {
  test('a chat of 400 inline messages reads each message, not the chat again', async ({ enginePage }) => {
    const page = await enginePage('<div id="log"></div>');
    const result = await page.evaluate(async () => {
      engine.start();
      await engine.drained();
      // Counts every character the engine reads from text nodes (the only way it sees text).
      let charsRead = 0;
      const data = Object.getOwnPropertyDescriptor(CharacterData.prototype, 'data')!;
      Object.defineProperty(CharacterData.prototype, 'data', {
        ...data,
        get(this: CharacterData) {
          const value = data.get!.call(this) as string;
          charsRead += value.length;
          return value;
        },
      });
      const log = document.querySelector('#log')!;
      let written = 0;
      // Eight messages per task, each span filled in after it is added, as chat scripts do.
      for (let n = 0; n < 400; n++) {
        const line = `Lid${n % 40}: ${n % 2 === 0 ? 'Ik kreeg gisteren mijn eerste nivolumab.' : 'Sterkte, ik denk aan je.'} `;
        written += line.length;
        log.appendChild(document.createElement('span')).textContent = line;
        if (n % 8 === 7) await engine.drained();
      }
      Object.defineProperty(CharacterData.prototype, 'data', data);
      const marks = engine.marks();
      engine.start();
      await engine.drained();
      return { charsRead, written, marks, fresh: engine.marks(), errors: engine.handle().errors };
    });
    expect(result.errors).toEqual([]);
    expect(result.marks).toEqual(Array.from({ length: 200 }, () => 'nivolumab'));
    expect(result.fresh).toEqual(result.marks);
    // Reading the whole chat again per task would read it about 50 × 50 / 2 times eight messages (over 400,000 characters);
    // a read from shortly before the old end reads each message plus a few hundred characters per task.
    expect(result.written).toBeGreaterThan(10_000);
    expect(result.charsRead).toBeLessThan(result.written * 3);
  });

  test('appended text that completes, extends or changes a term near the old end gives the marks of a fresh read', async ({ enginePage }) => {
    const page = await enginePage('<div id="log">Mijn arts sprak over immuuntherapie en ipili</div>');
    const steps = await page.evaluate(async () => {
      engine.start();
      await engine.drained();
      const log = document.querySelector('#log')!;
      const seen: string[][] = [engine.marks()];
      const append = async (html: string) => {
        const span = document.createElement('span');
        span.innerHTML = html;
        log.appendChild(span);
        await engine.drained();
        seen.push(engine.marks());
      };
      // "ipili" + "mumab" is one word; "PD-1" + "-remmer" is the medicine, not the protein; "niet-" makes it the other subtype.
      await append("mumab. Daarna een PD-1");
      await append('-remmer. Het was niet-');
      await append('plaveiselcel longkanker. ');
      await append('<b>Keytruda</b> en chemotherapie');
      engine.start();
      await engine.drained();
      seen.push(engine.marks());
      return { seen, errors: engine.handle().errors };
    });
    expect(steps.errors).toEqual([]);
    expect(steps.seen).toEqual([
      ['immuuntherapie'],
      ['immuuntherapie', 'ipilimumab', 'PD-1'],
      ['immuuntherapie', 'ipilimumab', 'PD-1-remmer'],
      ['immuuntherapie', 'ipilimumab', 'PD-1-remmer', 'niet-plaveiselcel longkanker'],
      ['immuuntherapie', 'ipilimumab', 'PD-1-remmer', 'niet-plaveiselcel longkanker', 'Keytruda', 'chemotherapie'],
      // A fresh read of the final page: the same.
      ['immuuntherapie', 'ipilimumab', 'PD-1-remmer', 'niet-plaveiselcel longkanker', 'Keytruda', 'chemotherapie'],
    ]);
  });

  test('a removal or a change before the end still reads the whole block', async ({ enginePage }) => {
    const page = await enginePage('<div id="log"><span id="first">Over nivolumab. </span><span>Nog iets. </span></div>');
    const result = await page.evaluate(async () => {
      engine.start();
      await engine.drained();
      const log = document.querySelector('#log')!;
      // Same task: the first message goes and a new one is appended.
      document.querySelector('#first')!.remove();
      log.appendChild(document.createElement('span')).textContent = 'En pembrolizumab.';
      await engine.drained();
      const afterRemoval = engine.marks();
      // A text change inside the block and an append, in one task.
      log.firstChild!.firstChild!.textContent = 'Nu over ipilimumab. ';
      log.appendChild(document.createElement('span')).textContent = ' Verder niets.';
      await engine.drained();
      return { afterRemoval, afterChange: engine.marks(), errors: engine.handle().errors };
    });
    expect(result.errors).toEqual([]);
    expect(result.afterRemoval).toEqual(['pembrolizumab']);
    expect(result.afterChange).toEqual(['ipilimumab', 'pembrolizumab']);
  });

  test('a growing chat with more marks than are painted keeps the marks on screen painted as it scrolls', async ({ enginePage }) => {
    test.setTimeout(60_000);
    const page = await enginePage('<div id="log" style="font: 16px/20px sans-serif"></div>');
    const result = await page.evaluate(async () => {
      engine.start();
      await engine.drained();
      const log = document.querySelector('#log')!;
      const frames = async () => {
        for (let n = 0; n < 3; n++) await new Promise(requestAnimationFrame);
      };
      const boxOf = (range: AbstractRange) => {
        const live = document.createRange();
        live.setStart(range.startContainer, range.startOffset);
        live.setEnd(range.endContainer, range.endOffset);
        return live.getBoundingClientRect();
      };
      const registry = engine.handle().registry;
      const checks: { marks: number; onScreen: number; unpainted: number; painted: number }[] = [];
      for (let batch = 0; batch < 60; batch++) {
        for (let n = 0; n < 40; n++) {
          const span = log.appendChild(document.createElement('span'));
          span.textContent = `Lid${n}: ik kreeg nivolumab.`;
          log.appendChild(document.createElement('br'));
        }
        // The chat follows its newest line, as chat windows do.
        document.scrollingElement!.scrollTop = document.scrollingElement!.scrollHeight;
        await engine.drained();
        await frames();
        const painted = new Set([...registry.paint]);
        const onScreen = registry.shownMarks().filter((mark) => {
          const box = boxOf(mark.range);
          return box.bottom > 0 && box.top < innerHeight;
        });
        checks.push({ marks: registry.shownMarks().length, onScreen: onScreen.length, unpainted: onScreen.filter((mark) => !painted.has(mark.range)).length, painted: painted.size });
      }
      return { checks, marks: engine.marks().length };
    });
    expect(result.marks).toBe(2400);
    // Past 1,000 marks on the page only part of this block is painted, but never a mark on screen left out.
    expect(result.checks.every((check) => check.onScreen > 0 && check.unpainted === 0)).toBe(true);
    const pieced = result.checks.filter((check) => check.marks > 1000);
    expect(pieced.length).toBeGreaterThan(30);
    expect(Math.max(...pieced.map((check) => check.painted))).toBeLessThanOrEqual(300);
  });

  test('a text node that grows at its end (a live transcript) is matched only at its end', async ({ enginePage }) => {
    const page = await enginePage('<p id="live">Verslag van de dag.</p>');
    const result = await page.evaluate(async () => {
      engine.start();
      await engine.drained();
      const text = document.querySelector('#live')!.firstChild as Text;
      // Every word the finder tries starts with one lookup in its root table: count those.
      const root = (engine.handle().scanner as unknown as { index: { get(): { root: { children: Map<number, unknown> } } } }).index.get().root.children;
      let wordsTried = 0;
      const has = root.has.bind(root);
      root.has = (key: number) => (wordsTried++, has(key));
      let words = 0;
      for (let n = 0; n < 300; n++) {
        const sentence = n % 3 === 0 ? ' De arts noemde pembrolizumab.' : ' Daarna ging het over iets anders.';
        words += sentence.trim().split(/\s+/).length;
        text.appendData(sentence);
        await engine.drained();
      }
      // A change that is not an append: the whole node is read again.
      text.data = text.data.replace('Verslag', 'Over nivolumab, verslag');
      await engine.drained();
      const marks = engine.marks();
      root.has = has;
      engine.start();
      await engine.drained();
      return { wordsTried, words, marks, fresh: engine.marks(), errors: engine.handle().errors };
    });
    expect(result.errors).toEqual([]);
    expect(result.marks).toEqual(['nivolumab', ...Array.from({ length: 100 }, () => 'pembrolizumab')]);
    expect(result.fresh).toEqual(result.marks);
    // Reading the whole text again after each of 300 additions would try about 300 × 1,600 / 2 words.
    expect(result.words).toBeGreaterThan(1500);
    expect(result.wordsTried).toBeLessThan(result.words * 12);
  });
});
