import { browser } from 'wxt/browser';

/**
 * Marks the document when it is the desktop toolbar popup. That popup sizes itself to its content,
 * so its fixed width must never depend on the viewport (a narrow first layout would stick); as a
 * page (Firefox for Android opens the popup full screen, or a tab) it may follow the screen.
 */
export function markToolbarPopup(root: HTMLElement = document.documentElement): void {
  let inPopup = false;
  try {
    inPopup = browser.extension.getViews({ type: 'popup' }).includes(window);
  } catch {
    // No getViews (some mobile builds): a page, then.
  }
  root.classList.toggle('toolbar-popup', inPopup && !matchMedia('(pointer: coarse)').matches);
}
