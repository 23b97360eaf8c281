import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { openUitlegFromTooltip } from './extension-page';
import { firefoxForThisFile } from './firefox-session';

const MENU_ID = 'immuunwijzer-lookup';

const firefox = firefoxForThisFile();

/** menus has no getter; update() of an id that does not exist rejects. */
function menuExists(page: Page): Promise<boolean> {
  return page.evaluate(async (id) => {
    const { browser: api } = globalThis as unknown as { browser: { contextMenus: { update(id: string, props: object): Promise<void> } } };
    return api.contextMenus.update(id, {}).then(
      () => true,
      () => false,
    );
  }, MENU_ID);
}

async function waitFor(check: () => Promise<boolean>): Promise<boolean> {
  for (let attempt = 0; attempt < 50; attempt++) {
    if (await check()) return true;
    await new Promise((done) => setTimeout(done, 100));
  }
  return check();
}

describe('the context menu in Firefox', () => {
  it('is there again after the background page starts without onInstalled (as after a browser restart)', async () => {
    const page = await openUitlegFromTooltip(firefox.browser, firefox.origin);
    expect(await waitFor(() => menuExists(page))).toBe(true);

    // A browser restart leaves a persistent background page without its menu items (MDN
    // menus.create) and does not fire onInstalled. Remove the items, then start the background again.
    await page.evaluate(async () => {
      type Api = { contextMenus: { removeAll(): Promise<void> }; extension: { getBackgroundPage(): Window | null } };
      const { browser: api } = globalThis as unknown as { browser: Api };
      await api.contextMenus.removeAll();
      api.extension.getBackgroundPage()!.location.reload();
    });
    expect(await menuExists(page)).toBe(false);
    expect(await waitFor(() => menuExists(page))).toBe(true);
    await page.close();
  });
});
