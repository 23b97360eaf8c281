import { inputRelay } from '../page/input-relay';

/**
 * Registers the extension's pointer and key listeners before any page script runs (see
 * page/input-relay.ts). Deliberately tiny: it runs at document_start on every page and frame.
 */
export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_start',
  main() {
    inputRelay();
  },
});
