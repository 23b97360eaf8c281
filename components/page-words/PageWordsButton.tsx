import { useState } from 'preact/hooks';
import type { PageInfo, PageInfoMessage } from '../../utils/page-info';
import { savePageWords } from '../../utils/page-words-storage';

export interface PageWordsButtonProps {
  termIds: readonly string[];
}

/** The tab the popup is about: the active tab, or ?tab=ID (the browser tests), as the popup itself finds it. */
async function popupTabId(): Promise<number | undefined> {
  const fromUrl = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function pageInfo(): Promise<PageInfo | undefined> {
  const tabId = await popupTabId();
  if (tabId === undefined) return undefined;
  const message: PageInfoMessage = { type: 'get-page-info' };
  return (await browser.tabs.sendMessage(tabId, message, { frameId: 0 }).catch(() => undefined)) as PageInfo | undefined;
}

/** "Print deze woorden": the page's words with their explanations, on the uitleg page, ready for paper. */
export function PageWordsButton({ termIds }: PageWordsButtonProps) {
  const [failed, setFailed] = useState(false);
  if (termIds.length === 0) return null;
  const open = async () => {
    try {
      const info = await pageInfo();
      await savePageWords({ title: info?.title ?? '', url: info?.url ?? '', termIds: [...termIds] });
      await browser.tabs.create({ url: browser.runtime.getURL('/uitleg.html#woorden-op-pagina') });
    } catch {
      setFailed(true);
    }
  };
  return (
    <p class="page-words-open">
      <button type="button" class="link" onClick={open} data-testid="page-words-open">
        Print deze woorden met hun uitleg
      </button>
      {failed && <span role="alert"> Dat lukte niet. Probeer het opnieuw.</span>}
    </p>
  );
}
