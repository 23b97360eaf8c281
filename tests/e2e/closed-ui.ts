import type { CDPSession, Locator, Page } from '@playwright/test';

/**
 * The extension's UI lives in a closed shadow root, which page scripts (and Playwright's
 * selectors) cannot reach. The DevTools protocol can: this helper finds every closed shadow root
 * through CDP (`DOM.getDocument` with `pierce`) and hands it to the page's main world as
 * `window.__closedShadowRoots`, where the `closed-ui` selector engine (registered in fixtures.ts)
 * looks. Only the tests do this; a real page has no such access.
 */
export const CLOSED_UI_ENGINE = 'closed-ui';

/** The selector engine's source: runs in the page, queries the stashed closed roots. */
export const closedUiEngine = () => ({
  query(root: Node, selector: string): Element | null {
    return this.queryAll(root, selector)[0] ?? null;
  },
  queryAll(root: Node, selector: string): Element[] {
    if (root.nodeType !== Node.DOCUMENT_NODE) return [];
    const roots = (window as unknown as { __closedShadowRoots?: Set<ShadowRoot> }).__closedShadowRoots;
    const found: Element[] = [];
    for (const shadow of roots ?? []) {
      if (shadow.host.isConnected) found.push(...shadow.querySelectorAll(selector));
    }
    return found;
  },
});

interface CdpNode {
  backendNodeId: number;
  children?: CdpNode[];
  shadowRoots?: (CdpNode & { shadowRootType?: string })[];
  contentDocument?: CdpNode;
}

const stashed = new WeakMap<Page, Promise<void>>();

/** Keeps `window.__closedShadowRoots` of the page current, also after the host is recreated or the page navigates. */
export function exposeClosedUi(page: Page): Promise<void> {
  let ready = stashed.get(page);
  if (!ready) {
    ready = watch(page);
    stashed.set(page, ready);
  }
  return ready;
}

async function watch(page: Page): Promise<void> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const stash = async (backendNodeId: number) => {
    try {
      const { object } = await cdp.send('DOM.resolveNode', { backendNodeId });
      await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId!,
        functionDeclaration: 'function () { ((window.__closedShadowRoots ??= new Set())).add(this); }',
      });
    } catch {
      // The node went away meanwhile.
    }
  };
  const visit = (node: CdpNode | undefined) => {
    if (!node) return;
    for (const shadow of node.shadowRoots ?? []) {
      if (shadow.shadowRootType === 'closed') void stash(shadow.backendNodeId);
      visit(shadow);
    }
    for (const child of node.children ?? []) visit(child);
  };
  const scanDocument = async () => {
    try {
      const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
      visit(root as CdpNode);
    } catch {
      // Navigating: documentUpdated follows.
    }
  };
  cdp.on('DOM.documentUpdated', () => void scanDocument());
  cdp.on('DOM.setChildNodes', (event) => (event.nodes as CdpNode[]).forEach(visit));
  cdp.on('DOM.childNodeInserted', (event) => visit(event.node as CdpNode));
  cdp.on('DOM.shadowRootPushed', (event) => visit({ backendNodeId: 0, shadowRoots: [event.root as CdpNode] }));
  await cdp.send('DOM.enable');
  await scanDocument();
}

/** The extension's on-page UI (tooltip, navigator, live region) of this page, as a locator. */
export async function overlay(page: Page): Promise<Locator> {
  await exposeClosedUi(page);
  return page.locator(`${CLOSED_UI_ENGINE}=.root`);
}
