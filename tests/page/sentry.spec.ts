import { expect, test } from './engine-page';

/** Ordinary Dutch without a medical word: the sentry must stay quiet on it. */
const ORDINARY = `<main><h1>Nieuws uit de wijk</h1>
<p id="first">De gemeente opent volgende week een nieuw zwembad aan de rand van de stad. Bewoners kunnen er vanaf maandag terecht.</p>
<p id="second">Op zaterdag is er een markt op het plein, met kramen vol groente, kaas en bloemen. De bus rijdt die dag een andere route.</p>
<ul id="feed"><li>Gisteren 12 s geleden: de bakker is weer open.</li></ul></main>`;

/**
 * Each change, run after the sentry looked at the ordinary page, brings in a term the engine
 * marks (checked below with the engine itself, so the case is not empty): the sentry must say so.
 */
const changesWithATerm: Record<string, string> = {
  'a text node appended to a paragraph': `document.querySelector('#first').append(' Mijn buurman krijgt nivolumab.')`,
  'a new post with the term inside': `document.querySelector('#feed').insertAdjacentHTML('beforeend', '<li><b>Jan:</b> ik start met <i>pembrolizumab</i></li>')`,
  'existing text changed in place': `document.querySelector('#second').firstChild.data = 'Op zaterdag krijg ik immunotherapie.'`,
  'a term split over an old and a new text node': `document.querySelector('#first').firstChild.data += ' ipili'; document.querySelector('#first').append('mumab werkt.')`,
  'a shadow root that gets the term after the start': `document.querySelector('#host').shadowRoot.querySelector('p').textContent = 'Bijwerking van ipilimumab.'`,
  'a new element with a shadow root holding the term': `const host = document.createElement('div'); host.attachShadow({ mode: 'open' }).innerHTML = '<p>Uitleg over melanoom.</p>'; document.body.append(host)`,
};

for (const [name, change] of Object.entries(changesWithATerm)) {
  test(`the sentry says "may hold a term" for ${name}`, async ({ enginePage }) => {
    const page = await enginePage(`${ORDINARY}<div id="host"></div>`);
    const result = await page.evaluate(async (code) => {
      document.querySelector('#host')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Een gewone zin.</p>';
      const sentry = engine.sentry();
      const before = sentry.reason;
      new Function(code)();
      // Mutation records are delivered before the next task.
      await new Promise((resolve) => setTimeout(resolve));
      const after = sentry.reason;
      sentry.stop();
      engine.start();
      await engine.drained();
      return { before, after, marks: engine.marks() };
    }, change);
    expect(result.marks.length, 'the engine marks a term after this change').toBeGreaterThan(0);
    expect(result.before).toBeUndefined();
    expect(result.after).toBe('text');
  });
}

test('the sentry stays quiet while an ordinary page changes, and reads only the changed text', async ({ enginePage }) => {
  const long = 'Het weer blijft de hele week droog en zonnig. '.repeat(3000);
  const page = await enginePage(`${ORDINARY}<div id="long">${long}</div>`);
  const result = await page.evaluate(async () => {
    const sentry = engine.sentry();
    const atStart = sentry.tested.length;
    for (let n = 0; n < 50; n++) {
      document.querySelector('#feed li')!.firstChild!.textContent = `Gisteren ${n} s geleden: `;
      document.querySelector('#long')!.append(document.createElement('br'), `Regel ${n}: de trein rijdt weer.`);
      await new Promise((resolve) => setTimeout(resolve));
    }
    const changes = sentry.tested.slice(atStart);
    sentry.stop();
    engine.start();
    await engine.drained();
    return { reason: sentry.reason, changes, marks: engine.marks() };
  });
  expect(result.marks).toEqual([]);
  expect(result.reason).toBeUndefined();
  expect(result.changes.length).toBeGreaterThanOrEqual(100);
  // Each change is tested with at most 64 characters of each neighbour, never the 138,000 beside it.
  expect(Math.max(...result.changes)).toBeLessThan(200);
});

