import type { BrowserContext, Page } from '@playwright/test';
import { loadContent } from '../../core/data/content';
import { overlay } from './closed-ui';
import { expect, test } from './fixtures';
import { settledMarks } from './highlights';
import { entryOf, markBox, outsideRequests } from './page-helpers';

const content = loadContent();

async function serviceWorker(context: BrowserContext) {
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  return worker;
}

/** storage.local as the extension sees it. */
async function storedList(context: BrowserContext): Promise<{ version: number; questions: { text: string; done: boolean; about?: { id: string } }[] } | undefined> {
  const worker = await serviceWorker(context);
  return worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<Record<string, never>> } } } };
    return (await chrome.storage.local.get('questionList')).questionList;
  });
}

async function storeList(context: BrowserContext, value: unknown): Promise<void> {
  const worker = await serviceWorker(context);
  await worker.evaluate(async (questionList) => {
    const { chrome } = globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } };
    await chrome.storage.local.set({ questionList });
  }, value);
}

async function tabIdOf(context: BrowserContext, page: Page): Promise<number> {
  await page.bringToFront();
  const worker = await serviceWorker(context);
  return worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]> } } };
    return (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id;
  });
}

async function openPopup(context: BrowserContext, extensionId: string, query = ''): Promise<Page> {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html${query}`);
  return popup;
}

/** The extension's tooltip on a web page, inside the UI's closed shadow root (see closed-ui.ts). */
async function tooltipOf(page: Page) {
  return (await overlay(page)).getByTestId('tooltip');
}

async function hoverTerm(page: Page, text: string) {
  const box = await markBox(page, text);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 3 });
  await expect(await tooltipOf(page)).toBeVisible();
}

type FakeVoice = { name: string; lang: string; localService: boolean };

/** A speechSynthesis that records what it is asked to say, with the given voices. Runs in the browser. */
function installFakeSpeech(list: FakeVoice[]) {
  const spoken: { text: string; voice: string | undefined; lang: string; rate: number }[] = [];
  const record = window as unknown as { __spoken: typeof spoken; __cancelled: number };
  record.__spoken = spoken;
  record.__cancelled = 0;
  const voiceObjects = list.map((voice) => ({ ...voice, default: false, voiceURI: voice.name }));
  class FakeUtterance extends EventTarget {
    voice: { name: string } | null = null;
    lang = '';
    rate = 1;
    text: string;
    constructor(text: string) {
      super();
      this.text = text;
    }
  }
  const fake = {
    getVoices: () => voiceObjects,
    speak: (utterance: FakeUtterance) => spoken.push({ text: utterance.text, voice: utterance.voice?.name, lang: utterance.lang, rate: utterance.rate }),
    cancel: () => {
      record.__cancelled++;
    },
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  };
  Object.defineProperty(window, 'speechSynthesis', { value: fake, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true });
}

/** On extension pages: installed before the page's own scripts. */
async function fakeSpeech(context: BrowserContext, voices: FakeVoice[]) {
  await context.addInitScript(installFakeSpeech, voices);
}

/**
 * On a web page the tooltip runs in the content script's isolated world, which a page script
 * cannot reach (that is the point); the DevTools protocol can. Returns an evaluator in that world.
 */
async function fakeSpeechInContentScript(page: Page, origin: string, voices: FakeVoice[]) {
  const cdp = await page.context().newCDPSession(page);
  const contexts: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  await cdp.send('Runtime.enable');
  await page.goto(`${origin}/editors.html`);
  await settledMarks(page);
  await expect.poll(() => contexts.filter((context) => context.auxData?.type === 'isolated' && context.origin.startsWith('chrome-extension://')).length).toBeGreaterThan(0);
  const world = contexts.filter((context) => context.auxData?.type === 'isolated' && context.origin.startsWith('chrome-extension://')).at(-1)!;
  const evaluate = async <T>(expression: string): Promise<T> => {
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId: world.id, returnByValue: true });
    if (exceptionDetails) throw new Error(exceptionDetails.text);
    return result.value as T;
  };
  await evaluate(`(${installFakeSpeech.toString()})(${JSON.stringify(voices)})`);
  return evaluate;
}

test.describe('Mijn vragen', () => {
  test('adds from a tooltip and from the popup, and the reopened popup has the list', async ({ context, page, origin, extensionId, requests }) => {
    await page.goto(`${origin}/editors.html`);
    await settledMarks(page);
    await hoverTerm(page, 'nivolumab');
    const tooltipAdd = (await tooltipOf(page)).getByTestId('add-question');

    // A script clicking the button (an untrusted click) adds nothing. A page script cannot even
    // reach the closed root; the test hands the script the button through the roots it stashed,
    // so the button itself must refuse the click.
    const scriptClicked = await page.evaluate(() => {
      const roots = (window as unknown as { __closedShadowRoots?: Set<ShadowRoot> }).__closedShadowRoots ?? new Set();
      const button = [...roots].map((root) => root.querySelector<HTMLButtonElement>('[data-testid="tooltip"] [data-testid="add-question"]')).find(Boolean);
      button?.click();
      return button !== undefined && button !== null;
    });
    expect(scriptClicked).toBe(true);
    await tooltipAdd.click();
    await expect(tooltipAdd).toHaveAttribute('data-outcome', 'added');
    await expect.poll(async () => (await storedList(context))?.questions.map((question) => question.text)).toEqual([`Wat betekent ${entryOf('nivolumab').term} voor mij?`]);
    await tooltipAdd.click();
    await expect(tooltipAdd).toHaveAttribute('data-outcome', 'already');

    // From a search result in the popup: open it, put it on the list.
    const popup = await openPopup(context, extensionId);
    await popup.getByTestId('search').fill('keytruda');
    await popup.getByTestId('search').press('Enter');
    await popup.getByTestId('entry-view').getByTestId('add-question').click();
    await expect(popup.getByTestId('entry-view').getByTestId('add-question')).toHaveAttribute('data-outcome', 'added');
    // And an FAQ answer.
    await popup.getByTestId('back').click();
    await popup.getByTestId('search').fill('');
    await popup.getByTestId('common-question').first().click();
    // The popup's first common question is the first question of the first topic.
    const faqQuestion = content.faq[0]!;
    await popup.getByTestId('entry-view').getByTestId('add-question').click();
    await expect(popup.getByTestId('entry-view').getByTestId('add-question')).toHaveAttribute('data-outcome', 'added');
    await popup.close();

    const reopened = await openPopup(context, extensionId);
    await reopened.getByTestId('my-questions-open').click();
    const panel = reopened.getByTestId('my-questions-panel');
    const texts = panel.getByTestId('question-text');
    await expect(texts).toHaveCount(3);
    await expect(texts.nth(0)).toHaveValue('Wat betekent nivolumab voor mij?');
    await expect(texts.nth(1)).toHaveValue(`Wat betekent ${entryOf('pembrolizumab').term} voor mij?`);
    await expect(texts.nth(2)).toHaveValue(`Over “${faqQuestion.question}”: geldt dit ook voor mij?`);
    await expect(panel.getByTestId('question').nth(0)).toContainText(`Over: ${entryOf('nivolumab').term}`);
    expect(outsideRequests(requests, origin)).toEqual([]);
  });

  test('edits, reorders, ticks off, deletes and undoes; typing survives closing the popup at once', async ({ context, extensionId, origin, requests }) => {
    await storeList(context, { version: 1, questions: ['Eerste vraag', 'Tweede vraag'] });
    const popup = await openPopup(context, extensionId);
    await popup.getByTestId('my-questions-open').click();
    const panel = popup.getByTestId('my-questions-panel');
    await expect(panel.getByTestId('question-text')).toHaveCount(2);

    await panel.getByTestId('question-new').fill('Mag ik blijven werken?');
    await panel.getByTestId('question-add').click();
    await expect(panel.getByTestId('question-text')).toHaveCount(3);
    await panel.getByTestId('question-down').first().click();
    await expect(panel.getByTestId('question-text').nth(0)).toHaveValue('Tweede vraag');
    await expect(panel.getByTestId('question-down').first()).not.toBeFocused();
    await expect(panel.getByTestId('question-down').nth(1)).toBeFocused();
    await panel.getByTestId('question-done').nth(0).check();
    await panel.getByTestId('question-delete').nth(2).click();
    await expect(panel.getByTestId('question-text')).toHaveCount(2);
    await expect(panel.getByTestId('question-undo')).toBeFocused();
    await panel.getByTestId('question-undo').click();
    await expect(panel.getByTestId('question-text').nth(2)).toHaveValue('Mag ik blijven werken?');

    await panel.getByTestId('preparation-contactName').fill('Verpleegkundige Anna');
    await panel.getByTestId('question-text').nth(1).pressSequentially(' Ook bij koorts?');
    await popup.close();

    const stored = await storedList(context);
    expect(stored?.version).toBe(2);
    expect(stored?.questions.map((question) => [question.text, question.done])).toEqual([
      ['Tweede vraag', true],
      ['Eerste vraag Ook bij koorts?', false],
      ['Mag ik blijven werken?', false],
    ]);
    expect(outsideRequests(requests, origin)).toEqual([]);
  });

  test('keeps what can be read of a damaged list and says so', async ({ context, extensionId, origin, requests }) => {
    await storeList(context, { version: 2, questions: [{ id: 'q1', text: 'Leesbare vraag' }, 17] });
    const popup = await openPopup(context, extensionId);
    await popup.getByTestId('my-questions-open').click();
    await expect(popup.getByTestId('question-read-problem')).toHaveText(/Een deel van je vragenlijst kon niet worden gelezen \(1 onderdeel\)/);
    await expect(popup.getByTestId('question-text')).toHaveValue('Leesbare vraag');
    // The panel is a modal layer: the popup behind it is inert, Escape closes it and focus returns.
    await expect(popup.locator('#app')).toHaveJSProperty('inert', true);
    await popup.keyboard.press('Escape');
    await expect(popup.getByTestId('my-questions-panel')).toHaveCount(0);
    await expect(popup.getByTestId('my-questions-open')).toBeFocused();
    expect(outsideRequests(requests, origin)).toEqual([]);
  });

  test('says so when saving fails, and keeps the text on screen', async ({ context, extensionId }) => {
    await context.addInitScript(() => {
      const { chrome } = globalThis as unknown as { chrome?: { storage?: { local: { set: (...args: unknown[]) => Promise<void> } } } };
      if (chrome?.storage) chrome.storage.local.set = () => Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
    });
    const popup = await openPopup(context, extensionId);
    await popup.getByTestId('my-questions-open').click();
    await popup.getByTestId('question-new').fill('Wat als de scan slecht is?');
    await popup.getByTestId('question-add').click();
    await expect(popup.getByTestId('question-save-failed')).toContainText('Opslaan lukte niet. Je tekst staat nog hier');
    await expect(popup.getByTestId('question-text')).toHaveValue('Wat als de scan slecht is?');
    expect(await storedList(context)).toBeUndefined();
  });

  test('prints on A4 with each explanation beside its question and the date, and copies as text', async ({ context, extensionId, origin, requests }) => {
    await context.addInitScript(() => {
      const copied: string[] = [];
      (window as unknown as { __copied: string[] }).__copied = copied;
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (text: string) => void copied.push(text) }, configurable: true });
    });
    await storeList(context, {
      version: 2,
      questions: [
        { id: 'q1', text: 'Wat betekent PD-L1-expressie voor mij?', done: false, about: { type: 'term', id: 'pd-l1' } },
        { id: 'q2', text: 'Hoe vaak moet ik naar het ziekenhuis?', done: false },
      ],
      preparation: { companion: 'Mijn dochter', contactName: 'Anna de Vries', contactPhone: '020 123 45 67' },
    });
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/uitleg.html#mijn-vragen`);
    const sheet = page.getByTestId('print-sheet');
    await expect(sheet.getByTestId('print-question')).toHaveCount(2);
    await expect(sheet.getByTestId('print-explanation').first()).toContainText(entryOf('pd-l1').short);
    const today = new Date().toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });
    await expect(sheet.getByTestId('print-date')).toHaveText(today);
    await expect(sheet).toContainText('Anna de Vries');

    await page.setViewportSize({ width: 794, height: 1123 });
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByTestId('my-questions')).toBeHidden();
    await expect(page.getByTestId('copy-text')).toBeHidden();
    // Explanation beside the question: same row, to its right.
    const question = (await sheet.locator('.print-question-text').first().boundingBox())!;
    const explanation = (await sheet.getByTestId('print-explanation').first().boundingBox())!;
    expect(explanation.x).toBeGreaterThan(question.x + question.width - 1);
    expect(Math.abs(explanation.y - question.y)).toBeLessThan(question.height);
    await page.screenshot({ path: 'docs/screenshots/mijn-vragen-print.png', fullPage: true });
    await page.emulateMedia({ media: 'screen' });

    await page.getByTestId('copy-text').click();
    await expect(page.getByTestId('copy-status')).toContainText('Gekopieerd');
    const copied = await page.evaluate(() => (window as unknown as { __copied: string[] }).__copied);
    expect(copied).toHaveLength(1);
    expect(copied[0]!.split('\n').slice(0, 5)).toEqual([
      'Mijn vragen voor het gesprek met de arts',
      today,
      '',
      '1. Wat betekent PD-L1-expressie voor mij?',
      `   ${entryOf('pd-l1').term}: ${entryOf('pd-l1').short}`,
    ]);
    expect(outsideRequests(requests, origin)).toEqual([]);
  });

  test('prints the words of a page with the page title and address on top', async ({ context, page, origin, extensionId, requests }) => {
    await page.goto(`${origin}/news-article.html`);
    await settledMarks(page);
    const tabId = await tabIdOf(context, page);
    const popup = await openPopup(context, extensionId, `?tab=${tabId}`);
    const chips = popup.getByTestId('page-term');
    await expect(chips.first()).toBeVisible();
    const chipCount = await chips.count();
    const [printPage] = await Promise.all([context.waitForEvent('page'), popup.getByTestId('page-words-open').click()]);
    await expect(printPage.getByTestId('page-words-title')).toHaveText('Ellen fietst weer naar de markt – Dagblad van het Oosten');
    await expect(printPage.getByTestId('page-words-url')).toHaveText(`${origin}/news-article.html`);
    await expect(printPage.getByTestId('page-word')).toHaveCount(chipCount);
    await expect(printPage.locator('[data-testid="page-word"][data-term-id="nivolumab"]')).toContainText(entryOf('nivolumab').short);
    expect(outsideRequests(requests, origin)).toEqual([]);
  });
});

