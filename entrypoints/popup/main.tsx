import { render } from 'preact';
import { bundledContent } from '../../core/data/content';
import { Popup, type PopupServices } from '../../components/popup/Popup';
import type { Message, PageTerms } from '../../utils/messages';
import { markToolbarPopup } from '../../utils/popup-mode';
import { createSettingsStore } from '../../utils/settings';
import '../../components/page.css';
import '../../components/popup/popup.css';

markToolbarPopup();
const params = new URLSearchParams(location.search);

/** The tab the popup is about: the active tab, or ?tab=ID (used by the browser tests). */
async function currentTabId(): Promise<number | undefined> {
  const fromUrl = Number(params.get('tab'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

const settings = createSettingsStore();
void settings.load();
// A change still waiting for its sync slot is written at once when the popup closes.
addEventListener('pagehide', () => settings.flushNow());
addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') settings.flushNow();
});

const services: PopupServices = {
  async pageTerms() {
    const tabId = await currentTabId();
    if (tabId === undefined) return undefined;
    const message: Message = { type: 'get-page-terms' };
    return (await browser.tabs.sendMessage(tabId, message, { frameId: 0 }).catch(() => undefined)) as PageTerms | undefined;
  },
  settings,
  uitlegUrl: (id) => `${browser.runtime.getURL('/uitleg.html')}${id ? `#${encodeURIComponent(id)}` : ''}`,
  privacyUrl: `${browser.runtime.getURL('/uitleg.html')}#privacy`,
};

render(<Popup content={bundledContent} services={services} initialQuery={params.get('q') ?? ''} />, document.getElementById('app')!);
