/**
 * The spy: what a page's own script can learn about the extension. Shared by the Chromium e2e
 * tests (Playwright, tests/e2e/spy.ts) and the Firefox tests (puppeteer, tests/firefox). Both
 * functions run inside the page, so they use nothing from outside their own bodies.
 */

/** What a page's own script can learn about the extension, recorded from the first moment. */
export interface SpyReport {
  /** Every window message the page received. */
  messages: string[];
  /** Events named like WXT's start-up event, on window or document. */
  wxtEvents: string[];
  /** Elements added to the page that the page did not create: tag, attributes, text. */
  foreignElements: string[];
  /** Attributes changed on the page's own elements by someone else. */
  foreignAttributes: string[];
  highlightNames: string[];
  highlightTexts: string[];
  /** The rules of every adopted style sheet of the document and of open shadow roots. */
  adoptedRules: string[];
  /** Text inside open shadow roots the page did not attach. */
  openShadowText: string[];
}

/** Install before any other script of the page (an init script); `id` is the extension's id. */
export function recordSpy(id: string): void {
  const spy = {
    messages: [] as string[],
    wxtEvents: [] as string[],
    foreignElements: [] as string[],
    foreignAttributes: [] as string[],
    own: new WeakSet<Node>(),
    ownShadows: new WeakSet<ShadowRoot>(),
  };
  (window as unknown as { __spy: typeof spy }).__spy = spy;
  const create = Document.prototype.createElement;
  Document.prototype.createElement = function (this: Document, ...args: Parameters<Document['createElement']>) {
    const element = create.apply(this, args);
    spy.own.add(element);
    return element;
  } as Document['createElement'];
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    spy.ownShadows.add(root);
    return root;
  };
  window.addEventListener('message', (event) => spy.messages.push(JSON.stringify(event.data)), true);
  for (const script of ['content', 'input']) {
    const name = `${id}:${script}:wxt:content-script-started`;
    for (const target of [window, document]) target.addEventListener(name, () => spy.wxtEvents.push(name), true);
  }
  const describe = (element: Element) =>
    `<${element.tagName.toLowerCase()}${[...element.attributes].map((a) => ` ${a.name}="${a.value}"`).join('')}>${element.textContent ?? ''}`;
  // The parser's own elements come before DOMContentLoaded. Not `readyState === 'loading'`: Firefox
  // delivers the parser's last records after readyState turns 'interactive', before that event.
  let parsed = false;
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (!parsed) continue;
      for (const node of record.addedNodes) {
        if (node.nodeType === Node.ELEMENT_NODE && !spy.own.has(node)) spy.foreignElements.push(describe(node as Element));
      }
      if (record.type === 'attributes') spy.foreignAttributes.push(`${(record.target as Element).tagName} ${record.attributeName}`);
    }
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true });
  // The parser's own insertions can be delivered after loading ends: drop what is pending then.
  document.addEventListener(
    'DOMContentLoaded',
    () => {
      observer.takeRecords();
      parsed = true;
    },
    { capture: true, once: true },
  );
}

/** The spy's record plus what the page can read now: highlights, adopted sheets, open shadow roots. */
export function readSpyRecord(): SpyReport {
  const spy = (window as unknown as { __spy: { messages: string[]; wxtEvents: string[]; foreignElements: string[]; foreignAttributes: string[]; ownShadows: WeakSet<ShadowRoot> } }).__spy;
  const highlightNames: string[] = [];
  const highlightTexts: string[] = [];
  for (const [name, highlight] of CSS.highlights) {
    highlightNames.push(name);
    for (const range of highlight) {
      try {
        const live = document.createRange();
        live.setStart(range.startContainer, range.startOffset);
        live.setEnd(range.endContainer, range.endOffset);
        highlightTexts.push(live.toString());
      } catch {
        highlightTexts.push('(stale range)');
      }
    }
  }
  const adoptedRules: string[] = [];
  const openShadowText: string[] = [];
  const readSheets = (root: Document | ShadowRoot) => {
    for (const sheet of root.adoptedStyleSheets) for (const rule of sheet.cssRules) adoptedRules.push(rule.cssText);
  };
  readSheets(document);
  for (const element of document.querySelectorAll('*')) {
    const shadow = element.shadowRoot;
    if (!shadow || spy.ownShadows.has(shadow)) continue;
    readSheets(shadow);
    openShadowText.push(shadow.textContent ?? '');
  }
  return {
    messages: spy.messages,
    wxtEvents: spy.wxtEvents,
    foreignElements: spy.foreignElements,
    foreignAttributes: spy.foreignAttributes,
    highlightNames,
    highlightTexts,
    adoptedRules,
    openShadowText,
  };
}

/** Anything that names the extension or its build tool. */
export const IDENTIFYING = /immuunwijzer|wxt|chrome-extension|moz-extension|extension|glossary|uitleg/i;
