/**
 * Which child frames of each tab run the content script on the same origin as the tab, so the
 * popup's "Op deze pagina" can add up their counts. Kept in memory and mirrored in
 * storage.session (memory only, cleared when the browser closes), because Chrome stops an idle
 * service worker. Holds frame numbers only, never a page address or text.
 */
export interface FrameRegistry {
  add(tabId: number, frameId: number): void;
  remove(tabId: number, frameId: number): void;
  forgetTab(tabId: number): void;
  of(tabId: number): Promise<number[]>;
}

const KEY = 'frames';

export function createFrameRegistry(): FrameRegistry {
  const byTab = new Map<number, Set<number>>();
  const session = (browser.storage as { session?: typeof browser.storage.local }).session;
  let loaded: Promise<void> | undefined;

  const load = () =>
    (loaded ??= (async () => {
      try {
        const stored = (await session?.get(KEY))?.[KEY] as Record<string, number[]> | undefined;
        for (const [tab, ids] of Object.entries(stored ?? {})) {
          const set = byTab.get(Number(tab)) ?? new Set<number>();
          for (const id of ids) if (Number.isInteger(id)) set.add(id);
          byTab.set(Number(tab), set);
        }
      } catch {
        // No session storage: memory alone.
      }
    })());
  const save = () => {
    const value = Object.fromEntries([...byTab].map(([tab, ids]) => [String(tab), [...ids]]));
    session?.set({ [KEY]: value }).catch(() => undefined);
  };

  return {
    add(tabId, frameId) {
      void load().then(() => {
        const set = byTab.get(tabId) ?? new Set<number>();
        if (set.has(frameId)) return;
        byTab.set(tabId, set.add(frameId));
        save();
      });
    },
    remove(tabId, frameId) {
      if (byTab.get(tabId)?.delete(frameId)) save();
    },
    forgetTab(tabId) {
      if (byTab.delete(tabId)) save();
    },
    async of(tabId) {
      await load();
      return [...(byTab.get(tabId) ?? [])];
    },
  };
}
