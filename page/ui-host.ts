import { HOST_TAG } from './dom-rules';

export interface UiHost {
  host: HTMLElement;
  shadow: ShadowRoot;
  container: HTMLElement;
  remove(): void;
}

/**
 * The extension's one element on the page: a zero-size, fixed host with a closed-off shadow root,
 * so page CSS cannot reach the tooltip and the tooltip cannot shift the page's layout. Styles are
 * adopted style sheets, which a page's Content-Security-Policy does not block.
 */
export function createUiHost(document: Document, css: string): UiHost {
  const host = document.createElement(HOST_TAG.toLowerCase());
  const shadow = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  shadow.adoptedStyleSheets = [sheet];
  const container = document.createElement('div');
  container.className = 'root';
  shadow.append(container);
  (document.documentElement ?? document.body).append(host);
  return { host, shadow, container, remove: () => host.remove() };
}