test.describe('Voorlezen', () => {
  test('reads an explanation aloud with the local Dutch voice, slower, and stops on Escape', async ({ context, extensionId, origin, requests }) => {
    await fakeSpeech(context, [
      { name: 'Google Nederlands', lang: 'nl-NL', localService: false },
      { name: 'Xander', lang: 'nl-NL', localService: true },
    ]);
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/uitleg.html#nivolumab`);
    const entry = page.locator('[data-entry-id="nivolumab"]');
    await entry.getByTestId('read-aloud').click();
    const spoken = await page.evaluate(() => (window as unknown as { __spoken: { text: string; voice: string; rate: number }[] }).__spoken);
    expect(spoken).toHaveLength(1);
    expect(spoken[0]!.voice).toBe('Xander');
    expect(spoken[0]!.text.startsWith(`${entryOf('nivolumab').term}. ${entryOf('nivolumab').short}`)).toBe(true);
    expect(spoken[0]!.rate).toBeLessThan(1);
    await expect(entry.getByTestId('read-aloud')).toHaveText('Stop voorlezen');
    const cancelledBefore = await page.evaluate(() => (window as unknown as { __cancelled: number }).__cancelled);
    await page.keyboard.press('Escape');
    await expect(entry.getByTestId('read-aloud')).toHaveText('Voorlezen');
    expect(await page.evaluate(() => (window as unknown as { __cancelled: number }).__cancelled)).toBeGreaterThan(cancelledBefore);
    await expect(page.getByTestId('read-aloud-status')).toContainText('Xander');
    expect(outsideRequests(requests, origin)).toEqual([]);
  });

  test('shows no button when the only Dutch voice is remote, and the help says why', async ({ context, extensionId, origin, requests }) => {
    await fakeSpeech(context, [
      { name: 'Google Nederlands', lang: 'nl-NL', localService: false },
      { name: 'Samantha', lang: 'en-US', localService: true },
    ]);
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/uitleg.html#nivolumab`);
    await expect(page.locator('[data-entry-id="nivolumab"]').getByTestId('add-question')).toBeVisible();
    await expect(page.getByTestId('read-aloud')).toHaveCount(0);
    await expect(page.getByTestId('read-aloud-status')).toContainText('geen Nederlandse stem gevonden');
    const popup = await openPopup(context, extensionId, '?q=nivolumab');
    await popup.getByTestId('search').press('Enter');
    await expect(popup.getByTestId('entry-view').getByTestId('add-question')).toBeVisible();
    await expect(popup.getByTestId('read-aloud')).toHaveCount(0);
    expect(outsideRequests(requests, origin)).toEqual([]);
  });

  test('reads the tooltip aloud on a web page and stops when the tooltip closes', async ({ page, origin, requests }) => {
    const evaluate = await fakeSpeechInContentScript(page, origin, [
      { name: 'Google Nederlands', lang: 'nl-NL', localService: false },
      { name: 'Claire', lang: 'nl-NL', localService: true },
    ]);
    await hoverTerm(page, 'nivolumab');
    const tooltip = await tooltipOf(page);
    await tooltip.getByTestId('read-aloud').click();
    const entry = entryOf('nivolumab');
    expect(await evaluate('window.__spoken')).toEqual([{ text: `${entry.term}. ${entry.short}`, voice: 'Claire', lang: 'nl-NL', rate: expect.any(Number) }]);
    const cancelled = await evaluate<number>('window.__cancelled');
    await page.keyboard.press('Escape');
    await expect(tooltip).toHaveCount(0);
    expect(await evaluate<number>('window.__cancelled')).toBeGreaterThan(cancelled);
    expect(outsideRequests(requests, origin)).toEqual([]);
  });

  test('shows no Voorlezen in the tooltip with only a remote Dutch voice', async ({ page, origin }) => {
    await fakeSpeechInContentScript(page, origin, [{ name: 'Google Nederlands', lang: 'nl-NL', localService: false }]);
    await hoverTerm(page, 'nivolumab');
    const tooltip = await tooltipOf(page);
    await expect(tooltip.getByTestId('add-question')).toBeVisible();
    await expect(tooltip.getByTestId('read-aloud')).toHaveCount(0);
  });
});
