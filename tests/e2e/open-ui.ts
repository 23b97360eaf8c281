import type { Page } from '@playwright/test';

/**
 * axe-core and the checks that read computed styles cannot enter the extension's closed shadow
 * root. This page opts in (e2e build only, see page/test-hooks.ts `opensUiForTests`): its `<html>`
 * gets `data-test-open-ui` before any script runs, so the UI host is created with an open root
 * and `data-testid="immuunwijzer-ui"`. Tests about what a page can see must not call this.
 */
export const OPEN_UI_HOST = '[data-testid="immuunwijzer-ui"]';

export async function openUiForTests(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const mark = () => document.documentElement?.setAttribute('data-test-open-ui', '');
    if (document.documentElement) return mark();
    const observer = new MutationObserver(() => {
      if (!document.documentElement) return;
      mark();
      observer.disconnect();
    });
    observer.observe(document, { childList: true });
  });
}