test('text in hidden elements, very long text and undefined custom elements are handed to the engine', async ({ enginePage }) => {
  const page = await enginePage(ORDINARY);
  const reasons = await page.evaluate(async () => {
    const seen: (string | undefined)[] = [];
    const step = async (change: () => void) => {
      const sentry = engine.sentry();
      change();
      await new Promise((resolve) => setTimeout(resolve));
      seen.push(sentry.reason);
      sentry.stop();
    };
    await step(() => document.body.insertAdjacentHTML('beforeend', '<p id="hidden" hidden>Over nivolumab.</p>'));
    document.querySelector('#hidden')!.remove();
    await step(() => document.body.append(Object.assign(document.createElement('p'), { id: 'long', textContent: 'gewone tekst '.repeat(20_000) })));
    document.querySelector('#long')!.remove();
    await step(() => document.body.append(document.createElement('nog-niet-gedefinieerd')));
    return seen;
  });
  expect(reasons).toEqual(['text', 'long text', 'undefined custom element']);
});

test('a page that already holds a term is handed on at the start, from the light tree or a shadow root', async ({ enginePage }) => {
  const page = await enginePage(`${ORDINARY}<div id="host"></div>`);
  const reasons = await page.evaluate(() => {
    const atStart = engine.sentry();
    document.querySelector('#host')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Wat is een PD-L1-test?</p>';
    const withShadow = engine.sentry();
    document.querySelector('#second')!.append(' En wat doet Keytruda?');
    const withText = engine.sentry();
    return [atStart.reason, withShadow.reason, withText.reason];
  });
  expect(reasons).toEqual([undefined, 'text', 'text']);
});

test('a page with more elements than the sentry walks is handed on as a large tree without its text being built', async ({ enginePage }) => {
  const page = await enginePage('<main id="tekst"></main>');
  const result = await page.evaluate(() => {
    // 25,000 spans of ordinary words: 150,000 characters, under the text limit, so only the element count decides.
    document.querySelector('#tekst')!.innerHTML = '<span>woord </span>'.repeat(25_000);
    const getter = Object.getOwnPropertyDescriptor(Node.prototype, 'textContent')!;
    let longest = 0;
    Object.defineProperty(Node.prototype, 'textContent', {
      configurable: true,
      get(this: Node) {
        const text = getter.get!.call(this) as string;
        longest = Math.max(longest, text.length);
        return text;
      },
      set: getter.set,
    });
    try {
      return { reason: engine.sentry().reason, longest };
    } finally {
      Object.defineProperty(Node.prototype, 'textContent', getter);
    }
  });
  expect(result.reason).toBe('large tree');
  expect(result.longest).toBeLessThan(1000);
});

test('the sentry stays quiet when only scripts, styles, templates or page state hold the words', async ({ enginePage }) => {
  // Inline code and page state hold English words ("response", "progression", "performance") and
  // sometimes a medicine's name; none of it is text a reader sees, and the engine marks none of it.
  const code = '{"title":"nivolumab","events":["response","progression","performance"]}';
  const page = await enginePage(
    `<script type="application/json" id="state">${code}</script><style>.pembrolizumab { color: red }</style>${ORDINARY}<template><p>ipilimumab</p></template>`,
  );
  const result = await page.evaluate(async (json) => {
    const atStart = engine.sentry();
    const reasons = [atStart.reason];
    // Added later, as single-page apps do: a script with state, then text into a style.
    document.body.append(Object.assign(document.createElement('script'), { type: 'application/json', textContent: json }));
    document.querySelector('style')!.append('.melanoom { color: blue }');
    await new Promise((resolve) => setTimeout(resolve));
    reasons.push(atStart.reason);
    atStart.stop();
    engine.start();
    await engine.drained();
    const marks = engine.marks();
    // The control: the same words in the page's own text.
    document.querySelector('#first')!.append(' Ik krijg nivolumab.');
    reasons.push(engine.sentry().reason);
    return { reasons, marks };
  }, code);
  expect(result.marks).toEqual([]);
  expect(result.reasons).toEqual([undefined, undefined, 'text']);
});

test('the sentry stays quiet on a page whose only glossary words are everyday ones (kuur, controle)', async ({ enginePage }) => {
  const page = await enginePage(`<main><p id="spa">Boek een detox kuur in ons kuuroord, met een controle van je bloeddruk.</p></main>`);
  const result = await page.evaluate(async () => {
    const quiet = engine.sentry();
    quiet.stop();
    engine.start();
    await engine.drained();
    const marks = engine.marks();
    engine.stop();
    document.querySelector('#spa')!.append(' Na mijn chemotherapie was dat fijn.');
    return { reasons: [quiet.reason, engine.sentry().reason], marks };
  });
  // The engine would mark nothing there either: an everyday word counts only beside a medical term.
  expect(result.marks).toEqual([]);
  expect(result.reasons).toEqual([undefined, 'text']);
});
