import { opensUiForTests, TEST_HOOKS } from './test-hooks';

export interface UiHost {
  host: HTMLElement;
  shadow: ShadowRoot;
  container: HTMLElement;
  /** False once the page removed the host (a page that cleans up foreign elements). */
  readonly connected: boolean;
  remove(): void;
}

const ownHosts = new WeakSet<Node>();

/** Whether the node is the extension's own UI host: the scanner skips it. */
export function isOwnUiHost(node: Node): boolean {
  return ownHosts.has(node);
}

/**
 * The extension's one element on the page: a plain `<div>` with no class, attribute or text, so
 * a page can neither recognise it nor pre-define it as a custom element. Its shadow root is
 * closed, so page scripts cannot read the explanation the reader opened. The host's look comes
 * from `:host` rules in the adopted sheet (all: initial, fixed, zero-size): page CSS cannot
 * reach the tooltip, and the tooltip cannot shift the page's layout. Adopted sheets are not
 * blocked by a page's Content-Security-Policy. The container is Dutch and left-to-right whatever
 * the page is.
 */
export function createUiHost(document: Document, css: string): UiHost {
  const host = document.createElement('div');
  ownHosts.add(host);
  // TEST_HOOKS first, so the bundler folds the branch away in every build but the e2e one.
  const openForTests = TEST_HOOKS && opensUiForTests(document);
  const shadow = host.attachShadow({ mode: openForTests ? 'open' : 'closed' });
  if (openForTests) host.dataset.testid = 'immuunwijzer-ui';
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  shadow.adoptedStyleSheets = [sheet];
  const container = document.createElement('div');
  container.className = 'root';
  container.lang = 'nl';
  container.dir = 'ltr';
  shadow.append(container);
  (document.documentElement ?? document.body).append(host);
  return {
    host,
    shadow,
    container,
    get connected() {
      return host.isConnected;
    },
    remove: () => host.remove(),
  };
}
